"""`untapped routes` and `untapped topology`: schemas, filters, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from untapped.cli import main

CASE = Path(__file__).resolve().parent / "routing_cases" / "ospf_multiarea_ios" / "input"


def test_routes_json_schema_and_filters() -> None:
    res = CliRunner().invoke(
        main, ["routes", str(CASE), "--format", "json", "--device", "r1", "--protocol", "ospfIA"]
    )
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["schema"] == "untapped/routes-v1"
    assert doc["routes"] and all(r["device"] == "r1" for r in doc["routes"])
    assert {r["protocol"] for r in doc["routes"]} == {"ospfIA"}
    assert set(doc["routes"][0]) == {
        "device",
        "vrf",
        "prefix",
        "protocol",
        "next_hop_ip",
        "next_hop_interface",
        "admin_distance",
        "metric",
    }
    assert doc["converged"] is True


def test_routes_terminal_and_topology() -> None:
    res = CliRunner().invoke(main, ["routes", str(CASE), "--device", "r4"])
    assert res.exit_code == 0
    assert "0.0.0.0/0" in res.output and "ospfIA" in res.output
    res = CliRunner().invoke(main, ["topology", str(CASE), "--format", "json"])
    assert res.exit_code == 0
    doc = json.loads(res.output)
    assert doc["schema"] == "untapped/topology-v1"
    assert len(doc["edges"]) == 5


def test_missing_path_and_bad_layer1_are_input_errors(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["routes", str(tmp_path / "nope")])
    assert res.exit_code == 3
    bad = tmp_path / "l1.txt"
    bad.write_text("r1 Gi0/0 r2\n")
    res = CliRunner().invoke(main, ["routes", str(CASE), "--layer1", str(bad)])
    assert res.exit_code == 3
    res = CliRunner().invoke(main, ["topology", str(CASE), "--layer1", str(tmp_path / "none")])
    assert res.exit_code == 3

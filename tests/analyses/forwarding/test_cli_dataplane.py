"""The trace / reach / exposure commands, and tap exposure inside `untapped audit`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.report.test_json import check
from untapped.cli import main
from untapped.pipeline import audit
from untapped.report import json_report, terminal

CASE = Path(__file__).resolve().parents[1] / "trace_cases" / "ios_campus" / "input"


def _run(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, list(args))
    return res.exit_code, res.output


def test_trace_command() -> None:
    code, out = _run(
        "trace", str(CASE), "--src", "10.20.5.5", "--dst", "10.40.1.10", "--dport", "443"
    )
    assert code == 0
    assert "DELIVERED to the subnet of core1:GigabitEthernet0/3" in out
    code, out = _run(
        "trace", str(CASE), "--src", "10.20.5.5", "--dst", "10.30.1.7", "--proto", "udp",
        "--format", "json",
    )  # fmt: skip
    doc = json.loads(out)
    assert doc["schema"] == "untapped/trace-v1"
    assert doc["paths"][0]["disposition"]["acl"] == "FIN-IN"
    code, out = _run("trace", str(CASE), "--src", "nosuch:Gi0/0", "--dst", "10.1.1.1")
    assert code == 2 and "no device" in out


def test_reach_and_exposure_commands() -> None:
    code, out = _run(
        "reach", str(CASE), "--from", "10.20.0.0/16", "--to", "outside", "--format", "json"
    )
    doc = json.loads(out)
    assert code == 0 and doc["schema"] == "untapped/reach-v1" and doc["status"] == "ok"
    assert all(r["verified"] for r in doc["reachable"])
    code, out = _run("exposure", str(CASE))
    assert code == 0 and "(sensitive: 10.20.0.0/16)" in out


def test_audit_shows_exposure_and_keeps_audit_v1() -> None:
    result = audit(CASE, jobs=1)
    rules = {f.rule for f in result.findings}
    assert {"TAP-025", "TAP-026"} <= rules
    erspan = next(c for c in result.channels if c.kind == "mirror-erspan")
    assert "10.20.0.0/16" in erspan.attrs["exposure"]
    check(json.loads(json_report.render(result)))  # no extra keys in channels
    assert "copies traffic of" in terminal.render(result, width=100)


def test_audit_without_sensitive_computes_nothing(tmp_path: Path) -> None:
    for f in CASE.glob("*.cfg"):
        (tmp_path / f.name).write_text(f.read_text())
    result = audit(tmp_path, jobs=1)
    assert not any("exposure" in c.attrs for c in result.channels)
    assert not {"TAP-025", "TAP-026"} & {f.rule for f in result.findings}


SWITCH = """hostname sw1
interface GigabitEthernet1/0/1
 switchport mode access
 switchport access vlan 20
interface GigabitEthernet1/0/48
 switchport mode access
interface Vlan20
 ip address 10.20.0.2 255.255.255.0
monitor session 1 source interface GigabitEthernet1/0/1 both
monitor session 1 destination interface GigabitEthernet1/0/48
"""


def test_exposure_of_a_switched_port_is_unknown_not_empty(tmp_path: Path) -> None:
    (tmp_path / "sw1.cfg").write_text(SWITCH)
    code, out = _run("exposure", str(tmp_path), "--format", "json")
    assert code == 0
    (ch,) = json.loads(out)["channels"]
    assert ch["subnets"] == []
    assert any("layer-2" in u for u in ch["unknown"])
    code, out = _run("exposure", str(tmp_path))
    assert "cannot be determined" in out and "no subnet's traffic" not in out

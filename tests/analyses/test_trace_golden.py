"""Golden cases of the data-plane analyses: tests/analyses/trace_cases/<case>/input/ (configs and an
optional untapped.toml) + query.toml ([[trace]] and [[reach]] queries) -> expected.json =
{"trace": [trace-v1...], "reach": [reach-v1...], "exposure": exposure-v1} (rewritten only by
--update-golden)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import check_golden
from untapped.analyses.channels import Judge, extract
from untapped.analyses.forwarding.engine import Forwarder
from untapped.analyses.forwarding.exposure import analyse, document
from untapped.analyses.forwarding.reach import reach
from untapped.analyses.forwarding.trace import trace
from untapped.cli_dataplane import load_network
from untapped.pipeline import resolve_policy

CASES = Path(__file__).resolve().parent / "trace_cases"


def _cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if (p / "input").is_dir()) if CASES.is_dir() else []


def run_case(case: Path) -> dict[str, Any]:
    query = tomllib.loads((case / "query.toml").read_text(encoding="utf-8"))
    net = load_network(str(case / "input"), jobs=1)
    fw = Forwarder(net)
    doc: dict[str, Any] = {"trace": [], "reach": []}
    for q in query.get("trace", []):
        doc["trace"].append(
            trace(net, q["src"], q["dst"], q.get("proto"), q.get("sport"), q.get("dport"), fw=fw)
        )
    for q in query.get("reach", []):
        doc["reach"].append(
            reach(
                net,
                q["from"],
                q["to"],
                proto=q.get("proto"),
                dport=q.get("dport"),
                sport=q.get("sport"),
                src_ip=q.get("src_ip"),
                dst_ip=q.get("dst_ip"),
                fw=fw,
            )
        )
    pol = resolve_policy(case / "input", None)
    channels = [c for d in net.devices.values() for c in extract(d)]
    owner = list(pol.owner_networks)
    judge = Judge(pol, owner)
    for c in channels:
        c.trust = judge.trust(c, set(), set(net.devices[c.device].interfaces))
    doc["exposure"] = document(analyse(net, channels, owner, pol.sensitive, fw=fw))
    return doc


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_trace_golden(case: Path, update_golden: bool) -> None:
    doc = run_case(case)
    for r in doc["reach"]:
        assert all(x.get("verified", True) for x in r["reachable"]), "a reach example failed trace"
    check_golden(case / "expected.json", doc, update_golden)

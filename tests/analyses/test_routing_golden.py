"""Golden cases of the control plane: tests/analyses/routing_cases/<case>/input/ (configurations,
optional layer1.txt beside input/) -> expected.json, the `untapped routes --format json` document
(routes-v1 with device statuses) plus the topology edges. Rewritten only by --update-golden;
each expected.json was reviewed by hand (OSPF costs and BGP winners computed on paper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import check_golden
from untapped.cli_routing import routes_document, topology_document

CASES = Path(__file__).resolve().parent / "routing_cases"


def _cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if (p / "input").is_dir()) if CASES.is_dir() else []


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_routing_golden(case: Path, update_golden: bool) -> None:
    l1 = case / "layer1.txt"
    layer1 = str(l1) if l1.exists() else None
    doc = routes_document(str(case / "input"), layer1=layer1, jobs=1)
    doc["edges"] = [
        f"{e['device1']}:{e['interface1']} {e['device2']}:{e['interface2']} {e['subnet']}"
        for e in topology_document(str(case / "input"), layer1=layer1, jobs=1)["edges"]
    ]
    check_golden(case / "expected.json", doc, update_golden)

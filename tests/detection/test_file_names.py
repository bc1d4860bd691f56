"""A file name that only one vendor's software writes is evidence for that vendor."""

from __future__ import annotations

from pathlib import Path

import pytest

from untapped import audit
from untapped.detect import FILE_NAME_WEIGHT, detect, file_name_evidence

# Statements FRR shares with IOS: no dialect can tell them apart from the text alone.
SHARED = "!\nrouter bgp 65001\n!\n"


@pytest.mark.parametrize(
    "name",
    [
        "bgpd.conf",
        "r1/zebra.conf",
        "lab\\r2\\ospfd.conf",
        "r1_frr.conf",
        "early-exit-zebra.conf",
        "topo__r1__bfdd.conf",
        "R1/BGPD.CONF",
    ],
)
def test_frr_daemon_file_names_are_evidence(name: str) -> None:
    assert set(file_name_evidence(name)) == {"frr"}
    found = detect(SHARED, name)
    assert found.dialect == "frr"
    assert any("file name" in e for e in found.evidence)


@pytest.mark.parametrize(
    "name", [None, "", "router.conf", "xbgpd.conf", "bgpd.conf.bak", "zebra.cfg", "bgpd/r1.cfg"]
)
def test_other_names_are_not_evidence(name: str | None) -> None:
    assert file_name_evidence(name) == {}
    assert detect(SHARED, name).dialect == "unknown"


def test_content_evidence_for_another_vendor_still_wins() -> None:
    junos = (
        "system {\n    host-name r1;\n}\ninterfaces {\n    ge-0/0/0 {\n        unit 0;\n    }\n}\n"
    )
    found = detect(junos, "bgpd.conf")
    assert found.dialect == "juniper_junos"
    assert found.score > FILE_NAME_WEIGHT


def test_audit_reads_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "r1").mkdir()
    (tmp_path / "r1" / "bgpd.conf").write_text(SHARED)
    (tmp_path / "r1" / "notes.conf").write_text(SHARED)
    result = audit(tmp_path)
    by_file = {d.file: d for d in result.devices}
    assert by_file["r1/bgpd.conf"].dialect == "frr"
    assert by_file["r1/notes.conf"].dialect == "unknown"

"""--format junit (one test case per device and rule) and --framework (per-control table)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

from untapped.cli import main
from untapped.rules.frameworks import controls_of

CFG = """version 15.2
hostname r1
enable password s3cret
ip http server
snmp-server community public RO
line vty 0 4
 transport input telnet
end
"""


def _dir(tmp: Path) -> Path:
    (tmp / "r1.cfg").write_text(CFG)
    return tmp


def test_junit_has_a_case_per_rule_with_failures_and_skips(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["audit", str(_dir(tmp_path)), "--format", "junit"])
    assert res.exit_code == 0, res.output
    root = ET.fromstring(res.output.split("\n", 1)[1])
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "r1"
    cases = {c.get("name", "").split()[0]: c for c in suite.findall("testcase")}
    assert cases["MGMT-001"].find("failure") is not None  # telnet
    assert cases["MGMT-002"].find("failure") is not None  # http
    assert cases["AAA-009"].find("failure") is not None  # enable password
    assert cases["AAA-007"].find("failure") is None  # no bad account names: pass
    assert cases["CRY-001"].find("skipped") is not None  # ssh version unknown
    failure = cases["MGMT-005"].find("failure")
    assert failure is not None and "public" not in (failure.text or "")  # no secret leaks
    assert int(root.get("failures", "0")) == sum(
        1 for c in cases.values() if c.find("failure") is not None
    )


def test_framework_table_in_json_and_terminal(tmp_path: Path) -> None:
    d = _dir(tmp_path)
    res = CliRunner().invoke(main, ["audit", str(d), "--format", "json", "--framework", "cis"])
    doc = json.loads(res.output)
    rows = {r["control"]: r for r in doc["compliance"]["controls"]}
    assert rows["1.2.2"]["rules"] == ["MGMT-001"] and rows["1.2.2"]["network"] == "fail"
    assert set(rows) == set(controls_of("cis"))
    text = CliRunner().invoke(main, ["audit", str(d), "--framework", "mlps2"]).output
    assert "L3-CES1-03" in text and "FAIL" in text


def test_unknown_framework_is_usage_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["audit", str(_dir(tmp_path)), "--framework", "pci"])
    assert res.exit_code == 2

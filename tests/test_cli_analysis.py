"""The refs / acl-lines / acl-search / acl-diff commands: JSON contracts and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from untapped.cli import main

CFG = """version 15.2
hostname r1
ip access-list extended EDGE
 10 permit tcp any host 192.0.2.10 eq 443
 20 permit tcp any host 192.0.2.10 eq 443 log
 30 deny ip 10.0.0.0 0.255.255.255 any
interface GigabitEthernet0/0
 ip access-group EDGE in
 ip access-group MISSING out
route-map UNUSED permit 10
end
"""


def _write(tmp: Path, name: str, text: str) -> Path:
    d = tmp / name
    d.mkdir()
    (d / "r1.cfg").write_text(text)
    return d


def test_refs_json_contract(tmp_path: Path) -> None:
    d = _write(tmp_path, "a", CFG)
    res = CliRunner().invoke(main, ["refs", str(d), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["schema"] == "untapped/refs-v1"
    assert doc["undefined"] == [
        {
            "device": "r1",
            "file": "r1.cfg",
            "type": "ip access-list",
            "name": "MISSING",
            "context": "interface ip access-group out",
            "lines": [9],
        }
    ]
    assert [(u["type"], u["name"], u["lines"]) for u in doc["unused"]] == [
        ("route-map", "UNUSED", [10])
    ]


def test_acl_lines_json_contract(tmp_path: Path) -> None:
    d = _write(tmp_path, "a", CFG)
    res = CliRunner().invoke(main, ["acl-lines", str(d), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["schema"] == "untapped/acl-lines-v1"
    [u] = doc["unreachable"]
    assert (u["acl"], u["index"], u["line"], u["reason"]) == ("EDGE", 2, 5, "shadowed")
    assert u["blocking"] == [
        {"index": 1, "line": 4, "text": "10 permit tcp any host 192.0.2.10 eq 443"}
    ]


def test_acl_search_finds_example_or_none(tmp_path: Path) -> None:
    d = _write(tmp_path, "a", CFG)
    run = CliRunner().invoke
    res = run(
        main,
        [
            "acl-search",
            str(d),
            "--device",
            "r1",
            "--acl",
            "EDGE",
            "--action",
            "permit",
            "--format",
            "json",
        ],
    )
    doc = json.loads(res.output)
    assert doc["found"] and doc["packet"]["dst"] == "192.0.2.10" and doc["packet"]["dport"] == 443
    assert doc["line"] == 4
    res = run(
        main,
        [
            "acl-search",
            str(d),
            "--device",
            "r1",
            "--acl",
            "EDGE",
            "--action",
            "permit",
            "--src",
            "10.1.0.0/16",
            "--dport",
            "22",
        ],
    )
    assert res.exit_code == 0 and res.output.strip() == "none"
    res = run(main, ["acl-search", str(d), "--device", "nope", "--acl", "EDGE", "--action", "deny"])
    assert res.exit_code == 3
    res = run(main, ["acl-search", str(d), "--device", "r1", "--acl", "EDGE", "--action", "maybe"])
    assert res.exit_code == 2


def test_acl_diff_reports_packets_whose_action_changed(tmp_path: Path) -> None:
    old = _write(tmp_path, "old", CFG)
    new = _write(
        tmp_path,
        "new",
        CFG.replace(
            " 30 deny ip 10.0.0.0 0.255.255.255 any\n",
            " 25 permit tcp host 198.51.100.7 any eq 22\n 30 deny ip 10.0.0.0 0.255.255.255 any\n",
        ),
    )
    res = CliRunner().invoke(main, ["acl-diff", str(old), str(new), "--format", "json"])
    assert res.exit_code == 0, res.output
    [change] = json.loads(res.output)["changes"]
    assert change["acl"] == "EDGE" and change["exact"]
    pkt = change["now_permitted"]
    assert (pkt["src"], pkt["protocol"], pkt["dport"]) == ("198.51.100.7", "tcp", 22)
    assert change["now_permitted_line"] == 6 and change["now_denied"] is None


def test_refs_missing_path_exits_3(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["refs", str(tmp_path / "none")])
    assert res.exit_code == 3


def test_named_aaa_method_lists_are_definitions(tmp_path: Path) -> None:
    cfg = (
        "version 15.2\nhostname r1\naaa new-model\naaa authentication login CONSOLE local\n"
        "line con 0\n login authentication CONSOLE\nline vty 0 4\n login authentication VTY\nend\n"
    )
    d = _write(tmp_path, "a", cfg)
    doc = json.loads(CliRunner().invoke(main, ["refs", str(d), "--format", "json"]).output)
    assert [(u["type"], u["name"]) for u in doc["undefined"]] == [("aaa method list", "VTY")]

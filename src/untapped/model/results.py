"""What analyses produce: channels of the tap map, findings, and the whole audit result."""

from __future__ import annotations

import msgspec

from untapped.model.core import Diagnostic, LineCounts, Severity, Trust


class Channel(msgspec.Struct):
    """One destination of one mechanism that copies, diverts or sends data off the box.

    `attrs` keeps the facts the judgement needs (e.g. `access: rw`, `acl: none`, `scheme: tftp`,
    `mechanism: erspan`), as short strings; never a secret.
    """

    id: int
    device: str
    file: str
    line: int
    kind: str
    destination: str | None
    vrf: str | None = None
    source: str | None = None
    trust: Trust = "unknown"
    attrs: dict[str, str] = msgspec.field(default_factory=dict)

    def key(self) -> tuple[str, str, str, str]:
        """Stable identity across snapshots: device + kind + destination + VRF."""
        return (self.device, self.kind, self.destination or "", self.vrf or "")


class Impact(msgspec.Struct, frozen=True):
    """Explainable severity: the three ratings the overall severity is derived from."""

    impact: str  # critical, high, medium, low, info
    ease: str  # trivial, easy, moderate, challenging, n/a
    fix: str  # quick, planned, involved
    exposure: tuple[str, ...] = ()  # exposures that raised the ease (untapped.rules.rating)


class Finding(msgspec.Struct):
    rule: str
    severity: Severity
    category: str
    device: str
    file: str
    line: int
    title: str
    message: str
    channel: int | None = None
    waived: bool = False
    waiver_reason: str | None = None
    evidence: list[int] = msgspec.field(default_factory=list)  # further lines
    # impact / ease / fix the severity is derived from (untapped.rules.rating); not in audit-v1
    rating: Impact | None = None

    def sort_key(self) -> tuple[str, str, int, str]:
        return (self.device, self.file, self.line, self.rule)


class DeviceSummary(msgspec.Struct):
    name: str
    file: str
    dialect: str
    lines: LineCounts
    evidence: list[str] = msgspec.field(default_factory=list)  # why this dialect was chosen


class AuditResult(msgspec.Struct):
    """The result of `untapped.audit()`: what every report renders."""

    input: str
    devices: list[DeviceSummary]
    channels: list[Channel]
    findings: list[Finding]
    diagnostics: list[Diagnostic]
    policy_file: str | None = None
    owner_networks: list[str] = msgspec.field(default_factory=list)
    owner_networks_inferred: bool = False
    waived: list[Finding] = msgspec.field(default_factory=list)
    # hardening controls per device file: rule id -> "pass" | "fail" | "unknown: why" | "n/a: why"
    controls: dict[str, dict[str, str]] = msgspec.field(default_factory=dict)
    # Drift facts per device file (untapped.analyses.drift.device_facts): what the snapshot store
    # and `untapped diff` compare beyond channels and findings. Not part of audit-v1 output.
    facts: dict[str, dict[str, list[str]]] = msgspec.field(default_factory=dict)

    def diagnostics_by_device(self) -> dict[str, list[Diagnostic]]:
        out: dict[str, list[Diagnostic]] = {}
        files = {d.file: d.name for d in self.devices}
        for diag in self.diagnostics:
            out.setdefault(files.get(diag.file, diag.file), []).append(diag)
        return out

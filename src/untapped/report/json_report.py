"""`audit --format json`: schema untapped/audit-v1 (contract §3; docs/schemas/audit-v1.json).

Beside the contract's keys, a top-level `waived` list (present when a waiver matched) holds the
findings a waiver suppressed, each with the waiver's `reason`; they do not count for --fail-on.

The document is built from the output records below (their fields in the contract's key order)
and encoded by msgspec directly: records are about 2.5x cheaper to build than dicts and 2x cheaper
to encode (measured on a 1,000-device audit: 73,000 records).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec

from untapped.model.core import LineCounts
from untapped.model.results import AuditResult, Finding
from untapped.report.common import relative_file
from untapped.version import __version__

SCHEMA = "untapped/audit-v1"


class _Tool(msgspec.Struct, gc=False):
    name: str
    version: str


class _Device(msgspec.Struct, gc=False):
    name: str
    file: str
    dialect: str
    lines: LineCounts  # total, recognized, unrecognized, blank_or_comment: its own field order


class _Channel(msgspec.Struct, gc=False):
    id: int
    device: str
    file: str
    line: int
    kind: str
    destination: str | None
    vrf: str | None
    source: str | None
    trust: str


class _Finding(msgspec.Struct, gc=False):
    rule: str
    severity: str
    category: str
    device: str
    file: str
    line: int
    title: str
    message: str
    channel: int | None


class _Waived(_Finding, gc=False):
    reason: str | None


class _Diagnostic(msgspec.Struct, gc=False):
    device: str
    file: str
    line: int
    kind: str
    text: str


class _Document(msgspec.Struct, omit_defaults=True):
    schema: str
    tool: _Tool
    input: str
    devices: list[_Device]
    channels: list[_Channel]
    findings: list[_Finding]
    diagnostics: list[_Diagnostic]
    waived: list[_Waived] = []  # omitted when empty (omit_defaults)


def _relative(result: AuditResult) -> Callable[[str], str]:
    """`relative_file` for many findings: device files answer from a set, others are cached
    (a linear search of the devices per finding made rendering quadratic)."""
    known = {d.file for d in result.devices}
    cache: dict[str, str] = {}

    def rel(file: str) -> str:
        if file in known:
            return file
        if file not in cache:
            cache[file] = relative_file(result, file)
        return cache[file]

    return rel


def _finding(rel: Callable[[str], str], f: Finding) -> _Finding:
    return _Finding(
        f.rule, f.severity, f.category, f.device, rel(f.file), f.line, f.title, f.message, f.channel
    )


def _waived(rel: Callable[[str], str], f: Finding) -> _Waived:
    return _Waived(
        f.rule,
        f.severity,
        f.category,
        f.device,
        rel(f.file),
        f.line,
        f.title,
        f.message,
        f.channel,
        f.waiver_reason,
    )


def _document(result: AuditResult) -> _Document:
    names = {d.file: d.name for d in result.devices}
    rel = _relative(result)
    return _Document(
        SCHEMA,
        _Tool("untapped", __version__),
        result.input,
        [_Device(d.name, d.file, d.dialect, d.lines) for d in result.devices],
        [
            _Channel(
                c.id, c.device, c.file, c.line, c.kind, c.destination, c.vrf, c.source, c.trust
            )
            for c in result.channels
        ],
        [_finding(rel, f) for f in result.findings],
        [
            _Diagnostic(names.get(d.file, d.file), d.file, d.line, d.kind, d.text)
            for d in result.diagnostics
        ],
        [_waived(rel, f) for f in result.waived],
    )


def to_dict(result: AuditResult) -> dict[str, Any]:
    """The document as plain Python values (keys in the contract's order)."""
    doc: dict[str, Any] = msgspec.to_builtins(_document(result))
    return doc


def render(result: AuditResult) -> str:
    # The encoded bytes are formatted (not a str) and decoded once; the newline is appended in
    # place (CPython resizes a str that nothing else holds) rather than by copying the formatted
    # bytes: each fresh 21 MB buffer costs its page faults (render of the 1,000-device audit in a
    # fresh process: 0.128 -> 0.094 s, best of 6).
    formatted = msgspec.json.format(msgspec.json.encode(_document(result)), indent=2)
    text = formatted.decode()
    del formatted
    text += "\n"
    return text

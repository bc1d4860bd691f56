"""`audit --format json`: schema untapped/audit-v1 (contract §3; docs/schemas/audit-v1.json).

Beside the contract's keys, a top-level `waived` list (present when a waiver matched) holds the
findings a waiver suppressed, each with the waiver's `reason`; they do not count for --fail-on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec

from untapped.model.results import AuditResult, Finding
from untapped.report.common import relative_file
from untapped.version import __version__

SCHEMA = "untapped/audit-v1"


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


def _finding(rel: Callable[[str], str], f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": f.severity,
        "category": f.category,
        "device": f.device,
        "file": rel(f.file),
        "line": f.line,
        "title": f.title,
        "message": f.message,
        "channel": f.channel,
    }


def to_dict(result: AuditResult) -> dict[str, Any]:
    names = {d.file: d.name for d in result.devices}
    rel = _relative(result)
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "tool": {"name": "untapped", "version": __version__},
        "input": result.input,
        "devices": [
            {
                "name": d.name,
                "file": d.file,
                "dialect": d.dialect,
                "lines": {
                    "total": d.lines.total,
                    "recognized": d.lines.recognized,
                    "unrecognized": d.lines.unrecognized,
                    "blank_or_comment": d.lines.blank_or_comment,
                },
            }
            for d in result.devices
        ],
        "channels": [
            {
                "id": c.id,
                "device": c.device,
                "file": c.file,
                "line": c.line,
                "kind": c.kind,
                "destination": c.destination,
                "vrf": c.vrf,
                "source": c.source,
                "trust": c.trust,
            }
            for c in result.channels
        ],
        "findings": [_finding(rel, f) for f in result.findings],
        "diagnostics": [
            {
                "device": names.get(d.file, d.file),
                "file": d.file,
                "line": d.line,
                "kind": d.kind,
                "text": d.text,
            }
            for d in result.diagnostics
        ],
    }
    if result.waived:
        out["waived"] = [dict(_finding(rel, f), reason=f.waiver_reason) for f in result.waived]
    return out


def render(result: AuditResult) -> str:
    return msgspec.json.format(msgspec.json.encode(to_dict(result)).decode(), indent=2) + "\n"

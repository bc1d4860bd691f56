"""`audit --format sarif`: SARIF 2.1.0 for code-scanning tools."""

from __future__ import annotations

from typing import Any

import msgspec

from untapped.model.results import AuditResult
from untapped.rules.catalog import catalog
from untapped.version import __version__

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "0.0"}


def to_dict(result: AuditResult) -> dict[str, Any]:
    cat = catalog()
    used = sorted({f.rule for f in result.findings})
    index = {rid: i for i, rid in enumerate(used)}
    rules = []
    for rid in used:
        r = cat[rid]
        rules.append(
            {
                "id": r.id,
                "name": r.id.replace("-", ""),
                "shortDescription": {"text": r.title},
                "fullDescription": {"text": r.rationale or r.title},
                "help": {"text": f"{r.title}. Trigger: {r.trigger}"},
                "defaultConfiguration": {"level": LEVEL[r.severity]},
                "properties": {
                    "category": r.category,
                    "tags": ["security", r.category],
                    "security-severity": SECURITY_SEVERITY[r.severity],
                },
            }
        )
    results = []
    for f in result.findings:
        results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVEL[f.severity],
                "message": {"text": f"{f.device}: {f.message}"},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": f.file, "uriBaseId": "SRCROOT"},
                            "region": {"startLine": max(1, f.line)},
                        }
                    }
                ],
                "properties": {
                    "severity": f.severity,
                    "device": f.device,
                    "security-severity": SECURITY_SEVERITY[f.severity],
                },
            }
        )
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "untapped",
                        "version": __version__,
                        "informationUri": "https://example.invalid/untapped",
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"SRCROOT": {"description": {"text": "the audited PATH"}}},
                "results": results,
            }
        ],
    }


def render(result: AuditResult) -> str:
    return msgspec.json.format(msgspec.json.encode(to_dict(result)).decode(), indent=2) + "\n"

"""`untapped rules`: the catalog (schema untapped/rules-v1), or one rule explained."""

from __future__ import annotations

from typing import Any

import msgspec

from untapped.rules.catalog import Rule, catalog, get_rule

SCHEMA = "untapped/rules-v1"


def rule_dict(r: Rule) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "category": r.category,
        "severity": r.severity,
        "dialects": list(r.dialects),
        "frameworks": {k: list(v) for k, v in r.frameworks.items()},
    }


def render(rule_id: str | None, fmt: str) -> str:
    if rule_id is not None:
        rule = get_rule(rule_id.upper())
        if fmt == "json":
            return (
                msgspec.json.format(
                    msgspec.json.encode(
                        {
                            "schema": SCHEMA,
                            "rules": [
                                dict(
                                    rule_dict(rule),
                                    trigger=rule.trigger,
                                    rationale=rule.rationale,
                                    remediation=rule.remediation,
                                    sources=list(rule.sources),
                                )
                            ],
                        }
                    ).decode(),
                    indent=2,
                )
                + "\n"
            )
        return explain(rule)
    rules = sorted(catalog().values(), key=lambda r: r.id)
    if fmt == "json":
        return (
            msgspec.json.format(
                msgspec.json.encode(
                    {"schema": SCHEMA, "rules": [rule_dict(r) for r in rules]}
                ).decode(),
                indent=2,
            )
            + "\n"
        )
    lines = [f"{r.id:9} {r.severity:8} {r.title}" for r in rules]
    return "\n".join(lines) + "\n"


def explain(r: Rule) -> str:
    out = [
        f"{r.id}  {r.title}",
        f"category: {r.category}   default severity: {r.severity}",
        f"dialects: {', '.join(r.dialects) or '-'}",
        "",
    ]
    out.append("What it checks:")
    out.append(f"  {r.trigger or '-'}")
    out.append("")
    out.append("Why it matters:")
    out.append(f"  {r.rationale or '-'}")
    out.append("")
    out.append("How to fix it:")
    if r.remediation:
        for d, fix in sorted(r.remediation.items()):
            out.append(f"  {d}: {fix}")
    else:
        out.append("  -")
    if r.frameworks:
        out.append("")
        out.append("Frameworks:")
        for k, v in sorted(r.frameworks.items()):
            out.append(f"  {k}: {', '.join(v)}")
    out.append("")
    out.append(f"Sources: {'; '.join(r.sources) or '-'}")
    return "\n".join(out) + "\n"

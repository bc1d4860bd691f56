"""`untapped rules`: the catalog (schema untapped/rules-v1, contract §4), or one rule explained.

In rules-v1, `dialects` lists the dialects where a rule is evaluated today (implemented, and the
dialect declares the model features the rule needs), not the dialects it is meant for.
"""

from __future__ import annotations

import io
import os
import textwrap
from typing import Any

import msgspec

from untapped.rules.catalog import Rule, catalog, evaluated_dialects, get_rule

SCHEMA = "untapped/rules-v1"


def rule_dict(r: Rule) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "category": r.category,
        "severity": r.severity,
        "dialects": list(evaluated_dialects(r)),
        "frameworks": {k: list(v) for k, v in sorted(r.frameworks.items())},
    }


def _json(doc: Any) -> str:
    return msgspec.json.format(msgspec.json.encode(doc).decode(), indent=2) + "\n"


def _width() -> int:
    try:
        return max(40, int(os.environ.get("COLUMNS", "") or 80))
    except ValueError:
        return 80


def render(rule_id: str | None, fmt: str) -> str:
    """The catalog (rule_id None) or one rule, as `fmt` (terminal or json). KeyError: no rule."""
    if rule_id is not None:
        rule = get_rule(rule_id.strip().upper())
        if fmt == "json":
            return _json({"schema": SCHEMA, "rules": [rule_dict(rule)]})
        return explain(rule)
    rules = sorted(catalog().values(), key=lambda r: r.id)
    if fmt == "json":
        return _json({"schema": SCHEMA, "rules": [rule_dict(r) for r in rules]})
    return table(rules)


def render_framework(framework: str, fmt: str) -> str:
    """`untapped rules --framework F`: the framework's controls, each with the rules that evidence
    it. JSON stays rules-v1: the rules that evidence some control of F (each rule's `frameworks`
    names its controls)."""
    from untapped.rules.frameworks import TITLES, controls_of

    controls = controls_of(framework)
    cat = catalog()
    if fmt == "json":
        ids = sorted({r for rules in controls.values() for r in rules})
        return _json({"schema": SCHEMA, "rules": [rule_dict(cat[i]) for i in ids]})
    out = [f"{TITLES[framework]}: {len(controls)} controls evidenced by the catalog", ""]
    for control, rule_ids in controls.items():
        out.append(control)
        for rid in rule_ids:
            r = cat[rid]
            where = ", ".join(evaluated_dialects(r)) or "not evaluated yet"
            out.append(f"  {rid:<9} {r.severity:<8} {r.title}  [{where}]")
    return "\n".join(out) + "\n"


def table(rules: list[Rule], width: int | None = None) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width or _width(),
        markup=False,
        emoji=False,
        highlight=False,
        no_color=True,
        _environ={},
    )
    t = Table(box=None, pad_edge=False, show_edge=False, header_style="bold", expand=True)
    t.add_column("id", no_wrap=True)
    t.add_column("severity", no_wrap=True)
    t.add_column("title", overflow="fold", ratio=1)
    t.add_column("evaluated", no_wrap=True)
    for r in rules:
        n = len(evaluated_dialects(r))
        t.add_row(
            Text(r.id),
            Text(r.severity),
            Text(r.title),
            Text(f"{n} dialect{'s' if n > 1 else ''}" if n else "-"),
        )
    console.print(t)
    implemented = sum(1 for r in rules if r.implemented)
    console.print(
        Text(
            f"{len(rules)} rules, {implemented} evaluated today. "
            "`untapped rules ID` explains one rule."
        )
    )
    return "\n".join(line.rstrip() for line in buf.getvalue().split("\n"))


def _para(out: list[str], text: str, indent: str = "  ", hang: str = "") -> None:
    width = _width()
    for chunk in text.splitlines() or [""]:
        out.extend(
            textwrap.wrap(
                chunk,
                width=width,
                initial_indent=indent,
                subsequent_indent=indent + hang,
                break_on_hyphens=False,
                break_long_words=False,
            )
            or [indent]
        )


def explain(r: Rule) -> str:
    evaluated = evaluated_dialects(r)
    out = [
        f"{r.id}  {r.title}",
        f"category: {r.category}   default severity: {r.severity}",
    ]
    _para(out, "evaluated for: " + (", ".join(evaluated) if evaluated else "none yet"), "", "  ")
    if r.intended and tuple(r.intended) != evaluated:
        _para(out, "meant for: " + ", ".join(r.intended), "", "  ")
    out.append("")
    out.append("What it checks:")
    _para(out, r.trigger or "-")
    out.append("")
    out.append("Why it matters:")
    _para(out, r.rationale or "-")
    out.append("")
    out.append("How to fix it:")
    if r.remediation:
        for d, fix in sorted(r.remediation.items(), key=lambda kv: (kv[0] != "cisco_ios", kv[0])):
            out.append(f"  {d}:")
            _para(out, fix, "    ")
    else:
        out.append("  -")
    if r.frameworks:
        out.append("")
        out.append("Frameworks:")
        for k, v in sorted(r.frameworks.items()):
            out.append(f"  {k}: {', '.join(v)}")
    out.append("")
    out.append("Sources:")
    _para(out, "; ".join(r.sources) or "-")
    return "\n".join(out) + "\n"

"""Framework references of rules: CIS benchmark ids, DISA STIG V-ids, NSA guide sections and
MLPS 2.0 (GB/T 22239-2019) level-3 indicators. A rule's `frameworks` table in the catalog wins;
otherwise they are derived from its `sources` (keys of shared/spec/rules.md)."""

from __future__ import annotations

import re

from untapped.rules.catalog import Rule, catalog

FRAMEWORKS = ("cis", "stig", "nsa", "mlps2")
TITLES = {
    "cis": "CIS benchmarks",
    "stig": "DISA STIG",
    "nsa": "NSA Network Infrastructure Security Guide",
    "mlps2": "MLPS 2.0 (GB/T 22239-2019) level 3",
}
_CIS = re.compile(r"\bCIS (\d+(?:\.\d+)+(?:-\d+)?)")
_STIG = re.compile(r"\b(V-\d{6}(?:-\d+)?)")
_MLPS = re.compile(r"\bMLPS -(\d{2})\b")


def frameworks_of(rule: Rule) -> dict[str, tuple[str, ...]]:
    if rule.frameworks:
        return rule.frameworks
    out: dict[str, list[str]] = {}
    for src in rule.sources:
        for m in _CIS.finditer(src):
            out.setdefault("cis", []).append(m.group(1))
        if "STIG" in src:
            for m in _STIG.finditer(src):
                out.setdefault("stig", []).append(m.group(1))
        for m in _MLPS.finditer(src):
            out.setdefault("mlps2", []).append(f"L3-CES1-{m.group(1)}")
        if src.startswith("NSA"):
            section = src[3:].strip(" ()") or "guide"
            out.setdefault("nsa", []).append(section)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def controls_of(framework: str) -> dict[str, list[str]]:
    """Control id -> the rules that evidence it, for one framework."""
    if framework not in FRAMEWORKS:
        raise KeyError(framework)
    out: dict[str, list[str]] = {}
    for rule in sorted(catalog().values(), key=lambda r: r.id):
        for control in frameworks_of(rule).get(framework, ()):
            out.setdefault(control, []).append(rule.id)
    return dict(sorted(out.items(), key=lambda kv: _natural(kv[0])))


def _natural(text: str) -> list[object]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]

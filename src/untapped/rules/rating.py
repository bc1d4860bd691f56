"""Explainable severity (Nipper-style): a finding's severity is derived from the IMPACT of the
weakness and the EASE of exploiting it by one table (`SEVERITY`, documented in docs/rules.md);
the FIX effort is reported beside it. Each rule has a rating in the catalog; exposure (no ACL,
an ACL admitting any source or addresses outside the owner's networks) makes exploitation easier
by the steps the rule's `exposure` table says, which can raise the severity.
"""

from __future__ import annotations

from untapped.model.core import Severity
from untapped.model.results import Impact
from untapped.rules.catalog import Rule

IMPACTS: tuple[Severity, ...] = ("critical", "high", "medium", "low", "info")
EASES = ("trivial", "easy", "moderate", "challenging", "n/a")
FIXES = ("quick", "planned", "involved")
ORDER: tuple[Severity, ...] = ("info", "low", "medium", "high", "critical")

# impact -> severity for each ease, in EASES order
SEVERITY: dict[str, tuple[Severity, ...]] = {
    "critical": ("critical", "critical", "high", "high", "medium"),
    "high": ("critical", "high", "high", "medium", "medium"),
    "medium": ("high", "medium", "medium", "low", "low"),
    "low": ("medium", "low", "low", "low", "info"),
    "info": ("info", "info", "info", "info", "info"),
}

EXPOSURES = {
    "no-acl": "no ACL restricts who may connect",
    "any-source": "its ACL admits any source address",
    "outside-owner": "its ACL admits addresses outside the owner's networks",
}


def derive(impact: str, ease: str) -> Severity:
    return SEVERITY[impact][EASES.index(ease)]


def _easier(ease: str, steps: int) -> str:
    if ease == "n/a" or steps <= 0:
        return ease
    return EASES[max(0, EASES.index(ease) - steps)]


def rate(
    rule: Rule, severity: Severity, exposures: tuple[str, ...] = ()
) -> tuple[Severity, Impact]:
    """The finding's severity and rating. `severity` is what the analysis reported: when it
    differs from the rule's default the analysis has judged the finding itself (e.g. by the trust
    of a tap destination), and the rating records the ease that the table maps to it; otherwise
    the exposures the rule counts make exploitation easier and may raise the severity."""
    spec = rule.rating
    if spec is None:
        return severity, Impact("medium", "moderate", "planned")
    impact, ease = spec.impact, spec.ease
    counted = tuple(e for e in dict.fromkeys(exposures) if spec.exposure.get(e, 0) > 0)
    if severity == rule.severity:
        steps = max((spec.exposure[e] for e in counted), default=0)
        ease = _easier(ease, steps)
        final = derive(impact, ease)
        if ORDER.index(final) < ORDER.index(severity):  # exposure never lowers
            final = severity
    else:
        final = severity
    impact, ease = _explain(impact, ease, final)
    return final, Impact(impact, ease, spec.fix, counted)


def _explain(impact: str, ease: str, final: Severity) -> tuple[str, str]:
    """The rating closest to (impact, ease) that the table maps to `final`: change the ease
    first, then the impact, so that the table always explains the severity shown."""
    if derive(impact, ease) == final:
        return impact, ease
    for e in sorted(EASES, key=lambda e: abs(EASES.index(e) - EASES.index(ease))):
        if derive(impact, e) == final:
            return impact, e
    for i in sorted(IMPACTS, key=lambda i: abs(IMPACTS.index(i) - IMPACTS.index(impact))):
        for e in sorted(EASES, key=lambda e: abs(EASES.index(e) - EASES.index(ease))):
            if derive(i, e) == final:
                return i, e
    return impact, ease

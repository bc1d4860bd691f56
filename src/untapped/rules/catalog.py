"""Load the rule catalog (catalog.toml) into typed, frozen `Rule`s."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

import msgspec

from untapped.model.core import Severity


class Rule(msgspec.Struct, frozen=True, kw_only=True):
    id: str
    title: str
    category: str
    severity: Severity
    dialects: tuple[str, ...] = ()
    trigger: str = ""
    sources: tuple[str, ...] = ()
    rationale: str = ""
    remediation: dict[str, str] = msgspec.field(default_factory=dict)
    frameworks: dict[str, tuple[str, ...]] = msgspec.field(default_factory=dict)
    needs: tuple[str, ...] = ()  # model features the check reads
    implemented: bool = False  # True when an analysis evaluates it

    def fix_for(self, dialect: str) -> str | None:
        return self.remediation.get(dialect) or self.remediation.get("any")


class _Catalog(msgspec.Struct):
    rule: list[Rule]


@cache
def catalog() -> dict[str, Rule]:
    data = resources.files("untapped.rules").joinpath("catalog.toml").read_text("utf-8")
    parsed = msgspec.convert(tomllib.loads(data), _Catalog)
    return {r.id: r for r in parsed.rule}


def get_rule(rule_id: str) -> Rule:
    return catalog()[rule_id]

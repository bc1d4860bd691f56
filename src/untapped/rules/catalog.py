"""Load the rule catalog (catalog.toml) into typed, frozen `Rule`s.

`Rule.intended` lists the dialects a rule is meant for; `evaluated_dialects(rule)` the dialects
where it is actually evaluated today: the rule is implemented and the dialect declares every
model feature the rule `needs` (see `untapped.dialects.base.FEATURES`). `untapped rules --format
json` reports the latter as `dialects`.
"""

from __future__ import annotations

import hashlib
import tomllib
from functools import cache
from importlib import resources

import msgspec

from untapped.model.core import Severity

FRAMEWORKS = ("cis", "stig", "nsa", "mlps2")


class RatingSpec(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Nipper-style rating of a rule (see untapped.rules.rating and docs/rules.md): the impact of
    the weakness, how easily it is exploited, how much work the fix is, and by how many steps
    each exposure (e.g. `no-acl`, `any-source`, `outside-owner`) makes exploitation easier."""

    impact: str
    ease: str
    fix: str
    exposure: dict[str, int] = msgspec.field(default_factory=dict)


class CheckSpec(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A hardening check said as data, interpreted by untapped.analyses.hardening:

    - `service-on`: fail for each of `services` that is enabled;
    - `service-on-no-acl`: fail for each of `services` enabled without an ACL;
    - `service-on-required`: fail unless `services[0]` is configured and enabled;
    - `service-off-required`: fail unless `services[0]` is configured and disabled;
    - `field-required`: fail unless the model field `field` (dotted path) is set (truthy);
    - `interface-field`: fail for each interface whose `field` equals `equals` (and that is not
      shut down when `skip_shutdown`).
    `message` is the finding's text (`{name}` is the service or interface)."""

    kind: str
    services: tuple[str, ...] = ()
    field: str = ""
    equals: bool | int | str = True
    skip_shutdown: bool = False
    message: str = ""


class Rule(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    id: str
    title: str
    category: str
    severity: Severity
    intended: tuple[str, ...] = ()  # dialects the rule is meant for
    # "any": evaluated wherever the needed features are modelled (vendor-neutral judgements of
    # the tap map); "intended": only on the intended dialects (baselines whose defaults differ)
    scope: str = "any"
    trigger: str = ""
    sources: tuple[str, ...] = ()
    rationale: str = ""
    remediation: dict[str, str] = msgspec.field(default_factory=dict)
    frameworks: dict[str, tuple[str, ...]] = msgspec.field(default_factory=dict)
    needs: tuple[str, ...] = ()  # model features the check reads
    implemented: bool = False  # True when an analysis evaluates it
    # When set, only these dialects fill the model fields the check reads (`reads` names them):
    # on every other dialect the rule is "unknown: the DIALECT dialect does not model READS yet".
    filled_by: tuple[str, ...] = ()
    reads: str = ""
    check: CheckSpec | None = None  # the check as data (None: code in analyses)
    rating: RatingSpec | None = None

    def fix_for(self, dialect: str) -> str | None:
        return self.remediation.get(dialect) or self.remediation.get("any")

    @property
    def dialects(self) -> tuple[str, ...]:
        """The dialects where the rule is evaluated (see `evaluated_dialects`)."""
        return evaluated_dialects(self)


class _Catalog(msgspec.Struct):
    rule: list[Rule]


class _Compiled(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """catalog.json: the catalog as read from catalog.toml, and the SHA-256 of that text."""

    source: str
    catalog: _Catalog


def _from_toml(text: bytes) -> _Catalog:
    return msgspec.convert(tomllib.loads(text.decode("utf-8")), _Catalog)


def compile_catalog(text: bytes) -> bytes:
    """catalog.json for the catalog.toml `text` (`python -m untapped.tools.gentables`)."""
    compiled = _Compiled(source=hashlib.sha256(text).hexdigest(), catalog=_from_toml(text))
    return msgspec.json.encode(compiled) + b"\n"


def load_catalog(text: bytes, compiled: bytes | None) -> _Catalog:
    """The catalog of catalog.toml's `text`: from `compiled` (catalog.json) when it was made from
    this very text (~1 ms instead of tomllib's ~40 ms at every start-up), else from the TOML."""
    if compiled is not None:
        try:
            cached = msgspec.json.decode(compiled, type=_Compiled)
        except msgspec.MsgspecError:
            cached = None
        if cached is not None and cached.source == hashlib.sha256(text).hexdigest():
            return cached.catalog
    return _from_toml(text)


@cache
def catalog() -> dict[str, Rule]:
    root = resources.files("untapped.rules")
    text = root.joinpath("catalog.toml").read_bytes()
    try:
        compiled: bytes | None = root.joinpath("catalog.json").read_bytes()
    except OSError:
        compiled = None
    return {r.id: r for r in load_catalog(text, compiled).rule}


def get_rule(rule_id: str) -> Rule:
    return catalog()[rule_id]


@cache
def _dialect_features() -> dict[str, frozenset[str]]:
    from untapped import dialects

    out: dict[str, frozenset[str]] = {}
    for name in dialects.names():
        try:
            out[name] = frozenset(dialects.get(name).features)
        except Exception:  # a dialect that fails to import evaluates nothing
            out[name] = frozenset()
    return out


def evaluated_dialects(rule: Rule) -> tuple[str, ...]:
    """Dialects (registered ones, sorted) where `rule` is evaluated: it is implemented and the
    dialect declares every feature in `rule.needs`."""
    if not rule.implemented:
        return ()
    need = set(rule.needs)
    return tuple(
        name
        for name, feats in sorted(_dialect_features().items())
        if need <= feats
        and (rule.scope == "any" or name in rule.intended)
        and (not rule.filled_by or name in rule.filled_by)
    )

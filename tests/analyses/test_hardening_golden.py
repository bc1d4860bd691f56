"""Per-dialect hardening goldens: tests/analyses/hardening_cases/<dialect>/<case>/input.cfg is
parsed by that dialect and every hardening rule's verdict for the device is compared with
expected.json ({rule: "pass" | "fail" | "unknown: why" | "n/a: why"}, rewritten only by
--update-golden and reviewed). The coverage test checks that every (rule, dialect) pair the
catalog claims (untapped.rules.catalog.evaluated_dialects) has a case where the rule fails and
one where it passes; a dialect that cannot evaluate a rule must say unknown, never pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import check_golden
from untapped.analyses.hardening import CHECKS, controls
from untapped.collect.files import Artifact
from untapped.dialects import get
from untapped.rules.catalog import evaluated_dialects, get_rule

CASES = Path(__file__).parent / "hardening_cases"

# (rule, dialect) pairs claimed but without a failing or passing golden yet: debt, listed so
# that it shrinks (a pair covered now must be removed from here; a new gap fails the test).
KNOWN_GAPS: set[tuple[str, str]] = set()  # (rule, dialect) pairs without both cases


def _cases() -> list[Path]:
    return sorted(p for p in CASES.glob("*/*") if (p / "input.cfg").exists())


def _verdicts(case: Path) -> dict[str, str]:
    dialect = case.parent.name
    text = (case / "input.cfg").read_text(encoding="utf-8")
    return controls(get(dialect).parse(Artifact(f"{case.name}.cfg", text)).device)


@pytest.mark.parametrize("case", _cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_hardening_golden(case: Path, update_golden: bool) -> None:
    check_golden(case / "expected.json", _verdicts(case), update_golden)


def _statuses() -> dict[tuple[str, str], set[str]]:
    seen: dict[tuple[str, str], set[str]] = {}
    for case in _cases():
        path = case / "expected.json"
        if not path.exists():
            continue
        for rule, status in json.loads(path.read_text(encoding="utf-8")).items():
            seen.setdefault((rule, case.parent.name), set()).add(status.split(":")[0])
    return seen


def claimed() -> set[tuple[str, str]]:
    return {(rule, d) for rule in CHECKS for d in evaluated_dialects(get_rule(rule))}


def test_every_claimed_pair_fails_and_passes_somewhere() -> None:
    seen = _statuses()
    missing = {pair for pair in claimed() if not {"pass", "fail"} <= seen.get(pair, set())}
    assert missing <= KNOWN_GAPS, sorted(missing - KNOWN_GAPS)
    stale = KNOWN_GAPS - missing
    assert not stale, f"covered now, remove from KNOWN_GAPS: {sorted(stale)}"


def test_unclaimed_pairs_never_pass() -> None:
    # the iron rule: where the catalog does not claim a dialect, the verdict is unknown or n/a
    pairs = claimed()
    for (rule, dialect), statuses in _statuses().items():
        if (rule, dialect) not in pairs:
            assert statuses <= {"unknown", "n/a"}, (rule, dialect, statuses)

"""End-to-end golden cases of the tap map and its judgement:
tests/analyses/cases/<case>/input/ (configs, optional untapped.toml) -> expected.json (the
`audit --format json` document, rewritten only by --update-golden)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import check_golden
from untapped.pipeline import audit
from untapped.report.json_report import to_dict

CASES = Path(__file__).resolve().parent / "cases"
TODAY = dt.date(2026, 11, 1)  # waivers in cases are judged against this date


def _cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if (p / "input").is_dir()) if CASES.is_dir() else []


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_audit_golden(case: Path, update_golden: bool) -> None:
    result = audit(case / "input", today=TODAY, jobs=1)
    doc = to_dict(result)
    doc["input"] = "input"
    check_golden(case / "expected.json", doc, update_golden)

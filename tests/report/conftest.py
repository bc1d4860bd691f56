"""Fixtures of the report tests: a small audit of tests/report/cases/small (own-written configs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from untapped.model.results import AuditResult
from untapped.pipeline import audit

CASES = Path(__file__).resolve().parent / "cases"
TODAY = dt.date(2026, 11, 1)


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> AuditResult:
    """The audit of cases/small, run from cases/ so that PATH is the relative `small`."""
    monkeypatch.chdir(CASES)
    return audit("small", today=TODAY, jobs=1)

"""Golden cases of reference integrity and unreachable ACL lines:
tests/analyses/refs_cases/<case>/input/ -> expected.json = {"refs": refs-v1, "acl_lines": acl-lines-v1}
(rewritten only by --update-golden)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import check_golden
from untapped.cli_analysis import acl_lines_document, refs_document

CASES = Path(__file__).resolve().parent / "refs_cases"


def _cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if (p / "input").is_dir()) if CASES.is_dir() else []


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_refs_and_acl_lines_golden(case: Path, update_golden: bool) -> None:
    doc = {
        "refs": refs_document(str(case / "input"), jobs=1),
        "acl_lines": acl_lines_document(str(case / "input"), jobs=1),
    }
    check_golden(case / "expected.json", doc, update_golden)

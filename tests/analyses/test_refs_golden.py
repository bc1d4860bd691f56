"""Golden cases of reference integrity and ACL analysis:
tests/analyses/refs_cases/<case>/input/ -> expected.json =
{"refs": refs-v1, "acl_lines": acl-lines-v1[, "acl_search": [acl-search-v1...]][, "acl_diff": acl-diff-v1]}
(rewritten only by --update-golden).

Optional beside `input/`: `search.toml` with `[[search]]` tables (device, acl, action and the
optional src, dst, proto, sport, dport of `untapped acl-search`), and `old/` (a previous snapshot:
`untapped acl-diff old input`)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import check_golden
from untapped.analyses.acl_tasks import SearchQuery
from untapped.cli_analysis import (
    acl_diff_document,
    acl_lines_document,
    acl_search_document,
    refs_document,
)

CASES = Path(__file__).resolve().parent / "refs_cases"


def _cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if (p / "input").is_dir()) if CASES.is_dir() else []


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_refs_and_acl_lines_golden(case: Path, update_golden: bool) -> None:
    inp = str(case / "input")
    doc: dict[str, Any] = {
        "refs": refs_document(inp, jobs=1),
        "acl_lines": acl_lines_document(inp, jobs=1),
    }
    if (case / "search.toml").is_file():
        queries = tomllib.loads((case / "search.toml").read_text())["search"]
        doc["acl_search"] = []
        for q in queries:
            device = q.pop("device")
            doc["acl_search"].append(acl_search_document(inp, device, SearchQuery(**q)))
    if (case / "old").is_dir():
        doc["acl_diff"] = acl_diff_document(str(case / "old"), inp, jobs=1)
    check_golden(case / "expected.json", doc, update_golden)

"""docs/support.md is generated from the conformance results, never by hand."""

from __future__ import annotations

from tests.dialects import support


def test_support_md_is_up_to_date(update_golden: bool) -> None:
    text = support.render()
    if update_golden:
        support.OUTPUT.write_text(text, encoding="utf-8")
    assert support.OUTPUT.read_text(encoding="utf-8") == text, (
        "docs/support.md is stale: run `make docs` (or pytest --update-golden) and commit it"
    )

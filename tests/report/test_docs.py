"""docs/rules.md is generated from the catalog (`make docs`); this fails when it is stale."""

from __future__ import annotations

from pathlib import Path

from untapped.tools import gendocs

ROOT = Path(__file__).resolve().parents[2]


def test_rules_md_is_up_to_date() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == gendocs.render(), "docs/rules.md is stale: run `make docs` and commit it"


def test_rules_md_has_the_severity_by_trust_table() -> None:
    text = gendocs.render()
    assert "## Severity by trust" in text
    assert "| `mirror-erspan` | TAP-003:" in text
    assert "| trusted | internal | local | unknown | external |" in text


def test_main_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "rules.md"
    assert gendocs.main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == gendocs.render()

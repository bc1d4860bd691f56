"""Shared test fixtures: the golden-file switch, a fixed redaction salt, the corpus location."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

os.environ["UNTAPPED_SALT"] = "untapped-tests"  # stable <redacted:...> tokens in golden files

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("UNTAPPED_CORPUS", ROOT.parent / "shared" / "corpus"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite expected.json golden files from the current output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set UNTAPPED_CORPUS)")
    return CORPUS


def check_golden(path: Path, actual: Any, update: bool) -> None:
    """Compare `actual` with the JSON in `path`; rewrite it only with --update-golden."""
    text = json.dumps(actual, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if update:
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing: run pytest --update-golden and review the new file")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert json.loads(text) == expected, (
        f"output differs from {path} (review, then --update-golden)"
    )

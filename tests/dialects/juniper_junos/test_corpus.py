"""Parse coverage over the Junos corpus: >= 97% recognized lines, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from untapped.collect.files import ReadProblem, read_artifact
from untapped.dialects import get


@pytest.mark.corpus
def test_junos_corpus_coverage(corpus: Path) -> None:
    root = corpus / "juniper_junos"
    if not root.is_dir():
        pytest.skip("no juniper_junos corpus")
    dialect = get("juniper_junos")
    recognized = unrecognized = 0
    for f in sorted(p for p in root.rglob("*") if p.is_file() and not p.name.endswith(".md")):
        art = read_artifact(f, f.name)
        if isinstance(art, ReadProblem):
            continue
        result = dialect.parse(art)
        lines = result.lines
        assert lines.total == lines.recognized + lines.unrecognized + lines.blank_or_comment
        recognized += lines.recognized
        unrecognized += lines.unrecognized
    assert recognized / (recognized + unrecognized) >= 0.97

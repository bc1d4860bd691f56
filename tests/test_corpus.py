"""The held-in corpus of real public configurations (../shared/corpus, read in place, never
copied): every file of every vendor goes through the per-file pipeline without raising and without
an internal parser error, and the IOS grammar recognizes at least 98% of the statements of the
cisco_ios files it detects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from untapped.collect.files import ReadProblem, read_artifact
from untapped.detect import detect
from untapped.dialects import get
from untapped.pipeline import work_on

pytestmark = pytest.mark.corpus

SIDECARS = (".yml", ".yaml", ".display.txt", ".py", ".json", ".md", ".tsv")
IOS_COVERAGE_MIN = 0.98


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(SIDECARS))


def _vendors() -> list[str]:
    if not CORPUS.is_dir():
        return ["(absent)"]
    return sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


@pytest.mark.parametrize("vendor", _vendors())
def test_every_file_goes_through_the_pipeline(corpus: Path, vendor: str) -> None:
    files = _files(corpus / vendor)
    assert files, f"no configuration under {corpus / vendor}"
    problems: list[str] = []
    for f in files:
        origin = os.path.relpath(f, corpus)
        try:
            work = work_on(str(f), origin, None)
        except Exception as exc:  # work_on must never raise
            problems.append(f"{origin}: raised {type(exc).__name__}: {exc}")
            continue
        for d in work.diagnostics:
            if d.kind == "input" and "internal error" in d.text:
                problems.append(f"{origin}: {d.text}")
        lines = work.summary.lines
        if lines.total != lines.recognized + lines.unrecognized + lines.blank_or_comment:
            problems.append(f"{origin}: line accounting does not add up ({lines})")
    assert not problems, "\n".join(problems[:20])


def test_cisco_ios_coverage(corpus: Path) -> None:
    ios = get("cisco_ios")
    recognized = unrecognized = detected = 0
    for f in _files(corpus / "cisco_ios"):
        art = read_artifact(f, f.name)
        if isinstance(art, ReadProblem) or detect(art.text).dialect != "cisco_ios":
            continue
        detected += 1
        res = ios.parse(art)
        recognized += res.lines.recognized
        unrecognized += res.lines.unrecognized
    assert detected >= 180, f"only {detected} cisco_ios corpus files are detected as cisco_ios"
    coverage = recognized / (recognized + unrecognized)
    assert coverage >= IOS_COVERAGE_MIN, f"cisco_ios coverage {coverage:.2%} < 98%"


@pytest.mark.parametrize("vendor", _vendors())
def test_ios_parser_never_raises_on_any_vendor(corpus: Path, vendor: str) -> None:
    """`--dialect cisco_ios` forced on any file: the parser accounts for every line, never raises."""
    ios = get("cisco_ios")
    for f in _files(corpus / vendor):
        art = read_artifact(f, f.name)
        if isinstance(art, ReadProblem):
            continue
        lines = ios.parse(art).lines
        assert lines.total == lines.recognized + lines.unrecognized + lines.blank_or_comment

"""Detection of Huawei VRP and H3C Comware on the corpus: VRP is recognised as VRP, Comware as
Comware, and neither claims a Cisco IOS file (nor IOS one of theirs). Also: no traceback on any
corpus file of these folders, whatever its encoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from untapped.collect.files import read_artifact
from untapped.detect import detect
from untapped.dialects import get

SIDECARS = (".yml", ".yaml", ".display.txt", ".py", ".json", ".md", ".tsv")

pytestmark = pytest.mark.corpus


def _texts(folder: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not folder.is_dir():
        return out
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.name.endswith(SIDECARS):
            continue
        art = read_artifact(p, p.name)
        text = getattr(art, "text", None)
        if text and text.strip():
            out.append((p.name, text))
    return out


def test_vrp_corpus_detected_as_vrp(corpus: Path) -> None:
    texts = _texts(corpus / "huawei_vrp")
    if not texts:
        pytest.skip("no VRP corpus")
    wrong = [name for name, text in texts if detect(text).dialect != "huawei_vrp"]
    rate = 1 - len(wrong) / len(texts)
    assert rate >= 0.99, f"VRP detection {rate:.2%}; first misses: {wrong[:10]}"
    assert not [n for n, t in texts if detect(t).dialect == "cisco_ios"]
    assert not [n for n, t in texts if detect(t).dialect == "h3c_comware"]


def test_comware_corpus_not_misdetected(corpus: Path) -> None:
    texts = _texts(corpus / "h3c_comware")
    if not texts:
        pytest.skip("no Comware corpus")
    got = {name: detect(text).dialect for name, text in texts}
    wrong = {n: d for n, d in got.items() if d != "h3c_comware"}
    assert not wrong, wrong


def test_ios_corpus_not_claimed_by_vrp_or_comware(corpus: Path) -> None:
    texts = _texts(corpus / "cisco_ios")
    if not texts:
        pytest.skip("no IOS corpus")
    claimed = {n: d for n, t in texts if (d := detect(t).dialect) in ("huawei_vrp", "h3c_comware")}
    assert not claimed, claimed


@pytest.mark.parametrize("dialect", ["huawei_vrp", "h3c_comware"])
def test_no_traceback_on_corpus(corpus: Path, dialect: str) -> None:
    texts = _texts(corpus / dialect)
    if not texts:
        pytest.skip("no corpus")
    d = get(dialect)
    for folder in (dialect, "cisco_ios"):
        for p in sorted((corpus / folder).iterdir()):
            if not p.is_file() or p.name.endswith(SIDECARS):
                continue
            art = read_artifact(p, p.name)
            if getattr(art, "text", None) is None:
                continue
            result = d.parse(art)  # type: ignore[arg-type]
            lines = result.lines
            assert lines.total == lines.recognized + lines.unrecognized + lines.blank_or_comment


def test_vrp_coverage_on_corpus(corpus: Path) -> None:
    folder = corpus / "huawei_vrp"
    if not folder.is_dir():
        pytest.skip("no VRP corpus")
    d = get("huawei_vrp")
    rec = unrec = 0
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.name.endswith(SIDECARS):
            continue
        art = read_artifact(p, p.name)
        if getattr(art, "text", None) is None:
            continue
        lines = d.parse(art).lines  # type: ignore[arg-type]
        rec += lines.recognized
        unrec += lines.unrecognized
    assert rec / max(1, rec + unrec) >= 0.97

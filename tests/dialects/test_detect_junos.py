"""Detection of Junos over the corpus: >= 99% of the Junos files, and no other vendor's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from untapped.collect.files import ReadProblem, read_artifact
from untapped.detect import detect

SIDECARS = (".yml", ".yaml", ".display.txt", ".py", ".json", ".md", ".tsv")


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.endswith(SIDECARS))


@pytest.mark.corpus
def test_junos_corpus_detected(corpus: Path) -> None:
    root = corpus / "juniper_junos"
    if not root.is_dir():
        pytest.skip("no juniper_junos corpus")
    files = _files(root)
    hits = 0
    for f in files:
        art = read_artifact(f, f.name)
        if isinstance(art, ReadProblem):
            continue
        hits += detect(art.text).dialect == "juniper_junos"
    assert hits / len(files) >= 0.99


@pytest.mark.corpus
@pytest.mark.parametrize("vendor", ["cisco_ios", "cisco_nxos", "arista_eos", "huawei_vrp"])
def test_other_vendors_not_detected_as_junos(corpus: Path, vendor: str) -> None:
    root = corpus / vendor
    if not root.is_dir():
        pytest.skip(f"no {vendor} corpus")
    wrong = []
    for f in _files(root)[:1500]:
        art = read_artifact(f, f.name)
        if isinstance(art, ReadProblem):
            continue
        if detect(art.text).dialect == "juniper_junos":
            wrong.append(f.name)
    assert not wrong, wrong[:10]

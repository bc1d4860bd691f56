"""Detection of NX-OS and EOS over the corpus: >= 99% of each vendor folder's configurations are
detected as their dialect, and no Cisco IOS configuration is taken for either (nor the reverse).
Also: no traceback and >= 97% parse coverage per dialect over its folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from untapped.collect.files import ReadProblem, read_artifact
from untapped.detect import detect
from untapped.dialects import get

pytestmark = pytest.mark.corpus

SIDECARS = (".yml", ".yaml", ".display.txt", ".py", ".json", ".md", ".tsv")
MINE = ("cisco_nxos", "arista_eos")


def _texts(folder: Path) -> list[tuple[Path, str]]:
    out = []
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        if f.name.endswith(SIDECARS):
            continue
        art = read_artifact(f, f.name)
        if isinstance(art, ReadProblem):
            continue
        out.append((f, art.text))
    return out


@pytest.mark.parametrize("dialect", MINE)
def test_vendor_folder_detected(corpus: Path, dialect: str) -> None:
    files = _texts(corpus / dialect)
    assert files
    wrong = [f.name for f, text in files if detect(text).dialect != dialect]
    rate = 1 - len(wrong) / len(files)
    assert rate >= 0.99, f"{dialect}: {rate:.2%} detected; missed {wrong[:10]}"
    others = [f.name for f, text in files if detect(text).dialect in ("cisco_ios",)]
    assert not others, f"{dialect} files taken for IOS: {others[:10]}"


def test_ios_never_taken_for_nxos_or_eos(corpus: Path) -> None:
    taken = [
        (f.name, d)
        for f, text in _texts(corpus / "cisco_ios")
        if (d := detect(text).dialect) in MINE
    ]
    assert not taken, taken[:10]


@pytest.mark.parametrize("dialect", MINE)
def test_corpus_coverage(corpus: Path, dialect: str) -> None:
    recognized = unrecognized = 0
    for f, _text in _texts(corpus / dialect):
        art = read_artifact(f, f.name)
        assert not isinstance(art, ReadProblem)
        res = get(dialect).parse(art)
        recognized += res.lines.recognized
        unrecognized += res.lines.unrecognized
    coverage = recognized / max(1, recognized + unrecognized)
    assert coverage >= 0.97, f"{dialect}: coverage {coverage:.2%}"


@pytest.mark.parametrize("vendor", ["cisco_iosxr", "cisco_asa", "frr", "cumulus", "juniper_junos"])
def test_other_vendors_not_taken_for_nxos_or_eos(corpus: Path, vendor: str) -> None:
    folder = corpus / vendor
    if not folder.is_dir():
        pytest.skip(f"no {vendor} folder")
    taken = [(f.name, d) for f, text in _texts(folder) if (d := detect(text).dialect) in MINE]
    assert not taken, taken[:10]

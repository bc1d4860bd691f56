"""Detection over the held-in corpus (read in place, skipped when absent): the confusion table
vendor folder x detected dialect (benchmarks/detection.py prints it).

Every miss must be `unknown` (fail closed): no file of one vendor is taken for another dialect,
in particular none among the IOS-like ones (IOS, NX-OS, IOS-XR, ASA, EOS). The floors below 99%
are those of folders whose remaining misses carry no vendor-specific evidence at all:
- cisco_iosxr: two netutils fragments, `hostname X` alone and `router bgp N` + `bgp router-id` +
  `snmp-server ifindex persist` (all of it valid IOS as well);
- frr: eight topotest files: five comment-only daemon files, a `hostname` alone, a lone
  `router bgp N`, and a net-snmp `snmptrapd.conf` that is no FRR configuration;
- cisco_ios: batfish grammar fragments (e.g. a lone `router bgp N` with one neighbor) and
  `show run | section` excerpts (`ntp server` lines) that any IOS-like dialect would accept.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from untapped.collect.files import ReadProblem, read_artifact
from untapped.detect import detect

pytestmark = pytest.mark.corpus

SIDECARS = (".yml", ".yaml", ".display.txt", ".py", ".json", ".md", ".tsv")

# vendor folder -> (dialect, minimum share of its files detected as that dialect)
EXPECTED = {
    "cisco_ios": ("cisco_ios", 0.76),
    "cisco_nxos": ("cisco_nxos", 0.99),
    "cisco_iosxr": ("cisco_iosxr", 0.979),
    "cisco_asa": ("cisco_asa", 0.99),
    "arista_eos": ("arista_eos", 0.99),
    "frr": ("frr", 0.986),
    "cumulus": ("frr", 0.99),
    "juniper_junos": ("juniper_junos", 0.99),
    "huawei_vrp": ("huawei_vrp", 0.99),
    "h3c_comware": ("h3c_comware", 0.99),
}


def _table(folder: Path) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    wrong: list[str] = []
    want = EXPECTED[folder.name][0]
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        if f.name.endswith(SIDECARS):
            continue
        art = read_artifact(f, f.name)
        if isinstance(art, ReadProblem):
            continue
        got = detect(art.text).dialect
        counts[got] += 1
        if got not in (want, "unknown"):
            wrong.append(f"{f.name} -> {got}")
    return counts, wrong


@pytest.mark.parametrize("vendor", sorted(EXPECTED))
def test_confusion_row(corpus: Path, vendor: str) -> None:
    folder = corpus / vendor
    if not folder.is_dir():
        pytest.skip(f"{vendor} not in the corpus")
    dialect, minimum = EXPECTED[vendor]
    counts, wrong = _table(folder)
    total = sum(counts.values())
    assert not wrong, f"{vendor} files taken for another dialect: {wrong[:10]}"
    rate = counts[dialect] / total
    assert rate >= minimum, f"{vendor}: {rate:.2%} detected as {dialect} ({dict(counts)})"

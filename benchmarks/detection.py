"""Detection over a corpus of configurations: a confusion table, vendor folder x detected dialect.

    python benchmarks/detection.py PATH [--vendor DIR ...] [--misses] [--close]

PATH holds one folder per vendor (as ../shared/corpus does). For each folder of `EXPECTED`, prints
how many files are detected as its dialect, the rate, and the other dialects they went to; with
`--all`, the other folders too (expected `unknown`); with `--misses`, every file not detected as its dialect with its best scores; with `--close`, the files
whose lead over the runner-up is under 3 points. Sidecar files are skipped.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from untapped.collect.files import ReadProblem, read_artifact
from untapped.detect import Detection, detect

SIDECARS = (".yml", ".yaml", ".display.txt", ".py", ".json", ".md", ".tsv")

# vendor folder -> the dialect its files must be detected as
EXPECTED = {
    "cisco_ios": "cisco_ios",
    "cisco_nxos": "cisco_nxos",
    "cisco_iosxr": "cisco_iosxr",
    "cisco_asa": "cisco_asa",
    "arista_eos": "arista_eos",
    "frr": "frr",
    "cumulus": "frr",
    "juniper_junos": "juniper_junos",
    "huawei_vrp": "huawei_vrp",
    "h3c_comware": "h3c_comware",
}


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(SIDECARS))


def detections(folder: Path) -> list[tuple[Path, Detection]]:
    out = []
    for f in files_of(folder):
        art = read_artifact(f, f.name)
        if isinstance(art, ReadProblem):
            continue
        out.append((f, detect(art.text, art.origin)))
    return out


def confusion(corpus: Path, vendors: list[str]) -> dict[str, Counter[str]]:
    return {v: Counter(d.dialect for _, d in detections(corpus / v)) for v in vendors}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--vendor", action="append", help="only these vendor folders")
    ap.add_argument("--misses", action="store_true", help="list the files not detected right")
    ap.add_argument("--close", action="store_true", help="list the close calls")
    ap.add_argument(
        "--all", action="store_true", help="every folder; those of no dialect expect 'unknown'"
    )
    args = ap.parse_args()
    every = sorted(p.name for p in args.path.iterdir() if p.is_dir()) if args.all else EXPECTED
    vendors = [v for v in (args.vendor or every) if (args.path / v).is_dir()]
    print(f"{'vendor dir':15} {'expected':14} {'files':>6} {'ok':>6} {'rate':>8}  others")
    misses: list[str] = []
    close: list[str] = []
    for v in vendors:
        want = EXPECTED.get(v, "unknown")
        found = detections(args.path / v)
        counts = Counter(d.dialect for _, d in found)
        ok = counts[want]
        others = ", ".join(f"{d} {n}" for d, n in counts.most_common() if d != want)
        rate = ok / len(found) if found else 0.0
        print(f"{v:15} {want:14} {len(found):6} {ok:6} {rate:8.2%}  {others}")
        for f, d in found:
            if d.dialect != want:
                misses.append(
                    f"  {v}/{f.name}: {d.dialect} {d.score:g}"
                    f" (runner-up {d.runner_up} {d.runner_up_score:g}) {'; '.join(d.evidence)}"
                )
            elif d.runner_up and d.score - d.runner_up_score < 3.0:
                close.append(
                    f"  {v}/{f.name}: {d.dialect} {d.score:g} vs {d.runner_up} {d.runner_up_score:g}"
                )
    if args.misses:
        print(f"\nmisses ({len(misses)}):")
        print("\n".join(misses))
    if args.close:
        print(f"\nclose calls, lead < 3 ({len(close)}):")
        print("\n".join(close))


if __name__ == "__main__":
    main()

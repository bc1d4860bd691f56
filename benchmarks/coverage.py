"""Parse coverage over a folder of configurations, per dialect.

    python benchmarks/coverage.py PATH [--dialect NAME] [--top N] [--show-files]

Prints, per detected (or forced) dialect: files, lines, recognized / unrecognized statements,
coverage = recognized / (recognized + unrecognized), parse errors (tracebacks caught), and the most
frequent unrecognized statements (first two tokens). Sidecar files of the corpus (.yml, .display.txt,
.py, .json, .md) are skipped.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from pathlib import Path

from untapped.collect.files import ReadProblem, read_artifact
from untapped.detect import detect
from untapped.dialects import get

SIDECARS = (".yml", ".yaml", ".display.txt", ".py", ".json", ".md", ".tsv")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--dialect")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--show-files", action="store_true", help="list the worst files")
    args = ap.parse_args()
    files = (
        [args.path]
        if args.path.is_file()
        else sorted(
            p for p in args.path.rglob("*") if p.is_file() and not p.name.endswith(SIDECARS)
        )
    )
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    unrec: dict[str, Counter[str]] = defaultdict(Counter)
    worst: dict[str, list[tuple[float, str]]] = defaultdict(list)
    seconds: dict[str, float] = defaultdict(float)
    for f in files:
        art = read_artifact(f, f.name)
        if isinstance(art, ReadProblem):
            stats["(unreadable)"]["files"] += 1
            continue
        name = args.dialect or detect(art.text).dialect
        s = stats[name]
        s["files"] += 1
        if name == "unknown":
            continue
        t0 = time.perf_counter()
        try:
            res = get(name).parse(art)
        except Exception as exc:  # counted, never hidden
            s["errors"] += 1
            print(f"ERROR {f}: {type(exc).__name__}: {exc}")
            continue
        seconds[name] += time.perf_counter() - t0
        s["lines"] += res.lines.total
        s["recognized"] += res.lines.recognized
        s["unrecognized"] += res.lines.unrecognized
        for d in res.diagnostics:
            if d.kind == "unrecognized":
                unrec[name][" ".join(d.text.split()[:2])] += 1
        stmts = res.lines.recognized + res.lines.unrecognized
        if stmts:
            worst[name].append((res.lines.recognized / stmts, f.name))
    for name in sorted(stats):
        s = stats[name]
        stmts = s["recognized"] + s["unrecognized"]
        cov = s["recognized"] / stmts if stmts else 0.0
        rate = s["lines"] / seconds[name] if seconds[name] else 0.0
        print(
            f"{name:14} files {s['files']:6}  lines {s['lines']:8}  recognized {s['recognized']:8}"
            f"  unrecognized {s['unrecognized']:7}  coverage {cov:7.2%}  errors {s['errors']}"
            f"  parse {rate:,.0f} lines/s"
        )
        for stmt, n in unrec[name].most_common(args.top):
            print(f"    {n:6}  {stmt}")
        if args.show_files:
            for c, fn in sorted(worst[name])[:10]:
                print(f"    worst {c:6.1%} {fn}")


if __name__ == "__main__":
    main()

"""End-to-end audit throughput, peak memory and per-stage costs on a generated IOS network.

    python benchmarks/audit_throughput.py [--devices 1000] [--dir DIR] [--jobs 1 2] [--repeat 3]
                                          [--stages] [--profile OUT.pstats] [--channels-only]
                                          [--instructions]

Generates (once, deterministically, with benchmarks/generate.py) an N-device network unless
--dir points to an existing folder, then times `untapped audit DIR --format json --output
/dev/null --jobs J` end to end in a fresh interpreter for each J: read, detect, parse, all
analyses, judgement and JSON written. Prints config lines/s, wall time and peak memory
(getrusage maxrss of the audit process and its children, i.e. the largest single process).
--stages also times each stage in-process on one core (read, detect, parse, channels, device
analyses, judge, JSON encode). --profile writes a cProfile of a single-core in-process audit.
--channels-only compares, in-process on one core, the tap map alone (read, detect, parse,
channels, trust) with the whole per-device audit (every analysis, all rules, judgement with
ratings): the bar is rules-on throughput >= 70% of channels-only (docs/performance.md).
--instructions counts the instructions of a one-core audit of DIR and of its first file alone
(start-up) under valgrind's cachegrind: unlike time, unaffected by other load on the machine.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

RUNNER = r"""
import resource, sys, time
t0 = time.perf_counter()
from untapped.cli import main
code = 0
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit as exc:
    code = exc.code or 0
wall = time.perf_counter() - t0
ru_me = resource.getrusage(resource.RUSAGE_SELF)
ru_kids = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = ru_me.ru_utime + ru_me.ru_stime + ru_kids.ru_utime + ru_kids.ru_stime
print(f"@@ {wall:.6f} {cpu:.6f} {ru_me.ru_maxrss} {ru_kids.ru_maxrss} {code}", file=sys.stderr)
"""


def count_lines(root: Path) -> int:
    total = 0
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.name.startswith(".") and p.name != "untapped.toml":
            with p.open("rb") as fh:
                data = fh.read()
            total += data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)
    return total


# An installed untapped imports from its bytecode cache; an environment that forbids writing it
# (PYTHONDONTWRITEBYTECODE) would make every run recompile the sources (~0.2 CPU s), a cost no
# user pays twice. The first run writes the cache; the figures are the best of the runs.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_cli(root: Path, jobs: int) -> tuple[float, float, int, int]:
    """Wall seconds and CPU seconds (user+sys, self+children) inside the process, imports
    included; maxrss of the process and of its largest child, in KiB."""
    args = [str(root), "--format", "json", "--output", os.devnull, "--jobs", str(jobs)]
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, "audit", *args],
        capture_output=True,
        text=True,
        check=False,
        env=CHILD_ENV,
    )
    for line in proc.stderr.splitlines():
        if line.startswith("@@ "):
            _, wall, cpu, me, kids, code = line.split()
            if code not in ("0", "1"):
                sys.exit(f"audit exited with {code}: {proc.stderr}")
            return float(wall), float(cpu), int(me), int(kids)
    sys.exit(f"audit failed:\n{proc.stderr}")


def instructions(root: Path) -> int:
    """Instructions executed by `untapped audit ROOT --jobs 1` (valgrind cachegrind)."""
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    args = [str(root), "--format", "json", "--output", os.devnull, "--jobs", "1"]
    proc = subprocess.run(
        [*cmd, sys.executable, "-m", "untapped", "audit", *args],
        capture_output=True,
        text=True,
        check=False,
        env=CHILD_ENV,
    )
    for line in proc.stderr.splitlines():
        if "I   refs:" in line or "I refs:" in line:
            return int(line.rsplit(":", 1)[1].replace(",", "").strip())
    sys.exit(f"valgrind gave no instruction count:\n{proc.stderr[-2000:]}")


def stages(root: Path) -> dict[str, float]:
    """CPU seconds per stage, single core, in-process (process_time: immune to other load)."""
    import datetime as dt

    import msgspec

    from untapped import dialects
    from untapped.analyses import channels as chan
    from untapped.analyses import drift, hardening
    from untapped.collect.files import Artifact, list_files, read_artifact
    from untapped.detect import detect, head_scorer
    from untapped.model.results import DeviceSummary
    from untapped.pipeline import DEVICE_ANALYSES, DeviceWork, judge, parsing_gc
    from untapped.policy import Policy
    from untapped.report.json_report import render

    out: dict[str, float] = {}
    t = time.process_time()
    files = list_files(root)
    arts = [read_artifact(p, o) for p, o in files]
    out["read + decode"] = time.process_time() - t
    items = [a for a in arts if isinstance(a, Artifact)]
    t = time.process_time()
    for a in items:  # the floor: split, strip, indentation, tokens (no grammar at all)
        for raw in a.text.split("\n"):
            stripped = raw.strip()
            if stripped and stripped[0] != "!":
                stripped.split()
                len(raw) - len(raw.lstrip())
    floor = time.process_time() - t
    t = time.process_time()
    for name in dialects.names():  # imports and grammar tables: once per process, not per file
        dialects.get(name)
    head_scorer()
    out["import dialects (once per process)"] = time.process_time() - t
    gc_settings = parsing_gc()  # as the pipeline does around the per-device work
    gc_settings.__enter__()
    t = time.process_time()
    dets = [detect(a.text).dialect for a in items]
    out["detect"] = time.process_time() - t
    t = time.process_time()
    results = [dialects.get(d).parse(a) for d, a in zip(dets, items, strict=True)]
    out["parse"] = time.process_time() - t
    t = time.process_time()
    chans = [chan.extract(r.device) for r in results]
    nets = [
        (chan.device_network_strings(r.device), sorted(chan.device_addresses(r.device)))
        for r in results
    ]
    out["channels (tap map)"] = time.process_time() - t
    t = time.process_time()
    finds = [[f for an in DEVICE_ANALYSES for f in an(r.device)] for r in results]
    out["device analyses"] = time.process_time() - t
    t = time.process_time()
    verdicts = [hardening.evaluate(r.device) for r in results]
    for f, v in zip(finds, verdicts, strict=True):
        f.extend(hardening.findings_of(v))
    controls = [hardening.summarize(v) for v in verdicts]
    out["hardening controls"] = time.process_time() - t
    t = time.process_time()
    facts = [drift.device_facts(r.device, a.text) for r, a in zip(results, items, strict=True)]
    out["drift facts"] = time.process_time() - t
    t = time.process_time()
    works = [
        DeviceWork(
            DeviceSummary(r.device.name, a.origin, d, r.lines),
            r.diagnostics,
            c,
            f,
            n[0],
            n[1],
            sorted(r.device.interfaces),
            ctl,
            fa,
        )
        for r, a, d, c, f, n, ctl, fa in zip(
            results, items, dets, chans, finds, nets, controls, facts, strict=True
        )
    ]
    blobs = [msgspec.msgpack.encode(w) for w in works]
    dec = msgspec.msgpack.Decoder(DeviceWork)
    works = [dec.decode(b) for b in blobs]
    out["worker result transfer (msgpack)"] = time.process_time() - t
    del results
    gc_settings.__exit__(None, None, None)
    # the parent judges and renders under the same collector settings (pipeline.audit)
    with parsing_gc():
        t = time.process_time()
        result = judge(str(root), works, Policy(), dt.date.today())
        out["judge (trust + rules)"] = time.process_time() - t
        t = time.process_time()
        text = render(result)
        with open(os.devnull, "w", encoding="utf-8") as fh:
            fh.write(text)
        out["JSON report"] = time.process_time() - t
    out["(floor: split + strip + tokenize, not a stage)"] = floor
    return out


def rules_vs_channels(root: Path, repeat: int) -> dict[str, float]:
    """Lines/s on one core, in-process (best of `repeat`): the tap map alone vs all rules on."""
    import datetime as dt

    from untapped.analyses import channels as chan
    from untapped.analyses import drift
    from untapped.collect.files import Artifact, list_files, read_artifact
    from untapped.pipeline import judge, parse_artifact, parsing_gc, work_on
    from untapped.policy import Policy

    files = list_files(root)
    lines = count_lines(root)

    def channels_only() -> None:
        seen: set[str] = set()
        per_dev = []
        for p, o in files:
            item = read_artifact(p, o)
            if not isinstance(item, Artifact):
                continue
            result, _, _ = parse_artifact(item, None)
            if result is None:
                continue
            dev = result.device
            seen.update(chan.device_network_strings(dev))
            per_dev.append((chan.extract(dev), chan.device_addresses(dev), set(dev.interfaces)))
            drift.device_facts(dev, item.text)  # the snapshot hook runs with or without rules
        j = chan.Judge(Policy(), chan.collapse_networks(seen))
        for chans, local, ifaces in per_dev:
            for ch in chans:
                ch.trust = j.trust(ch, local, ifaces)

    def all_rules() -> None:
        works = [work_on(str(p), o, None) for p, o in files]
        judge(str(root), works, Policy(), dt.date.today())

    out: dict[str, float] = {}
    for name, fn in (("channels only", channels_only), ("all rules", all_rules)):
        best = float("inf")
        for _ in range(repeat):
            with parsing_gc():
                t = time.process_time()
                fn()
                best = min(best, time.process_time() - t)
        out[name] = lines / best
    out["ratio"] = out["all rules"] / out["channels only"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devices", type=int, default=1000)
    ap.add_argument("--dir", type=Path, help="audit this folder instead of a generated one")
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="none: skip")
    ap.add_argument("--repeat", type=int, default=3, help="runs per setting (best is reported)")
    ap.add_argument("--stages", action="store_true", help="also time each stage in-process")
    ap.add_argument("--profile", type=Path, help="write a cProfile of a 1-core audit here")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument(
        "--channels-only",
        action="store_true",
        help="compare the tap map alone with all rules on (one core, in-process)",
    )
    ap.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions of a one-core audit and of its start-up (needs valgrind)",
    )
    args = ap.parse_args()

    tmp: tempfile.TemporaryDirectory[str] | None = None
    if args.dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="untapped-bench-")
        root = Path(tmp.name)
        t = time.process_time()
        generate(root, args.devices)
        print(f"generated {args.devices} devices in {time.process_time() - t:.1f}s")
    else:
        root = args.dir
    lines = count_lines(root)
    nfiles = sum(1 for p in root.rglob("*") if p.is_file())
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )
    print(f"input: {nfiles} files, {lines:,} lines ({root})")
    figures: dict[str, object] = {"files": nfiles, "lines": lines}
    with tempfile.TemporaryDirectory(prefix="untapped-warm-") as warm:  # writes the bytecode cache
        first = next(p for p in sorted(root.rglob("*")) if p.is_file())
        (Path(warm) / first.name).write_bytes(first.read_bytes())
        run_cli(Path(warm), 1)
        if args.instructions:
            if shutil.which("valgrind") is None:
                sys.exit("--instructions needs valgrind on PATH")
            one = instructions(Path(warm))
            whole = instructions(root)
            per_file = (whole - one) / max(nfiles - 1, 1)
            print(
                f"instructions, one core: {whole / 1e6:,.0f} M in all, {one / 1e6:,.0f} M start-up "
                f"(an audit of one file), {per_file / 1e6:,.1f} M per further file, "
                f"{whole / lines:,.0f} per line"
            )
            figures["instructions"] = {"all": whole, "startup": one, "per_file": per_file}
    for jobs in args.jobs:
        runs = [run_cli(root, jobs) for _ in range(args.repeat)]
        wall = min(r[0] for r in runs)
        cpu = min(r[1] for r in runs)
        peak = max(max(r[2], r[3]) for r in runs)
        print(
            f"--jobs {jobs}: {lines / wall:>10,.0f} lines/s wall ({wall:5.2f}s), "
            f"{lines / cpu:>10,.0f} lines per CPU-second ({cpu:5.2f}s), "
            f"peak RSS {peak / 1024:4.0f} MiB  [best of {args.repeat}]"
        )
        figures[f"jobs{jobs}"] = {
            "lines_per_s": lines / wall,
            "wall_s": wall,
            "cpu_s": cpu,
            "lines_per_cpu_s": lines / cpu,
            "peak_kib": peak,
        }
    if args.channels_only:
        cmp = rules_vs_channels(root, args.repeat)
        print(
            f"one core, in-process: channels only {cmp['channels only']:,.0f} lines/s, "
            f"all rules {cmp['all rules']:,.0f} lines/s ({cmp['ratio']:.0%} of channels only)"
        )
        figures["rules_vs_channels"] = cmp
    if args.stages:
        st = stages(root)
        total = sum(v for k, v in st.items() if not k.startswith("("))
        print(f"per stage, one core, in-process ({lines / total:,.0f} lines/s over the stages):")
        for name, sec in st.items():
            print(
                f"  {name:<34} {sec:7.3f}s  {100 * sec / total:5.1f}%  {lines / sec:>14,.0f} lines/s"
            )
        figures["stages"] = st
    if args.profile:
        from untapped.pipeline import audit
        from untapped.report.json_report import render

        prof = cProfile.Profile()
        prof.enable()
        render(audit(root, jobs=1))
        prof.disable()
        prof.dump_stats(str(args.profile))
        print(f"profile written to {args.profile}")
    if args.json:
        print(json.dumps(figures, indent=2))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()

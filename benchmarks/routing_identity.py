"""Identity check of the routing computation: hashes everything `routing.compute` returns (RIBs
with every route field, FIBs, statuses, iterations, convergence, edges, interface VRFs, address
owners) for generated fabrics, the routing/trace golden inputs and, when present, the corpus
grouped by directory (one network per upstream directory / Huawei manual page).

    python benchmarks/routing_identity.py --save FILE     # record the hashes
    python benchmarks/routing_identity.py --check FILE    # compare (exit 1 on any difference)

Optimisations of the routing code must leave every hash unchanged. The parsed corpus is cached
(msgpack) under --cache so that repeated checks only time the computation.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import msgspec

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SKIP_SUFFIXES = (".display.txt", ".intended.yml", ".py", ".md", ".tsv", ".json", ".yml")


def digest(dp: Any, strict: bool = False) -> str:
    """strict: the tables and FIB entries in their own order (compare runs with one
    PYTHONHASHSEED: that order follows set iteration in places)."""
    h = hashlib.sha256()
    enc = msgspec.json.encode
    h.update(enc([dp.iterations, dp.converged]))
    if strict:
        for dv, rib in dp.ribs.items():
            h.update(enc(["rib", dv, rib]))
        for dv, entries in dp.fibs.items():
            h.update(enc(["fib", dv, entries]))
    # the order of the (device, VRF) tables follows set iteration (hash seed): sorted here
    for dv, rib in sorted(dp.ribs.items()):
        h.update(enc(["rib", dv]))
        for r in rib:
            h.update(enc(r))
    for dv, entries in sorted(dp.fibs.items()):
        h.update(enc(["fib", dv]))
        # the order of the prefixes follows the tables' insertion order, which can depend on
        # the hash seed; the order of the entries of one prefix (ECMP) is kept
        by_prefix: dict[str, list[bytes]] = defaultdict(list)
        for e in entries:
            by_prefix[e.prefix].append(enc(e))
        for pfx in sorted(by_prefix):
            for b in by_prefix[pfx]:
                h.update(b)
    for name, st in dp.status.items():
        h.update(enc([name, st]))
    h.update(enc(dp.edges))
    h.update(enc(sorted(dp.iface_vrf.items())))
    h.update(enc(sorted(dp.owners.items())))
    return h.hexdigest()


def _fabric_devices(n: int, spines: int, cache: Path) -> list[Any]:
    from untapped.model.device import Device
    from untapped.snapshot import load_devices

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from routing_bench import fabric

    f = cache / f"fabric-{n}-{spines}.msgpack"
    if f.exists():
        return msgspec.msgpack.decode(f.read_bytes(), type=list[Device])
    d = cache / f"fabric-{n}-{spines}"
    d.mkdir(parents=True, exist_ok=True)
    for name, text in fabric(n, spines).items():
        (d / name).write_text(text, encoding="utf-8")
    devs, _ = load_devices(d, jobs=1)
    devs.sort(key=lambda x: x.file)
    f.write_bytes(msgspec.msgpack.encode(devs))
    return devs


def _dir_devices(path: Path) -> list[Any]:
    from untapped.snapshot import load_devices

    devs, _ = load_devices(path, jobs=1)
    devs.sort(key=lambda x: x.file)
    return devs


def _corpus_groups(cache: Path) -> dict[str, list[Any]]:
    from untapped.collect.files import Artifact
    from untapped.model.device import Device
    from untapped.pipeline import parse_artifact

    f = cache / "corpus.pickle"
    if f.exists():
        out: dict[str, list[Device]] = pickle.loads(f.read_bytes())
        return out
    groups: dict[str, list[Any]] = defaultdict(list)
    if CORPUS.is_dir():
        for vendor in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
            for cfg in sorted(vendor.iterdir()):
                if not cfg.is_file() or cfg.name.endswith(SKIP_SUFFIXES):
                    continue
                if cfg.name.endswith("_sent.txt"):
                    continue
                text = cfg.read_text(encoding="utf-8", errors="replace")
                try:
                    res, _, _ = parse_artifact(Artifact(cfg.name, text), None)
                except Exception:  # a parser problem is not this check's subject
                    continue
                if res is None:
                    continue
                dev = res.device
                dev.file = cfg.name
                groups[f"{vendor.name}/{cfg.name.rsplit('__', 1)[0]}"].append(dev)
    out = dict(sorted(groups.items()))
    f.write_bytes(pickle.dumps(out))  # a model round trip through msgpack is not exact
    return out


def cases(cache: Path, big: bool) -> dict[str, tuple[list[Any], bool]]:
    """name -> (devices, with FIB)."""
    out: dict[str, tuple[list[Any], bool]] = {}
    out["fabric-100-4"] = (_fabric_devices(100, 4, cache), True)
    if big:
        out["fabric-300-6"] = (_fabric_devices(300, 6, cache), True)
    tests = ROOT / "tests" / "analyses"
    for sub in ("routing_cases", "trace_cases"):
        for case in sorted((tests / sub).iterdir()):
            if (case / "input").is_dir():
                out[f"{sub}/{case.name}"] = (_dir_devices(case / "input"), True)
    for name, devs in _corpus_groups(cache).items():
        out[f"corpus/{name}"] = (devs, True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", default=None)
    ap.add_argument("--check", default=None)
    ap.add_argument("--cache", default="/tmp/untapped-routing-identity")
    ap.add_argument("--no-big", action="store_true", help="skip the 300-device fabric")
    ap.add_argument("--strict", action="store_true", help="keep the tables' own orders too")
    args = ap.parse_args(argv)
    from untapped.analyses.routing import compute

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    got: dict[str, str] = {}
    t0 = time.process_time()
    routes = 0
    for name, (devs, with_fib) in cases(cache, not args.no_big).items():
        dp = compute(devs, with_fib=with_fib)
        routes += sum(len(r) for r in dp.ribs.values())
        got[name] = digest(dp, args.strict)
    print(f"{len(got)} networks, {routes} routes, {time.process_time() - t0:.1f} s CPU")
    if args.save:
        Path(args.save).write_text(json.dumps(got, indent=1, sort_keys=True) + "\n")
    if args.check:
        want = json.loads(Path(args.check).read_text())
        bad = [k for k in sorted(set(want) | set(got)) if want.get(k) != got.get(k)]
        for k in bad:
            print(f"DIFFERENT: {k}")
        print("identical" if not bad else f"{len(bad)} different")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

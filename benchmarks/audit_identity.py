"""Identity check of the audit: hashes of `untapped audit --format json` and of parse results.

    python benchmarks/audit_identity.py --save FILE      # record the hashes
    python benchmarks/audit_identity.py --check FILE     # compare (exit 1 on any difference)
            [--devices 200 1000] [--no-corpus] [--net-dir DIR]

What is hashed (each in a fresh `untapped` process, same salt):
- `audit --format json` of `examples/` with its policy, and of generated N-device networks
  (benchmarks/generate.py, default N = 200 and 1,000) at --jobs 1 and 2;
- with the corpus present (../shared/corpus): `audit --format json --jobs 2` of the whole
  corpus, and the msgpack of every corpus file's ParseResult, one hash per dialect.

Speed work on the audit must leave every hash unchanged. The generated networks are written once
under --net-dir (default: the system temp folder) and reused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = (ROOT.parent / "shared" / "corpus").resolve()  # the same `input` from a worktree
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

PARSE_HASHER = r"""
import hashlib, json, sys
import msgspec
from pathlib import Path
from untapped import dialects
from untapped.collect.files import Artifact, list_files, read_artifact
from untapped.detect import detect
enc = msgspec.msgpack.Encoder()
hashes = {}
counts = {}
for path, origin in list_files(Path(sys.argv[1])):
    art = read_artifact(path, origin)
    if not isinstance(art, Artifact):
        continue
    name = detect(art.text, path.name).dialect
    if name not in dialects.names():
        continue
    res = dialects.get(name).parse(art)
    h = hashes.setdefault(name, hashlib.sha256())
    h.update(origin.encode())
    h.update(enc.encode(res))
    counts[name] = counts.get(name, 0) + 1
print(json.dumps({f"parse {k} ({counts[k]} files)": v.hexdigest() for k, v in sorted(hashes.items())}))
"""

ENV = {**os.environ, "UNTAPPED_SALT": "audit-identity", "PYTHONHASHSEED": "0"}


def audit_hash(args: list[str]) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "untapped", "audit", *args, "--format", "json"],
        capture_output=True,
        env=ENV,
        check=False,
        cwd=ROOT,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"audit {args} exited with {proc.returncode}:\n{proc.stderr.decode()[-2000:]}")
    return hashlib.sha256(proc.stdout).hexdigest()


def collect(devices: list[int], corpus: bool, net_dir: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    t = time.perf_counter()
    out["audit examples/"] = audit_hash(["examples/", "--policy", "examples/untapped.toml"])
    for n in devices:
        root = net_dir / f"untapped-identity-net{n}"
        if not root.exists():
            generate(root, n)
        for jobs in (1, 2):
            out[f"audit net{n} jobs {jobs}"] = audit_hash([str(root), "--jobs", str(jobs)])
    if corpus and CORPUS.is_dir():
        out["audit corpus jobs 2"] = audit_hash([str(CORPUS), "--jobs", "2"])
        proc = subprocess.run(
            [sys.executable, "-c", PARSE_HASHER, str(CORPUS)],
            capture_output=True,
            text=True,
            env=ENV,
            check=True,
        )
        out.update(json.loads(proc.stdout))
    print(f"({time.perf_counter() - t:.0f} s)", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path)
    g.add_argument("--check", type=Path)
    ap.add_argument("--devices", type=int, nargs="*", default=[200, 1000])
    ap.add_argument("--no-corpus", action="store_true")
    ap.add_argument("--net-dir", type=Path, default=Path(tempfile.gettempdir()))
    args = ap.parse_args()
    got = collect(args.devices, not args.no_corpus, args.net_dir)
    if args.save:
        args.save.write_text(json.dumps(got, indent=1) + "\n")
        for k, v in got.items():
            print(f"{v[:16]}  {k}")
        return
    want = json.loads(args.check.read_text())
    bad = 0
    for k, v in got.items():
        w = want.get(k)
        status = "same" if w == v else ("NEW" if w is None else "DIFFERENT")
        bad += status == "DIFFERENT"
        print(f"{status:9s} {k}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

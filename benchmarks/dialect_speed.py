"""Junos parse throughput against IOS (issue #4: every dialect within 2x of IOS lines/s).

    python benchmarks/dialect_speed.py [--interfaces 2000] [--ios-devices 40] [--runs 7]
        [--passes 3] [--corpus DIR] [--ios-corpus DIR] [--write DIR] [--profile set|brace]

Measures, in one process, under the pipeline's parsing GC settings, in CPU time (time.process_time),
the parse only (`Dialect.parse` of an in-memory Artifact), several interleaved runs, medians:

- IOS (the yardstick): a generated IOS network (benchmarks/generate.py, --ios-devices files of
  ~700 lines), and when --ios-corpus is there (default /work/shared/corpus/cisco_ios) its first
  200 files too: a second yardstick (real files are cheaper per line than the generated ones);
- Junos synthetic: one generated router configuration (deterministic; interfaces with units,
  families, addresses, filters; OSPF, BGP groups and neighbours, static routes, policy-options
  prefix-lists and policy-statements, firewall filters, system login/services/syslog/SNMP/NTP)
  written in both forms: `show configuration` (brace) and `display set` (set). Both forms hold the
  same statements, so besides lines/s the script prints the time per configuration;
- Junos interfaces-only: 2,000 interfaces, each a description and one unit address, both forms
  (the narrow worst case: two model interfaces per two set lines);
- Junos corpus (--corpus, default /work/shared/corpus/juniper_junos when present): the files split
  into set-form and brace-form by their statements, parsed file by file.

Prints lines per CPU-second and the ratio to each IOS yardstick (median over runs of the per-run
ratio, with the runs' min-max: IOS and Junos are measured in the same run, seconds apart, so
machine load weighs on both). --write DIR saves the two synthetic files; --profile prints a
cProfile of parsing that synthetic form.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import device as ios_device  # noqa: E402
from untapped.collect.files import Artifact  # noqa: E402
from untapped.dialects import get  # noqa: E402
from untapped.pipeline import parsing_gc  # noqa: E402

CORPUS = Path("/work/shared/corpus/juniper_junos")
IOS_CORPUS = Path("/work/shared/corpus/cisco_ios")
SET_VERBS = ("set ", "deactivate ", "delete ", "activate ", "insert ", "annotate ", "protect ")

# ---- a Junos configuration as a tree, rendered in both forms -----------------------------------
# A block is (header, [children]); a leaf is a str statement; a list leaf is (key, [items], None).
Tree = list[Any]


def _blk(header: str, *children: Any) -> tuple[str, list[Any]]:
    return (header, [c for c in children if c is not None])


def render_brace(tree: Tree) -> str:
    out: list[str] = ["## Last commit: 2026-11-27 05:00:00 UTC by bench", "version 23.4R2.13;"]

    def walk(items: Tree, depth: int) -> None:
        pad = "    " * depth
        for it in items:
            if isinstance(it, str):
                out.append(f"{pad}{it};")
            elif len(it) == 3:
                out.append(f"{pad}{it[0]} [ {' '.join(it[1])} ];")
            else:
                out.append(f"{pad}{it[0]} {{")
                walk(it[1], depth + 1)
                out.append(f"{pad}}}")

    walk(tree, 0)
    return "\n".join(out) + "\n"


def render_set(tree: Tree) -> str:
    out: list[str] = ["## Last commit: 2026-11-27 05:00:00 UTC by bench", "set version 23.4R2.13"]

    def walk(items: Tree, prefix: str) -> None:
        for it in items:
            if isinstance(it, str):
                out.append(f"{prefix}{it}")
            elif len(it) == 3:
                out.extend(f"{prefix}{it[0]} {x}" for x in it[1])
            else:
                walk(it[1], f"{prefix}{it[0]} ")

    walk(tree, "set ")
    return "\n".join(out) + "\n"


def junos_tree(interfaces: int, seed: int = 11) -> Tree:
    """One router's configuration with `interfaces` physical interfaces; everything else scales
    with it (filters, policies, BGP neighbours, static routes, prefix-lists)."""
    r = random.Random(seed)
    n = max(interfaces, 4)
    k = max(n // 20, 2)

    def ip() -> str:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"

    system = _blk(
        "system",
        "host-name bench-mx1",
        "domain-name bench.example.net",
        'root-authentication encrypted-password "$6$c2FsdA$abcdefghijklmnopqrstuvwxyz0123456789"',
        _blk(
            "login",
            'message "Authorised access only"',
            _blk(
                "class noc",
                "idle-timeout 15",
                ("permissions", ["view", "view-configuration"], None),
            ),
            *[
                _blk(
                    f"user op{u}",
                    f"uid {2000 + u}",
                    "class super-user" if u % 3 == 0 else "class noc",
                    _blk(
                        "authentication",
                        f'encrypted-password "$6$c2FsdA${u:04d}abcdefghijklmnopqrstuvwxyz"',
                    ),
                )
                for u in range(max(k // 4, 2))
            ],
        ),
        _blk(
            "services",
            _blk("ssh", "root-login deny", "protocol-version v2", "connection-limit 10"),
            _blk("netconf", "ssh"),
        ),
        ("name-server", ["10.9.0.53", "10.9.1.53"], None),
        _blk(
            "syslog",
            _blk("user *", "any emergency"),
            *[
                _blk(
                    f"host 10.9.{h}.14",
                    "any notice",
                    "authorization info",
                    "source-address 10.255.0.1",
                )
                for h in range(2)
            ],
            _blk("file messages", "any notice", "authorization info"),
            _blk("file interactive-commands", "interactive-commands any"),
        ),
        _blk("ntp", "boot-server 10.9.0.123", *[f"server 10.9.{h}.123" for h in range(3)]),
    )
    ifs: list[Any] = []
    units: list[str] = []
    for i in range(n):
        name = f"ge-{i // 480}/{(i // 48) % 10}/{i % 48}"
        unit = r.choice([0, 0, 0, 100 + i % 50])
        units.append(f"{name}.{unit}")
        desc = (
            f'description "uplink to site {i} port {r.randrange(48)}"'
            if i % 3 == 0
            else f"description core-{i}"
        )
        fam = [
            _blk(
                "family inet",
                f"filter input PROTECT-{i % k}" if i % 4 == 0 else None,
                f"filter output EGRESS-{i % k}" if i % 8 == 0 else None,
                f"address 10.{i // 250 % 256}.{i % 250}.1/30",
            )
        ]
        if i % 5 == 0:
            fam.append(_blk("family inet6", f"address 2001:db8:{i:x}::1/64"))
        if i % 7 == 0:
            fam.append(_blk("family mpls"))
        ifs.append(
            _blk(
                name,
                desc,
                "mtu 9192" if i % 2 == 0 else None,
                "vlan-tagging" if unit else None,
                _blk(
                    f"unit {unit}",
                    f"vlan-id {unit}" if unit else None,
                    f"description unit-{i}" if i % 2 else None,
                    *fam,
                ),
            )
        )
    # empty `family mpls` blocks are not rendered in the set form: give them a statement
    ifs = [_fill(x) for x in ifs]
    ifs.append(
        _blk(
            "lo0",
            _blk(
                "unit 0",
                _blk("family inet", "filter input PROTECT-RE", "address 10.255.0.1/32"),
            ),
        )
    )
    ospf = _blk(
        "ospf",
        _blk(
            "area 0.0.0.0",
            *[
                _blk(f"interface {u}", "interface-type p2p", f"metric {10 + j % 90}")
                if j % 3
                else _blk(f"interface {u}", "passive")
                for j, u in enumerate(units[: max(n // 2, 2)])
            ],
            _blk("interface lo0.0", "passive"),
        ),
    )
    bgp = _blk(
        "bgp",
        *[
            _blk(
                f"group PEERS-{g}",
                "type external",
                f"import IMPORT-{g}",
                f"export EXPORT-{g}",
                f"peer-as {64600 + g}",
                *[
                    _blk(
                        f"neighbor {ip()}",
                        f'description "peer {g}-{m}"',
                        'authentication-key "$9$abcdefghijklmnop"',
                    )
                    for m in range(4)
                ],
            )
            for g in range(k)
        ],
        _blk("group IBGP", "type internal", "local-address 10.255.0.1", "neighbor 10.255.0.2"),
    )
    protocols = _blk(
        "protocols",
        ospf,
        bgp,
        _blk("lldp", "interface all"),
    )
    routing = _blk(
        "routing-options",
        "router-id 10.255.0.1",
        "autonomous-system 64512",
        _blk(
            "static",
            *[
                _blk(f"route 172.{16 + s % 16}.{s % 256}.0/24", f"next-hop {ip()}")
                for s in range(k * 2)
            ],
        ),
    )
    policy = _blk(
        "policy-options",
        *[
            _blk(
                f"prefix-list PL-{p}",
                *[f"10.{p % 256}.{q}.0/24" for q in range(4)],
            )
            for p in range(k)
        ],
        *[
            _blk(
                f"policy-statement {kind}-{g}",
                _blk(
                    "term 10",
                    _blk("from", f"prefix-list PL-{g}", "protocol bgp"),
                    _blk("then", "local-preference 200", "accept"),
                ),
                _blk("term 20", _blk("then", "reject")),
            )
            for g in range(k)
            for kind in ("IMPORT", "EXPORT")
        ],
    )
    filters = [
        _blk(
            f"filter {fname}",
            *[
                _blk(
                    f"term t{t}",
                    _blk(
                        "from",
                        ("source-address", [f"10.{f % 256}.{t}.0/24", "192.0.2.0/24"], None),
                        "protocol tcp",
                        f"destination-port {r.choice(['ssh', 'bgp', 'snmp', '443'])}",
                    ),
                    _blk("then", "count c" + str(t), "accept"),
                )
                for t in range(4)
            ],
            _blk("term deny", _blk("then", "syslog", "discard")),
        )
        for f in range(k)
        for fname in (f"PROTECT-{f}", f"EGRESS-{f}")
    ]
    filters.append(_blk("filter PROTECT-RE", _blk("term all", _blk("then", "accept"))))
    firewall = _blk("firewall", _blk("family inet", *filters))
    snmp = _blk(
        "snmp",
        "location bench-dc",
        _blk("community public-ro", "authorization read-only", ("clients", ["10.9.0.0/24"], None)),
        _blk("trap-group NMS", "version v2", "targets 10.9.0.162"),
    )
    return [system, _blk("interfaces", *ifs), snmp, routing, protocols, policy, firewall]


def interfaces_only(n: int) -> Tree:
    """The older, narrower synthetic file: `n` interfaces, each a description and one address
    (a tree node per token, two model interfaces per statement pair: the worst case)."""
    return [
        _blk(
            "interfaces",
            *[
                _blk(
                    f"ge-0/{i // 48}/{i % 48}",
                    f"description link-{i}",
                    _blk("unit 0", _blk("family inet", f"address 10.{i // 250}.{i % 250}.1/30")),
                )
                for i in range(n)
            ],
        )
    ]


def _fill(item: Any) -> Any:
    if isinstance(item, tuple) and len(item) == 2:
        if not item[1]:
            return item[0]  # an empty block is a leaf statement (`family mpls;`)
        return (item[0], [_fill(c) for c in item[1]])
    return item


# ---- timing --------------------------------------------------------------------------------------
def _timer(dialect: Any, arts: list[Artifact]) -> Callable[[], float]:
    parse = dialect.parse

    def run() -> float:
        t0 = time.process_time()
        for a in arts:
            parse(a)
        return time.process_time() - t0

    return run


def _lines(arts: list[Artifact]) -> int:
    return sum(len(a.text.splitlines()) for a in arts)


def _check(dialect: Any, arts: list[Artifact], label: str) -> None:
    bad = sum(dialect.parse(a).lines.unrecognized for a in arts)
    if bad and label.startswith("junos synthetic"):
        print(f"warning: {label}: {bad} unrecognized lines", file=sys.stderr)


def corpus_split(root: Path) -> tuple[list[Artifact], list[Artifact]]:
    sets: list[Artifact] = []
    braces: list[Artifact] = []
    for p in sorted(root.iterdir()):
        if not p.is_file():
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        nset = nbrace = 0
        for line in text.splitlines():
            s = line.strip()
            if s.startswith(SET_VERBS):
                nset += 1
            elif s.endswith(("{", ";")):
                nbrace += 1
        if not nset and not nbrace:
            continue
        (sets if nset >= nbrace else braces).append(Artifact(str(p), text))
    return sets, braces


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--interfaces", type=int, default=2000, help="synthetic Junos size")
    ap.add_argument("--ios-devices", type=int, default=40)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--passes", type=int, default=3, help="parses of each input per run")
    ap.add_argument("--corpus", type=Path, default=CORPUS if CORPUS.is_dir() else None)
    ap.add_argument(
        "--ios-corpus",
        type=Path,
        default=IOS_CORPUS if IOS_CORPUS.is_dir() else None,
        help="also measure IOS over the first 200 files here (a second baseline)",
    )
    ap.add_argument("--write", type=Path, help="save the synthetic files here")
    ap.add_argument("--profile", choices=["set", "brace"])
    args = ap.parse_args()

    ios = get("cisco_ios")
    junos = get("juniper_junos")
    assert ios is not None and junos is not None
    ios_arts = [
        Artifact(f"r{i:05d}.cfg", ios_device(i, random.Random(1_000_003 + i), 700))
        for i in range(args.ios_devices)
    ]
    tree = junos_tree(args.interfaces)
    brace_text = render_brace(tree)
    set_text = render_set(tree)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        (args.write / "synthetic-brace.conf").write_text(brace_text)
        (args.write / "synthetic-set.conf").write_text(set_text)
    inputs: list[tuple[str, Any, list[Artifact]]] = [
        ("ios generated", ios, ios_arts),
        ("junos synthetic set", junos, [Artifact("synthetic-set.conf", set_text)]),
        ("junos synthetic brace", junos, [Artifact("synthetic-brace.conf", brace_text)]),
        ("junos ifs-only set", junos, [Artifact("ifs.set", render_set(interfaces_only(2000)))]),
        (
            "junos ifs-only brace",
            junos,
            [Artifact("ifs.conf", render_brace(interfaces_only(2000)))],
        ),
    ]
    if args.ios_corpus is not None and args.ios_corpus.is_dir():
        files = sorted(p for p in args.ios_corpus.iterdir() if p.is_file())[:200]
        arts = [Artifact(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in files]
        inputs.insert(1, ("ios corpus", ios, arts))
    if args.corpus is not None:
        sets, braces = corpus_split(args.corpus)
        inputs.append(("junos corpus set", junos, sets))
        inputs.append(("junos corpus brace", junos, braces))
    if args.profile:
        art = Artifact("synthetic", set_text if args.profile == "set" else brace_text)
        prof = cProfile.Profile()
        with parsing_gc():
            prof.enable()
            for _ in range(args.passes):
                junos.parse(art)
            prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return
    for label, d, arts in inputs:
        _check(d, arts, label)
    timers = [(label, _timer(d, arts), _lines(arts) * args.passes) for label, d, arts in inputs]
    rates: dict[str, list[float]] = {label: [] for label, _, _ in timers}
    with parsing_gc():
        for _, t, _ in timers:
            t()  # warm up
        for _ in range(args.runs):
            for label, t, nlines in timers:
                secs = sum(t() for _ in range(args.passes))
                rates[label].append(nlines / secs if secs else 0.0)
    bases = [b for b in ("ios generated", "ios corpus") if b in rates]
    head = "".join(f"  {'vs ' + b:>12} (runs min-max)" for b in bases)
    print(f"{'input':22} {'files':>5} {'lines':>7} {'lines/CPU-s':>11}{head}")
    for label, _, arts in inputs:
        med = statistics.median(rates[label])
        cols = ""
        for b in bases:
            ratios = [x / y for x, y in zip(rates[label], rates[b], strict=True)]
            cols += f"  {statistics.median(ratios):16.2f} ({min(ratios):.2f}-{max(ratios):.2f})"
        print(f"{label:22} {len(arts):5d} {_lines(arts):7d} {med:11,.0f}{cols}")
    s = statistics.median(rates["junos synthetic set"])
    b = statistics.median(rates["junos synthetic brace"])
    set_lines = set_text.count("\n")
    brace_lines = brace_text.count("\n")
    print(
        f"same configuration: set {set_lines / s * 1000:.1f} ms, brace {brace_lines / b * 1000:.1f} ms"
        f" per parse ({set_lines} set lines, {brace_lines} brace lines)"
    )


if __name__ == "__main__":
    main()

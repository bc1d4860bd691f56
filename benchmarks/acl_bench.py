"""ACL and reference analysis benchmarks (figures for docs/performance.md).

    python benchmarks/acl_bench.py [--lines 10000] [--devices 1000]

1. A generated extended ACL of --lines lines (varied hosts, wildcards incl. non-contiguous,
   ports, ranges, established), analysed for unreachable lines: time.
2. `untapped refs` on --devices generated IOS devices: time.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from untapped.analyses.acl import unreachable_lines
from untapped.analyses.packets import PacketSpace
from untapped.collect.files import Artifact
from untapped.dialects import get


def acl_text(n: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    out = ["version 15.2", "hostname aclbench", "ip access-list extended BIG"]
    for i in range(1, n + 1):
        action = rng.choice(["permit", "permit", "deny"])
        proto = rng.choice(["tcp", "udp", "ip", "icmp", "tcp"])
        src = rng.choice(
            [
                "any" if rng.random() < 0.02 else "host 10.9.9.9",
                f"host 10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}",
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.0 0.0.0.255",
                f"172.{16 + rng.randrange(16)}.0.0 0.0.255.255",
                f"10.{rng.randrange(256)}.0.{rng.randrange(256)} 0.0.255.0",
            ]
        )
        dst = rng.choice(
            [
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.0 0.0.0.255",
                f"host 192.168.{rng.randrange(256)}.{rng.randrange(256)}",
                f"192.168.{rng.randrange(256)}.0 0.0.0.255",
            ]
        )
        tail = ""
        if proto in ("tcp", "udp"):
            tail = rng.choice(
                [
                    f" eq {rng.choice([22, 23, 80, 443, 53, 161, 3389])}",
                    f" range {rng.randrange(1000, 2000)} {rng.randrange(2000, 3000)}",
                    f" gt {rng.randrange(1024, 60000)}",
                    "",
                ]
            )
            if proto == "tcp" and rng.random() < 0.05:
                tail += " established"
        out.append(f" {i * 10} {action} {proto} {src} {dst}{tail}")
    return "\n".join(out) + "\n"


def device_text(k: int) -> str:
    lines = ["version 15.2", f"hostname r{k}"]
    for a in range(6):
        lines.append(f"ip access-list extended ACL{a}")
        for j in range(8):
            lines.append(f" permit tcp 10.{a}.{j}.0 0.0.0.255 any eq {22 + j}")
    for a in range(4):
        lines.append(f"route-map RM{a} permit 10")
        lines.append(f" match ip address ACL{a}")
        lines.append(f"ip prefix-list PL{a} seq 5 permit 10.{a}.0.0/16")
    for i in range(48):
        lines += [
            f"interface GigabitEthernet0/{i}",
            f" ip address 10.{k % 250}.{i}.1 255.255.255.0",
            f" ip access-group ACL{i % 6} in",
            " no shutdown",
        ]
    lines += ["line vty 0 4", " access-class ACL5 in", " transport input ssh"]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=10_000)
    ap.add_argument("--devices", type=int, default=1000)
    args = ap.parse_args()
    text = acl_text(args.lines)
    t0 = time.perf_counter()
    dev = get("cisco_ios").parse(Artifact("big.cfg", text)).device
    t1 = time.perf_counter()
    c1 = time.process_time()
    report = unreachable_lines(PacketSpace("ipv4"), dev, dev.acls["BIG"])
    t2 = time.perf_counter()
    c2 = time.process_time()
    print(
        f"ACL of {args.lines} lines: parse {t1 - t0:.2f} s, unreachable-line analysis "
        f"{t2 - t1:.2f} s wall, {c2 - c1:.2f} s CPU; {len(report.unreachable)} unreachable lines"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.devices):
            Path(tmp, f"r{k}.cfg").write_text(device_text(k))
        from untapped.cli_analysis import refs_document

        t3 = time.perf_counter()
        doc = refs_document(tmp)
        t4 = time.perf_counter()
        total_lines = sum(len(device_text(k).splitlines()) for k in range(args.devices))
        print(
            f"refs on {args.devices} devices ({total_lines} lines): {t4 - t3:.2f} s "
            f"({len(doc['undefined'])} undefined, {len(doc['unused'])} unused)"
        )


if __name__ == "__main__":
    main()

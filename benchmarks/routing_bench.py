"""Routing benchmark: a generated leaf-spine fabric (OSPF underlay, iBGP overlay with the spines as
route reflectors), IOS syntax, from raw configurations to converged RIBs. Prints figures.

    python benchmarks/routing_bench.py [--devices 1000] [--spines 8] [--jobs 2] [--keep DIR]

Each leaf has a loopback, two /31 uplinks to two spines, a server LAN announced by BGP
(`network`), and iBGP sessions from its loopback to its two spines; the spines are route
reflectors for their leaves and a full iBGP mesh among themselves. OSPF area 0 carries the
loopbacks and links. The same arguments always give the same files.
"""

from __future__ import annotations

import argparse
import ipaddress
import resource
import sys
import tempfile
import time
from pathlib import Path

LINK_BASE = int(ipaddress.IPv4Address("10.128.0.0"))
LAN_BASE = int(ipaddress.IPv4Address("172.16.0.0"))


def _a(n: int) -> str:
    return str(ipaddress.IPv4Address(n))


def leaf_loopback(i: int) -> str:
    return f"10.255.{i >> 8}.{i & 255}"


def spine_loopback(s: int) -> str:
    return f"10.254.0.{s + 1}"


def fabric(devices: int, spines: int) -> dict[str, str]:
    leaves = devices - spines
    spine_if: dict[int, list[str]] = {s: [] for s in range(spines)}
    spine_nb: dict[int, list[int]] = {s: [] for s in range(spines)}
    out: dict[str, str] = {}
    link = 0
    for i in range(leaves):
        ups = [i % spines, (i + 1) % spines]
        lines = [
            "!",
            f"hostname leaf{i:04d}",
            "!",
            "interface Loopback0",
            f" ip address {leaf_loopback(i)} 255.255.255.255",
            "!",
        ]
        for k, s in enumerate(ups):
            base = LINK_BASE + 2 * link
            link += 1
            lines += [
                f"interface TenGigabitEthernet0/{k}",
                f" description uplink to spine{s}",
                f" ip address {_a(base + 1)} 255.255.255.254",
                " ip ospf network point-to-point",
                "!",
            ]
            spine_if[s] += [
                f"interface TenGigabitEthernet1/{len(spine_if[s]) // 5}",
                f" description to leaf{i:04d}",
                f" ip address {_a(base)} 255.255.255.254",
                " ip ospf network point-to-point",
                "!",
            ]
            spine_nb[s].append(i)
        lan = LAN_BASE + 256 * i
        lines += [
            "interface Vlan10",
            " description servers",
            f" ip address {_a(lan + 1)} 255.255.255.0",
            "!",
            "router ospf 1",
            f" router-id {leaf_loopback(i)}",
            " network 10.0.0.0 0.255.255.255 area 0",
            "!",
            "router bgp 65000",
            f" bgp router-id {leaf_loopback(i)}",
        ]
        for s in ups:
            lines += [
                f" neighbor {spine_loopback(s)} remote-as 65000",
                f" neighbor {spine_loopback(s)} update-source Loopback0",
            ]
        lines += [
            " address-family ipv4",
            f"  network {_a(lan)} mask 255.255.255.0",
            "  maximum-paths ibgp 2",
        ]
        for s in ups:
            lines.append(f"  neighbor {spine_loopback(s)} activate")
        lines += [" exit-address-family", "!", "end", ""]
        out[f"leaf{i:04d}.cfg"] = "\n".join(lines)
    for s in range(spines):
        lines = [
            "!",
            f"hostname spine{s}",
            "!",
            "interface Loopback0",
            f" ip address {spine_loopback(s)} 255.255.255.255",
            "!",
            *spine_if[s],
            "router ospf 1",
            f" router-id {spine_loopback(s)}",
            " network 10.0.0.0 0.255.255.255 area 0",
            "!",
            "router bgp 65000",
            f" bgp router-id {spine_loopback(s)}",
        ]
        peers = [leaf_loopback(i) for i in spine_nb[s]]
        others = [spine_loopback(t) for t in range(spines) if t != s]
        for p in peers + others:
            lines += [f" neighbor {p} remote-as 65000", f" neighbor {p} update-source Loopback0"]
        lines.append(" address-family ipv4")
        for p in peers:
            lines += [f"  neighbor {p} activate", f"  neighbor {p} route-reflector-client"]
        for p in others:
            lines.append(f"  neighbor {p} activate")
        lines += [" exit-address-family", "!", "end", ""]
        out[f"spine{s}.cfg"] = "\n".join(lines)
    return out


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devices", type=int, default=1000)
    ap.add_argument("--spines", type=int, default=8)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", default=None, help="write the configurations here and keep them")
    args = ap.parse_args(argv)

    from untapped.analyses.routing import compute
    from untapped.snapshot import load_devices

    tmp = None
    if args.keep:
        root = Path(args.keep)
        root.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        root = Path(tmp.name)
    files = fabric(args.devices, args.spines)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    nlines = sum(t.count("\n") for t in files.values())

    def cpu() -> float:
        me_ = resource.getrusage(resource.RUSAGE_SELF)
        ch = resource.getrusage(resource.RUSAGE_CHILDREN)
        return me_.ru_utime + me_.ru_stime + ch.ru_utime + ch.ru_stime

    t0, c0 = time.perf_counter(), cpu()
    devices, diags = load_devices(root, jobs=args.jobs)
    t1, c1 = time.perf_counter(), cpu()
    dp = compute(devices, with_fib=False)
    t2, c2 = time.perf_counter(), cpu()
    routes = sum(len(r) for r in dp.ribs.values())
    protos: dict[str, int] = {}
    for rib in dp.ribs.values():
        for r in rib:
            protos[r.protocol] = protos.get(r.protocol, 0) + 1
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"devices: {len(devices)} ({nlines} config lines, {len(diags)} diagnostics)")
    print(f"parse (jobs={args.jobs}): {t1 - t0:.2f} s wall, {c1 - c0:.2f} s CPU")
    print(
        f"converge: {t2 - t1:.2f} s wall, {c2 - c1:.2f} s CPU "
        f"({dp.iterations} iterations, converged={dp.converged})"
    )
    print(f"total: {t2 - t0:.2f} s wall, {c2 - c0:.2f} s CPU (load average {_load()})")
    print(f"routes: {routes} " + " ".join(f"{k}={v}" for k, v in sorted(protos.items())))
    print(f"max RSS: parent {me:.0f} MiB, largest worker {kids:.0f} MiB")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())

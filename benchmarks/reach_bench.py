"""All-pairs reachability on a generated network the size of a campus backbone (16 routers, ~1,300
interfaces, ~2,300 ACL lines, ~400 static routes, OSPF), from raw configurations.

    python benchmarks/reach_bench.py [--dir DIR] [--jobs 2]

Generates (deterministically) two core routers and 14 zone routers (IOS), each zone router with
two uplinks, ~80 user subnets, inbound ACLs and static routes, all in OSPF area 0; then times:
parse (load_devices), control plane (routing.compute), and all-pairs reachability: from every
router's user subnets (one propagation per source router, every subnet injected at its own
interface with its own source addresses) to every destination subnet and every router. Prints
the figures and peak memory (maxrss).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ZONES = 14
SUBNETS = 80
ACLS = 8
ACL_LINES = 20
STATICS = 25


def _router(idx: int, rnd: random.Random) -> str:
    name = f"core{idx}" if idx < 2 else f"zone{idx:02d}"
    out = [
        f"hostname {name}",
        "!",
        "interface Loopback0",
        f" ip address 10.255.0.{idx + 1} 255.255.255.255",
        "!",
    ]
    links: list[tuple[str, str]] = []
    if idx < 2:
        for z in range(2, 2 + ZONES):
            links.append((f"TenGigabitEthernet1/{z}", f"10.254.{idx}.{(z - 2) * 4 + 1}"))
        links.append(("TenGigabitEthernet2/1", f"10.253.0.{idx + 1}"))
    else:
        for c in range(2):
            links.append((f"TenGigabitEthernet1/{c + 1}", f"10.254.{c}.{(idx - 2) * 4 + 2}"))
    for ifname, addr in links:
        mask = "255.255.255.252"
        out += [f"interface {ifname}", " description backbone", f" ip address {addr} {mask}"]
        out += [" ip ospf cost 10", "!"]
    if idx < 2:
        for k in range(30):
            out += [
                f"interface GigabitEthernet3/{k}",
                f" ip address 172.{16 + idx}.{k}.1 255.255.255.0",
            ]
            if k % 5 == 0:
                out.append(" ip access-group CORE-IN in")
            out.append("!")
        out.append("ip access-list extended CORE-IN")
        for n in range(30):
            out.append(f" deny tcp any host 172.{16 + idx}.{n}.10 eq {rnd.choice([22, 23, 3389])}")
        out += [" permit ip any any", "!"]
    else:
        for k in range(SUBNETS):
            out += [
                f"interface Vlan{100 + k}",
                f" description zone {idx} subnet {k}",
                f" ip address 10.{idx}.{k}.1 255.255.255.0",
            ]
            if k % 4 == 0:
                out.append(f" ip access-group Z{idx}-ACL{k % ACLS} in")
            out.append("!")
        for a in range(ACLS):
            out.append(f"ip access-list extended Z{idx}-ACL{a}")
            for n in range(ACL_LINES - 2):
                dst_zone = rnd.randrange(2, 2 + ZONES)
                port = rnd.choice([22, 23, 80, 443, 445, 3389, 8080])
                verb = "deny" if n % 3 == 0 else "permit"
                out.append(
                    f" {verb} tcp 10.{idx}.0.0 0.0.255.255 10.{dst_zone}.{rnd.randrange(SUBNETS)}.0"
                    f" 0.0.0.255 eq {port}"
                )
            out += [" deny udp any any eq 161", " permit ip any any", "!"]
    out += ["router ospf 1", f" router-id 10.255.0.{idx + 1}", " passive-interface default"]
    for ifname, _ in links:
        out.append(f" no passive-interface {ifname}")
    out += [
        " network 10.0.0.0 0.255.255.255 area 0",
        " network 172.16.0.0 0.15.255.255 area 0",
        "!",
    ]
    for s in range(STATICS):
        if s % 5 == 0:
            out.append(f"ip route 10.{100 + idx}.{s}.0 255.255.255.0 Null0")
        elif idx >= 2:
            out.append(f"ip route 10.{idx}.{200 + s}.0 255.255.255.0 10.{idx}.{s}.20")
        else:
            out.append(f"ip route 172.{20 + idx}.{s}.0 255.255.255.0 172.{16 + idx}.{s}.20")
    out += ["!", "end", ""]
    return "\n".join(out)


def generate(root: Path) -> None:
    rnd = random.Random(8)
    root.mkdir(parents=True, exist_ok=True)
    for idx in range(2 + ZONES):
        name = f"core{idx}" if idx < 2 else f"zone{idx:02d}"
        (root / f"{name}.cfg").write_text(_router(idx, rnd), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=None)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    root = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="reach-bench-"))
    if not any(root.glob("*.cfg")):
        generate(root)
    from untapped.analyses.forwarding.engine import Forwarder
    from untapped.analyses.forwarding.network import Net
    from untapped.analyses.forwarding.reach import Propagation
    from untapped.analyses.forwarding.trace import Start
    from untapped.analyses.routing import compute
    from untapped.snapshot import load_devices

    c0 = time.process_time()
    t0 = time.perf_counter()
    devices, _ = load_devices(root, jobs=args.jobs)
    t1 = time.perf_counter()
    dp = compute(devices)
    t2 = time.perf_counter()
    net = Net(devices, dp)
    fw = Forwarder(net)
    s = fw.s
    # one propagation from every user subnet of every router (each injected at its interface with
    # its own source addresses); pairs are read back from the sinks by source address
    starts = [
        (Start(sub.device, sub.vrf, sub.interface), s.prefix("src", sub.network, sub.plen))
        for sub in net.subnets
        if sub.plen <= 30
    ]
    prop = Propagation(fw)
    prop.run_many(starts)
    by_router: dict[str, object] = {}
    for sub in net.subnets:
        if sub.plen <= 30:
            by_router[sub.device] = by_router.get(sub.device, s.false) | s.prefix(
                "src", sub.network, sub.plen
            )
    pairs_subnet = 0
    pairs_device = 0
    others = [v for f, _ in s.fields if f != "src" for v in s.vars[f]]
    for sink, node in prop.sinks.items():
        if sink.kind not in ("delivered", "accepted"):
            continue
        node = s.bdd.exist(others, node)  # the sources only
        for src in by_router.values():
            if (node & src) != s.false:
                if sink.kind == "delivered":
                    pairs_subnet += 1
                else:
                    pairs_device += 1
    t3 = time.perf_counter()
    c3 = time.process_time()
    lines = sum(len(p.read_text().splitlines()) for p in root.glob("*.cfg"))
    ifaces = sum(len(d.interfaces) for d in devices)
    acl_lines = sum(len(a.entries) for d in devices for a in d.acls.values())
    statics = sum(len(d.static_routes) for d in devices)
    rib = sum(len(v) for v in dp.ribs.values())
    status = {st.status for st in dp.status.values()}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        f"network: {len(devices)} routers, {lines} config lines, {ifaces} interfaces, "
        f"{acl_lines} ACL lines, {statics} static routes, {rib} RIB routes, status {sorted(status)}"
    )
    print(
        f"parse {t1 - t0:.2f} s, control plane {t2 - t1:.2f} s, all-pairs reach {t3 - t2:.2f} s, "
        f"total {t3 - t0:.2f} s"
    )
    print(f"CPU seconds in this process (workers' parse excluded): {c3 - c0:.2f}")
    print(
        f"reachable (source router -> destination subnet) pairs: {pairs_subnet}; "
        f"(source router -> router address) pairs: {pairs_device}; "
        f"{len(starts)} source subnets, {len(prop.sinks)} sinks"
    )
    print(f"peak memory: {rss / 1024:.0f} MiB (largest worker {kids / 1024:.0f} MiB)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

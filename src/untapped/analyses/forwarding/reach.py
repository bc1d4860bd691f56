"""`untapped reach`: symbolically, all packets that can get from one location to another
(schema `untapped/reach-v1`, docs/analyses.md).

Packet sets are pushed through the network from each start to a fixed point: at every (device,
VRF, ingress interface) state only the packets not seen there before go on, so loops end. The
same steps as `trace` (engine.py), on sets: the ingress ACL's permitted set, the device's own
addresses, PBR clauses as splits, the FIB's atomic predicates (one per forwarding behaviour),
the egress ACL, then the owner of the next hop. Every packet ends in a sink: (disposition,
device, interface, detail).
"""

from __future__ import annotations

from typing import Any

import msgspec

from untapped.analyses.forwarding import headerspace as hs
from untapped.analyses.forwarding.engine import Forwarder, _pbr_entry
from untapped.analyses.forwarding.network import Location, LocationError, Net, mask, parse_v4
from untapped.analyses.forwarding.trace import Start, host_of, parse_proto, trace_packet
from untapped.analyses.packets import Node
from untapped.analyses.routing.model import FibEntry

SCHEMA = "untapped/reach-v1"
ROUTE_PHASE = "\0"  # work items of the routing phase carry a marker instead of an interface
TRANSIT = "\0transit"
ORIGINATED = "\0originated"
MAX_SPACES = 32


class Sink(msgspec.Struct, frozen=True, order=True):
    kind: str  # delivered | accepted | denied | no-route | null-routed | exits | unknown
    device: str
    interface: str | None = None
    detail: str | None = None  # ACL name + direction, or the reason of unknown


class Propagation:
    """Sinks reached from one start: sink -> packet set; `notes`: approximations made."""

    def __init__(self, fw: Forwarder) -> None:
        self.fw = fw
        self.net = fw.net
        self.s = fw.s
        self.sinks: dict[Sink, Node] = {}
        self.notes: set[str] = set()
        self.seen: dict[tuple[str, str, str | None], Node] = {}
        self.work = _Queue()
        # (device, interface, "rx"|"tx") -> packets passing there (rx: as received, before the
        # ingress ACL; tx: as sent, after the egress ACL), recorded for the keys asked for
        self.passing: dict[tuple[str, str, str], Node] = {}
        self.watch: set[tuple[str, str]] = set()

    def sink(self, sink: Sink, node: Node) -> None:
        if node == self.s.false:
            return
        old = self.sinks.get(sink)
        self.sinks[sink] = node if old is None else old | node

    def record(self, device: str, interface: str, direction: str, p: Node) -> None:
        if (device, interface) in self.watch:
            key = (device, interface, direction)
            old = self.passing.get(key)
            self.passing[key] = p if old is None else old | p

    def run(self, start: Start, packets: Node) -> None:
        self.run_many([(start, packets)])

    def run_many(self, starts: list[tuple[Start, Node]]) -> None:
        for start, packets in starts:
            self.work.append((start.device, start.vrf, start.interface, packets))
        while self.work:
            device, vrf, ingress, p = self.work.popleft()
            key = (device, vrf, ingress)
            old = self.seen.get(key, self.s.false)
            new = p & ~old
            if new == self.s.false:
                continue
            self.seen[key] = old | new
            if ingress is not None and ingress.startswith(ROUTE_PHASE):
                self.routing(device, vrf, ingress, new)
            else:
                self.step(device, vrf, ingress, new)

    def to_routing(self, device: str, vrf: str, ingress: str | None, p: Node) -> None:
        """Packets past the ingress interface's ACL and policy route: pooled per (device, VRF,
        transit or originated), whatever interface they came in on, so that the FIB is walked
        once for all of them."""
        if p != self.s.false:
            phase = TRANSIT if ingress is not None else ORIGINATED
            self.work.append((device, vrf, phase, p))

    def routing(self, device: str, vrf: str, phase: str, p: Node) -> None:
        s = self.s
        for node, owner_if, _ in self.fw.local_unrouted(device, vrf):
            hit = p & node  # (the FIB's receive entries accept the others)
            if hit != s.false:
                self.sink(Sink("accepted", device, owner_if), hit)
                p = p & ~node
        if p != s.false:
            self.route(device, vrf, phase if phase == TRANSIT else None, p)

    def acl(self, device: str, interface: str, name: str, direction: str, p: Node) -> Node:
        sets = self.fw.acl(device, name)
        if sets.inexact:
            lines = ", ".join(str(n) for n in sets.inexact[:5])
            self.notes.add(
                f"ACL {name} on {device} has lines not analysable exactly (line {lines}): "
                "its permitted set is over-approximated"
            )
        self.sink(Sink("denied", device, interface, f"{name} {direction}"), p & ~sets.permit)
        return p & sets.permit

    def step(self, device: str, vrf: str, ingress: str | None, p: Node) -> None:
        s = self.s
        problem = self.net.status_problem(device)
        if problem:
            self.sink(Sink("unknown", device, ingress, problem), p)
            return
        iface = self.net.interface(device, ingress)
        if ingress is not None:
            self.record(device, ingress, "rx", p)
        if iface is not None and iface.acl_in and ingress is not None:
            p = self.acl(device, ingress, iface.acl_in, "in", p)
        rmap = None
        if iface is not None and iface.policy_route_map:
            rmap = self.net.devices[device].route_maps.get(iface.policy_route_map)
        if rmap is None:
            self.to_routing(device, vrf, ingress, p)
            return
        if (p & self.fw.local_union(device, vrf)) != s.false:
            for node, owner_if, _ in self.fw.local(device, vrf):
                hit = p & node
                if hit != s.false:
                    self.sink(Sink("accepted", device, owner_if), hit)
                    p = p & ~node
        if p == s.false:
            return
        for match, branch in self.fw.pbr_clauses(device, rmap):
            hit = p & match
            if hit == s.false:
                continue
            p = p & ~match
            if branch.kind == "unknown":
                self.sink(Sink("unknown", device, ingress, branch.reason), hit)
            elif branch.kind == "drop":
                self.sink(Sink("null-routed", device, branch.value), hit)
            elif branch.kind == "vrf":
                self.route(device, branch.value or vrf, ingress, hit)
            elif branch.kind == "next-hop":
                entries = self.fw.pbr_route(device, vrf, branch.value or "")
                if entries:
                    for e in entries:
                        self.forward(device, ingress, e, hit)
                else:
                    self.route(device, vrf, ingress, hit)
            elif branch.kind == "interface":
                self.forward(device, ingress, _pbr_entry("", branch.value, None), hit)
            else:
                self.route(device, vrf, ingress, hit)
            if p == s.false:
                return
        self.to_routing(device, vrf, ingress, p)

    def route(self, device: str, vrf: str, ingress: str | None, p: Node) -> None:
        s = self.s
        for node, entries in self.fw.fib_classes(device, vrf):
            hit = p & node
            if hit == s.false:
                continue
            for e in entries:
                if e.action == "drop":
                    self.sink(Sink("null-routed", device, e.interface), hit)
                elif e.action == "receive":
                    got = parse_v4(e.prefix)
                    part = (
                        hit if len(entries) == 1 or got is None else hit & self.fw.dst_prefix(*got)
                    )
                    self.sink(Sink("accepted", device, e.interface), part)
                elif e.action != "forward" or not e.interface:
                    self.sink(Sink("unknown", device, None, f"route {e.prefix}: {e.action}"), hit)
                else:
                    self.forward(device, ingress, e, hit)
        self.sink(Sink("no-route", device, None, vrf), p & ~self.fw.routed(device, vrf))

    def forward(self, device: str, ingress: str | None, e: FibEntry, p: Node) -> None:
        s = self.s
        out = e.interface or ""
        oif = self.net.interface(device, out)
        if ingress is not None and oif is not None and oif.acl_out:
            p = self.acl(device, out, oif.acl_out, "out", p)
            if p == s.false:
                return
        self.record(device, out, "tx", p)
        if e.next_hop_ip:
            got = parse_v4(e.next_hop_ip)
            owners = [o for o in self.net.owner_of(got[0] if got else -1) if o[0] != device]
            if not owners:
                self.sink(Sink("exits", device, out), p)
                return
            for dev2, if2 in sorted(owners):
                self.work.append((dev2, self.net.interface_vrf(dev2, if2), if2, p))
            return
        inside = s.false
        for sub in self.net.by_iface.get((device, out), []):
            inside = inside | s.prefix("dst", sub.network, sub.plen)
            for other in self.net.members(sub.network, sub.plen):
                if other.device != device:
                    node = s.eq("dst", other.address)
                    hit = p & node
                    if hit != s.false:
                        vrf2 = self.net.interface_vrf(other.device, other.interface)
                        self.work.append((other.device, vrf2, other.interface, hit))
                        p = p & ~node
        self.sink(Sink("delivered", device, out), p & inside)
        self.sink(Sink("exits", device, out), p & ~inside)


class _Queue:
    """Work items by state, first in first out; packets arriving at a state already waiting are
    merged into its pending set (so many starts reach a shared device as one set)."""

    def __init__(self) -> None:
        from collections import deque

        self.order: deque[tuple[str, str, str | None]] = deque()
        self.pending: dict[tuple[str, str, str | None], Node] = {}

    def append(self, item: tuple[str, str, str | None, Node]) -> None:
        key = (item[0], item[1], item[2])
        old = self.pending.get(key)
        if old is None:
            self.pending[key] = item[3]
            self.order.append(key)
        else:
            self.pending[key] = old | item[3]

    def popleft(self) -> tuple[str, str, str | None, Node]:
        key = self.order.popleft()
        return (*key, self.pending.pop(key))

    def __bool__(self) -> bool:
        return bool(self.order)


# ---- queries --------------------------------------------------------------------------------
def starts_of(net: Net, fw: Forwarder, loc: Location, src: Node | None) -> list[tuple[Start, Node]]:
    """Where packets from a location enter the network, with the sources they can have
    (`src`: the user's --src-ip constraint, replacing the location's own subnet)."""
    s = fw.s
    out: list[tuple[Start, Node]] = []
    if loc.kind == "device":
        dev = loc.device or ""
        addrs = s.false
        vrfs: dict[str, Node] = {}
        for sub in net.subnets:
            if sub.device == dev:
                vrfs[sub.vrf] = vrfs.get(sub.vrf, s.false) | s.eq("src", sub.address)
        if not vrfs:
            raise LocationError(f"device {dev} has no IPv4 address to send from")
        for vrf, addrs in sorted(vrfs.items()):
            out.append((Start(dev, vrf, None), src if src is not None else addrs))
        return out
    if loc.kind == "interface":
        dev, iface = loc.device or "", loc.interface or ""
        subs = net.by_iface.get((dev, iface), [])
        if not subs:
            raise LocationError(f"{dev}:{iface} has no IPv4 address")
        node = s.false
        for sub in subs:
            node = node | s.prefix("src", sub.network, sub.plen)
        out.append((Start(dev, subs[0].vrf, iface), src if src is not None else node))
        return out
    if loc.kind == "prefix":
        if loc.plen == 32 and net.owner_of(loc.network):
            dev, iface = sorted(net.owner_of(loc.network))[0]
            start = Start(dev, net.interface_vrf(dev, iface), None)
            return [(start, src if src is not None else s.eq("src", loc.network))]
        for sub in sorted(net.subnets, key=lambda x: (x.device, x.interface)):
            if sub.plen == 32 and loc.plen < 32:
                continue  # a loopback: no host sends from behind it
            plen = min(sub.plen, loc.plen)
            if sub.network & mask(plen) != loc.network & mask(plen):
                continue  # no overlap
            inner = (sub.network, sub.plen) if sub.plen >= loc.plen else (loc.network, loc.plen)
            node = s.prefix("src", inner[0], inner[1])
            if src is not None:
                node = node & src
            out.append((Start(sub.device, sub.vrf, sub.interface), node))
        if not out:
            raise LocationError(f"no interface connects {loc.text()}")
        return out
    raise LocationError("--from cannot be 'outside'")


def target_filter(fw: Forwarder, loc: Location) -> tuple[Any, Node]:
    """(a predicate on sinks, a constraint on packets) for a --to location."""
    s = fw.s
    if loc.kind == "device":
        return (lambda k: k.kind == "accepted" and k.device == loc.device), s.true
    if loc.kind == "interface":
        return (
            lambda k: (
                k.kind in ("accepted", "delivered")
                and k.device == loc.device
                and k.interface == loc.interface
            )
        ), s.true
    if loc.kind == "outside":
        return (lambda k: k.kind == "exits"), s.true
    return (lambda k: k.kind in ("accepted", "delivered")), s.prefix("dst", loc.network, loc.plen)


def header_constraints(
    fw: Forwarder,
    proto: str | None,
    dport: str | None,
    sport: str | None,
    src_ip: str | None,
    dst_ip: str | None,
) -> tuple[Node, Node | None]:
    """(constraint on every packet, the --src-ip constraint or None)."""
    s = fw.s
    node = s.true
    pnum = parse_proto(proto)
    if pnum:
        node = node & s.eq("proto", pnum)
    for field, text in (("dport", dport), ("sport", sport)):
        if text is None:
            continue
        part = s.false
        for piece in str(text).split(","):
            lo, _, hi = piece.partition("-")
            part = part | s.range(field, int(lo), int(hi or lo))
        node = node & part
    if dst_ip is not None:
        got = parse_v4(dst_ip)
        if got is None:
            raise ValueError(f"--dst-ip must be an IPv4 prefix, got {dst_ip!r}")
        node = node & s.prefix("dst", got[0], got[1])
    srcn = None
    if src_ip is not None:
        got = parse_v4(src_ip)
        if got is None:
            raise ValueError(f"--src-ip must be an IPv4 prefix, got {src_ip!r}")
        srcn = s.prefix("src", got[0], got[1])
    return node, srcn


def reach(
    net: Net,
    src: str,
    dst: str,
    *,
    proto: str | None = None,
    dport: str | None = None,
    sport: str | None = None,
    src_ip: str | None = None,
    dst_ip: str | None = None,
    fw: Forwarder | None = None,
    verify: bool = True,
) -> dict[str, Any]:
    """The untapped/reach-v1 document of one query."""
    fw = fw or Forwarder(net)
    s = fw.s
    src_loc = net.location(src)
    dst_loc = net.location(dst)
    constraint, src_node = header_constraints(fw, proto, dport, sport, src_ip, dst_ip)
    wanted, dst_node = target_filter(fw, dst_loc)
    results: list[dict[str, Any]] = []
    blocked: list[dict[str, Any]] = []
    unknown: list[dict[str, Any]] = []
    notes: set[str] = set()
    total = s.false
    for start, srcs in starts_of(net, fw, src_loc, src_node):
        prop = Propagation(fw)
        prop.run(start, srcs & constraint & dst_node)
        notes |= prop.notes
        got = s.false
        sinks: dict[Sink, Node] = {}
        for sink, node in prop.sinks.items():
            if wanted(sink):
                got = got | node
                sinks[sink] = node
            elif sink.kind == "unknown":
                unknown.append(_sink_doc(sink))
            elif sink.kind == "denied":
                blocked.append({**_sink_doc(sink), **_space(fw, node)})
        total = total | got
        results.extend(_spaces(fw, start, got, sinks, verify, wanted))
    status = "unknown" if unknown else ("approximate" if notes else "ok")
    return {
        "schema": SCHEMA,
        "query": {
            "from": src,
            "to": dst,
            "proto": proto,
            "dport": dport,
            "sport": sport,
            "src_ip": src_ip,
            "dst_ip": dst_ip,
        },
        "status": status,
        "reasons": sorted(notes) + sorted({u["reason"] for u in unknown if u["reason"]}),
        "reachable": results,
        "blocked": sorted(blocked, key=lambda b: (b["device"], b["interface"] or "", b["acl"]))[
            :MAX_SPACES
        ],
        "unknown": unknown,
    }


def _sink_doc(sink: Sink) -> dict[str, Any]:
    acl = direction = reason = None
    if sink.kind == "denied" and sink.detail:
        acl, _, direction = sink.detail.rpartition(" ")
    elif sink.detail:
        reason = sink.detail
    return {
        "disposition": sink.kind,
        "device": sink.device,
        "interface": sink.interface,
        "acl": acl,
        "direction": direction,
        "reason": reason,
    }


def _space(fw: Forwarder, node: Node) -> dict[str, Any]:
    items, _ = hs.groups(fw.s, node, 64)
    first = hs.render(fw.s, items[0]) if items else {"text": ""}
    return {"header_space": first["text"], "more": max(0, len(items) - 1)}


def _spaces(
    fw: Forwarder,
    start: Start,
    node: Node,
    sinks: dict[Sink, Node],
    verify: bool,
    wanted: Any,
) -> list[dict[str, Any]]:
    s = fw.s
    if node == s.false:
        return []
    items, truncated = hs.groups(s, node)
    out: list[dict[str, Any]] = []
    for group in items[:MAX_SPACES]:
        gnode = hs.group_node(s, group) & node
        pkt = hs.example(s, gnode)
        if pkt is None:
            continue
        shown = hs.render(s, group)
        where = sorted(
            f"{k.device}:{k.interface} {k.kind}" if k.interface else f"{k.device} {k.kind}"
            for k, n in sinks.items()
            if (n & gnode) != s.false
        )
        doc: dict[str, Any] = {
            "start": {"device": start.device, "vrf": start.vrf, "interface": start.interface},
            "header_space": shown["text"],
            "fields": shown["fields"],
            "sinks": where,
            "example": s.describe(pkt),
        }
        if verify:
            paths = trace_packet(fw, start, pkt)
            doc["verified"] = any(_matches(p["disposition"], wanted) for p in paths)
        out.append(doc)
    if truncated or len(items) > MAX_SPACES:
        out.append(
            {
                "start": {"device": start.device, "vrf": start.vrf, "interface": start.interface},
                "header_space": "... and more (summary truncated)",
                "fields": {},
                "sinks": [],
                "example": None,
            }
        )
    return out


def _matches(disp: dict[str, Any], wanted: Any) -> bool:
    return bool(wanted(Sink(disp["kind"], disp["device"] or "", disp["interface"])))


def example_host(network: int, plen: int) -> int:
    return host_of(network, plen, -1)

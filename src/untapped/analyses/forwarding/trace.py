"""`untapped trace`: one packet, hop by hop, with the ACL, policy-route and route decision at each
device, and its final disposition (schema `untapped/trace-v1`, docs/analyses.md).

ECMP branches are all followed: the answer is a list of paths (the leaves of the tree of traces),
each with its hops and one disposition.
"""

from __future__ import annotations

from typing import Any

import msgspec

from untapped.analyses.forwarding.engine import Forwarder, PbrBranch, _pbr_entry
from untapped.analyses.forwarding.network import (
    Location,
    LocationError,
    Net,
    mask,
    parse_v4,
    v4_text,
)
from untapped.analyses.routing.model import FibEntry

SCHEMA = "untapped/trace-v1"
MAX_HOPS = 64
MAX_PATHS = 256
DISPOSITIONS = (
    "delivered",
    "accepted",
    "denied",
    "no-route",
    "null-routed",
    "loop",
    "exits",
    "unknown",
)
PROTOS = {"ip": 0, "icmp": 1, "tcp": 6, "udp": 17, "gre": 47, "esp": 50, "ospf": 89}
TCP_SYN = 0b000010  # the flags field, urg..fin from the most significant bit: syn only


class Start(msgspec.Struct, frozen=True):
    """Where packets are injected: originated by `device` (interface None) or entering it at
    `interface` (the ingress ACL and policy route of that interface apply)."""

    device: str
    vrf: str
    interface: str | None


def disposition(
    kind: str,
    device: str | None = None,
    interface: str | None = None,
    *,
    acl: str | None = None,
    line: int | None = None,
    direction: str | None = None,
    reason: str | None = None,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "device": device,
        "interface": interface,
        "acl": acl,
        "line": line,
        "direction": direction,
        "reason": reason,
    }


def parse_proto(text: str | None) -> int | None:
    if text is None:
        return None
    low = text.lower()
    if low in PROTOS:
        return PROTOS[low]
    if low.isdigit() and int(low) < 256:
        return int(low)
    raise ValueError(f"unknown protocol {text!r} (a name such as tcp, udp, icmp, or a number)")


def make_packet(
    src: int,
    dst: int,
    proto: int | None = None,
    sport: int | None = None,
    dport: int | None = None,
) -> dict[str, int]:
    """A concrete packet; unspecified fields take readable defaults (TCP SYN to port 80 from an
    ephemeral port; ICMP echo request)."""
    p = 6 if proto is None else proto
    pkt = {
        "proto": p,
        "src": src,
        "dst": dst,
        "sport": 0,
        "dport": 0,
        "flags": 0,
        "icmp_type": 0,
        "icmp_code": 0,
    }
    if p in (6, 17, 132):
        pkt["sport"] = 49152 if sport is None else sport
        pkt["dport"] = (80 if p == 6 else 53) if dport is None else dport
    if p == 6:
        pkt["flags"] = TCP_SYN
    if p == 1:
        pkt["icmp_type"] = 8
    return pkt


def resolve_start(net: Net, text: str) -> tuple[Start, int]:
    """The start of a trace from --src: an address (its owner originates it, or the interface
    whose subnet holds it receives it), DEVICE (originated, from its first address) or
    DEVICE:IF (entering at IF, from a host of its subnet). Returns (start, source address)."""
    loc = net.location(text)
    if loc.kind == "prefix":
        if loc.plen != 32:
            raise LocationError("--src must be an address, DEVICE or DEVICE:INTERFACE")
        value = loc.network
        owners = sorted(net.owner_of(value))
        if owners:
            dev, iface = owners[0]
            return Start(dev, net.interface_vrf(dev, iface), None), value
        subs = sorted(net.connected(value), key=lambda s: (-s.plen, s.device, s.interface))
        if not subs:
            raise LocationError(
                f"no device owns or connects {v4_text(value)}: give --src DEVICE:INTERFACE"
            )
        s = subs[0]
        return Start(s.device, s.vrf, s.interface), value
    if loc.kind == "device":
        dev = loc.device or ""
        addrs = _preferred_addresses(net, dev)
        if not addrs:
            raise LocationError(f"device {dev} has no IPv4 address to send from")
        iface, value = addrs[0]
        return Start(dev, net.interface_vrf(dev, iface), None), value
    if loc.kind == "interface":
        dev, iface = loc.device or "", loc.interface or ""
        subs = net.by_iface.get((dev, iface), [])
        if not subs:
            raise LocationError(f"{dev}:{iface} has no IPv4 address")
        s = subs[0]
        host = host_of(s.network, s.plen, s.address)
        return Start(dev, s.vrf, iface), host
    raise LocationError("--src cannot be 'outside'")


def host_of(network: int, plen: int, avoid: int) -> int:
    """A host address of a subnet other than `avoid` (the router's own address)."""
    if plen >= 31:
        return avoid
    first = network + 1
    return first if first != avoid else first + 1


def _preferred_addresses(net: Net, device: str) -> list[tuple[str, int]]:
    subs = [s for s in net.subnets if s.device == device]
    subs.sort(key=lambda s: (not s.interface.lower().startswith("loopback"), s.interface))
    return [(s.interface, s.address) for s in subs]


class _Tracer:
    def __init__(self, fw: Forwarder, packet: dict[str, int]) -> None:
        self.fw = fw
        self.net = fw.net
        self.packet = packet
        self.cube = fw.cube(packet)
        self.dst = packet["dst"]
        self.paths: list[dict[str, Any]] = []

    def finish(self, hops: list[dict[str, Any]], disp: dict[str, Any]) -> None:
        if len(self.paths) < MAX_PATHS:
            self.paths.append({"hops": hops, "disposition": disp})

    def at(
        self,
        device: str,
        vrf: str,
        ingress: str | None,
        hops: list[dict[str, Any]],
        visited: frozenset[tuple[str, str, str | None]],
    ) -> None:
        hop: dict[str, Any] = {
            "device": device,
            "vrf": vrf,
            "ingress": ingress,
            "steps": [],
            "egress": None,
        }
        hops = [*hops, hop]
        steps: list[dict[str, Any]] = hop["steps"]
        state = (device, vrf, ingress)
        if state in visited or len(hops) > MAX_HOPS:
            self.finish(hops, disposition("loop", device, ingress, reason="the packet returns"))
            return
        visited = visited | {state}
        problem = self.net.status_problem(device)
        if problem:
            self.finish(hops, disposition("unknown", device, ingress, reason=problem))
            return
        iface = self.net.interface(device, ingress)
        if iface is not None and iface.acl_in:
            if not self.acl_step(hops, steps, device, ingress, iface.acl_in, "in"):
                return
        for sub in self.net.device_subnets(device):
            if sub.device == device and sub.vrf == vrf and sub.address == self.dst:
                self.finish(hops, disposition("accepted", device, sub.interface))
                return
        entries: list[FibEntry] | None = None
        if iface is not None and iface.policy_route_map:
            rmap = self.net.devices[device].route_maps.get(iface.policy_route_map)
            if rmap is not None:
                for match, branch in self.fw.pbr_clauses(device, rmap):
                    if (match & self.cube) == self.fw.s.false:
                        continue
                    steps.append(_pbr_step(rmap.name, branch))
                    if branch.kind == "unknown":
                        self.finish(
                            hops, disposition("unknown", device, ingress, reason=branch.reason)
                        )
                        return
                    if branch.kind == "drop":
                        self.finish(hops, disposition("null-routed", device, branch.value))
                        return
                    if branch.kind == "vrf":
                        vrf = branch.value or vrf
                    elif branch.kind == "next-hop":
                        entries = self.fw.pbr_route(device, vrf, branch.value or "") or None
                    elif branch.kind == "interface":
                        entries = [_pbr_entry(f"{v4_text(self.dst)}/32", branch.value, None)]
                    break
        if entries is None:
            _, entries = self.net.lookup(device, vrf, self.dst)
            if not entries:
                steps.append({"step": "route", "vrf": vrf, "prefix": None})
                self.finish(hops, disposition("no-route", device, reason=f"no route in VRF {vrf}"))
                return
        for entry in entries:
            if len(self.paths) >= MAX_PATHS:
                return
            branch_hops = _copy(hops)
            self.forward(device, vrf, ingress, entry, branch_hops, visited)

    def acl_step(
        self,
        hops: list[dict[str, Any]],
        steps: list[dict[str, Any]],
        device: str,
        interface: str | None,
        name: str,
        direction: str,
    ) -> bool:
        sets = self.fw.acl(device, name)
        d = self.fw.decide(sets, self.cube)
        steps.append(
            {
                "step": f"acl-{direction}",
                "acl": name,
                "action": d.action,
                "line": d.line,
                "text": d.text,
            }
        )
        if d.action == "unknown":
            self.finish(
                hops,
                disposition(
                    "unknown",
                    device,
                    interface,
                    acl=name,
                    line=d.line,
                    direction=direction,
                    reason=f"ACL {name} line {d.line} cannot be analysed exactly: {d.text}",
                ),
            )
            return False
        if d.action == "deny":
            self.finish(
                hops,
                disposition(
                    "denied", device, interface, acl=name, line=d.line, direction=direction
                ),
            )
            return False
        return True

    def forward(
        self,
        device: str,
        vrf: str,
        ingress: str | None,
        entry: FibEntry,
        hops: list[dict[str, Any]],
        visited: frozenset[tuple[str, str, str | None]],
    ) -> None:
        hop = hops[-1]
        steps = hop["steps"]
        r = entry.route
        steps.append(
            {
                "step": "route",
                "vrf": vrf,
                "prefix": entry.prefix,
                "protocol": r.protocol,
                "action": entry.action,
                "interface": entry.interface,
                "next_hop_ip": entry.next_hop_ip,
                "line": r.line,
            }
        )
        if entry.action == "drop":
            self.finish(hops, disposition("null-routed", device, entry.interface))
            return
        if entry.action == "receive":
            self.finish(hops, disposition("accepted", device, entry.interface))
            return
        if entry.action != "forward" or not entry.interface:
            self.finish(
                hops,
                disposition("unknown", device, reason=f"route {entry.prefix}: {entry.action}"),
            )
            return
        out = entry.interface
        hop["egress"] = out
        oif = self.net.interface(device, out)
        if ingress is not None and oif is not None and oif.acl_out:
            if not self.acl_step(hops, steps, device, out, oif.acl_out, "out"):
                return
        subs = self.net.by_iface.get((device, out), [])
        if entry.next_hop_ip:
            got = parse_v4(entry.next_hop_ip)
            nh = got[0] if got else -1
            owners = [o for o in self.net.owner_of(nh) if o[0] != device]
            if not owners:
                self.finish(
                    hops,
                    disposition(
                        "exits",
                        device,
                        out,
                        reason=f"next hop {entry.next_hop_ip} is not in the snapshot",
                    ),
                )
                return
        else:
            inside = [s for s in subs if s.contains(self.dst)]
            if not inside:
                self.finish(
                    hops,
                    disposition(
                        "exits",
                        device,
                        out,
                        reason=f"{v4_text(self.dst)} is not in a subnet of {out}",
                    ),
                )
                return
            owners = [o for o in self.net.owner_of(self.dst) if o[0] != device]
            if not owners:
                self.finish(hops, disposition("delivered", device, out))
                return
        for dev2, if2 in sorted(owners):
            self.at(dev2, self.net.interface_vrf(dev2, if2), if2, _copy(hops), visited)


def _copy(hops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(h, steps=list(h["steps"])) for h in hops]


def _pbr_step(name: str, b: PbrBranch) -> dict[str, Any]:
    return {
        "step": "pbr",
        "route_map": name,
        "seq": b.clause.seq,
        "line": b.clause.span.line,
        "action": b.kind,
        "value": b.value,
    }


def trace_packet(fw: Forwarder, start: Start, packet: dict[str, int]) -> list[dict[str, Any]]:
    """The paths of one packet from a start (one per ECMP leaf)."""
    t = _Tracer(fw, packet)
    t.at(start.device, start.vrf, start.interface, [], frozenset())
    return t.paths


def trace(
    net: Net,
    src: str,
    dst: str,
    proto: str | None = None,
    sport: int | None = None,
    dport: int | None = None,
    fw: Forwarder | None = None,
) -> dict[str, Any]:
    """The untapped/trace-v1 document of one query (raises LocationError / ValueError)."""
    got = parse_v4(dst)
    if got is None or got[1] != 32:
        raise LocationError(f"--dst must be an IPv4 address, got {dst!r}")
    start, src_ip = resolve_start(net, src)
    pnum = parse_proto(proto)
    packet = make_packet(src_ip, got[0], pnum, sport, dport)
    fw = fw or Forwarder(net)
    paths = trace_packet(fw, start, packet)
    kinds = sorted({p["disposition"]["kind"] for p in paths}, key=DISPOSITIONS.index)
    return {
        "schema": SCHEMA,
        "query": {"src": src, "dst": dst, "proto": proto, "sport": sport, "dport": dport},
        "packet": fw.s.describe(packet),
        "start": {"device": start.device, "vrf": start.vrf, "interface": start.interface},
        "paths": paths,
        "dispositions": kinds,
    }


def start_location(loc: Location) -> str:
    return loc.text()


def in_subnet(value: int, network: int, plen: int) -> bool:
    return value & mask(plen) == network


def disposition_text(d: dict[str, Any]) -> str:
    kind = d["kind"]
    where = f"{d['device']}:{d['interface']}" if d["interface"] else (d["device"] or "")
    if kind == "denied":
        line = f"line {d['line']}" if d["line"] else "implicit deny"
        return f"DENIED by ACL {d['acl']} {line} ({d['direction']}, {where})"
    if kind == "delivered":
        return f"DELIVERED to the subnet of {where}"
    if kind == "accepted":
        return f"ACCEPTED by {where}"
    if kind == "exits":
        return f"EXITS the network at {where}" + (f": {d['reason']}" if d["reason"] else "")
    if kind == "no-route":
        return f"NO ROUTE at {where}" + (f" ({d['reason']})" if d["reason"] else "")
    if kind == "null-routed":
        return f"NULL-ROUTED at {where}"
    if kind == "loop":
        return f"LOOP at {where}"
    return f"UNKNOWN at {where}: {d['reason']}"

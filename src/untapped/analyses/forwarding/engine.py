"""The forwarding semantics shared by `trace` (one packet) and `reach` (sets of packets).

A packet at a device goes through, in order: the ingress ACL of the interface it came in on, the
device's own addresses (accepted), policy-based routing (route-map on the ingress interface), the
FIB (longest prefix; ECMP branches), the egress ACL, then the next device (the owner of the next
hop, or of the destination when on-link) or a final disposition.

Packet sets are BDDs of `PacketSpace` (IPv4). ACLs are compiled once per (device, name) into the
set of packets they permit; a line the model cannot express exactly makes the set an
over-approximation and is remembered as a reason (`AclSets.inexact`). The FIB of a device is
carved into atomic predicates: each prefix's effective set is its prefix minus the longer
prefixes, and prefixes with the same forwarding behaviour share one BDD.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from untapped.analyses.acl import Compiled, compile_acl
from untapped.analyses.forwarding.network import Net, mask, parse_v4
from untapped.analyses.packets import Node, PacketSpace, _backend
from untapped.analyses.routing.model import FibEntry
from untapped.model.filters import RouteMap, RouteMapClause

FIELDS = ("proto", "src", "dst", "sport", "dport", "flags", "icmp_type", "icmp_code")


class AclSets(msgspec.Struct):
    name: str
    permit: Node
    lines: list[Compiled]
    default_action: str
    inexact: list[int]  # config lines whose conditions were approximated
    missing: bool = False


class Decision(msgspec.Struct, frozen=True):
    """Which line of an ACL decides one packet."""

    action: str  # permit | deny | unknown
    line: int  # 0: the implicit default
    text: str
    index: int = 0


class PbrBranch(msgspec.Struct):
    """A PBR clause's decision: where the packets it matches go."""

    clause: RouteMapClause
    kind: str  # route (normal routing) | next-hop | interface | vrf | drop | unknown
    value: str | None = None
    reason: str = ""


# The destination first: FIB predicates constrain only the destination, so that with its bits
# at the top of the order, cutting a packet set by a prefix touches only the top of the BDD.
FORWARDING_FIELDS: tuple[tuple[str, int], ...] = (
    ("dst", 32),
    ("src", 32),
    ("proto", 8),
    ("dport", 16),
    ("sport", 16),
    ("flags", 6),
    ("icmp_type", 8),
    ("icmp_code", 8),
)


def forwarding_space(backend: str = "cudd") -> PacketSpace:
    """An IPv4 PacketSpace with the variable order of FORWARDING_FIELDS."""
    space = PacketSpace.__new__(PacketSpace)
    mod = _backend(backend)
    space.backend = mod.__name__
    space.bdd = mod.BDD()
    if hasattr(space.bdd, "configure"):
        space.bdd.configure(reordering=False)
    space.family = "ipv4"
    space.fields = FORWARDING_FIELDS
    space.width = dict(FORWARDING_FIELDS)
    space.vars = {}
    names: list[str] = []
    for field, width in FORWARDING_FIELDS:
        space.vars[field] = [f"{field}_{i}" for i in range(width)]
        names.extend(space.vars[field])
    space.bdd.declare(*names)
    space._var = {n: space.bdd.var(n) for n in names}
    space.true = space.bdd.true
    space.false = space.bdd.false
    space._lits = {}
    return space


class Forwarder:
    def __init__(self, net: Net, space: PacketSpace | None = None) -> None:
        self.net = net
        self.s = space or forwarding_space()
        self._acls: dict[tuple[str, str], AclSets] = {}
        self._fib: dict[tuple[str, str], list[tuple[Node, list[FibEntry]]]] = {}
        self._routed: dict[tuple[str, str], Node] = {}
        self._local: dict[tuple[str, str], list[tuple[Node, str, int]]] = {}
        self._local_union: dict[tuple[str, str], Node] = {}
        self._dst: dict[tuple[int, int], Node] = {}
        self._unrouted: dict[tuple[str, str], list[tuple[Node, str, int]]] = {}

    # ---- packets ---------------------------------------------------------------------------
    def cube(self, packet: dict[str, int]) -> Node:
        lits: dict[str, bool] = {}
        for f in FIELDS:
            lits.update(self.s.literals(f, packet.get(f, 0)))
        return self.s.bdd.cube(lits)

    def dst_prefix(self, network: int, plen: int) -> Node:
        """Packets to a prefix (cached: the same prefixes recur in every device's FIB)."""
        key = (network, plen)
        got = self._dst.get(key)
        if got is None:
            got = self._dst[key] = self.s.prefix("dst", network, plen)
        return got

    # ---- ACLs ------------------------------------------------------------------------------
    def acl(self, device: str, name: str) -> AclSets:
        key = (device, name)
        got = self._acls.get(key)
        if got is not None:
            return got
        s = self.s
        dev = self.net.devices[device]
        acl = dev.acls.get(name)
        if acl is None or acl.family not in ("ipv4", "mixed"):
            # an ACL applied but not defined filters nothing (IOS, EOS, NX-OS behaviour)
            got = AclSets(name, s.true, [], "permit", [], missing=acl is None)
            self._acls[key] = got
            return got
        lines, inexact = compile_acl(s, dev, acl)
        covered = s.false
        permit = s.false
        for c in lines:
            if c.exact:
                if c.entry.action == "permit":
                    permit = permit | (c.match & ~covered)
                covered = covered | c.match
            elif c.entry.action == "permit":  # a superset: over-approximate what it permits
                permit = permit | (c.match & ~covered)
        if acl.default_action == "permit":
            permit = permit | ~covered
        got = AclSets(name, permit, lines, acl.default_action, inexact)
        self._acls[key] = got
        return got

    def decide(self, sets: AclSets, cube: Node) -> Decision:
        if sets.missing:
            return Decision("permit", 0, f"ACL {sets.name} is not defined: filters nothing")
        for c in sets.lines:
            if (c.match & cube) != self.s.false:
                e = c.entry
                if not c.exact:
                    return Decision("unknown", e.span.line, e.text, c.index)
                return Decision(e.action, e.span.line, e.text, c.index)
        return Decision(sets.default_action, 0, f"implicit {sets.default_action}")

    # ---- PBR -------------------------------------------------------------------------------
    def pbr_clauses(self, device: str, rmap: RouteMap) -> Iterator[tuple[Node, PbrBranch]]:
        """Each clause in order with the packets it matches (before earlier clauses are taken
        out) and its decision."""
        s = self.s
        for clause in rmap.clauses:
            match = s.true
            reason = ""
            for key, vals in clause.matches:
                if key in ("ip address", "ip address access-list"):
                    node = s.false
                    for v in vals:
                        sets = self.acl(device, v)
                        if sets.inexact:
                            reason = f"ACL {v} has lines not analysable exactly"
                        node = node | sets.permit
                    match = match & node
                else:
                    reason = f"match {key} {' '.join(vals)} is not analysed"
            if reason:
                yield match, PbrBranch(clause, "unknown", reason=reason)
                continue
            if clause.action == "deny":
                yield match, PbrBranch(clause, "route")
                continue
            branch = PbrBranch(clause, "route")
            for key, vals in clause.sets:
                if key in (
                    "ip next-hop",
                    "ip next-hop recursive",
                    "ip next-hop verify-availability",
                ):
                    hops = [v for v in vals if parse_v4(v) is not None]
                    if hops:
                        branch = PbrBranch(clause, "next-hop", hops[0])
                        break
                elif key == "interface" and vals:
                    kind = "drop" if vals[0].lower().startswith("null") else "interface"
                    branch = PbrBranch(clause, kind, vals[0])
                    break
                elif key == "vrf" and vals:
                    branch = PbrBranch(clause, "vrf", vals[0])
                    break
                elif key.startswith(("ip default", "default")):
                    branch = PbrBranch(
                        clause, "unknown", reason=f"set {key} is not analysed (used when no route)"
                    )
                    break
            yield match, branch

    def pbr_route(self, device: str, vrf: str, hop: str) -> list[FibEntry]:
        """Forwarding entries toward a PBR next hop: on-link when a connected subnet holds it,
        else resolved through the FIB."""
        got = parse_v4(hop)
        if got is None:
            return []
        value = got[0]
        for sub in self.net.device_subnets(device):
            if sub.device == device and sub.vrf == vrf and sub.contains(value):
                return [_pbr_entry(f"{hop}/32", sub.interface, hop)]
        _, entries = self.net.lookup(device, vrf, value)
        out = []
        for e in entries:
            if e.action == "forward":
                out.append(_pbr_entry(e.prefix, e.interface, e.next_hop_ip or hop))
        return out

    # ---- FIB as atomic predicates ----------------------------------------------------------
    def fib_classes(self, device: str, vrf: str) -> list[tuple[Node, list[FibEntry]]]:
        """(packets, entries) per forwarding behaviour: each prefix's effective set (minus the
        longer prefixes), unioned over prefixes with the same entries."""
        key = (device, vrf)
        got = self._fib.get(key)
        if got is not None:
            return got
        s = self.s
        prefixes = self.net.fib_prefixes(device, vrf)
        present = {(network, plen) for network, plen, _ in prefixes}
        lengths = sorted({plen for _, plen in present}, reverse=True)
        nodes = {(network, plen): self.dst_prefix(network, plen) for network, plen in present}
        children: dict[tuple[int, int], list[tuple[int, int]]] = {}
        longer = s.false  # every routed destination: the union of the top-level prefixes
        for network, plen in present:  # the nearest shorter prefix present is the parent
            for length in lengths:
                if length < plen:
                    parent = (network & mask(length), length)
                    if parent in present:
                        children.setdefault(parent, []).append((network, plen))
                        break
            else:
                longer = longer | nodes[(network, plen)]
        by_behaviour: dict[tuple[tuple[str, str | None, str | None], ...], list[object]] = {}
        bkey: tuple[tuple[str, str | None, str | None], ...]
        for network, plen, entries in prefixes:
            eff = nodes[(network, plen)]
            for child in children.get((network, plen), ()):
                eff = eff & ~nodes[child]
            if len(entries) == 1:
                e = entries[0]
                bkey = (
                    (("receive", None, None),)
                    if e.action == "receive"
                    else ((e.action, e.interface, e.next_hop_ip),)
                )
            elif all(e.action == "receive" for e in entries):
                bkey = (("receive", None, None),)  # one class; route() splits it per address
            else:
                bkey = tuple(sorted((e.action, e.interface, e.next_hop_ip) for e in entries))
            slot = by_behaviour.get(bkey)
            if slot is None:
                by_behaviour[bkey] = [eff, list(entries)]
            else:
                slot[0] = slot[0] | eff
                if bkey[0][0] == "receive":
                    slot[1].extend(entries)  # type: ignore[attr-defined]
        got = [(slot[0], slot[1]) for slot in by_behaviour.values()]  # type: ignore[misc]
        self._fib[key] = got
        self._routed[key] = longer
        return got

    def routed(self, device: str, vrf: str) -> Node:
        self.fib_classes(device, vrf)
        return self._routed[(device, vrf)]

    def local_union(self, device: str, vrf: str) -> Node:
        key = (device, vrf)
        got = self._local_union.get(key)
        if got is None:
            got = self.s.false
            for node, _, _ in self.local(device, vrf):
                got = got | node
            self._local_union[key] = got
        return got

    def local_unrouted(self, device: str, vrf: str) -> list[tuple[Node, str, int]]:
        """The device's own addresses that its FIB has no `receive` entry for."""
        key = (device, vrf)
        got = self._unrouted.get(key)
        if got is None:
            have = {
                parse_v4(e.prefix)
                for _, _, entries in self.net.fib_prefixes(device, vrf)
                for e in entries
                if e.action == "receive"
            }
            got = [x for x in self.local(device, vrf) if (x[2], 32) not in have]
            self._unrouted[key] = got
        return got

    def local(self, device: str, vrf: str) -> list[tuple[Node, str, int]]:
        """(dst == address, interface, address) for the device's own addresses in a VRF."""
        key = (device, vrf)
        got = self._local.get(key)
        if got is None:
            got = [
                (self.s.eq("dst", sub.address), sub.interface, sub.address)
                for sub in self.net.device_subnets(device)
                if sub.vrf == vrf
            ]
            self._local[key] = got
        return got


def _pbr_entry(prefix: str, interface: str | None, hop: str | None) -> FibEntry:
    from untapped.analyses.routing.model import Route

    route = Route("", "", prefix, "pbr", hop, interface, 0, 0)
    return FibEntry(prefix, "forward", interface, hop, route)


def on_link_split(net: Net, device: str, interface: str) -> tuple[list[tuple[int, int]], int]:
    """The connected prefixes of an interface (network, plen), and the number of them."""
    subs = net.by_iface.get((device, interface), [])
    return [(s.network, s.plen) for s in subs], len(subs)


def in_prefix(value: int, network: int, plen: int) -> bool:
    return value & mask(plen) == network

"""ACL analysis, exact: which lines can never match, which packets an ACL gives an action, and how
two versions of an ACL differ — over the vendor-neutral `Acl` model, with object groups expanded.

A line whose conditions the model cannot express exactly (time ranges, interface-relative
addresses, unknown objects, DSCP...) is handled conservatively: it is never reported unreachable
unless its whole superset is covered, and it never counts as covering later lines. So every
unreachable line reported is really unreachable; a few may be missed, and `AclReport.inexact`
says which lines made the answer less than complete.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any

import msgspec

from untapped.analyses.packets import TCP_FLAG_BITS, Node, PacketSpace, ip_int
from untapped.model.core import Span
from untapped.model.device import Device
from untapped.model.filters import Acl, AclEntry, AddrMatch, ObjectGroup, PortMatch, PrefixList

PROTOCOLS = {
    "ip": None,
    "ipv4": None,
    "ipv6": None,
    "any": None,
    "icmp": 1,
    "igmp": 2,
    "ipinip": 4,
    "tcp": 6,
    "udp": 17,
    "gre": 47,
    "esp": 50,
    "ahp": 51,
    "ah": 51,
    "icmp6": 58,
    "icmpv6": 58,
    "ipv6-icmp": 58,
    "eigrp": 88,
    "ospf": 89,
    "nos": 94,
    "pim": 103,
    "pcp": 108,
    "vrrp": 112,
    "sctp": 132,
    "l2tp": 115,
}
PORT_PROTOS = (6, 17, 132)


class Inexact(Exception):
    """A condition the packet model cannot represent exactly."""


class Compiled(msgspec.Struct):
    index: int  # position among the ACL's entries (remarks included), 1-based
    entry: AclEntry
    match: Any  # BDD node: a superset of the packets the line matches
    exact: bool  # True when `match` is exactly the line's packets
    src: list[tuple[int, int]] = msgspec.field(default_factory=list)  # (value, care) boxes
    dst: list[tuple[int, int]] = msgspec.field(default_factory=list)


class Unreachable(msgspec.Struct):
    acl: str
    index: int
    line: int
    text: str
    action: str
    reason: str  # shadowed | empty
    blocking: list[tuple[int, int, str]]  # (index, line, text)


class AclReport(msgspec.Struct):
    acl: str
    family: str
    unreachable: list[Unreachable]
    inexact: list[int]  # line numbers whose conditions were approximated


class _Compiler:
    def __init__(self, space: PacketSpace, device: Device) -> None:
        self.s = space
        self.groups = device.object_groups
        self.prefix_lists = device.prefix_lists
        self._seen: set[str] = set()

    # addresses ----------------------------------------------------------------------------
    def addr(self, field: str, m: AddrMatch) -> Node:
        node = self._addr(field, m)
        return ~node if m.negate else node

    def addr_literals(self, field: str, m: AddrMatch) -> dict[str, bool] | None:
        """The address condition as literals when it is one host or wildcard, else None."""
        if m.negate:
            return None
        if m.kind == "any":
            return {}
        if _range_of(m) is not None:
            return None
        if m.kind in ("host", "wildcard") and m.address:
            try:
                return self.s.address_literals(
                    field, m.address, m.wildcard if m.kind == "wildcard" else None
                )
            except ValueError:
                raise Inexact(f"address {m.address}") from None
        return None

    def _addr(self, field: str, m: AddrMatch) -> Node:
        s = self.s
        if m.kind == "any":
            return s.true
        rng = _range_of(m)
        if rng is not None:
            try:
                (v1, lo), (v2, hi) = ip_int(rng[0]), ip_int(rng[1])
            except ValueError:
                raise Inexact(f"address range {m.name}") from None
            if v1 != v2 or (v1 == 6) != (s.family == "ipv6") or lo > hi:
                raise Inexact(f"address range {m.name}")
            return s.range(field, lo, hi)
        if m.kind in ("host", "wildcard"):
            if m.address is None:
                raise Inexact("address")
            try:
                return s.address(field, m.address, m.wildcard if m.kind == "wildcard" else None)
            except ValueError:
                raise Inexact(f"address {m.address}") from None
        if m.kind in ("group", "object"):
            return self.group_addr(field, m.name or "")
        raise Inexact(f"address kind {m.kind}")

    def group_addr(self, field: str, name: str) -> Node:
        group = self.groups.get(name)
        if group is None and name in self.prefix_lists:
            return self.prefix_list_addr(field, name)
        if group is None or name in self._seen:
            raise Inexact(f"object group {name}")
        self._seen.add(name)
        try:
            node = self.s.false
            for a in group.addresses:
                node = node | self.addr(field, a)
            for sub in group.groups:
                node = node | self.group_addr(field, sub)
            return node
        finally:
            self._seen.discard(name)

    def prefix_list_addr(self, field: str, name: str) -> Node:
        """A prefix-list used as an address set (Junos `source-prefix-list`): its prefixes of
        the family (ge/le do not apply to packet addresses)."""
        node = self.s.false
        v6 = self.s.family == "ipv6"
        for e in self.prefix_lists[name].entries:
            try:
                net = ipaddress.ip_network(e.prefix, strict=False)
            except ValueError:
                raise Inexact(f"prefix {e.prefix}") from None
            if (net.version == 6) == v6:
                node = node | self.s.network(field, net)
        return node

    def longest(self, field: str, alts: tuple[AddrMatch, ...]) -> Node:
        """Alternatives matched by longest prefix: an address matches when the longest listed
        prefix that contains it is not negated (Junos `address-list` with `except`)."""
        if not any(a.negate for a in alts):
            node = self.s.false
            for a in alts:
                node = node | self._addr(field, a)
            return node
        items: list[tuple[int, Node, bool]] = []
        for a in alts:
            plen = self._plen(a)
            if plen is None:
                raise Inexact("address list with except")
            items.append((plen, self._addr(field, a), a.negate))
        items.sort(key=lambda x: x[0])
        node = self.s.false
        for _, item, neg in items:
            node = (~item & node) if neg else (item | node)
        return node

    def _plen(self, a: AddrMatch) -> int | None:
        width = 32 if self.s.family == "ipv4" else 128
        if a.kind == "any":
            return 0
        if a.kind == "host" and _range_of(a) is None:
            return width
        if a.kind == "wildcard" and a.wildcard is not None:
            if a.wildcard.isdigit():
                return int(a.wildcard)
            try:
                hostbits = ip_int(a.wildcard)[1]
            except ValueError:
                return None
            if hostbits & (hostbits + 1):
                return None  # not contiguous
            return width - hostbits.bit_length()
        return None

    def boxes_any(self, m: AddrMatch, alts: tuple[AddrMatch, ...]) -> list[tuple[int, int]]:
        if not alts:
            return self.boxes(m)
        if any(a.negate for a in alts):
            return [(0, 0)]
        out: list[tuple[int, int]] = []
        for a in alts:
            out.extend(self.boxes(a))
        return out or [(0, 0)]

    def boxes(self, m: AddrMatch) -> list[tuple[int, int]]:
        """(value, care-mask) boxes that cover the address condition (for the overlap index);
        [(0, 0)] (everything) when the condition is not a plain address set."""
        if m.negate or m.kind == "any" or _range_of(m) is not None:
            return [(0, 0)]
        if m.kind in ("host", "wildcard") and m.address:
            width = 32 if self.s.family == "ipv4" else 128
            full = (1 << width) - 1
            try:
                value = ip_int(m.address)[1]
                if m.kind == "host" or m.wildcard is None:
                    return [(value, full)]
                if m.wildcard.isdigit():
                    plen = int(m.wildcard)
                    care = (full >> (width - plen)) << (width - plen) if plen else 0
                    return [(value & care, care)]
                care = full ^ ip_int(m.wildcard)[1]
                return [(value & care, care)]
            except ValueError:
                return [(0, 0)]
        if m.kind in ("group", "object") and m.name in self.groups and m.name not in self._seen:
            group = self.groups[m.name or ""]
            self._seen.add(m.name or "")
            try:
                out: list[tuple[int, int]] = []
                for a in group.addresses:
                    out.extend(self.boxes(a))
                for sub in group.groups:
                    out.extend(self.boxes(AddrMatch("group", name=sub)))
                return out or [(0, 0)]
            finally:
                self._seen.discard(m.name or "")
        return [(0, 0)]

    # ports --------------------------------------------------------------------------------
    def ports(self, field: str, pm: PortMatch | None) -> Node:
        s = self.s
        if pm is None:
            return s.true
        if pm.op == "eq":
            node = s.false
            for p in pm.ports:
                node = node | s.eq(field, p)
            return node
        if pm.op == "neq":
            node = s.true
            for p in pm.ports:
                node = node & ~s.eq(field, p)
            return node
        if pm.op == "lt":
            return s.range(field, 0, pm.ports[0] - 1)
        if pm.op == "gt":
            return s.range(field, pm.ports[0] + 1, 65535)
        if pm.op == "range":
            return s.range(field, pm.ports[0], pm.ports[1])
        if pm.op == "group":
            group = self.groups.get(pm.name or "")
            if group is None:
                raise Inexact(f"port group {pm.name}")
            node = s.false
            for p2 in group.ports:
                node = node | self.ports(field, p2)
            return node
        raise Inexact(f"port op {pm.op}")

    # protocol -----------------------------------------------------------------------------
    def protocol(self, proto: str) -> tuple[Node, set[int] | None]:
        """The protocol condition, and the protocol numbers it allows (None = any)."""
        s = self.s
        if proto.startswith(("group:", "object:")):
            return self.proto_group(proto.partition(":")[2]), None
        if "," in proto:  # any of several protocols (Junos `protocol [ tcp udp ]`)
            node = s.false
            nums: set[int] | None = set()
            for part in proto.split(","):
                p_node, p_nums = self.protocol(part)
                node = node | p_node
                nums = None if nums is None or p_nums is None else nums | p_nums
            return node, nums
        if proto in PROTOCOLS:
            num = PROTOCOLS[proto]
            return (s.true, None) if num is None else (s.eq("proto", num), {num})
        if proto.isdigit() and int(proto) < 256:
            num = int(proto)
            if num == 0 and self.s.family == "ipv4":
                return s.true, None
            return s.eq("proto", num), {num}
        if proto == "tcp-udp":
            return s.eq("proto", 6) | s.eq("proto", 17), {6, 17}
        raise Inexact(f"protocol {proto}")

    def proto_group(self, name: str) -> Node:
        """A protocol object-group (its protocols) or a service object / object-group used in
        the protocol position (each service: protocol with its source and destination ports)."""
        s = self.s
        group = self.groups.get(name)
        if group is None or name in self._seen or group.kind not in ("protocol", "service"):
            raise Inexact(f"protocol group {name}")
        self._seen.add(name)
        try:
            node = s.false
            for proto in group.protocols if group.kind == "protocol" else ():
                node = node | self.protocol(proto)[0]
            if group.kind == "service":
                if group.ports:  # `object-group service NAME tcp|udp|tcp-udp` with port-objects
                    base = self.protocol(group.protocols[0] if group.protocols else "")[0]
                    for pm in group.ports:
                        node = node | (base & self.ports("dport", pm))
                for proto, sp, dp in group.services:
                    if proto in ("icmp", "icmp6", "icmpv6", "ipv6-icmp"):
                        raise Inexact(f"service {proto}")  # the type is not kept in the model
                    p_node, nums = self.protocol(proto)
                    term = p_node
                    if sp is not None or dp is not None:
                        term = term & self._port_protos(nums)
                        term = term & self.ports("sport", sp) & self.ports("dport", dp)
                    node = node | term
            for sub in group.groups:
                node = node | self.proto_group(sub)
            return node
        finally:
            self._seen.discard(name)

    # whole entry --------------------------------------------------------------------------
    def entry(self, e: AclEntry) -> tuple[Node, bool]:
        """The line's packets. Plain conditions (one protocol, host/wildcard addresses, one port,
        ICMP type) are gathered as literals and built as a single cube; the rest are conjoined."""
        s = self.s
        exact = not (e.extra or e.dscp or e.fragments)
        lits: dict[str, bool] = {}
        nodes: list[Node] = []
        proto_node, nums = self.protocol(e.protocol)
        if nums is not None and len(nums) == 1:
            lits.update(s.literals("proto", next(iter(nums))))
        elif proto_node != s.true:
            nodes.append(proto_node)
        for field, m, alts in (("src", e.src, e.src_any), ("dst", e.dst, e.dst_any)):
            if alts:
                nodes.append(self.longest(field, alts))
                continue
            lit = self.addr_literals(field, m)
            if lit is None:
                nodes.append(self.addr(field, m))
            else:
                lits.update(lit)
        if e.src_ports_any or e.dst_ports_any or e.src_ports is not None or e.dst_ports is not None:
            for field, pm, palts in (
                ("sport", e.src_ports, e.src_ports_any),
                ("dport", e.dst_ports, e.dst_ports_any),
            ):
                if palts:
                    pnode = s.false
                    for alt in palts:
                        pnode = pnode | self.ports(field, alt)
                    nodes.append(pnode)
                    continue
                if pm is None:
                    continue
                if pm.op == "eq" and len(pm.ports) == 1:
                    lits.update(s.literals(field, pm.ports[0]))
                else:
                    nodes.append(self.ports(field, pm))
            if nums is None or len(nums) != 1:
                nodes.append(self._port_protos(nums))
            elif next(iter(nums)) not in PORT_PROTOS:
                return s.false, exact
        if e.established:
            if lits.get("proto_7") is None and nums is None:
                lits.update(s.literals("proto", 6))
            nodes.append(
                s.eq("proto", 6)
                & (s.bit("flags", TCP_FLAG_BITS["ack"]) | s.bit("flags", TCP_FLAG_BITS["rst"]))
            )
        if e.tcp_flags:
            nodes.append(self.flags(e.tcp_flags))
        if e.icmp_name and e.icmp_type is None:
            raise Inexact(f"icmp type {e.icmp_name}")
        if e.icmp_type is not None:
            lits.update(s.literals("icmp_type", e.icmp_type))
            if e.icmp_code is not None:
                lits.update(s.literals("icmp_code", e.icmp_code))
        node = s.bdd.cube(lits) if lits else s.true
        for extra in nodes:
            node = node & extra
        return node, exact

    def _port_protos(self, nums: set[int] | None) -> Node:
        s = self.s
        allowed = PORT_PROTOS if nums is None else [n for n in nums if n in PORT_PROTOS]
        node = s.false
        for n in allowed:
            node = node | s.eq("proto", n)
        return node

    def flags(self, flags: tuple[str, ...]) -> Node:
        s = self.s
        mode = flags[0] if flags[0] in ("match-any", "match-all") else ""
        terms: list[Node] = []
        for f in flags[1:] if mode else flags:
            name = f.lstrip("+-")
            if name not in TCP_FLAG_BITS:
                raise Inexact(f"tcp flag {f}")
            v = s.bit("flags", TCP_FLAG_BITS[name])
            terms.append(~v if f.startswith("-") else v)
        if not terms:
            return s.true
        node = terms[0]
        for t in terms[1:]:
            node = (node | t) if mode == "match-any" else (node & t)
        return node & s.eq("proto", 6)


def _range_of(m: AddrMatch) -> tuple[str, str] | None:
    """An address range (ASA `range A B` objects are kept as a host with name "range A B")."""
    if m.kind == "host" and m.name and m.name.startswith("range "):
        parts = m.name.split()
        if len(parts) == 3:
            return parts[1], parts[2]
    return None


def family_of(acl: Acl) -> str:
    return "ipv6" if acl.family == "ipv6" else "ipv4"


def compile_acl(space: PacketSpace, device: Device, acl: Acl) -> tuple[list[Compiled], list[int]]:
    comp = _Compiler(space, device)
    out: list[Compiled] = []
    inexact: list[int] = []
    for idx, e in enumerate(acl.entries, 1):
        if e.action not in ("permit", "deny") or e.inactive:
            continue
        try:
            node, exact = comp.entry(e)
        except Inexact:
            node, exact = space.true, False  # superset: anything
            inexact.append(e.span.line)
            out.append(Compiled(idx, e, node, False))
            continue
        if not exact:
            inexact.append(e.span.line)
        src_boxes = comp.boxes_any(e.src, e.src_any)
        out.append(Compiled(idx, e, node, exact, src_boxes, comp.boxes_any(e.dst, e.dst_any)))
    return out, inexact


class _OverlapIndex:
    """Earlier exact lines indexed by the contiguous leading prefix of their source and
    destination boxes, so that the lines that can overlap a new line are found without scanning
    them all. `at` holds lines by their own prefix; `below` holds each line under its ancestors at
    byte boundaries (a superset of the descendants of a query prefix, filtered exactly later)."""

    STEP = 8

    def __init__(self, width: int) -> None:
        self.width = width
        self.full = (1 << width) - 1
        self.at: dict[str, dict[tuple[int, int], list[int]]] = {"src": {}, "dst": {}}
        self.below: dict[str, dict[tuple[int, int], list[int]]] = {"src": {}, "dst": {}}
        self.lengths: dict[str, set[int]] = {"src": set(), "dst": set()}
        self.lines: list[Compiled] = []

    def _plen(self, care: int) -> int:
        """Length of the leading run of ones of a care mask."""
        return self.width - (self.full ^ care).bit_length()

    def add(self, c: Compiled) -> None:
        k = len(self.lines)
        self.lines.append(c)
        w, step = self.width, self.STEP
        for dim, boxes in (("src", c.src), ("dst", c.dst)):
            at, below, lengths = self.at[dim], self.below[dim], self.lengths[dim]
            for value, care in boxes:
                plen = self._plen(care)
                lengths.add(plen)
                at.setdefault((plen, value >> (w - plen)), []).append(k)
                for length in range(0, plen, step):
                    below.setdefault((length, value >> (w - length)), []).append(k)

    def _near(self, dim: str, boxes: list[tuple[int, int]]) -> set[int]:
        found: set[int] = set()
        at, below, w = self.at[dim], self.below[dim], self.width
        lengths = self.lengths[dim]
        for value, care in boxes:
            plen = self._plen(care)
            for length in lengths:
                if length <= plen:
                    found.update(at.get((length, value >> (w - length)), ()))
            coarse = plen - plen % self.STEP
            found.update(below.get((coarse, value >> (w - coarse)), ()))
        return found

    def candidates(self, c: Compiled) -> list[Compiled]:
        """Earlier lines whose source and destination boxes both overlap the line's, in order."""
        found = self._near("src", c.src) & self._near("dst", c.dst)
        out = []
        for k in sorted(found):
            b = self.lines[k]
            if _boxes_overlap(b.src, c.src) and _boxes_overlap(b.dst, c.dst):
                out.append(b)
        return out


def _boxes_overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    for va, ca in a:
        for vb, cb in b:
            if (va ^ vb) & ca & cb == 0:
                return True
    return False


def unreachable_lines(
    space: PacketSpace, device: Device, acl: Acl, max_blocking: int = 8
) -> AclReport:
    lines, inexact = compile_acl(space, device, acl)
    return AclReport(
        acl.name, family_of(acl), scan_unreachable(space, acl.name, lines, max_blocking), inexact
    )


def scan_unreachable(
    space: PacketSpace, name: str, lines: list[Compiled], max_blocking: int
) -> list[Unreachable]:
    """The lines of a first-match list that no packet reaches (empty, or covered by earlier
    exact lines), from its compiled lines (`unreachable_lines` compiles them first)."""
    results: list[Unreachable] = []
    index = _OverlapIndex(32 if space.family == "ipv4" else 128)
    acl_name = name
    for c in lines:
        e = c.entry
        superset = c.match  # exact, or a superset when not exact: sound for unreachability
        if superset == space.false:
            results.append(
                Unreachable(acl_name, c.index, e.span.line, e.text, e.action, "empty", [])
            )
        else:
            near = [b for b in index.candidates(c) if (b.match & superset) != space.false]
            unions: list[Node] = []
            covered = space.false
            for b in near:
                covered = covered | b.match
                unions.append(covered)
            if near and superset <= covered:
                found = _blockers(space, near, unions, superset, max_blocking)
                blocking = [(b.index, b.entry.span.line, b.entry.text) for b in found]
                results.append(
                    Unreachable(
                        acl_name, c.index, e.span.line, e.text, e.action, "shadowed", blocking
                    )
                )
        if c.exact:
            index.add(c)
    return results


def _blockers(
    space: PacketSpace, before: list[Compiled], unions: list[Node], target: Node, limit: int
) -> list[Compiled]:
    """Earlier lines that together cover `target`, found by binary search over the prefix unions:
    the last line of the shortest covering prefix is needed; repeat for what it leaves. Then keep
    one line alone when one suffices."""
    chosen: list[Compiled] = []
    rest = target
    hi = len(before)
    while rest != space.false and hi > 0 and len(chosen) < limit:
        lo, top = 0, hi - 1  # smallest k with rest <= unions[k]
        while lo < top:
            mid = (lo + top) // 2
            if rest <= unions[mid]:
                top = mid
            else:
                lo = mid + 1
        chosen.append(before[lo])
        rest = rest & ~before[lo].match
        hi = lo
    for b in chosen:
        if target <= b.match:
            return [b]
    chosen.reverse()
    return chosen


def prefix_list_reports(
    spaces: dict[str, PacketSpace], pl: PrefixList, max_blocking: int = 8
) -> list[AclReport]:
    """Prefix-list entries no route reaches. A route (prefix P/len) is encoded as the
    destination address (its network bits) and its length (in the source-port field): an entry
    `A/n [ge g] [le l]` matches the routes whose first n bits equal A's and whose length lies in
    [g or n, l or (32|128 when g is given, else n)]. Entries are taken in sequence order."""
    entries = list(pl.entries)
    if all(e.seq is not None for e in entries):
        entries.sort(key=lambda e: e.seq or 0)
    by_family: dict[str, list[Compiled]] = {}
    inexact: dict[str, list[int]] = {}
    for idx, e in enumerate(entries, 1):
        try:
            net = ipaddress.ip_network(e.prefix, strict=False)
        except ValueError:
            continue
        fam = "ipv6" if net.version == 6 else "ipv4"
        space = spaces.get(fam) or spaces.setdefault(fam, PacketSpace(fam))
        width = net.max_prefixlen
        plen = net.prefixlen
        lo = e.ge if e.ge is not None else plen
        hi = e.le if e.le is not None else (width if e.ge is not None else plen)
        node = space.network("dst", net) & space.range("sport", max(lo, plen), min(hi, width))
        text = (
            f"{e.action} {e.prefix}"
            + (f" ge {e.ge}" if e.ge is not None else "")
            + (f" le {e.le}" if e.le is not None else "")
        )
        if e.seq is not None:
            text = f"seq {e.seq} {text}"
        entry = AclEntry(Span(pl.span.file, e.line), text, e.action)
        care = ((1 << width) - 1) ^ ((1 << (width - plen)) - 1)
        value = int(net.network_address)
        by_family.setdefault(fam, []).append(
            Compiled(idx, entry, node, True, [(0, 0)], [(value, care)])
        )
        inexact.setdefault(fam, [])
    return [
        AclReport(
            pl.name, fam, scan_unreachable(spaces[fam], pl.name, lines, max_blocking), inexact[fam]
        )
        for fam, lines in by_family.items()
    ]


def action_sets(space: PacketSpace, device: Device, acl: Acl) -> tuple[Node, Node, bool]:
    """(packets permitted, packets denied, exact?) for the ACL with its implicit default."""
    permit, deny, unknown = decided_sets(space, device, acl)
    return permit, deny, unknown == space.false


def decided_sets(space: PacketSpace, device: Device, acl: Acl) -> tuple[Node, Node, Node]:
    """(packets surely permitted, packets surely denied, packets whose fate is unknown): a packet
    that reaches a line whose conditions are not exactly known (a superset is) may or may not
    match it, so its fate is unknown; every other packet's fate is exact."""
    lines, _ = compile_acl(space, device, acl)
    covered = space.false  # packets decided (or of unknown fate) by earlier lines
    permit = space.false
    unknown = space.false
    for c in lines:
        new = c.match & ~covered
        if not c.exact:
            unknown = unknown | new
        elif c.entry.action == "permit":
            permit = permit | new
        covered = covered | c.match
    if acl.default_action == "permit":
        permit = permit | ~covered
    return permit, ~permit & ~unknown, unknown


def deciding_line(
    space: PacketSpace, device: Device, acl: Acl, packet_set: Node
) -> tuple[int, str] | None:
    """The first line that matches some packet of the set (line number and text)."""
    lines, _ = compile_acl(space, device, acl)
    for c in lines:
        if (c.match & packet_set) != space.false:
            return c.entry.span.line, c.entry.text
    return None


def object_groups_of(device: Device) -> dict[str, ObjectGroup]:
    return device.object_groups


def analysable(acls: Iterable[Acl]) -> list[Acl]:
    return [a for a in acls if a.kind != "mac" and a.family in ("ipv4", "ipv6")]

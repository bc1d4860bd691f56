"""Packet sets (BDDs) for people: disjoint cubes merged field by field into header spaces such as
"dst 10.2.0.0/16 tcp dport 22,80-443 src 10.1.0.0/24", each with one concrete example packet."""

from __future__ import annotations

import ipaddress
from typing import Any

from untapped.analyses.packets import PROTO_NAMES, TCP_FLAG_BITS, Node, PacketSpace

Pattern = tuple[int, int]  # (value, care mask)
MERGE_ORDER = ("icmp_code", "icmp_type", "flags", "proto", "dport", "sport", "src", "dst")


def cubes(space: PacketSpace, node: Node, limit: int = 256) -> tuple[list[dict[str, bool]], bool]:
    """Disjoint cubes (paths to true) of a BDD, at most `limit`; (cubes, truncated)."""
    out: list[dict[str, bool]] = []
    false, true = space.false, space.true
    stack: list[tuple[Node, dict[str, bool]]] = [(node, {})]
    while stack:
        n, lits = stack.pop()
        if n == false:
            continue
        if n == true:
            out.append(lits)
            if len(out) >= limit:
                return out, bool(stack)
            continue
        lo, hi = n.low, n.high
        if n.negated:
            lo, hi = ~lo, ~hi
        stack.append((hi, {**lits, n.var: True}))
        stack.append((lo, {**lits, n.var: False}))
    return out, False


def _patterns(space: PacketSpace, lits: dict[str, bool]) -> dict[str, Pattern]:
    out: dict[str, Pattern] = {}
    for field, width in space.fields:
        value = care = 0
        for i, name in enumerate(space.vars[field]):
            b = lits.get(name)
            if b is None:
                continue
            bit = 1 << (width - 1 - i)
            care |= bit
            if b:
                value |= bit
        out[field] = (value, care)
    return out


def groups(space: PacketSpace, node: Node, limit: int = 256) -> tuple[list[dict[str, Any]], bool]:
    """Header spaces: per field a set of (value, care) patterns, merged so that cubes differing
    in one field only become one group."""
    cs, truncated = cubes(space, node, limit)
    items: list[dict[str, frozenset[Pattern]]] = [
        {f: frozenset([p]) for f, p in _patterns(space, c).items()} for c in cs
    ]
    for _ in range(4):  # merge until stable (each pass can enable merges on other fields)
        before = len(items)
        for field in MERGE_ORDER:
            merged: dict[tuple[tuple[str, frozenset[Pattern]], ...], set[Pattern]] = {}
            for it in items:
                key = tuple(sorted((f, v) for f, v in it.items() if f != field))
                merged.setdefault(key, set()).update(it[field])
            items = [{**dict(k), field: frozenset(_normal(v))} for k, v in merged.items()]
        if len(items) == before:
            break
    return items, truncated


def _normal(pats: set[Pattern]) -> set[Pattern]:
    """Join sibling patterns (equal but for one cared bit) so that equal sets compare equal."""
    out = set(pats)
    changed = True
    while changed and len(out) > 1:
        changed = False
        for value, care in sorted(out):
            for bit in _bits(care):
                other = (value ^ bit, care)
                if other in out and (value, care) in out:
                    out.discard((value, care))
                    out.discard(other)
                    out.add((value & ~bit, care & ~bit))
                    changed = True
                    break
    return out


def _bits(care: int) -> list[int]:
    out = []
    while care:
        low = care & -care
        out.append(low)
        care ^= low
    return out


def _prefix_texts(space: PacketSpace, pats: frozenset[Pattern]) -> list[str]:
    width = space.width["dst"]
    make = ipaddress.IPv4Address if width == 32 else ipaddress.IPv6Address
    full = (1 << width) - 1
    nets = []
    other = []
    for value, care in pats:
        plen = width - (full ^ care).bit_length()
        leading = (full >> (width - plen)) << (width - plen) if plen else 0
        if care == leading:
            nets.append(ipaddress.ip_network((value, plen)))
        else:
            other.append(f"{make(value)}/{make(full ^ care)}")  # a wildcard
    out = [str(n) for n in ipaddress.collapse_addresses(nets)] if nets else []  # type: ignore[arg-type,type-var]
    return out + sorted(other)


def address_text(prefixes: list[str]) -> str:
    """Prefixes as text; many prefixes that fill their covering prefix but for a few holes read
    as "10.2.0.0/16 except 10.2.0.1/32"."""
    if len(prefixes) <= 3 or any("/" in p and not p.split("/")[1].isdigit() for p in prefixes):
        return ", ".join(prefixes)
    nets = [ipaddress.ip_network(p) for p in prefixes]
    if len({n.version for n in nets}) != 1:
        return ", ".join(prefixes)
    lo = min(int(n.network_address) for n in nets)
    hi = max(int(n.broadcast_address) for n in nets)
    width = nets[0].max_prefixlen
    plen = width - (lo ^ hi).bit_length()
    hull = ipaddress.ip_network((lo >> (width - plen) << (width - plen), plen))
    holes: list[IPNet] = [hull]
    for n in sorted(nets):
        nxt: list[IPNet] = []
        for h in holes:
            if h.overlaps(n):
                if n.supernet_of(h):  # type: ignore[arg-type,type-var]
                    continue
                nxt.extend(h.address_exclude(n))  # type: ignore[arg-type,type-var]
            else:
                nxt.append(h)
        holes = nxt
        if len(holes) > 64:
            return ", ".join(prefixes)
    holes = list(ipaddress.collapse_addresses(holes))  # type: ignore[arg-type,type-var]
    if len(holes) <= 8:
        return f"{hull} except " + ", ".join(str(h) for h in holes)
    return ", ".join(prefixes)


IPNet = ipaddress.IPv4Network | ipaddress.IPv6Network


def _ranges(width: int, pats: frozenset[Pattern], limit: int = 4096) -> list[tuple[int, int]]:
    full = (1 << width) - 1
    spans: list[tuple[int, int]] = []
    for value, care in pats:
        free = full ^ care
        if free & (free + 1) == 0:  # the free bits are the low ones: one range
            spans.append((value, value | free))
            continue
        bits = [b for b in range(width) if free >> b & 1]
        if 1 << len(bits) > limit:
            spans.append((value, value | free))  # shown as a superset hull; rare for ports
            continue
        for k in range(1 << len(bits)):
            v = value
            for j, b in enumerate(bits):
                if k >> j & 1:
                    v |= 1 << b
            spans.append((v, v))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _range_text(spans: list[tuple[int, int]]) -> str:
    return ",".join(str(lo) if lo == hi else f"{lo}-{hi}" for lo, hi in spans)


def render(space: PacketSpace, group: dict[str, frozenset[Pattern]]) -> dict[str, Any]:
    """A header space as readable fields and one line of text."""
    fields: dict[str, Any] = {}
    words: list[str] = []
    dst = _prefix_texts(space, group["dst"])
    src = _prefix_texts(space, group["src"])
    fields["dst"] = dst
    words.append("dst " + address_text(dst))
    protos = _ranges(8, group["proto"])
    if protos != [(0, 255)]:
        values = [p for lo, hi in protos for p in range(lo, hi + 1)]
        if len(values) <= 8:
            text = ",".join(PROTO_NAMES.get(p, str(p)) for p in values)
        else:
            missing = sorted(set(range(256)) - set(values))
            if len(missing) <= 8:
                text = "not " + ",".join(PROTO_NAMES.get(p, str(p)) for p in missing)
            else:
                text = "protocols " + _range_text(protos)
        fields["protocol"] = text
        words.append(text)
    for port in ("sport", "dport"):
        spans = _ranges(16, group[port])
        if spans != [(0, 65535)]:
            fields[port] = _range_text(spans)
            words.append(f"{port} {fields[port]}")
    for extra, width in (("icmp_type", 8), ("icmp_code", 8)):
        spans = _ranges(width, group[extra])
        if spans != [(0, (1 << width) - 1)]:
            fields[extra] = _range_text(spans)
            words.append(f"{extra.replace('_', '-')} {fields[extra]}")
    flag_pats = group["flags"]
    if any(care for _, care in flag_pats):
        shown = []
        for value, care in sorted(flag_pats):
            parts = []
            for name, b in TCP_FLAG_BITS.items():
                bit = 1 << (5 - b)
                if care & bit:
                    parts.append(("+" if value & bit else "-") + name)
            shown.append(" ".join(parts))
        fields["tcp_flags"] = shown
        words.append("flags " + " | ".join(shown))
    fields["src"] = src
    if src != (["0.0.0.0/0"] if space.width["src"] == 32 else ["::/0"]):
        words.append("from src " + address_text(src))
    return {"text": " ".join(words), "fields": fields}


def group_node(space: PacketSpace, group: dict[str, frozenset[Pattern]]) -> Node:
    node = space.true
    for field, pats in group.items():
        part = space.false
        for value, care in pats:
            part = part | space.masked(field, value, care)
        node = node & part
    return node


PREFERENCES: tuple[tuple[str, int, int], ...] = (
    ("proto", 6, 0xFF),
    ("proto", 1, 0xFF),
    ("proto", 17, 0xFF),
    ("flags", 0b000010, 0b111111),  # a TCP SYN
    ("icmp_type", 8, 0xFF),
    ("dport", 80, 0xFFFF),
    ("sport", 49152, 0xFFFF),
    ("dst", 0x0A, 0xFF),  # a host (.10) rather than the network or the router's address
    ("dst", 1, 1),
    ("src", 0x0A, 0xFF),
    ("src", 1, 1),
)


def example(space: PacketSpace, node: Node) -> dict[str, int] | None:
    """One packet of the set, steered toward readable values (TCP SYN to port 80, host
    addresses rather than network addresses) where the set allows."""
    if "dst" in space.width:  # not 0.0.0.0/8 ("this network"): no real packet goes there
        narrowed = node & ~space.prefix("dst", 0, 8)
        if narrowed != space.false:
            node = narrowed
    for field, value, care in PREFERENCES:
        narrowed = node & space.masked(field, value, care)
        if narrowed != space.false:
            node = narrowed
    return space.example(node)

"""Exact packet sets as binary decision diagrams, behind a small `PacketSpace` interface.

A packet header is a bit vector of fields (protocol, source and destination address, ports, TCP
flags, ICMP type and code); a set of packets is a BDD over those bits. The default backend is
CUDD (`dd.cudd`, dynamic reordering off so that results and timings are repeatable); the
pure-Python `dd.autoref` backend implements the same interface and serves as a test oracle.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import Any

FIELDS_V4: tuple[tuple[str, int], ...] = (
    ("proto", 8),
    ("src", 32),
    ("dst", 32),
    ("sport", 16),
    ("dport", 16),
    ("flags", 6),
    ("icmp_type", 8),
    ("icmp_code", 8),
)
FIELDS_V6: tuple[tuple[str, int], ...] = (
    ("proto", 8),
    ("src", 128),
    ("dst", 128),
    ("sport", 16),
    ("dport", 16),
    ("flags", 6),
    ("icmp_type", 8),
    ("icmp_code", 8),
)
TCP_FLAG_BITS = {"urg": 0, "ack": 1, "psh": 2, "rst": 3, "syn": 4, "fin": 5}

Node = Any  # a BDD node of the chosen backend


@lru_cache(maxsize=65536)
def ip_int(text: str) -> tuple[int, int]:
    ip = ipaddress.ip_address(text)
    return ip.version, int(ip)


def _backend(name: str) -> Any:
    if name == "cudd":
        try:
            import dd.cudd as mod

            return mod
        except ImportError:  # pragma: no cover - dd built without CUDD
            name = "autoref"
    import dd.autoref as mod2

    return mod2


class PacketSpace:
    """A BDD manager with the header fields of one address family declared."""

    def __init__(self, family: str = "ipv4", backend: str = "cudd") -> None:
        mod = _backend(backend)
        self.backend = mod.__name__
        self.bdd = mod.BDD()
        if hasattr(self.bdd, "configure"):
            self.bdd.configure(reordering=False)
        self.family = family
        self.fields = FIELDS_V4 if family == "ipv4" else FIELDS_V6
        self.width = dict(self.fields)
        self.vars: dict[str, list[str]] = {}
        names: list[str] = []
        for field, width in self.fields:
            self.vars[field] = [f"{field}_{i}" for i in range(width)]  # index 0 = most significant
            names.extend(self.vars[field])
        self.bdd.declare(*names)
        self._var = {n: self.bdd.var(n) for n in names}
        self.true = self.bdd.true
        self.false = self.bdd.false
        self._lits: dict[tuple[str, int, int], dict[str, bool]] = {}

    # ---- building blocks -------------------------------------------------------------------
    def bit(self, field: str, index: int) -> Node:
        return self._var[self.vars[field][index]]

    def literals(self, field: str, value: int, care: int | None = None) -> dict[str, bool]:
        """The literals (variable -> bit) of `field == value` on the bits of `care` (all bits
        when None). Shared, do not modify the returned dict."""
        width = self.width[field]
        if care is None:
            care = (1 << width) - 1
        key = (field, value & care, care)
        lits = self._lits.get(key)
        if lits is None:
            names = self.vars[field]
            lits = {
                names[i]: bool((value >> (width - 1 - i)) & 1)
                for i in range(width)
                if (care >> (width - 1 - i)) & 1
            }
            self._lits[key] = lits
        return lits

    def masked(self, field: str, value: int, care: int) -> Node:
        """Packets whose `field` equals `value` on the bits set in `care` (a mask)."""
        lits = self.literals(field, value, care)
        return self.bdd.cube(lits) if lits else self.true

    def address_literals(self, field: str, address: str, wildcard: str | None) -> dict[str, bool]:
        version, value = ip_int(address)
        width = self.width[field]
        if (version == 6) != (width == 128):
            raise ValueError(f"address {address} does not fit {self.family}")
        full = (1 << width) - 1
        if wildcard is None:
            care = full
        elif version == 6 or wildcard.isdigit():
            plen = int(wildcard)
            care = (full >> (width - plen)) << (width - plen) if plen else 0
        else:
            care = full ^ ip_int(wildcard)[1]
        return self.literals(field, value, care)

    def subset(self, a: Node, b: Node) -> bool:
        """Is every packet of `a` in `b`? (no intermediate BDD is built)"""
        return bool(a <= b)

    def eq(self, field: str, value: int) -> Node:
        return self.masked(field, value, (1 << self.width[field]) - 1)

    def prefix(self, field: str, value: int, length: int) -> Node:
        width = self.width[field]
        care = ((1 << length) - 1) << (width - length) if length else 0
        return self.masked(field, value, care)

    def ge(self, field: str, lo: int) -> Node:
        """Packets with field >= lo (unsigned)."""
        width = self.width[field]
        if lo <= 0:
            return self.true
        if lo >= 1 << width:
            return self.false
        node = self.true  # suffix comparison built from the least significant bit upwards
        for i in range(width - 1, -1, -1):
            shift = width - 1 - i
            v = self.bit(field, i)
            node = (v | node) if (lo >> shift) & 1 == 0 else (v & node)
        return node

    def le(self, field: str, hi: int) -> Node:
        width = self.width[field]
        if hi < 0:
            return self.false
        if hi >= (1 << width) - 1:
            return self.true
        node = self.true
        for i in range(width - 1, -1, -1):
            shift = width - 1 - i
            v = self.bit(field, i)
            node = (~v | node) if (hi >> shift) & 1 else (~v & node)
        return node

    def range(self, field: str, lo: int, hi: int) -> Node:
        if lo > hi:
            return self.false
        return self.ge(field, lo) & self.le(field, hi)

    def address(self, field: str, address: str, wildcard: str | None) -> Node:
        """A host (wildcard None), a Cisco wildcard (IPv4, any bits, also non-contiguous), or an
        IPv6 prefix length given as text in `wildcard`."""
        lits = self.address_literals(field, address, wildcard)
        return self.bdd.cube(lits) if lits else self.true

    def network(self, field: str, net: ipaddress.IPv4Network | ipaddress.IPv6Network) -> Node:
        return self.prefix(field, int(net.network_address), net.prefixlen)

    # ---- reading back ----------------------------------------------------------------------
    def is_empty(self, node: Node) -> bool:
        return bool(node == self.false)

    def example(self, node: Node) -> dict[str, int] | None:
        """One packet of the set (fields as integers), preferring zero bits (readable)."""
        if node == self.false:
            return None
        assignment = self.bdd.pick(node)
        if assignment is None:
            return None
        out: dict[str, int] = {}
        for field, width in self.fields:
            value = 0
            for i, name in enumerate(self.vars[field]):
                if assignment.get(name):
                    value |= 1 << (width - 1 - i)
            out[field] = value
        return out

    def describe(self, packet: dict[str, int]) -> dict[str, Any]:
        """A packet for people: addresses as text, protocol and flags named."""
        make = ipaddress.IPv4Address if self.family == "ipv4" else ipaddress.IPv6Address
        proto = packet["proto"]
        out: dict[str, Any] = {
            "src": str(make(packet["src"])),
            "dst": str(make(packet["dst"])),
            "protocol": PROTO_NAMES.get(proto, str(proto)),
        }
        if proto in (6, 17, 132):
            out["sport"] = packet["sport"]
            out["dport"] = packet["dport"]
        if proto == 6:
            flags = [n for n, b in TCP_FLAG_BITS.items() if packet["flags"] >> (5 - b) & 1]
            out["tcp_flags"] = flags
        if proto in (1, 58):
            out["icmp_type"] = packet["icmp_type"]
            out["icmp_code"] = packet["icmp_code"]
        return out


PROTO_NAMES = {
    1: "icmp",
    2: "igmp",
    4: "ipinip",
    6: "tcp",
    17: "udp",
    41: "ipv6",
    47: "gre",
    50: "esp",
    51: "ah",
    58: "icmpv6",
    88: "eigrp",
    89: "ospf",
    103: "pim",
    112: "vrrp",
    132: "sctp",
}

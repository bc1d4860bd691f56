"""Addresses as ints inside the routing analyses; text only at the edges."""

from __future__ import annotations

import ipaddress
from functools import lru_cache

# (family, network int, prefix length); family is 4 or 6.
PrefixKey = tuple[int, int, int]

DISCARD_INTERFACES = frozenset({"null0", "null", "discard", "reject", "blackhole", "null 0"})


def is_discard(interface: str | None) -> bool:
    return interface is not None and interface.lower().replace(" ", "") in DISCARD_INTERFACES


@lru_cache(maxsize=200_000)
def parse_prefix(text: str) -> PrefixKey | None:
    """'10.1.0.0/24' (host bits tolerated) -> (4, int, 24); None when not a prefix."""
    try:
        net = ipaddress.ip_network(text, strict=False)
    except ValueError:
        return None
    return (net.version, int(net.network_address), net.prefixlen)


@lru_cache(maxsize=200_000)
def parse_interface_address(text: str) -> tuple[int, int, int] | None:
    """'10.1.0.1/24' -> (family, address int, prefix length)."""
    try:
        itf = ipaddress.ip_interface(text)
    except ValueError:
        return None
    return (itf.version, int(itf.ip), itf.network.prefixlen)


@lru_cache(maxsize=200_000)
def parse_address(text: str) -> tuple[int, int] | None:
    """'10.1.0.1' -> (4, int); None when not an address."""
    try:
        a = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None
    return (a.version, int(a))


def bits(family: int) -> int:
    return 32 if family == 4 else 128


def network_of(family: int, address: int, plen: int) -> int:
    width = bits(family)
    if plen == 0:
        return 0
    mask = ((1 << plen) - 1) << (width - plen)
    return address & mask


@lru_cache(maxsize=400_000)
def prefix_text(family: int, net: int, plen: int) -> str:
    if family == 4:
        return f"{ipaddress.IPv4Address(net)}/{plen}"
    return f"{ipaddress.IPv6Address(net)}/{plen}"


@lru_cache(maxsize=400_000)
def address_text(family: int, address: int) -> str:
    if family == 4:
        return str(ipaddress.IPv4Address(address))
    return str(ipaddress.IPv6Address(address))


def contains(outer: PrefixKey, inner: PrefixKey) -> bool:
    """True when `inner` is inside (or equal to) `outer`."""
    if outer[0] != inner[0] or inner[2] < outer[2]:
        return False
    return network_of(outer[0], inner[1], outer[2]) == outer[1]


def packed(family: int, address: int) -> bytes:
    return address.to_bytes(4 if family == 4 else 16, "big")

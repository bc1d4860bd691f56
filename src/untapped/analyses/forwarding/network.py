"""The network the data-plane analyses forward over: parsed devices plus the computed `DataPlane`,
with the indexes trace and reach need (longest-prefix match, address owners, connected subnets)
and the parsing of locations (`DEVICE`, `DEVICE:IF`, an address or a prefix).

IPv4 only: addresses are 32-bit ints inside.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

import msgspec

from untapped.analyses.routing.model import DataPlane, FibEntry
from untapped.model.device import Device
from untapped.model.net import Interface


class LocationError(ValueError):
    """A location the snapshot does not have (a usage error for the CLI)."""


@lru_cache(maxsize=1 << 16)
def parse_v4(text: str) -> tuple[int, int] | None:
    """(network int, prefix length) of "10.1.0.0/16" or "10.1.2.3" (a /32); None when not IPv4."""
    addr, sep, plen_s = text.partition("/")
    parts = addr.split(".")
    if len(parts) == 4 and all(p.isdigit() and len(p) <= 3 for p in parts):
        value = 0
        for part in parts:
            octet = int(part)
            if octet > 255:
                return None
            value = value << 8 | octet
        if not sep:
            return value, 32
        if plen_s.isdigit() and int(plen_s) <= 32:
            plen = int(plen_s)
            return value & mask(plen), plen
    try:
        net = ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        return None
    if net.version != 4:
        return None
    return int(net.network_address), net.prefixlen


def v4_text(value: int) -> str:
    return str(ipaddress.IPv4Address(value))


def prefix_text(value: int, plen: int) -> str:
    return f"{v4_text(value)}/{plen}"


def mask(plen: int) -> int:
    return ((1 << plen) - 1) << (32 - plen) if plen else 0


class Subnet(msgspec.Struct, frozen=True):
    device: str
    interface: str
    vrf: str
    address: int  # the interface's own address
    network: int
    plen: int

    def contains(self, value: int) -> bool:
        return value & mask(self.plen) == self.network


class Location(msgspec.Struct, frozen=True):
    """Where packets start or end: a device, an interface, or a prefix (value/plen)."""

    kind: str  # device | interface | prefix | outside
    device: str | None = None
    interface: str | None = None
    network: int = 0
    plen: int = 0

    def text(self) -> str:
        if self.kind == "device":
            return self.device or ""
        if self.kind == "interface":
            return f"{self.device}:{self.interface}"
        if self.kind == "outside":
            return "outside"
        return prefix_text(self.network, self.plen)


class Net:
    """Devices + data plane, indexed."""

    def __init__(self, devices: Iterable[Device], dp: DataPlane) -> None:
        self.devices: dict[str, Device] = {}
        for d in devices:
            self.devices.setdefault(d.name, d)
        self.dp = dp
        self.subnets: list[Subnet] = []
        self.owners: dict[int, list[tuple[str, str]]] = {}
        self.by_iface: dict[tuple[str, str], list[Subnet]] = {}
        for dev in self.devices.values():
            for iface in dev.interfaces.values():
                if iface.shutdown:
                    continue
                vrf = iface.vrf or "default"
                for a in iface.addresses:
                    addr, _, plen_s = a.address.partition("/")
                    got = parse_v4(addr)
                    if got is None:
                        continue
                    value = got[0]
                    plen = int(plen_s) if plen_s.isdigit() else 32
                    sub = Subnet(dev.name, iface.name, vrf, value, value & mask(plen), plen)
                    self.subnets.append(sub)
                    self.by_iface.setdefault((dev.name, iface.name), []).append(sub)
                    self.owners.setdefault(value, []).append((dev.name, iface.name))
        self._by_device: dict[str, list[Subnet]] = {}
        lengths = sorted({s.plen for s in self.subnets})
        self._members: dict[tuple[int, int], list[Subnet]] = {}
        for sub in self.subnets:
            self._by_device.setdefault(sub.device, []).append(sub)
            for plen in lengths:
                self._members.setdefault((sub.address & mask(plen), plen), []).append(sub)
        self._tables: dict[tuple[str, str], dict[int, dict[int, list[FibEntry]]]] = {}
        self._lengths: dict[tuple[str, str], list[int]] = {}
        for key, entries in dp.fibs.items():
            table: dict[int, dict[int, list[FibEntry]]] = {}
            for e in entries:
                got = parse_v4(e.prefix)
                if got is None:
                    continue
                table.setdefault(got[1], {}).setdefault(got[0], []).append(e)
            self._tables[key] = table
            self._lengths[key] = sorted(table, reverse=True)

    # ---- lookups ---------------------------------------------------------------------------
    def lookup(self, device: str, vrf: str, value: int) -> tuple[str, list[FibEntry]]:
        """Longest-prefix match: (matched prefix text, entries (ECMP)); ("", []) when none."""
        key = (device, vrf)
        table = self._tables.get(key)
        if not table:
            return "", []
        for plen in self._lengths[key]:
            got = table[plen].get(value & mask(plen))
            if got:
                return prefix_text(value & mask(plen), plen), got
        return "", []

    def fib_prefixes(self, device: str, vrf: str) -> list[tuple[int, int, list[FibEntry]]]:
        """(network, plen, entries) of a FIB, longest prefixes first."""
        table = self._tables.get((device, vrf), {})
        return [
            (net, plen, entries)
            for plen in self._lengths.get((device, vrf), [])
            for net, entries in table[plen].items()
        ]

    def interface_vrf(self, device: str, interface: str) -> str:
        dev = self.devices.get(device)
        iface = dev.interfaces.get(interface) if dev else None
        return (iface.vrf if iface else None) or "default"

    def interface(self, device: str, interface: str | None) -> Interface | None:
        dev = self.devices.get(device)
        if dev is None or interface is None:
            return None
        return dev.interfaces.get(interface)

    def owner_of(self, value: int) -> list[tuple[str, str]]:
        return self.owners.get(value, [])

    def device_subnets(self, device: str) -> list[Subnet]:
        return self._by_device.get(device, [])

    def members(self, network: int, plen: int) -> list[Subnet]:
        """The interfaces whose address lies in a prefix (only prefix lengths of subnets)."""
        return self._members.get((network, plen), [])

    def device_addresses(self, device: str, vrf: str | None = None) -> list[int]:
        return [s.address for s in self.device_subnets(device) if vrf is None or s.vrf == vrf]

    def connected(self, value: int) -> list[Subnet]:
        """The subnets (interfaces) whose connected prefix contains the address."""
        return [s for s in self.subnets if s.contains(value)]

    def status_problem(self, device: str) -> str | None:
        """Why answers through this device are unknown, or None when its routes are trusted."""
        if not self.dp.converged:
            return f"the data plane did not converge after {self.dp.iterations} iterations"
        st = self.dp.status.get(device)
        if st is None:
            return None if device in self.devices else f"device {device} is not in the snapshot"
        if st.status == "ok":
            return None
        why = "; ".join([*st.unsupported, *st.notes]) or "no detail"
        return f"routes of {device} are {st.status} ({why})"

    # ---- locations -------------------------------------------------------------------------
    def location(self, text: str) -> Location:
        text = text.strip()
        if text.lower() in ("outside", "external", "internet"):
            return Location("outside")
        if text in self.devices:
            return Location("device", text)
        got = parse_v4(text)
        if got is not None:
            return Location("prefix", network=got[0], plen=got[1])
        dev, sep, iface = text.partition(":")
        if sep and dev in self.devices:
            d = self.devices[dev]
            name = iface if iface in d.interfaces else _match_interface(d, iface)
            if name is None:
                raise LocationError(f"device {dev} has no interface {iface!r}")
            return Location("interface", dev, name)
        if sep:
            raise LocationError(f"no device named {dev!r} in the snapshot")
        raise LocationError(f"not a device, DEVICE:INTERFACE, address or prefix: {text!r}")


def _match_interface(dev: Device, name: str) -> str | None:
    low = name.lower().replace(" ", "")
    for n in dev.interfaces:
        if n.lower().replace(" ", "") == low:
            return n
    return None

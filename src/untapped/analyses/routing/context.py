"""Per-device facts the protocols share: interface VRFs, addresses, distances, status."""

from __future__ import annotations

from untapped.analyses.routing import distance
from untapped.analyses.routing.addr import network_of, parse_interface_address
from untapped.analyses.routing.model import DeviceStatus
from untapped.model.device import Device

DEFAULT_VRF = "default"
# Names vendors give the global table.
_GLOBAL_NAMES = frozenset({"default", "global", "public", "inet", "inet6", "master", "_public_"})


def vrf_name(name: str | None) -> str:
    if name is None or name.lower() in _GLOBAL_NAMES:
        return DEFAULT_VRF
    return name


class IfAddr:
    """One address of an up interface."""

    __slots__ = ("family", "interface", "ip", "net", "plen", "secondary", "vrf")

    def __init__(
        self, interface: str, vrf: str, family: int, ip: int, plen: int, secondary: bool
    ) -> None:
        self.interface = interface
        self.vrf = vrf
        self.family = family
        self.ip = ip
        self.plen = plen
        self.net = network_of(family, ip, plen)
        self.secondary = secondary


class DeviceCtx:
    __slots__ = ("ad", "addrs", "dev", "dialect", "iface_vrf", "lower", "name", "status", "up")

    def __init__(self, dev: Device) -> None:
        self.dev = dev
        self.name = dev.name
        self.dialect = dev.dialect
        self.ad = distance.table(dev.dialect)
        self.iface_vrf: dict[str, str] = {}
        self.lower: dict[str, str] = {}  # lower-case interface name -> name
        self.addrs: list[IfAddr] = []
        self.up: set[str] = set()
        self.status = DeviceStatus(dev.name)
        for itf in dev.interfaces.values():
            vrf = vrf_name(itf.vrf)
            self.iface_vrf[itf.name] = vrf
            self.lower[itf.name.lower()] = itf.name
            if itf.shutdown:
                continue
            self.up.add(itf.name)
            for a in (*itf.addresses, *itf.addresses6):
                parsed = parse_interface_address(a.address)
                if parsed is None:
                    continue
                fam, ip, plen = parsed
                if fam == 6 and ip >> 118 == 0x3FA:  # fe80::/10 link-local
                    continue
                self.addrs.append(IfAddr(itf.name, vrf, fam, ip, plen, a.secondary))

    def interface(self, name: str | None) -> str | None:
        """The configured interface matching `name` (case-insensitively), or None."""
        if name is None:
            return None
        if name in self.iface_vrf:
            return name
        return self.lower.get(name.lower().replace(" ", ""))

    def unsupported(self, what: str) -> None:
        if what not in self.status.unsupported:
            self.status.unsupported.append(what)
        if self.status.status == "ok":
            self.status.status = "partial"

    def vrfs(self) -> set[str]:
        out = {DEFAULT_VRF}
        out.update(vrf_name(v) for v in self.dev.vrfs)
        out.update(self.iface_vrf.values())
        return out

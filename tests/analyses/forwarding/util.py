"""A minimal data plane (connected + static routes) for unit tests of the forwarding analyses,
independent of the control plane's engine."""

from __future__ import annotations

import ipaddress

from untapped.analyses.routing.model import DataPlane, DeviceStatus, FibEntry, Route
from untapped.model.device import Device


def simple_dataplane(devices: list[Device], status: dict[str, str] | None = None) -> DataPlane:
    fibs: dict[tuple[str, str], list[FibEntry]] = {}
    ribs: dict[tuple[str, str], list[Route]] = {}
    for dev in devices:
        connected: list[tuple[ipaddress.IPv4Network, str, str]] = []
        for iface in dev.interfaces.values():
            if iface.shutdown:
                continue
            for a in iface.addresses:
                net = ipaddress.ip_interface(a.address).network
                vrf = iface.vrf or "default"
                connected.append((net, iface.name, vrf))
                r = Route(dev.name, vrf, str(net), "connected", None, iface.name, 0, 0)
                ribs.setdefault((dev.name, vrf), []).append(r)
                fibs.setdefault((dev.name, vrf), []).append(
                    FibEntry(str(net), "forward", iface.name, None, r)
                )
        for sr in dev.static_routes:
            vrf = sr.vrf or "default"
            r = Route(
                dev.name,
                vrf,
                sr.prefix,
                "static",
                sr.next_hop,
                sr.interface,
                sr.distance,
                0,
                line=sr.span.line,
            )
            ribs.setdefault((dev.name, vrf), []).append(r)
            if sr.interface and sr.interface.lower().startswith("null"):
                fibs.setdefault((dev.name, vrf), []).append(
                    FibEntry(sr.prefix, "drop", sr.interface, None, r)
                )
                continue
            out = sr.interface
            if out is None and sr.next_hop:
                nh = ipaddress.ip_address(sr.next_hop)
                out = next((i for n, i, v in connected if v == vrf and nh in n), None)
            if out is None:
                continue
            fibs.setdefault((dev.name, vrf), []).append(
                FibEntry(sr.prefix, "forward", out, sr.next_hop, r)
            )
    st = {d.name: DeviceStatus(d.name, (status or {}).get(d.name, "ok")) for d in devices}
    return DataPlane(ribs, fibs, [], st)


def parse_ios(name: str, text: str) -> Device:
    from untapped.collect.files import Artifact
    from untapped.dialects import get

    art = Artifact(f"{name}.cfg", text)
    return get("cisco_ios").parse(art).device

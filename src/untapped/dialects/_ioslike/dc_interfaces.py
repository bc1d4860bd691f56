"""Data-centre IOS-like handlers (NX-OS, EOS): interfaces (see dc.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import (
    is_ip,
    is_ipv4,
    network_from_mask,
)
from untapped.dialects._ioslike.dc_base import after, unq
from untapped.dialects._ioslike.dc_parser import DcParser, H
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.model.net import (
    IfAddress,
    Interface,
    StaticRoute,
    Tunnel,
    Vlan,
    Vrf,
)


# ---- hostname, VLANs -----------------------------------------------------------------------
def h_hostname(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if not neg:
        p.device.name = unq(t[i])
        p.device.hostname_line = ln


def expand_vlans(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            lo, hi = int(a), int(b)
            if hi - lo > 4094:
                raise ValueError(part)
            out.extend(range(lo, hi + 1))
        elif part:
            out.append(int(part))
    return out


def h_vlan(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if t[i] in ("configuration", "access-map", "filter", "internal", "dot1q"):
        return UNRECOGNIZED
    ids = expand_vlans("".join(t[i:]))
    if neg:
        for v in ids:
            p.device.vlans.pop(v, None)
        return None
    vlans = []
    for v in ids:
        vlan = p.device.vlans.get(v)
        if vlan is None:
            vlan = p.device.vlans[v] = Vlan(v, p.device.span(ln))
        p.define("vlan", str(v), ln)
        vlans.append(vlan)
    return p.modes["vlan"], vlans


def h_vlan_name(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    for vlan in obj or ():
        vlan.name = None if neg else " ".join(t[i:])


def h_vlan_rspan(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    for vlan in obj or ():
        vlan.remote_span = not neg


# ---- interfaces ----------------------------------------------------------------------------
def h_interface(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    name = "".join(t[i:]).rstrip(",")
    if neg:
        p.device.interfaces.pop(name, None)
        return None
    iface = p.device.interfaces.get(name)
    if iface is None:
        iface = p.device.interfaces[name] = Interface(name, p.device.span(ln))
    p.define("interface", name, ln)
    if name.lower().startswith("tunnel"):
        iface.tunnel = iface.tunnel or Tunnel()
    return p.modes["interface"], iface


def h_if_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `vrf member V`, EOS `vrf V` / `vrf forwarding V` (as IOS `vrf forwarding V`)."""
    from untapped.dialects._ioslike.ios_delegated import h_vrf_forwarding

    if i < len(t) and t[i] in ("member", "forwarding"):
        i += 1
    return h_vrf_forwarding(p, t, i, ln, neg, obj)  # type: ignore[arg-type]


def h_if_ip_address(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip address A/len [secondary]`, EOS `ip address virtual A/len` and `ip address
    unnumbered IF`; the rest as IOS."""
    from untapped.dialects._ioslike.ios_delegated import h_ip_address

    if i < len(t) and t[i] == "virtual":
        i += 1
    if i < len(t) and t[i] == "unnumbered" and not neg:
        obj.unnumbered = t[i + 1]
        return None
    return h_ip_address(p, t, i, ln, neg, obj)  # type: ignore[arg-type]


def h_if_ipv6_address(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    iface: Interface = obj
    if neg:
        iface.addresses6.clear()
        return None
    if t[i] == "virtual":
        i += 1
    if "/" in t[i]:
        iface.addresses6.append(IfAddress(t[i], "secondary" in t))
        return None
    if t[i] in ("autoconfig", "dhcp", "use-link-local-only") or "link-local" in t[i:]:
        return None
    return UNRECOGNIZED


def h_if_access_group(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip access-group N in|out`, `ip port access-group N in`, `ipv6 [port] traffic-filter N in`,
    `ipv6 access-group N in` (EOS)."""
    iface: Interface = obj
    six = t[1 if neg else 0] == "ipv6"
    name = t[i]
    direction = t[i + 1] if i + 1 < len(t) else "in"
    if direction not in ("in", "out"):
        return UNRECOGNIZED
    attr = f"acl6_{direction}" if six else f"acl_{direction}"
    if neg:
        setattr(iface, attr, None)
        return None
    setattr(iface, attr, name)
    kind = "ipv6 access-list" if six else "ip access-list"
    p.ref(kind, name, f"interface {' '.join(t[:i])} {direction}".replace("no ", ""), ln)
    return None


def h_if_policy(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip policy route-map R` (NX-OS), `service-policy type pbr input P` (EOS)."""
    iface: Interface = obj
    name = t[-1]
    iface.policy_route_map = None if neg else name
    if not neg:
        p.ref("route-map", name, "interface ip policy route-map", ln)


def h_if_flow_monitor(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip flow monitor M input|output [sampler S]`."""
    iface: Interface = obj
    name = t[i]
    direction = "output" if "output" in t else "input"
    if neg:
        iface.flow_monitors = [m for m in iface.flow_monitors if not m.startswith(name + " ")]
        return None
    iface.flow_monitors.append(f"{name} {direction}")
    p.ref("flow monitor", name, f"interface ip flow monitor {direction}", ln)
    s = after(t, "sampler")
    if s:
        iface.sampler = s
        p.ref("sampler", s, "interface ip flow monitor sampler", ln)
    return None


def h_if_tunnel(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`tunnel source|destination|mode|key ...` as IOS; EOS `tunnel underlay vrf V`."""
    from untapped.dialects._ioslike.ios_delegated import h_tunnel

    if t[i] == "underlay":
        i += 1
    elif t[i] == "use-vrf":  # NX-OS
        t = [*t[:i], "vrf", *t[i + 1 :]]
    elif t[i] == "ipsec" and t[i + 1] == "profile":  # EOS `tunnel ipsec profile P`
        if obj.tunnel is None:
            obj.tunnel = Tunnel()
        obj.tunnel.protection = None if neg else t[i + 2]
        if not neg:
            p.ref("crypto ipsec profile", t[i + 2], "interface tunnel ipsec profile", ln)
        return None
    if t[i] in ("dont-fragment", "ipsec", "mtu", "ttl", "tos"):
        return None
    return h_tunnel(p, t, i, ln, neg, obj)  # type: ignore[arg-type]


# ---- VRFs and static routes ----------------------------------------------------------------
def h_vrf_block(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `vrf context V`, EOS `vrf instance V` / `vrf definition V`."""
    name = t[i]
    if neg:
        return None
    vrf = p.device.vrfs.get(name)
    if vrf is None:
        vrf = p.device.vrfs[name] = Vrf(name, p.device.span(ln))
    p.define("vrf", name, ln)
    return p.modes["vrf"], vrf


def h_vrf_rd(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if isinstance(obj, Vrf) and not neg:
        obj.rd = t[i]


def h_vrf_rt(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    vrf = obj if isinstance(obj, Vrf) else None
    if vrf is None or neg:
        return None
    kind = t[i]
    values = [v for v in t[i + 1 :] if v not in ("evpn", "auto", "ipv4", "ipv6", "unicast")]
    if kind in ("import", "both"):
        vrf.import_targets.extend(values)
    if kind in ("export", "both"):
        vrf.export_targets.extend(values)
    return None


def route_from(p: DcParser, t: list[str], j: int, ln: int, vrf: str | None) -> StaticRoute | None:
    """`PREFIX[/len] [MASK] [IF] [NH] [vrf V] [DIST] [tag T] [name N] [track N]` at t[j]."""
    first = t[j]
    if "/" in first:
        prefix = first
        j += 1
    elif is_ipv4(first) and j + 1 < len(t) and is_ipv4(t[j + 1]):
        got = network_from_mask(first, t[j + 1])
        if got is None:
            return None
        prefix = got
        j += 2
    else:
        return None
    route = StaticRoute(prefix, p.device.span(ln), vrf=vrf)
    n = len(t)
    while j < n:
        tok = t[j]
        if "/" in tok and is_ip(tok.split("/")[0]) and route.next_hop is None:
            route.next_hop = tok.split("/")[0]
        elif is_ip(tok) and route.next_hop is None:
            route.next_hop = tok
        elif tok.isdigit() and (route.next_hop or route.interface):
            route.distance = int(tok)
        elif tok == "tag" and j + 1 < n:
            route.tag = int(t[j + 1]) if t[j + 1].isdigit() else None
            j += 1
        elif tok == "name" and j + 1 < n:
            route.name = unq(t[j + 1])
            j += 1
        elif tok == "track" and j + 1 < n:
            route.track = int(t[j + 1])
            j += 1
        elif tok == "vrf" and j + 1 < n:
            route.nh_vrf = t[j + 1]
            p.ref("vrf", t[j + 1], "ip route next-hop vrf", ln)
            j += 1
        elif tok in ("metric", "label") and j + 1 < n:
            j += 1
        elif route.interface is None and route.next_hop is None and not tok.isdigit():
            route.interface = tok
        j += 1
    return route


def h_ip_route(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip[v6] route [vrf V] PREFIX ...`; inside `vrf context V` the VRF is the block's."""
    if neg:
        return None
    vrf = obj.name if isinstance(obj, Vrf) else None
    j = i
    if t[j] == "vrf":
        vrf = t[j + 1]
        p.ref("vrf", vrf, "ip route vrf", ln)
        j += 2
    route = route_from(p, t, j, ln, vrf)
    if route is None:
        return UNRECOGNIZED
    p.device.static_routes.append(route)
    return None

"""Handlers of the statements VRP and Comware spell alike (interfaces, VLANs, VPN instances, static
routes, OSPF, BGP, ACL rules, prefix lists, route-policies, MQC, NetStream/sFlow, info-center,
snmp-agent, ntp-service, dns, user-interface/line, services, headers, tunnels, IKE/IPsec,
telemetry). Each handler has the engine signature `(p, toks, i, line, neg, obj)`."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import (
    is_ip,
    is_ipv4,
    len_to_wildcard,
    network_from_mask,
    port_number,
    prefix_from_mask,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED, Mode
from untapped.model.core import Secret
from untapped.model.filters import (
    Acl,
    AclEntry,
    AddrMatch,
    ClassMap,
    PolicyMap,
    PolicyMapClass,
    PortMatch,
    PrefixList,
    PrefixListEntry,
    RouteMap,
    RouteMapClause,
)
from untapped.model.mgmt import (
    Banner,
    DnsServer,
    Line,
    LogHost,
    NtpServer,
    Service,
    SnmpCommunity,
    SnmpGroup,
    SnmpHost,
    SnmpUser,
    SnmpView,
    User,
)
from untapped.model.net import (
    Bgp,
    BgpNeighbor,
    BgpNetwork,
    IfAddress,
    Interface,
    Ospf,
    OspfArea,
    OspfNetwork,
    Redistribution,
    StaticRoute,
    Tunnel,
    Vlan,
    Vrf,
)
from untapped.model.taps import (
    CryptoPeer,
    CryptoProposal,
    FlowExporter,
    MirrorDestination,
    MirrorSource,
    PacketCapture,
    Telemetry,
)
from untapped.redact import redact_text

P = Any  # the VrpLikeParser (kept loose to avoid an import cycle)

DIRECTIONS = {"inbound": "rx", "outbound": "tx", "both": "both"}


def rest(t: list[str], i: int) -> str:
    return " ".join(t[i:])


def kw(t: list[str], word: str, start: int = 0) -> str | None:
    """The token after keyword `word` (first occurrence at or after `start`), or None."""
    try:
        j = t.index(word, start)
    except ValueError:
        return None
    return t[j + 1] if j + 1 < len(t) else None


def secret_after(p: P, t: list[str], j: int, ln: int) -> Secret:
    """`[cipher|simple|hash|irreversible-cipher|plain] VALUE` at t[j]."""
    kinds = {
        "cipher": "cipher",
        "simple": "plain",
        "plain": "plain",
        "hash": "hash",
        "irreversible-cipher": "irreversible",
    }
    kind = kinds.get(t[j].lower())
    if kind is None:
        out: Secret = p.secret(t[j], "unknown", ln)
        return out
    res: Secret = p.secret(t[j + 1], kind, ln)
    return res


# ---- system ---------------------------------------------------------------------------------
def h_sysname(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.device.name = t[i]
    p.device.hostname_line = ln
    return None


def h_header(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`header login|shell|motd|incoming|legal [information] "text"` (delimited, multi-line)."""
    kind = t[i].lower()
    if neg:
        return None
    raw = p.text.split(None, i + 1)
    body = raw[-1] if len(raw) > i + 1 else ""
    if body.startswith("information "):
        body = body[len("information ") :].lstrip()
    elif body.startswith("file "):
        p.device.banners.append(Banner(kind, p.device.span(ln), body))
        return None
    if not body:
        return UNRECOGNIZED
    delim = body[0]
    text = body[1:]
    if delim in text:
        text = text.split(delim, 1)[0]
        p.device.banners.append(Banner(kind, p.device.span(ln), text))
        return None
    lines = p.take_block(lambda raw_line: delim in raw_line)
    parts = [text, *lines]
    if parts:
        parts[-1] = parts[-1].split(delim, 1)[0]
    p.device.banners.append(
        Banner(kind, p.device.span(ln, ln + len(lines)), "\n".join(parts).strip("\n"))
    )
    return None


# ---- interfaces -----------------------------------------------------------------------------
def h_interface(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    j = i + 1
    if j < len(t) and t[j][:1].isdigit():  # `interface GigabitEthernet 0/0/1`
        name += t[j]
        j += 1
    if neg:
        return None
    iface = p.device.interfaces.get(name)
    if iface is None:
        iface = Interface(name, p.device.span(ln))
        p.device.interfaces[name] = iface
    p.define("interface", name, ln)
    if j + 1 < len(t) and t[j].lower() == "mode":  # Comware `interface Tunnel1 mode gre`
        iface.tunnel = iface.tunnel or Tunnel()
        iface.tunnel.mode = " ".join(t[j + 1 :]).lower()
    return p.modes["interface"], iface


def h_if_description(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.description = None if neg else p.text.split(None, i)[-1] if len(t) > i else ""
    return None


def h_if_shutdown(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.shutdown = not neg
    return None


def h_if_ip_address(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    if neg:
        return None
    a = t[i]
    if a in ("dhcp-alloc", "bootp-alloc"):
        obj.dhcp = True
        return None
    if a == "unnumbered":
        obj.unnumbered = t[-1]
        return None
    if "/" in a:
        pref = a
    else:
        m = t[i + 1]
        got = prefix_from_mask(a, m) if "." in m else f"{a}/{int(m)}"
        if got is None:
            return UNRECOGNIZED
        pref = got
        if pref is None:
            return UNRECOGNIZED
    obj.addresses.append(IfAddress(pref, "sub" in t[i + 1 :]))
    return None


def h_if_ipv6_address(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    if neg:
        return None
    a = t[i]
    if a in ("auto", "autoconfig") or "link-local" in t[i + 1 :]:
        return None
    if "/" not in a:
        if i + 1 < len(t) and t[i + 1].isdigit():
            a = f"{a}/{t[i + 1]}"
        else:
            return UNRECOGNIZED
    if "link-local" in t[i + 1 :]:
        return None
    obj.addresses6.append(IfAddress(a))
    return None


def h_if_binding(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """`ip binding vpn-instance V`."""
    if neg:
        obj.vrf = None
        return None
    obj.vrf = t[i]
    p.ref("vrf", t[i], "interface ip binding vpn-instance", ln)
    return None


def h_if_link_type(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.switchport = True
    obj.switchport_mode = None if neg else t[i].lower()
    return None


def h_if_access_vlan(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """`port default vlan N` (VRP) / `port access vlan N` (Comware)."""
    obj.switchport = True
    obj.access_vlan = None if neg else int(t[i])
    return None


def h_if_trunk_vlans(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """`port trunk allow-pass vlan ...` / `port trunk permit vlan ...`."""
    obj.switchport = True
    if neg:
        return None
    vl = " ".join(t[i:]).replace(" to ", "-")
    obj.trunk_vlans = f"{obj.trunk_vlans},{vl}" if obj.trunk_vlans else vl
    return None


def h_if_pvid(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.native_vlan = None if neg else int(t[i])
    return None


def h_if_portswitch(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.switchport = not neg
    return None


def h_if_link_mode(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """Comware `port link-mode bridge|route`."""
    obj.switchport = t[i].lower() == "bridge" and not neg
    return None


def _acl_bind(p: P, obj: Interface, direction: str, name: str, v6: bool, ln: int, ctx: str) -> None:
    if direction == "inbound":
        if v6:
            obj.acl6_in = name
        else:
            obj.acl_in = name
    elif direction == "outbound":
        if v6:
            obj.acl6_out = name
        else:
            obj.acl_out = name
    else:
        raise ValueError(direction)
    p.ref("ipv6 access-list" if v6 else "ip access-list", name, ctx, ln)


def h_if_traffic_filter(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """VRP `traffic-filter inbound|outbound [ipv6] acl [name] N`."""
    direction = t[i].lower()
    j = i + 1
    v6 = t[j].lower() == "ipv6"
    if v6:
        j += 1
    if t[j].lower() != "acl":
        return UNRECOGNIZED
    j += 1
    if t[j].lower() == "name":
        j += 1
    if neg:
        return None
    _acl_bind(p, obj, direction, t[j], v6, ln, "interface traffic-filter")
    return None


def h_if_packet_filter(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """Comware `packet-filter [ipv6] N|name X inbound|outbound`."""
    j = i
    v6 = t[j].lower() == "ipv6"
    if v6:
        j += 1
    if t[j].lower() == "name":
        j += 1
    name = t[j]
    direction = t[j + 1].lower()
    if neg:
        return None
    _acl_bind(p, obj, direction, name, v6, ln, "interface packet-filter")
    return None


def h_if_traffic_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """VRP `traffic-policy P inbound|outbound` / Comware `qos apply policy P inbound|outbound`."""
    name, direction = t[i], t[i + 1].lower()
    if direction not in ("inbound", "outbound"):
        return UNRECOGNIZED
    if neg:
        return None
    if direction == "inbound":
        obj.service_policy_in = name
    else:
        obj.service_policy_out = name
    p.ref("policy-map", name, f"interface traffic-policy {direction}", ln)
    return None


def h_if_netstream(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """`ip netstream inbound|outbound` / `netstream inbound|outbound ip`."""
    d = {"inbound": "ingress", "outbound": "egress"}.get(t[i].lower())
    if d is None:
        return UNRECOGNIZED
    if not neg and d not in obj.flow_classic:
        obj.flow_classic.append(d)
    return None


def h_if_mtu(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.mtu = None if neg else int(t[i])
    return None


def h_if_lldp(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.lldp = not neg
    return None


def h_if_trunk_member(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """`eth-trunk N` (VRP) / `port link-aggregation group N` (Comware)."""
    if not neg:
        obj.channel_group = t[i]
    return None


def h_if_ospf_cost(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.ospf_cost = None if neg else int(t[i])
    return None


def h_if_ospf_auth(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.ospf_auth = not neg
    chain = kw(t, "keychain", i)
    if chain and not neg:
        p.ref("key chain", chain, "interface ospf authentication-mode keychain", ln)
    if not neg and len(t) > i + 1:
        for j in range(i, len(t) - 1):
            if t[j] in ("cipher", "plain", "simple"):
                p.secret(t[j + 1], "cipher" if t[j] == "cipher" else "plain", ln)
                break
    return None


def _tunnel(iface: Interface) -> Tunnel:
    """A new tunnel on an interface: NVE interfaces are VXLAN tunnel endpoints."""
    return Tunnel(mode="vxlan" if iface.name.lower().startswith("nve") else "gre")


def h_if_tunnel_protocol(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    obj.tunnel = obj.tunnel or _tunnel(obj)
    obj.tunnel.mode = " ".join(t[i:]).lower()
    return None


def h_if_tunnel_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    if neg:
        return None
    obj.tunnel = obj.tunnel or _tunnel(obj)
    j = i
    if t[j].lower() in ("interface",):
        j += 1
    obj.tunnel.source = "".join(t[j:])
    return None


def h_if_tunnel_destination(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    if neg:
        return None
    obj.tunnel = obj.tunnel or _tunnel(obj)
    j = i
    if t[j].lower() == "vpn-instance":
        obj.tunnel.vrf = t[j + 1]
        p.ref("vrf", t[j + 1], "tunnel destination vpn-instance", ln)
        j += 2
    if t[j].lower() == "ipv6":
        j += 1
    if not is_ip(t[j]):
        return UNRECOGNIZED
    obj.tunnel.destination = t[j]
    obj.tunnel.destination_line = ln
    if len(t) > j + 2 and t[j + 1].lower() == "vpn-instance":
        obj.tunnel.vrf = t[j + 2]
    return None


def h_if_tunnel_key(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """`gre key [cipher] K` / `gre key K`."""
    if neg:
        return None
    obj.tunnel = obj.tunnel or _tunnel(obj)
    obj.tunnel.key = secret_after(p, t, i, ln)
    return None


def h_if_ipsec_profile(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """`ipsec profile P` / `tunnel protection ipsec profile P` on a tunnel."""
    if neg:
        return None
    obj.tunnel = obj.tunnel or _tunnel(obj)
    obj.tunnel.protection = t[-1]
    return None


def h_if_ipsec_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """`ipsec policy P` on an interface (applies a crypto map)."""
    if not neg:
        p.ref("crypto map", t[i], "interface ipsec policy", ln)
    return None


# ---- mirroring bindings (interface side) ---------------------------------------------------
def _direction(t: list[str], start: int) -> str:
    for tok in t[start:]:
        d = DIRECTIONS.get(tok.lower())
        if d:
            return d
    return "both"


def h_if_port_mirroring(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """VRP `port-mirroring [to] observe-port N inbound|outbound|both` (also `observe-index N`)."""
    if neg:
        return None
    index = None
    for j, tok in enumerate(t):
        if (
            tok.lower() in ("observe-port", "observe-index")
            and j + 1 < len(t)
            and t[j + 1].isdigit()
        ):
            index = t[j + 1]
    if index is None:
        index = "1"  # `port-mirroring to observe-port inbound` (single observe port)
    direction = _direction(t, i)
    p.mirror_sources.append(
        (index, MirrorSource("interface", obj.name, direction, ln))  # type: ignore[arg-type]
    )
    obj.mirror_observe.append(f"observe-port {index} {direction}")
    return None


def h_vlan_mirroring(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Vlan) -> Any:
    """`mirroring to observe-port N inbound` / `port-mirroring observe-port N inbound` in a VLAN."""
    if neg:
        return None
    index = None
    for j, tok in enumerate(t):
        if (
            tok.lower() in ("observe-port", "observe-index")
            and j + 1 < len(t)
            and t[j + 1].isdigit()
        ):
            index = t[j + 1]
    if index is None:
        index = "1"
    p.mirror_sources.append(
        (index, MirrorSource("vlan", str(obj.id), _direction(t, i), ln))  # type: ignore[arg-type]
    )
    return None


def h_observe_port_index(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """NE `port-observing observe-index N`: this interface is the observe port N."""
    if neg:
        return None
    index = t[-1]
    p.mirror_dests.append((index, MirrorDestination("interface", obj.name, ln)))
    return None


# ---- VLANs ----------------------------------------------------------------------------------
def _vlan_ids(t: list[str], i: int) -> list[int]:
    out: list[int] = []
    j = i
    while j < len(t):
        tok = t[j]
        if j + 2 < len(t) and t[j + 1].lower() == "to":
            a, b = int(tok), int(t[j + 2])
            if b - a > 4094 or b < a:
                raise ValueError(tok)
            out.extend(range(a, b + 1))
            j += 3
            continue
        out.append(int(tok))
        j += 1
    return out


def _vlan(p: P, vid: int, ln: int) -> Vlan:
    v: Vlan | None = p.device.vlans.get(vid)
    if v is None:
        v = Vlan(vid, p.device.span(ln))
        p.device.vlans[vid] = v
    return v


def h_vlan_batch(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ids = _vlan_ids(t, i)
    if not neg:
        for vid in ids:
            _vlan(p, vid, ln)
    return None


def h_vlan(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if len(t) > i + 1:  # Comware `vlan 10 to 20`
        return h_vlan_batch(p, t, i, ln, neg, obj)
    vid = int(t[i])
    if neg:
        return None
    p.define("vlan", str(vid), ln)
    return p.modes["vlan"], _vlan(p, vid, ln)


def h_vlan_name(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Vlan) -> Any:
    obj.name = None if neg else rest(t, i)
    return None


def h_vlan_remote_probe(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Vlan) -> Any:
    """Comware 5 `remote-probe vlan enable` under a VLAN: an RSPAN VLAN."""
    obj.remote_span = not neg
    return None


# ---- VPN instances --------------------------------------------------------------------------
def h_vpn_instance(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    if neg:
        return None
    vrf = p.device.vrfs.get(name)
    if vrf is None:
        vrf = Vrf(name, p.device.span(ln))
        p.device.vrfs[name] = vrf
    p.define("vrf", name, ln)
    return p.modes["vrf"], vrf


def h_vrf_af(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Vrf) -> Any:
    return p.modes["vrf"], obj


def h_vrf_rd(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Vrf) -> Any:
    obj.rd = None if neg else t[i]
    return None


def h_vrf_target(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Vrf) -> Any:
    if neg:
        return None
    targets = [x for x in t[i:] if ":" in x]
    low = {x.lower() for x in t[i:]}
    exp = "export-extcommunity" in low
    imp = "import-extcommunity" in low
    if not exp and not imp:
        exp = imp = True
    if imp:
        obj.import_targets.extend(targets)
    if exp:
        obj.export_targets.extend(targets)
    return None


def h_vrf_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Vrf) -> Any:
    """`import route-policy P` / `export route-policy P`."""
    if neg:
        return None
    name = t[i]
    if t[0].lower() == "import":
        obj.import_map = name
    else:
        obj.export_map = name
    p.ref("route-map", name, f"vpn-instance {t[0].lower()}", ln)
    return None


# ---- static routes --------------------------------------------------------------------------
_ROUTE_SETTINGS = frozenset(
    {
        "frr",
        "bfd",
        "default-bfd",
        "recursive-lookup",
        "default-preference",
        "track",
        "selection-rule",
    }
)


def h_route_static(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip route-static [vpn-instance V] A M|L [vpn-instance V2] [IF] [NH] [preference N]
    [tag T] [description D] [permanent]`."""
    if neg:
        return None
    vrf = None
    j = i
    if t[j].lower() in _ROUTE_SETTINGS:
        return None  # a global setting (`ip route-static frr`, `... bfd A local-address B`)
    if t[j].lower() == "vpn-instance":
        vrf = t[j + 1]
        p.ref("vrf", vrf, "ip route-static vpn-instance", ln)
        j += 2
        if t[j].lower() in _ROUTE_SETTINGS:
            return None
    addr, m = t[j], t[j + 1]
    if "." in m:
        pref = network_from_mask(addr, m)
    else:
        import ipaddress

        pref = str(ipaddress.ip_network(f"{addr}/{int(m)}", strict=False))
    if pref is None:
        return UNRECOGNIZED
    route = StaticRoute(pref, p.device.span(ln), vrf=vrf)
    j += 2
    n = len(t)
    while j < n:
        tok = t[j]
        low = tok.lower()
        if low == "vpn-instance" and j + 1 < n:
            route.nh_vrf = t[j + 1]
            j += 2
        elif low == "public":
            route.nh_vrf = "public"
            j += 1
        elif low == "preference" and j + 1 < n:
            route.distance = int(t[j + 1])
            j += 2
        elif low == "tag" and j + 1 < n:
            route.tag = int(t[j + 1])
            j += 2
        elif low == "description":
            route.name = " ".join(t[j + 1 :])
            break
        elif low == "permanent":
            route.permanent = True
            j += 1
        elif low in ("track", "bfd", "nqa", "inherit-cost", "no-advertise", "relay-arp"):
            break
        elif is_ip(tok):
            route.next_hop = tok
            j += 1
        elif route.interface is None and route.next_hop is None:
            route.interface = tok
            j += 1
            if j < n and t[j][:1].isdigit() and "/" in t[j] and not is_ip(t[j]):
                route.interface += t[j]
                j += 1
        else:
            break
    p.device.static_routes.append(route)
    return None


def h_route_static6(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ipv6 route-static [vpn-instance V] A L [IF] [NH] [preference N]`."""
    if neg or t[i].lower() in _ROUTE_SETTINGS:
        return None
    vrf = None
    j = i
    if t[j].lower() == "vpn-instance":
        vrf = t[j + 1]
        j += 2
    if "/" in t[j]:
        pref = t[j]
        j += 1
    else:
        pref = f"{t[j]}/{int(t[j + 1])}"
        j += 2
    route = StaticRoute(pref, p.device.span(ln), vrf=vrf)
    while j < len(t):
        tok = t[j]
        if tok.lower() == "preference":
            route.distance = int(t[j + 1])
            j += 2
        elif is_ip(tok):
            route.next_hop = tok
            j += 1
        elif (
            route.interface is None
            and tok[:1].isalpha()
            and tok.lower()
            not in (
                "description",
                "tag",
                "permanent",
                "bfd",
                "track",
            )
        ):
            route.interface = tok
            j += 1
        else:
            break
    p.device.static_routes.append(route)
    return None


# ---- OSPF -----------------------------------------------------------------------------------
def h_ospf(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    proc = "1"
    j = i
    if j < len(t) and t[j].isdigit():
        proc = t[j]
        j += 1
    o = Ospf(proc, p.device.span(ln))
    while j + 1 < len(t):
        k = t[j].lower()
        if k == "router-id":
            o.router_id = t[j + 1]
        elif k == "vpn-instance":
            o.vrf = t[j + 1]
            p.ref("vrf", t[j + 1], "ospf vpn-instance", ln)
        j += 2
    p.device.ospf.append(o)
    return p.modes["ospf"], o


def h_ospf_router_id(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Ospf) -> Any:
    obj.router_id = None if neg else t[i]
    return None


def _area_id(a: str) -> str:
    if a.isdigit():
        v = int(a)
        return f"{v >> 24 & 255}.{v >> 16 & 255}.{v >> 8 & 255}.{v & 255}"
    return a


def h_ospf_area(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Ospf) -> Any:
    if neg:
        return None
    aid = _area_id(t[i])
    area = obj.areas.get(aid)
    if area is None:
        area = OspfArea(aid)
        obj.areas[aid] = area
    return p.modes["ospf area"], (obj, area)


def h_ospf_network(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ospf, area = obj
    if neg:
        return None
    wc = t[i + 1]
    from untapped.dialects._ioslike.addr import network_from_wildcard

    pref = network_from_wildcard(t[i], wc)
    if pref is None:
        return UNRECOGNIZED
    ospf.networks.append(OspfNetwork(pref, area.id))
    return None


def h_ospf_area_kind(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    _, area = obj
    if neg:
        area.kind = "normal"
        return None
    k = t[i - 1].lower()
    total = "no-summary" in [x.lower() for x in t[i:]]
    area.kind = ("totally-" if total else "") + k
    return None


def h_ospf_area_auth(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    _, area = obj
    area.auth = None if neg else t[i].lower()
    for j in range(i, len(t) - 1):
        if t[j] in ("cipher", "plain", "simple"):
            p.secret(t[j + 1], "cipher" if t[j] == "cipher" else "plain", ln)
            break
    return None


def _redistribution(p: P, t: list[str], i: int, ln: int, ctx: str) -> Redistribution:
    proto = t[i].lower()
    r = Redistribution(proto)
    j = i + 1
    if j < len(t) and t[j].isdigit():
        r.process = t[j]
        j += 1
    while j + 1 < len(t):
        k = t[j].lower()
        if k == "route-policy":
            r.route_map = t[j + 1]
            p.ref("route-map", t[j + 1], ctx, ln)
        elif k == "cost" or k == "med":
            r.metric = int(t[j + 1])
        elif k == "type":
            r.metric_type = int(t[j + 1])
        j += 2
    return r


def h_ospf_import(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Ospf) -> Any:
    if not neg:
        obj.redistribute.append(_redistribution(p, t, i, ln, "ospf import-route"))
    return None


def h_ospf_silent(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Ospf) -> Any:
    name = "".join(t[i:])
    if name.lower() == "all":
        obj.passive_default = not neg
    elif neg:
        obj.non_passive.append(name)
    else:
        obj.passive.append(name)
    return None


def h_ospf_default(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Ospf) -> Any:
    obj.default_originate = not neg
    obj.default_originate_always = "always" in t[i:]
    return None


def h_ospf_refbw(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Ospf) -> Any:
    obj.reference_bandwidth = None if neg else int(t[i])
    return None


# ---- BGP ------------------------------------------------------------------------------------
def h_bgp(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    asn = t[i]
    if p.device.bgp is None:
        p.device.bgp = Bgp(asn, p.device.span(ln))
    p.bgp_vrf = None
    p.bgp_af = None
    return p.modes["bgp"], p.device.bgp


def h_bgp_router_id(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Bgp) -> Any:
    if p.bgp_vrf is None:
        obj.router_id = None if neg else t[i]
    return None


def h_bgp_af(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Bgp) -> Any:
    """`ipv4-family unicast|vpnv4|vpn-instance V|...` / `address-family ipv4 [unicast]` /
    Comware `ip vpn-instance V` under bgp."""
    if neg:
        return None
    low = [x.lower() for x in t[i:]]
    p.bgp_vrf = None
    if "vpn-instance" in low:
        name = t[i + low.index("vpn-instance") + 1]
        p.bgp_vrf = name
        if name not in obj.vrfs:
            obj.vrfs.append(name)
        p.ref("vrf", name, "bgp vpn-instance", ln)
    elif t[i - 1].lower() == "vpn-instance":  # Comware `ip vpn-instance V`
        name = t[i]
        p.bgp_vrf = name
        if name not in obj.vrfs:
            obj.vrfs.append(name)
        p.ref("vrf", name, "bgp vpn-instance", ln)
    fam = t[0] if t[0] != "undo" else t[1]
    p.bgp_af = " ".join([fam, *t[i:]])
    return p.modes["bgp af"], obj


def _neighbor(p: P, bgp: Bgp, addr: str, ln: int) -> BgpNeighbor:
    vrf = p.bgp_vrf
    for n in bgp.neighbors:
        if n.address == addr and n.vrf == vrf:
            return n
    n = BgpNeighbor(addr, p.device.span(ln), vrf=vrf)
    n.is_group = not is_ip(addr)
    bgp.neighbors.append(n)
    return n


def h_bgp_group(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Bgp) -> Any:
    """`group G [internal|external]`."""
    if neg:
        return None
    n = _neighbor(p, obj, t[i], ln)
    n.is_group = True
    p.define("bgp peer-group", t[i], ln)
    return None


def h_bgp_peer(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Bgp) -> Any:
    addr = t[i]
    if i + 1 >= len(t):
        return UNRECOGNIZED
    what = t[i + 1].lower()
    j = i + 2
    if neg:
        return None
    n = _neighbor(p, obj, addr, ln)
    if what == "as-number":
        n.remote_as = t[j]
    elif what == "group":
        n.peer_group = t[j]
        p.ref("bgp peer-group", t[j], "bgp peer group", ln)
    elif what == "description":
        n.description = " ".join(t[j:])
    elif what == "connect-interface":
        n.update_source = "".join(t[j:])
    elif what == "password":
        n.password = secret_after(p, t, j, ln)
    elif what == "keychain":
        p.ref("key chain", t[j], "bgp peer keychain", ln)
    elif what in ("route-policy", "ip-prefix", "prefix-list", "as-path-filter", "filter-policy"):
        name, direction = t[j], t[j + 1].lower()
        if direction not in ("import", "export"):
            return UNRECOGNIZED
        inbound = direction == "import"
        if what == "route-policy":
            p.ref("route-map", name, f"bgp peer route-policy {direction}", ln)
            if inbound:
                n.route_map_in = name
            else:
                n.route_map_out = name
        elif what in ("ip-prefix", "prefix-list"):
            p.ref("ip prefix-list", name, f"bgp peer ip-prefix {direction}", ln)
            if inbound:
                n.prefix_list_in = name
            else:
                n.prefix_list_out = name
        elif what == "as-path-filter":
            p.ref("as-path access-list", name, f"bgp peer as-path-filter {direction}", ln)
            if inbound:
                n.filter_list_in = name
            else:
                n.filter_list_out = name
    elif what == "enable":
        fam = p.bgp_af or "ipv4-family unicast"
        if fam not in n.activated:
            n.activated.append(fam)
    elif what in ("next-hop-local",):
        n.next_hop_self = True
    elif what == "reflect-client":
        n.route_reflector_client = True
    elif what in ("ebgp-max-hop",):
        n.ebgp_multihop = int(t[j]) if j < len(t) else 255
    elif what == "valid-ttl-hops":
        n.ttl_security = int(t[j]) if j < len(t) else 255
    elif what == "route-limit":
        n.max_prefix = int(t[j])
    elif what in ("advertise-community", "advertise-ext-community"):
        n.send_community = True
    elif what == "ignore":
        n.shutdown = True
    elif what == "fake-as":
        n.local_as = t[j]
    elif what == "preferred-value":
        n.weight = int(t[j])
    elif what in PEER_KNOWN or what[:1].isalpha():
        pass  # a peer option the model does not keep
    else:
        return UNRECOGNIZED
    return None


PEER_KNOWN = frozenset(
    [
        "bfd",
        "timer",
        "public-as-only",
        "substitute-as",
        "allow-as-loop",
        "keep-all-routes",
        "label-route-capability",
        "upe",
        "route-update-interval",
        "capability-advertise",
        "default-route-advertise",
        "reflect-client",
        "path-mtu",
        "tracking",
        "log-change",
        "graceful-restart",
        "mpls-local-ifnet",
        "tnl-policy",
        "advertise-irb",
        "advertise-arp",
        "advertise-encap-type",
        "next-hop-invariable",
        "local-ifnet-disable",
        "prefix-sid",
        "advertise-best-external",
        "add-path",
        "capability",
        "route-policy",
        "bfd-enable",
        "ignore-first-as",
        "listen-only",
        "connect-only",
        "out-delay",
        "dscp",
        "check-first-as",
        "local-as",
        "timer-mode",
        "egress-engineering",
        "high-priority",
        "advertise-external",
        "peer-as-check",
        "origin-as-validation",
        "advertise-remote-nexthop",
        "split-horizon",
        "reflect-client",
        "advertise-add-path",
        "ttl-security",
        "tunnel-selector",
        "ignore-import-prefix-limit",
    ]
)


def h_bgp_network(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Bgp) -> Any:
    if neg:
        return None
    a = t[i]
    j = i + 1
    if "/" in a:
        pref = a
    elif j < len(t) and (t[j].isdigit() or is_ipv4(t[j])):
        m = t[j]
        j += 1
        if "." in m:
            pref = network_from_mask(a, m) or ""
        else:
            pref = f"{a}/{m}"
    else:
        pref = f"{a}/32" if is_ipv4(a) else a
    rm = kw(t, "route-policy", j)
    if rm:
        p.ref("route-map", rm, "bgp network route-policy", ln)
    obj.networks.append(BgpNetwork(pref, rm, p.bgp_vrf))
    return None


def h_bgp_import(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Bgp) -> Any:
    if not neg:
        obj.redistribute.append(_redistribution(p, t, i, ln, "bgp import-route"))
    return None


def h_bgp_multipath(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Bgp) -> Any:
    nums = [x for x in t[i:] if x.isdigit()]
    obj.multipath = None if neg or not nums else int(nums[0])
    return None


def h_bgp_local_pref(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Bgp) -> Any:
    obj.default_local_pref = None if neg else int(t[i])
    return None


# ---- ACLs -----------------------------------------------------------------------------------
def _acl_kind(name: str, word: str | None) -> str:
    if word in ("basic",):
        return "standard"
    if word in ("advanced", "advance"):
        return "extended"
    if word in ("mac", "link", "ethernet-frame"):
        return "mac"
    if name.isdigit():
        n = int(name)
        if 2000 <= n < 3000:
            return "standard"
        if 3000 <= n < 4000:
            return "extended"
        if 4000 <= n < 5000:
            return "mac"
        return "other"
    return "extended"


def h_acl(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """VRP `acl [number] N`, `acl name NAME [N|basic|advanced]`, `acl ipv6 [number] N`;
    Comware `acl number N [name NAME]`, `acl basic|advanced N|name NAME`, `acl ipv6 ...`,
    `acl mac N`."""
    low = [x.lower() for x in t]
    v6 = "ipv6" in low[i : i + 2]
    j = i + (1 if low[i] == "ipv6" else 0)
    word: str | None = None
    if low[j] in ("number",):
        j += 1
    elif low[j] in ("basic", "advanced", "mac", "link", "user", "wlan"):
        word = low[j]
        j += 1
    if low[j] == "name":
        j += 1
        name = t[j]
        nxt = low[j + 1] if j + 1 < len(t) else None
        if nxt in ("basic", "advanced", "advance"):
            word = nxt
        elif nxt and nxt.isdigit():
            word = _acl_kind(nxt, None).replace("standard", "basic").replace("extended", "advanced")
    else:
        name = t[j]
        if not name.isdigit():
            return UNRECOGNIZED
        alias = kw(low, "name", j + 1)
        if alias:
            p.define(
                "ipv6 access-list" if v6 else "ip access-list", t[low.index("name", j + 1) + 1], ln
            )
    if neg:
        return None
    kind = "ipv6" if v6 else _acl_kind(name, word)
    acls = p.device.acls
    acl = acls.get(name)
    if acl is None:
        acl = Acl(
            name,
            p.device.span(ln),
            kind=kind,  # type: ignore[arg-type]
            family="ipv6" if v6 else ("mac" if kind == "mac" else "ipv4"),
        )
        acls[name] = acl
    p.define("ipv6 access-list" if v6 else "ip access-list", name, ln)
    return p.modes["acl"], acl


_PROTOS = frozenset(
    {
        "ip",
        "ipv6",
        "tcp",
        "udp",
        "icmp",
        "icmpv6",
        "gre",
        "ospf",
        "igmp",
        "ipinip",
        "sctp",
        "esp",
        "ah",
    }
)


def _rule_addr(t: list[str], j: int, v6: bool) -> tuple[AddrMatch, int]:
    a = t[j]
    if a.lower() == "any":
        return AddrMatch("any"), j + 1
    if "/" in a:
        addr, _, plen = a.partition("/")
        if v6:
            return AddrMatch("wildcard", addr, plen), j + 1
        n = int(plen)
        return (
            AddrMatch("host", addr) if n == 32 else AddrMatch("wildcard", addr, len_to_wildcard(n))
        ), j + 1
    if j + 1 < len(t):
        w = t[j + 1]
        if w == "0":
            return AddrMatch("host", a), j + 2
        if is_ipv4(w):
            return (AddrMatch("host", a) if w == "0.0.0.0" else AddrMatch("wildcard", a, w)), j + 2
        if w.isdigit() and v6:
            return AddrMatch("wildcard", a, w), j + 2
        if w.isdigit() and int(w) <= 32:
            n = int(w)
            return (
                AddrMatch("host", a) if n == 32 else AddrMatch("wildcard", a, len_to_wildcard(n))
            ), j + 2
    return AddrMatch("host", a), j + 1


_VRP_PORTS = {
    "dns": 53,
    "ntp": 123,
    "snmp": 161,
    "snmptrap": 162,
    "syslog": 514,
    "tftp": 69,
    "https": 443,
    "bootps": 67,
    "bootpc": 68,
    "ssh": 22,
    "radius": 1812,
    "telnet": 23,
    "www": 80,
    "http": 80,
}


def _port(tok: str) -> int | None:
    got = port_number(tok)
    return got if got is not None else _VRP_PORTS.get(tok.lower())


def _rule_ports(t: list[str], j: int) -> tuple[PortMatch, int]:
    op = t[j].lower()
    if op == "range":
        a, b = _port(t[j + 1]), _port(t[j + 2])
        if a is None or b is None:
            raise ValueError(t[j + 1])
        return PortMatch("range", (a, b)), j + 3
    if op in ("eq", "neq", "lt", "gt"):
        v = _port(t[j + 1])
        if v is None:
            raise ValueError(t[j + 1])
        return PortMatch(op, (v,)), j + 2  # type: ignore[arg-type]
    raise ValueError(op)


def h_rule(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Acl) -> Any:
    """`rule [N] permit|deny [PROTO] [source A W|any] [destination A W|any] [source-port OP P]
    [destination-port OP P] [icmp-type T [C]] [tcp-flag ...] [vpn-instance V] [logging]
    [time-range T] [fragment] [dscp D] ...`."""
    j = i
    seq = None
    if t[j].isdigit():
        seq = int(t[j])
        j += 1
    if neg:
        if seq is not None:
            obj.entries = [e for e in obj.entries if e.seq != seq]
        return None
    act = t[j].lower()
    if act == "remark":
        obj.entries.append(AclEntry(p.device.span(ln), p.text, "remark", seq))
        return None
    if act not in ("permit", "deny"):
        return UNRECOGNIZED
    j += 1
    v6 = obj.family == "ipv6"
    entry = AclEntry(p.device.span(ln), redact_text(p.text), act, seq)  # type: ignore[arg-type]
    entry.protocol = "ipv6" if v6 else "ip"
    extra: list[str] = []
    n = len(t)
    if j < n:
        low = t[j].lower()
        if low in _PROTOS or low.isdigit():
            entry.protocol = low
            j += 1
    while j < n:
        k = t[j].lower()
        if k == "source":
            entry.src, j = _rule_addr(t, j + 1, v6)
        elif k == "destination":
            entry.dst, j = _rule_addr(t, j + 1, v6)
        elif k == "source-port":
            entry.src_ports, j = _rule_ports(t, j + 1)
        elif k == "destination-port":
            entry.dst_ports, j = _rule_ports(t, j + 1)
        elif k == "icmp-type":
            j += 1
            if t[j].isdigit():
                entry.icmp_type = int(t[j])
                j += 1
                if j < n and t[j].isdigit():
                    entry.icmp_code = int(t[j])
                    j += 1
            else:
                entry.icmp_name = t[j]
                j += 1
        elif k in ("logging", "log"):
            entry.log = True
            j += 1
        elif k in ("fragment", "fragment-type"):
            entry.fragments = True
            j += 1 if k == "fragment" else 2
        elif k == "dscp":
            entry.dscp = t[j + 1]
            j += 2
        elif k in ("tcp-flag", "established"):
            if k == "established":
                entry.established = True
                j += 1
            else:
                flags = []
                j += 1
                while j < n and t[j].lower() in (
                    "ack",
                    "fin",
                    "psh",
                    "rst",
                    "syn",
                    "urg",
                    "established",
                ):
                    if t[j].lower() == "established":
                        entry.established = True
                    else:
                        flags.append(t[j].lower())
                    j += 1
                entry.tcp_flags = tuple(flags)
        elif k in ("time-range", "vpn-instance", "precedence", "tos", "ttl", "counting") or k in (
            "source-mac",
            "destination-mac",
            "vlan-id",
            "igmp-type",
            "ttl-expired",
            "packet-length",
            "none-first-fragment",
            "first-fragment",
            "type",
        ):
            extra.append(" ".join(t[j : j + 2]))
            j += (
                2
                if k not in ("counting", "none-first-fragment", "first-fragment", "ttl-expired")
                else 1
            )
        else:
            extra.append(t[j])  # a condition the model keeps as text
            j += 1
    entry.extra = tuple(extra)
    obj.entries.append(entry)
    return None


def h_acl_description(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Acl) -> Any:
    return None


# ---- prefix lists -------------------------------------------------------------------------
def h_ip_prefix(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip ip-prefix|ipv6-prefix NAME [index N] permit|deny A L [greater-equal G]
    [less-equal L]` (VRP) / `ip prefix-list NAME index N permit A L ...` (Comware)."""
    name = t[i]
    v6 = "ipv6" in t[0].lower() or "ipv6" in t[1].lower()
    j = i + 1
    seq = None
    if t[j].lower() == "index":
        seq = int(t[j + 1])
        j += 2
    if t[j].lower() == "description":
        return None
    act = t[j].lower()
    if act not in ("permit", "deny"):
        return UNRECOGNIZED
    addr = t[j + 1]
    if "/" in addr:
        pref = addr
        j += 2
    else:
        length = int(t[j + 2])
        import ipaddress

        pref = str(ipaddress.ip_network(f"{addr}/{length}", strict=False))
        j += 3
    ge = le = None
    while j + 1 < len(t):
        k = t[j].lower()
        if k == "greater-equal":
            ge = int(t[j + 1])
        elif k == "less-equal":
            le = int(t[j + 1])
        j += 2
    if neg:
        return None
    plist = p.device.prefix_lists.get(name)
    if plist is None:
        plist = PrefixList(name, p.device.span(ln), family="ipv6" if v6 else "ipv4")
        p.device.prefix_lists[name] = plist
    plist.entries.append(PrefixListEntry(ln, act, pref, seq, ge, le))  # type: ignore[arg-type]
    p.define("ipv6 prefix-list" if v6 else "ip prefix-list", name, ln)
    return None


# ---- route-policies -----------------------------------------------------------------------
def h_route_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    if neg:
        return None
    act = t[i + 1].lower()
    if act not in ("permit", "deny"):
        return UNRECOGNIZED
    seq = int(t[i + 3]) if len(t) > i + 3 and t[i + 2].lower() == "node" else 10
    rm = p.device.route_maps.get(name)
    if rm is None:
        rm = RouteMap(name, p.device.span(ln), kind="route-policy")
        p.device.route_maps[name] = rm
    clause = RouteMapClause(p.device.span(ln), act, seq)  # type: ignore[arg-type]
    rm.clauses.append(clause)
    p.define("route-map", name, ln)
    return p.modes["route-policy"], clause


def h_pbr(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`policy-based-route NAME permit|deny node N [map-instance M]` (VRP PBR)."""
    name = t[i]
    if neg:
        return None
    act = t[i + 1].lower()
    if act not in ("permit", "deny"):
        return UNRECOGNIZED
    seq = int(t[i + 3]) if len(t) > i + 3 and t[i + 2].lower() == "node" else 10
    rm = p.device.route_maps.get(name)
    if rm is None:
        rm = RouteMap(name, p.device.span(ln), kind="pbr-map")
        p.device.route_maps[name] = rm
    clause = RouteMapClause(p.device.span(ln), act, seq)  # type: ignore[arg-type]
    rm.clauses.append(clause)
    p.define("route-map", name, ln)
    return p.modes["route-policy"], clause


def h_if_pbr(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Interface) -> Any:
    """`ip policy-based-route NAME` on an interface."""
    if neg:
        obj.policy_route_map = None
        return None
    obj.policy_route_map = t[i]
    p.ref("route-map", t[i], "interface ip policy-based-route", ln)
    return None


_MATCH_KEYS = {
    "acl": ("ip address", "ip access-list"),
    "ip-prefix": ("ip address prefix-list", "ip prefix-list"),
    "ipv6": ("ipv6 address", None),
    "community-filter": ("community", "community-list"),
    "as-path-filter": ("as-path", "as-path access-list"),
    "tag": ("tag", None),
    "interface": ("interface", None),
    "cost": ("metric", None),
    "route-type": ("route-type", None),
}


def h_if_match(p: P, t: list[str], i: int, ln: int, neg: bool, obj: RouteMapClause) -> Any:
    if neg:
        return None
    k = t[i].lower()
    vals = tuple(t[i + 1 :])
    if k == "ip" and len(t) > i + 2:
        # `if-match ip address prefix-list P` / `if-match ip address acl N` /
        # `if-match ip next-hop ip-prefix P`
        sub = [x.lower() for x in t[i + 1 : i + 3]]
        if sub[0] == "address" and sub[1] in ("prefix-list", "ip-prefix"):
            obj.matches.append(("ip address prefix-list", tuple(t[i + 3 :])))
            p.ref("ip prefix-list", t[i + 3], "route-policy if-match", ln)
            return None
        if sub[0] == "address" and sub[1] == "acl":
            obj.matches.append(("ip address", tuple(t[i + 3 :])))
            p.ref("ip access-list", t[i + 3], "route-policy if-match", ln)
            return None
        obj.matches.append((" ".join(t[i : i + 2]), tuple(t[i + 2 :])))
        return None
    key, ref = _MATCH_KEYS.get(k, (k, None))
    if k == "acl" and vals and vals[0].lower() == "name":
        vals = vals[1:]
    obj.matches.append((key, vals))
    if ref and vals:
        p.ref(ref, vals[0], "route-policy if-match", ln)
    return None


def h_apply(p: P, t: list[str], i: int, ln: int, neg: bool, obj: RouteMapClause) -> Any:
    if neg:
        return None
    k = t[i].lower()
    if k == "ip-address" and len(t) > i + 2 and t[i + 1].lower() == "next-hop":
        obj.sets.append(("ip next-hop", tuple(t[i + 2 :])))
    elif k == "ipv6" and len(t) > i + 2 and t[i + 1].lower() == "next-hop":
        obj.sets.append(("ipv6 next-hop", tuple(t[i + 2 :])))
    elif k == "next-hop":  # Comware PBR `apply next-hop [vpn-instance V] A [A]`
        obj.sets.append(("ip next-hop", tuple(x for x in t[i + 1 :] if is_ip(x))))
    elif k in ("output-interface", "interface"):
        obj.sets.append(("interface", ("".join(t[i + 1 :]),)))
    elif k == "local-preference":
        obj.sets.append(("local-preference", tuple(t[i + 1 :])))
    elif k == "cost":
        obj.sets.append(("metric", tuple(t[i + 1 :])))
    elif k == "as-path":
        obj.sets.append(("as-path prepend", tuple(x for x in t[i + 1 :] if x.isdigit())))
    elif k == "community":
        obj.sets.append(("community", tuple(t[i + 1 :])))
    else:
        obj.sets.append((k, tuple(t[i + 1 :])))
    return None


# ---- MQC (traffic classifier / behavior / policy) -----------------------------------------
def h_classifier(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    if neg:
        return None
    cm = ClassMap(name, p.device.span(ln))
    low = [x.lower() for x in t[i + 1 :]]
    cm.match_all = "and" in low
    p.device.class_maps[name] = cm
    p.define("class-map", name, ln)
    return p.modes["classifier"], cm


def h_cls_if_match(p: P, t: list[str], i: int, ln: int, neg: bool, obj: ClassMap) -> Any:
    if neg:
        return None
    k = t[i].lower()
    vals = tuple(t[i + 1 :])
    if k == "acl":
        if vals and vals[0].lower() == "name":
            vals = vals[1:]
        obj.matches.append(("access-group", vals))
        p.ref("ip access-list", vals[0], "traffic classifier if-match acl", ln)
    elif k == "ipv6" and vals and vals[0].lower() == "acl":
        obj.matches.append(("access-group ipv6", vals[1:]))
        p.ref("ipv6 access-list", vals[-1], "traffic classifier if-match ipv6 acl", ln)
    else:
        obj.matches.append((k, vals))
    return None


def h_behavior(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    if neg:
        return None
    acts: list[tuple[str, tuple[str, ...]]] = []
    p.behaviors[name] = acts
    p.define("traffic behavior", name, ln)
    return p.modes["behavior"], acts


def h_beh_redirect(p: P, t: list[str], i: int, ln: int, neg: bool, obj: list[Any]) -> Any:
    """`redirect [vpn-instance V] ip-nexthop A [...]`, `redirect nexthop A`, `redirect next-hop A`
    (Comware), `redirect ipv6-nexthop A`, `redirect interface IF`, `redirect vpn-instance V`."""
    if neg:
        return None
    vals = [x for x in t[i:]]
    hops = [x for x in vals if is_ip(x)]
    low = [x.lower() for x in vals]
    vrf = kw(low, "vpn-instance")
    if hops:
        out: tuple[str, ...] = tuple(hops)
        if vrf:
            out = (*out, "vrf", vals[low.index("vpn-instance") + 1])
        obj.append(("redirect", out))
        return None
    if "interface" in low:
        j = low.index("interface") + 1
        obj.append(("redirect", ("interface", "".join(vals[j:]))))
        return None
    obj.append(("redirect", tuple(vals)))
    return None


def h_beh_mirror_observe(p: P, t: list[str], i: int, ln: int, neg: bool, obj: list[Any]) -> Any:
    """VRP `mirroring to observe-port N` / `mirror to observe-port N`."""
    if neg:
        return None
    index = t[-1] if t[-1].isdigit() else "1"
    obj.append(("mirror", ("observe-port", index)))
    return None


def h_beh_mirror_to(p: P, t: list[str], i: int, ln: int, neg: bool, obj: list[Any]) -> Any:
    """Comware `mirror-to interface IF` / `mirror-to cpu`."""
    if neg:
        return None
    if t[i].lower() == "interface":
        obj.append(("mirror", ("".join(t[i + 1 :]),)))
    elif t[i].lower() == "cpu":
        obj.append(("mirror", ("cpu",)))
    else:
        return UNRECOGNIZED
    return None


def h_beh_action(p: P, t: list[str], i: int, ln: int, neg: bool, obj: list[Any]) -> Any:
    """`permit`, `deny`, `filter permit|deny`, `car ...`, `remark ...`, `statistic enable`."""
    if not neg:
        k = t[0].lower()
        obj.append(("police" if k == "car" else k, tuple(t[1:])))
    return None


def h_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    if neg:
        return None
    pm = PolicyMap(name, p.device.span(ln))
    p.device.policy_maps[name] = pm
    p.define("policy-map", name, ln)
    return p.modes["policy"], pm


def h_pol_classifier(p: P, t: list[str], i: int, ln: int, neg: bool, obj: PolicyMap) -> Any:
    """`classifier C behavior B [precedence N]`."""
    if neg:
        return None
    c = t[i]
    if t[i + 1].lower() != "behavior":
        return UNRECOGNIZED
    b = t[i + 2]
    pc = PolicyMapClass(c, ln)
    obj.classes.append(pc)
    p.policy_links.append((pc, b))
    p.ref("class-map", c, "traffic policy classifier", ln)
    p.ref("traffic behavior", b, "traffic policy behavior", ln)
    return None


def resolve_policies(p: P) -> None:
    """Give each policy class its behavior's actions; observe-port mirrors resolve to the port."""
    for pc, b in p.policy_links:
        acts = p.behaviors.get(b, [])
        out: list[tuple[str, tuple[str, ...]]] = []
        for k, vals in acts:
            if k == "mirror" and vals and vals[0] == "observe-port":
                sess = p.mirrors.get(vals[1])
                dest = next(
                    (d.value for d in (sess.destinations if sess else []) if d.kind == "interface"),
                    None,
                )
                out.append(("mirror", (dest,) if dest else vals))
            elif k == "redirect" and len(vals) == 2 and vals[0] == "interface":
                # a redirect into a tunnel goes where the tunnel goes
                iface = _find_interface(p, vals[1])
                tun = iface.tunnel if iface is not None else None
                if tun is not None and tun.destination:
                    out.append((k, (tun.destination, "interface", iface.name)))  # type: ignore[union-attr]
                else:
                    out.append((k, vals))
            else:
                out.append((k, vals))
        pc.actions = out


def _find_interface(p: P, name: str) -> Interface | None:
    ifaces = p.device.interfaces
    got: Interface | None = ifaces.get(name)
    if got is not None:
        return got
    low = name.lower().replace(" ", "")
    for key, iface in ifaces.items():
        if key.lower() == low:
            found: Interface = iface
            return found
    return None


# ---- flow export --------------------------------------------------------------------------
def h_netstream_host(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip netstream export host [ipv6] A P [vpn-instance V] [dscp D]`, `netstream export ip host
    A P [vpn-instance V]`, `ipv6 netstream export host A P`."""
    if neg:
        return None
    j = i
    if t[j].lower() == "ipv6":
        j += 1
    addr = t[j]
    if not is_ip(addr):
        return UNRECOGNIZED
    port = int(t[j + 1]) if j + 1 < len(t) and t[j + 1].isdigit() else None
    exp = FlowExporter(f"netstream {addr}", p.device.span(ln), "netstream", addr, ln, port)
    vrf = kw(t, "vpn-instance", j)
    if vrf:
        exp.vrf = vrf
        p.ref("vrf", vrf, "netstream export vpn-instance", ln)
    p.device.flow_exporters.append(exp)
    return None


def h_netstream_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip netstream export source [interface] A|IF`."""
    if not neg:
        j = i + 1 if t[i].lower() in ("interface", "ipv6") else i
        p.netstream_source = "".join(t[j:])
    return None


def h_sflow_collector(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`sflow collector N [vpn-instance V] ip|ipv6 A [vpn-instance V] [udp-port|port P]
    [description D] ...`."""
    if neg:
        return None
    index = t[i]
    low = [x.lower() for x in t]
    addr = kw(low, "ip", i) or kw(low, "ipv6", i)
    if addr is None:
        return UNRECOGNIZED
    exp = FlowExporter(f"sflow {index}", p.device.span(ln), "sflow", addr, ln)
    port = kw(low, "udp-port", i) or kw(low, "port", i)
    if port:
        exp.port = int(port)
    vrf = kw(t, "vpn-instance", i)
    if vrf:
        exp.vrf = vrf
        p.ref("vrf", vrf, "sflow collector vpn-instance", ln)
    p.device.flow_exporters.append(exp)
    return None


def h_sflow_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`sflow agent ip A` / `sflow source ip A`."""
    if not neg:
        for exp in p.device.flow_exporters:
            if exp.protocol == "sflow" and exp.source is None:
                exp.source = t[-1]
        p.sflow_source = t[-1]
    return None


# ---- info-center --------------------------------------------------------------------------
def h_loghost(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`info-center loghost [vpn-instance V] [ipv6] A [vpn-instance V] [port P] [facility F]
    [channel C] [source-ip S] [transport tcp|udp] ...`; `info-center loghost source IF`."""
    if t[i].lower() == "source":
        p.device.logging.source_interface = None if neg else "".join(t[i + 1 :])
        return None
    if neg:
        return None
    low = [x.lower() for x in t]
    vrf = kw(t, "vpn-instance", i)
    addr = None
    for tok in t[i:]:
        if is_ip(tok):
            addr = tok
            break
    if addr is None:
        if t[i].lower() == "domain" or not t[i].startswith("-"):
            addr = t[i + 1] if t[i].lower() in ("domain", "ipv6") else t[i]
        if addr is None or addr.lower() in ("vpn-instance",):
            return UNRECOGNIZED
    h = LogHost(addr, p.device.span(ln), vrf=vrf)
    port = kw(low, "port", i)
    if port:
        h.port = int(port)
    tr = kw(low, "transport", i)
    if tr:
        h.transport = tr
    if "ssl-policy" in low:
        h.transport = "tls"
    src = kw(low, "source-ip", i)
    if src:
        h.source_interface = src
    lv = kw(low, "level", i)
    if lv:
        h.level = lv
    if vrf:
        p.ref("vrf", vrf, "info-center loghost vpn-instance", ln)
    p.device.logging.hosts.append(h)
    return None


def h_info_center_enable(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.enabled = not neg
    return None


def h_info_center_timestamp(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.timestamps = not neg
    return None


def h_info_center_logbuffer(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.buffered = not neg
    size = kw(t, "size", i)
    if size and not neg:
        p.device.logging.buffer_size = int(size)
    return None


# ---- SNMP ---------------------------------------------------------------------------------
def h_snmp_agent(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if len(t) > i:
        return UNRECOGNIZED
    p.device.snmp.enabled = not neg
    return None


def h_snmp_community(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """VRP `snmp-agent community read|write [cipher] C [mib-view V] [acl N|acl name X]`;
    Comware `snmp-agent community read|write [simple|cipher] C [mib-view V] [acl N]` and
    Comware 7 `snmp-agent community [simple|cipher] C user-role R [acl N]`."""
    j = i
    access = "ro"
    low0 = t[j].lower()
    if low0 in ("complexity-check", "max-access"):
        return None  # a setting, not a community
    if low0 in ("read", "write"):
        access = "rw" if low0 == "write" else "ro"
        j += 1
    if neg:
        return None
    if t[j].lower() in ("cipher", "simple", "plain"):
        sec = secret_after(p, t, j, ln)
        j += 2
    else:
        sec = p.secret(t[j], "plain", ln)  # an old release: the community in clear
        j += 1
    com = SnmpCommunity(sec, p.device.span(ln), access)
    low = [x.lower() for x in t]
    view = kw(low, "mib-view", j)
    if view:
        com.view = t[low.index("mib-view", j) + 1]
        p.ref("snmp view", com.view, "snmp-agent community mib-view", ln)
    if "acl" in low[j:]:
        k = low.index("acl", j) + 1
        if low[k] == "name":
            k += 1
        if low[k] == "ipv6":
            com.acl6 = t[k + 1]
        else:
            com.acl = t[k]
            p.ref("ip access-list", t[k], "snmp-agent community acl", ln)
    role = kw(low, "user-role", j)
    if role in ("network-admin", "level-15"):
        com.access = "rw"
    p.device.snmp.communities.append(com)
    return None


def h_snmp_target(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`snmp-agent target-host trap|inform address udp-domain A [udp-port P] [vpn-instance V]
    params securityname [cipher] S [v1|v2c|v3 ...]` (also `host-name NAME`)."""
    if neg:
        return None
    low = [x.lower() for x in t]
    kind = "inform" if "inform" in low[i : i + 2] else "trap"
    addr = kw(low, "udp-domain", i) or kw(low, "ipv6-domain", i)
    if addr is None:
        addr = kw(t, "host-name", i)
    if addr is None:
        return UNRECOGNIZED
    h = SnmpHost(addr, p.device.span(ln), kind=kind)
    vrf = kw(t, "vpn-instance", i)
    if vrf:
        h.vrf = vrf
    port = kw(low, "udp-port", i)
    if port:
        h.port = int(port)
    if "securityname" in low:
        k = low.index("securityname") + 1
        sec = secret_after(p, t, k, ln)
        k += 2 if low[k] in ("cipher", "simple") else 1
        ver = next((x for x in low[k:] if x in ("v1", "v2c", "v3")), None)
        h.version = ver
        if ver == "v3":
            h.user = sec.value
        else:
            h.community = sec
    p.device.snmp.hosts.append(h)
    return None


def h_snmp_version(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    vers = [x.lower() for x in t[i:]]
    if "all" in vers:
        vers = ["v1", "v2c", "v3"]
    snmp = p.device.snmp
    if neg:
        snmp.versions = [v for v in snmp.versions if v not in vers]
    else:
        snmp.versions = sorted(set(snmp.versions) | set(vers))
    return None


def h_snmp_sysinfo(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    k = t[i - 1].lower()
    val = None if neg else rest(t, i)
    if k == "location":
        p.device.snmp.location = val
    else:
        p.device.snmp.contact = val
    return None


def h_snmp_view(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`snmp-agent mib-view included|excluded NAME OID`."""
    if neg:
        return None
    inc = t[i].lower() == "included"
    name, oid = t[i + 1], t[i + 2]
    view = next((v for v in p.device.snmp.views if v.name == name), None)
    if view is None:
        view = SnmpView(name, p.device.span(ln))
        p.device.snmp.views.append(view)
    (view.included if inc else view.excluded).append(oid)
    p.define("snmp view", name, ln)
    return None


def h_snmp_group(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`snmp-agent group v1|v2c|v3 G [authentication|privacy] [read-view V] [write-view V]
    [notify-view V] [acl N]`."""
    if neg:
        return None
    ver = t[i].lower()
    g = SnmpGroup(t[i + 1], p.device.span(ln), ver)
    low = [x.lower() for x in t]
    if "privacy" in low:
        g.security = "priv"
    elif "authentication" in low:
        g.security = "auth"
    elif ver == "v3":
        g.security = "noauth"
    g.read_view = kw(t, "read-view")
    g.write_view = kw(t, "write-view")
    g.notify_view = kw(t, "notify-view")
    g.acl = kw(t, "acl")
    p.device.snmp.groups.append(g)
    return None


def h_snmp_usm(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`snmp-agent usm-user v3 U [G] [authentication-mode A [cipher] K] [privacy-mode P [cipher]
    K] [acl N]` (both vendors, several releases)."""
    if neg:
        return None
    j = i
    if t[j].lower() == "v3":
        j += 1
    name = t[j]
    u = p.device.snmp.users
    user = next((x for x in u if x.name == name), None)
    if user is None:
        user = SnmpUser(name, p.device.span(ln))
        u.append(user)
    low = [x.lower() for x in t]
    if j + 1 < len(t) and low[j + 1] not in (
        "authentication-mode",
        "privacy-mode",
        "cipher",
        "simple",
        "acl",
        "group",
    ):
        user.group = t[j + 1]
    if "group" in low[j:]:
        user.group = kw(t, "group", j)
    am = kw(low, "authentication-mode", j)
    if am:
        user.auth = am
        k = low.index("authentication-mode") + 2
        if k < len(t):
            user.secret = secret_after(p, t, k, ln)
    pm = kw(low, "privacy-mode", j)
    if pm:
        user.priv = pm
        k = low.index("privacy-mode") + 2
        if k < len(t):
            p.secret(t[k + 1] if low[k] in ("cipher", "simple") else t[k], "cipher", ln)
    acl = kw(low, "acl", j)
    if acl:
        user.acl = acl
    return None


def h_snmp_traps(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.snmp.traps = not neg
    return None


def h_snmp_trap_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.snmp.source_interface = None if neg else "".join(t[i:])
    return None


# ---- NTP / DNS ------------------------------------------------------------------------------
def h_ntp_server(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ntp-service unicast-server|unicast-peer [ipv6] A [vpn-instance V] [authentication-keyid N]
    [source-interface IF] [preference] [version N]`."""
    if neg:
        return None
    j = i
    low = [x.lower() for x in t]
    vrf = None
    if low[j] == "vpn-instance":  # Comware 7: `ntp-service unicast-server A vpn-instance V`
        vrf = t[j + 1]
        j += 2
    if low[j] in ("ipv6", "domain-name", "name"):
        j += 1
    addr = t[j]
    srv = NtpServer(addr, p.device.span(ln))
    srv.peer = "peer" in low[i - 1]
    srv.vrf = vrf or kw(t, "vpn-instance", j)
    key = kw(low, "authentication-keyid", j)
    if key:
        srv.key = int(key)
    src = kw(t, "source-interface", j)
    if src:
        srv.source_interface = src
    srv.prefer = "preference" in low or "priority" in low
    if srv.vrf:
        p.ref("vrf", srv.vrf, "ntp-service unicast-server vpn-instance", ln)
    p.device.ntp.servers.append(srv)
    return None


def h_ntp_auth(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ntp.authenticate = not neg
    return None


def h_ntp_key(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ntp-service authentication-keyid N authentication-mode M [cipher|simple] K`."""
    if neg:
        return None
    kid = int(t[i])
    if kid not in p.device.ntp.keys:
        p.device.ntp.keys.append(kid)
    if len(t) > i + 3:
        secret_after(p, t, i + 3, ln)
    if "reliable" in t[i:]:
        p.device.ntp.trusted_keys.append(kid)
    return None


def h_ntp_reliable(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.device.ntp.trusted_keys.extend(int(x) for x in t[i:] if x.isdigit())
    return None


def h_ntp_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ntp.source_interface = None if neg else "".join(t[i:])
    return None


def h_ntp_master(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ntp.master = not neg
    return None


def h_dns_server(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`dns server [ipv6] A [vpn-instance V]` (Comware 7: `dns server A vpn-instance V`)."""
    if neg:
        return None
    j = i + 1 if t[i].lower() == "ipv6" else i
    vrf: str | None
    if t[j].lower() == "vpn-instance":
        vrf = t[j + 1]
        addr = t[j + 2]
    else:
        addr = t[j]
        vrf = kw(t, "vpn-instance", j)
    if not is_ip(addr):
        return UNRECOGNIZED
    p.device.dns.servers.append(DnsServer(addr, p.device.span(ln), vrf))
    return None


def h_dns_resolve(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.lookup = not neg
    return None


def h_dns_domain(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.device.dns.domain = t[-1]
        p.device.domain = t[-1]
    return None


def h_dns_proxy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.server_enabled = not neg
    return None


# ---- lines ----------------------------------------------------------------------------------
_LINE_KINDS = {"vty": "vty", "con": "con", "console": "con", "aux": "aux", "tty": "tty"}


def h_line(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`user-interface vty 0 4`, `user-interface con 0`, `line vty 0 63`, `line class vty`."""
    if neg:
        return None
    k = t[i].lower()
    if k == "class":
        kind = _LINE_KINDS.get(t[i + 1].lower(), t[i + 1].lower())
        first, last = -1, -1
    else:
        got_kind = _LINE_KINDS.get(k)
        if got_kind is None:
            return UNRECOGNIZED
        kind = got_kind
        if kind is None:
            return UNRECOGNIZED
        first = int(t[i + 1]) if len(t) > i + 1 else 0
        last = int(t[i + 2]) if len(t) > i + 2 else first
    line = Line(kind, first, last, p.device.span(ln))
    p.device.lines.append(line)
    return p.modes["line"], line


def h_line_protocol(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`protocol inbound ssh|telnet|all|none`."""
    if neg:
        obj.transport_input = None
        return None
    vals = [x.lower() for x in t[i:]]
    if "all" in vals:
        vals = ["ssh", "telnet"]
    obj.transport_input = vals
    return None


def h_line_acl(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`acl [ipv6] N|name X inbound|outbound`."""
    if neg:
        return None
    j = i
    v6 = t[j].lower() == "ipv6"
    if v6:
        j += 1
    if t[j].lower() == "name":
        j += 1
    name = t[j]
    direction = t[j + 1].lower() if j + 1 < len(t) else "inbound"
    if v6:
        obj.access_class6_in = name
    elif direction == "inbound":
        obj.access_class_in = name
    else:
        obj.access_class_out = name
    p.ref("ipv6 access-list" if v6 else "ip access-list", name, "user-interface acl", ln)
    return None


def h_line_auth(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`authentication-mode aaa|password|none|scheme`."""
    m = t[i].lower()
    obj.login = None if neg else {"aaa": "aaa", "scheme": "aaa"}.get(m, m)
    return None


def h_line_timeout(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    if neg:
        obj.exec_timeout = None
        return None
    mins = int(t[i])
    secs = int(t[i + 1]) if len(t) > i + 1 else 0
    obj.exec_timeout = mins * 60 + secs
    return None


def h_line_privilege(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`user privilege level N`."""
    obj.privilege = None if neg else int(t[-1])
    return None


def h_line_role(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """Comware `user-role R`."""
    if not neg:
        obj.privilege = 15 if t[i] in ("network-admin", "level-15") else obj.privilege
    return None


def h_line_password(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    """`set authentication password [cipher|simple|hash] X`."""
    if neg:
        obj.password = None
        return None
    obj.password = secret_after(p, t, i, ln)
    return None


def h_line_shell(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Line) -> Any:
    obj.no_exec = neg
    return None


# ---- services -------------------------------------------------------------------------------
def service(p: P, name: str, enabled: bool, ln: int, **kw_: Any) -> Service:
    svc: Service | None = p.device.services.get(name)
    if svc is None:
        svc = Service(name, enabled, ln)
        p.device.services[name] = svc
    else:
        svc.enabled = enabled
        svc.line = ln
    for k, v in kw_.items():
        setattr(svc, k, v)
    return svc


def svc_handler(name: str) -> Any:
    def h(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        service(p, name, not neg, ln)
        return None

    h.__name__ = f"h_service_{name.replace('-', '_')}"
    return h


def port_handler(name: str) -> Any:
    def h(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        port = None if neg else int(t[-1])
        svc = p.device.services.get(name)
        if svc is None:
            svc = service(p, name, name != "telnet", ln)
        svc.port = port
        if name == "ssh":
            p.device.ssh.port = port
        return None

    return h


def h_ssh_source(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ssh server-source -i IF` / `ssh server-source all-interface`."""
    if not neg:
        p.device.ssh.source_interface = "".join(x for x in t[i:] if x != "-i")
    return None


def h_ssh_acl(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ssh server acl N` / `ssh server acl ipv6 N`."""
    if not neg:
        p.device.ssh.acl = t[-1]
        p.ref("ip access-list", t[-1], "ssh server acl", ln)
    return None


def h_ssh_algos(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ssh server cipher ...`, `ssh server hmac ...`, `ssh server key-exchange ...`."""
    k = t[i - 1].lower()
    vals = [x.lower() for x in t[i:]]
    if neg:
        return None
    if k == "cipher":
        p.device.ssh.ciphers = vals
    elif k == "hmac":
        p.device.ssh.macs = vals
    else:
        p.device.ssh.kex = vals
    return None


def h_ssh_timeout(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ssh.timeout = None if neg else int(t[-1])
    return None


def h_ssh_retry(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ssh.retries = None if neg else int(t[-1])
    return None


# ---- IKE / IPsec ----------------------------------------------------------------------------
def _proposal(p: P, name: str, kind: str, ln: int) -> CryptoProposal:
    for got in p.device.crypto_proposals:
        if got.name == name and got.kind == kind:
            found: CryptoProposal = got
            return found
    cp = CryptoProposal(name, p.device.span(ln), kind)
    p.device.crypto_proposals.append(cp)
    return cp


def h_ike_proposal(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.define("ike proposal", t[i], ln)
    return p.modes["ike proposal"], _proposal(p, t[i], "ike-proposal", ln)


def h_ipsec_proposal(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ipsec proposal P` (VRP) / `ipsec transform-set T` (Comware)."""
    if neg:
        return None
    kind = "transform-set" if t[i - 1].lower() == "transform-set" else "ipsec-proposal"
    p.define("ipsec proposal", t[i], ln)
    return p.modes["ipsec proposal"], _proposal(p, t[i], kind, ln)


def h_prop_enc(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoProposal) -> Any:
    if not neg:
        obj.encryption.extend(x.lower() for x in t[i:])
    return None


def h_prop_integ(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoProposal) -> Any:
    if not neg:
        obj.integrity.extend(x.lower() for x in t[i:])
    return None


def h_prop_dh(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoProposal) -> Any:
    if not neg:
        obj.group.extend(x.lower() for x in t[i:])
    return None


def h_prop_auth(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoProposal) -> Any:
    obj.auth = None if neg else t[i].lower()
    return None


def h_ike_peer(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """VRP `ike peer X [v1|v2]`: a CryptoPeer filled by `remote-address` / `pre-shared-key`."""
    if neg:
        return None
    peer = CryptoPeer("", p.device.span(ln), f"ike peer {t[i]}")
    p.device.crypto_peers.append(peer)
    p.define("ike peer", t[i], ln)
    return p.modes["ike peer"], peer


def h_peer_remote(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoPeer) -> Any:
    """`remote-address [ipv6] A [vpn-instance V]` / `remote-address vpn-instance V A`."""
    if neg:
        return None
    addrs = [x for x in t[i:] if is_ip(x)]
    if not addrs:
        return UNRECOGNIZED
    vrf = kw(t, "vpn-instance", i)
    if obj.address:  # a second remote address: another peer with the same settings
        other = CryptoPeer(addrs[0], p.device.span(ln), obj.context, vrf, obj.psk)
        p.device.crypto_peers.append(other)
        return None
    obj.address = addrs[0]
    obj.vrf = vrf
    return None


def h_peer_psk(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoPeer) -> Any:
    """`pre-shared-key [cipher|simple] K`."""
    if neg:
        return None
    sec = secret_after(p, t, i, ln)
    for peer in p.device.crypto_peers:
        if peer.context == obj.context:
            peer.psk = sec
    return None


def h_peer_proposal(p: P, t: list[str], i: int, ln: int, neg: bool, obj: CryptoPeer) -> Any:
    if not neg:
        obj.transforms.extend(t[i:])
        for x in t[i:]:
            p.ref("ike proposal", x, "ike peer ike-proposal", ln)
    return None


def h_ipsec_policy(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ipsec policy P N isakmp|manual|template T` / `ipsec policy-template T N`."""
    if neg or len(t) <= i + 1:
        return None
    name = t[i]
    p.define("crypto map", name, ln)
    holder = {"name": f"ipsec policy {name} {t[i + 1]}", "line": ln, "peer": None}
    return p.modes["ipsec policy"], holder


def h_pol_ike_peer(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    if not neg:
        p.ref("ike peer", t[i], "ipsec policy ike-peer", ln)
    return None


def h_pol_remote(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    """Comware `remote-address A` / VRP manual `tunnel remote A`."""
    if neg:
        return None
    addr = next((x for x in t[i:] if is_ip(x)), None)
    if addr is None:
        return UNRECOGNIZED
    p.device.crypto_peers.append(
        CryptoPeer(addr, p.device.span(ln), obj["name"], kw(t, "vpn-instance", i))
    )
    return None


def h_pol_acl(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    """`security acl N` (VRP/Comware)."""
    if not neg:
        name = t[-1]
        p.ref("ip access-list", name, "ipsec policy security acl", ln)
        for peer in p.device.crypto_peers:
            if peer.context == obj["name"]:
                peer.acl = name
    return None


def h_pol_proposal(p: P, t: list[str], i: int, ln: int, neg: bool, obj: dict[str, Any]) -> Any:
    if not neg:
        for x in t[i:]:
            p.ref("ipsec proposal", x, "ipsec policy proposal", ln)
    return None


def finish_crypto(p: P) -> None:
    p.device.crypto_peers = [c for c in p.device.crypto_peers if c.address]


# ---- telemetry ------------------------------------------------------------------------------
def h_telemetry(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None if neg else (p.modes["telemetry"], None)


def h_tel_dest_group(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.define("telemetry destination-group", t[i], ln)
    return p.modes["telemetry destination"], t[i]


def h_tel_address(p: P, t: list[str], i: int, ln: int, neg: bool, obj: str) -> Any:
    """`ipv4-address A port P [vpn-instance V] [protocol grpc [no-tls]]` / `ipv6-address ...`."""
    if neg:
        return None
    addr = t[i]
    low = [x.lower() for x in t]
    tel = Telemetry(obj, addr, p.device.span(ln))
    port = kw(low, "port", i)
    if port:
        tel.port = int(port)
    tel.vrf = kw(t, "vpn-instance", i)
    tel.protocol = kw(low, "protocol", i) or "grpc"
    p.device.telemetry.append(tel)
    return None


def h_tel_sensor_group(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    p.define("telemetry sensor-group", t[i], ln)
    return p.modes["telemetry sensor"], t[i]


def h_tel_subscription(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    return p.modes["telemetry subscription"], t[i]


def h_tel_sub_ref(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        k = t[0].lower()
        p.ref(f"telemetry {k}", t[i], "telemetry subscription", ln)
    return None


# ---- packet capture -------------------------------------------------------------------------
def h_capture(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """VRP `capture-packet [interface IF] [acl N] destination terminal|file F ...`."""
    if neg:
        return None
    cap = PacketCapture("capture-packet", p.device.span(ln))
    low = [x.lower() for x in t]
    ifn = kw(t, "interface", i)
    if ifn:
        cap.interfaces.append(ifn)
    acl = kw(low, "acl", i)
    if acl:
        cap.acl = acl
    if "destination" in low:
        dest = t[low.index("destination") + 1 :]
        cap.destination = " ".join(dest[:2])
    p.device.captures.append(cap)
    return None


# ---- helpers for grammars -------------------------------------------------------------------
def known_tree(mode: Mode, text: str) -> Mode:
    """Register KNOWN statements given one per line (blank lines and `#` comments ignored)."""
    for raw in text.splitlines():
        s = raw.strip()
        if s and not s.startswith("#"):
            mode.known(s)
    return mode


# ---- AAA servers and local users (shared helpers; the statements differ per vendor) --------
def aaa_group(p: P, name: str, protocol: str, ln: int) -> Any:
    from untapped.model.mgmt import AaaServerGroup

    for g in p.device.aaa.groups:
        if g.name == name and g.protocol == protocol:
            return g
    g = AaaServerGroup(name, protocol, p.device.span(ln))
    p.device.aaa.groups.append(g)
    p.define("aaa server group", name, ln)
    return g


def aaa_server(
    p: P,
    group: Any,
    addr: str,
    role: str,
    ln: int,
    port: int | None = None,
    vrf: str | None = None,
    key: Secret | None = None,
) -> Any:
    from untapped.model.mgmt import AaaServer

    for s in p.device.aaa.servers:
        if (
            s.group == group.name
            and s.address == addr
            and s.vrf == vrf
            and s.protocol == group.protocol
        ):
            if role not in s.roles:
                s.roles.append(role)
            if key is not None:
                s.key = key
            return s
    s = AaaServer(group.protocol, addr, p.device.span(ln), vrf=vrf, port=port, key=key)
    s.group = group.name
    s.roles.append(role)
    p.device.aaa.servers.append(s)
    if addr not in group.servers:
        group.servers.append(addr)
    if vrf and group.vrf is None:
        group.vrf = vrf
    return s


def aaa_group_key(p: P, group: Any, key: Secret) -> None:
    """A template/scheme-wide shared key: given to its servers now and at the end of the file."""
    p.group_keys[(group.name, group.protocol)] = key


def finish_aaa(p: P) -> None:
    for s in p.device.aaa.servers:
        if s.key is None:
            k = p.group_keys.get((s.group, s.protocol))
            if k is not None:
                s.key = k


def local_user(p: P, name: str, ln: int) -> User:
    for got in p.device.users:
        if got.name == name:
            found: User = got
            return found
    u = User(name, p.device.span(ln))
    p.device.users.append(u)
    return u


PASSWORD_KINDS = {
    "irreversible-cipher": "irreversible",
    "cipher": "cipher",
    "simple": "plain",
    "hash": "hash",
}


# ---- public keys ----------------------------------------------------------------------------
def h_peer_key(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`rsa|dsa|ecc peer-public-key NAME [encoding-type ...]` opens a key view."""
    if neg:
        return None
    return p.modes["peer key"], None


def h_key_code(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`public-key-code begin`: hex lines up to `public-key-code end`."""
    p.take_block(lambda raw: raw.strip().lower().startswith("public-key-code end"))
    return None


# ---- key chains ---------------------------------------------------------------------------
def h_keychain(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`keychain NAME [mode absolute|periodic ...]`."""
    from untapped.model.mgmt import KeyChain

    if neg:
        return None
    kc = p.device.key_chains.get(t[i])
    if kc is None:
        kc = KeyChain(t[i], p.device.span(ln))
        p.device.key_chains[t[i]] = kc
    p.define("key chain", t[i], ln)
    return p.modes["keychain"], kc


def h_keychain_key(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`key-id N` (VRP) / `key N` (Comware)."""
    from untapped.model.mgmt import KeyChainKey

    if neg:
        return None
    key = KeyChainKey(int(t[i]), ln)
    obj.keys.append(key)
    return p.modes["keychain key"], key


def h_key_string(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`key-string [cipher|plain|simple] K`."""
    if not neg:
        obj.secret = secret_after(p, t, i, ln)
    return None


def h_key_lifetime(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`send-time|send-lifetime ...` / `receive-time|accept-lifetime ...`."""
    if t[0].lower().startswith("send") or (len(t) > 1 and t[1].lower().startswith("send")):
        obj.send_lifetime = not neg
    else:
        obj.accept_lifetime = not neg
    return None

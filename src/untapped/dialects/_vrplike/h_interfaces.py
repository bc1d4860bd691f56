"""VRP/Comware handlers: system, interfaces, mirroring bindings, VLANs, VPN instances."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import (
    is_ip,
    prefix_from_mask,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._vrplike.base import DIRECTIONS, P, kw, rest, secret_after
from untapped.model.mgmt import (
    Banner,
)
from untapped.model.net import (
    IfAddress,
    Interface,
    Tunnel,
    Vlan,
    Vrf,
)
from untapped.model.taps import (
    MirrorDestination,
    MirrorSource,
)


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

"""Statement handlers of the cisco_iosxr dialect (wired into modes by grammar.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike import common as C
from untapped.dialects._ioslike.acl import parse_entry
from untapped.dialects._ioslike.addr import is_ip, is_prefix, prefix_from_mask
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects.cisco_iosxr import grammar as G  # modes, resolved at call time
from untapped.model.core import Span
from untapped.model.filters import (
    CommunityList,
    PrefixList,
    PrefixListEntry,
    RouteMapClause,
)
from untapped.model.net import BgpNetwork, Redistribution


# ---- interfaces -----------------------------------------------------------------------------
def h_interface(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i + 1] if t[i] == "preconfigure" and i + 1 < len(t) else t[i]
    it = p.iface(name, ln)
    if neg:
        it.shutdown = True
    return G.IF_MODE, it


def h_if_ipv4(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    if t[i] == "dhcp":
        obj.dhcp = True
        return None
    if "/" in t[i]:
        addr = t[i]
    else:
        got = prefix_from_mask(t[i], t[i + 1])
        if got is None:
            return UNRECOGNIZED
        addr = got
    C.add_address(obj, addr, "secondary" in t)
    return None


def h_if_ipv6(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg and "/" in t[i]:
        C.add_address(obj, t[i])
    return None


def h_if_vrf(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.vrf = None if neg else t[i]
    p.ref("vrf", t[i], "interface vrf", ln)
    return None


def h_if_access_group(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    v6 = t[0] == "ipv6"
    name = t[i]
    direction = "out" if "egress" in t[i + 1 :] else "in"
    attr = f"acl{'6' if v6 else ''}_{direction}"
    setattr(obj, attr, None if neg else name)
    p.ref(
        "ipv6 access-list" if v6 else "ip access-list",
        name,
        f"interface access-group {direction}",
        ln,
    )
    return None


def h_if_monitor(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """monitor-session NAME [ethernet] [direction rx-only|tx-only] [port-level]"""
    if neg:
        return None
    name = t[i]
    direction = "both"
    if "direction" in t:
        direction = t[t.index("direction") + 1]
    p.mon_bindings.append((name, obj.name, direction, ln))
    p.ref("monitor session", name, "interface monitor-session", ln)
    obj.mirror_observe.append(f"{name} {direction}")
    return G.IF_MON_MODE, (name, obj.name)


def h_if_mon_direction(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name, iface = obj
    for k, (s, f, _d, l0) in enumerate(p.mon_bindings):
        if s == name and f == iface:
            p.mon_bindings[k] = (s, f, t[i], l0)
    return None


def h_if_flow(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """flow ipv4|ipv6|mpls monitor M sampler S ingress|egress"""
    if neg:
        return None
    mon = t[i]
    direction = "output" if "egress" in t else "input"
    obj.flow_monitors.append(f"{mon} {direction}")
    p.ref("flow monitor", mon, "interface flow monitor", ln)
    if "sampler" in t:
        obj.sampler = t[t.index("sampler") + 1]
        p.ref("sampler", obj.sampler, "interface flow sampler", ln)
    return None


def h_if_service_policy(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    j = i
    if t[j] == "type":
        j += 2
    direction, name = t[j], t[j + 1]
    p.ref("policy-map", name, f"interface service-policy {direction}", ln)
    if direction == "input":
        obj.service_policy_in = None if neg else name
    else:
        obj.service_policy_out = None if neg else name
    return None


def h_if_mtu(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.mtu = int(t[i])
    return None


def h_if_bundle(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.channel_group = t[i]
    return None


def h_if_tunnel(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.model.net import Tunnel

    if obj.tunnel is None:
        obj.tunnel = Tunnel()
    if t[1] == "source":
        obj.tunnel.source = t[i]
    elif t[1] == "destination":
        obj.tunnel.destination = t[i]
        obj.tunnel.destination_line = ln
    elif t[1] == "mode":
        obj.tunnel.mode = " ".join(t[i:])
    elif t[1] == "vrf":
        obj.tunnel.vrf = t[i]
    return None


# ---- VRFs -----------------------------------------------------------------------------------
def h_vrf(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.VRF_MODE, p.vrf(t[i], ln)


def h_vrf_af(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.VRF_AF_MODE, obj


def h_vrf_rt_block(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    targets = obj.import_targets if t[0] == "import" else obj.export_targets
    for rt in t[i:]:
        targets.append(rt)
    return G.VRF_RT_MODE, targets


def h_vrf_rt(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if ":" not in t[0]:
        return UNRECOGNIZED
    obj.append(t[0])
    return None


def h_rt_value(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None if ":" in t[0] else UNRECOGNIZED


def h_eth_ace(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """[SEQ] permit|deny SRC-MAC DST-MAC ... (ethernet-services access-list, not modelled)"""
    j = 1 if t[0].isdigit() else 0
    return None if t[j] in ("permit", "deny", "remark") else UNRECOGNIZED


def h_vrf_policy(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("route-policy", t[i], f"vrf {t[0]} route-policy", ln)
    if t[0] == "import":
        obj.import_map = t[i]
    else:
        obj.export_map = t[i]
    return None


def h_rd(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None


# ---- router static ----------------------------------------------------------------------------
def h_router_static(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.STATIC_MODE, None


def h_static_vrf(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("vrf", t[i], "router static vrf", ln)
    return G.STATIC_MODE, t[i]


def h_static_af(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.STATIC_AF_MODE, obj


def h_static_route(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """PREFIX [vrf V] [IF] [NH] [DISTANCE] [tag T] [description D] [bfd ...]"""
    if not is_prefix(t[0]):
        return UNRECOGNIZED
    r = C.static_route(p, t[0], t[1:], ln, obj)
    if r is not None and r.nh_vrf:
        p.ref("vrf", r.nh_vrf, "router static next-hop vrf", ln)
    return None


# ---- OSPF -------------------------------------------------------------------------------------
def h_router_ospf(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.OSPF_MODE, p.ospf(t[i] if i < len(t) else "1", ln)


def h_ospf_vrf(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("vrf", t[i], "router ospf vrf", ln)
    return G.OSPF_MODE, p.ospf(obj.process, ln, t[i])


def h_ospf_router_id(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.router_id = t[i]
    return None


def h_ospf_area(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.model.net import OspfArea

    area = t[i]
    obj.areas.setdefault(area, OspfArea(area))
    return G.OSPF_AREA_MODE, (obj, area)


def h_ospf_area_if(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ospf, area = obj
    it = p.device.interfaces.get(t[i])
    if it is not None:
        it.ospf_area = area
    p.ref("interface", t[i], "router ospf area interface", ln)
    return G.OSPF_IF_MODE, (ospf, t[i])


def h_ospf_if_passive(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ospf, name = obj
    off = neg or (i < len(t) and t[i] == "disable")
    (ospf.non_passive if off else ospf.passive).append(name)
    return None


def h_ospf_if_cost(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    _ospf, name = obj
    it = p.device.interfaces.get(name)
    if it is not None:
        it.ospf_cost = int(t[i])
    return None


def h_ospf_passive(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    target = obj[0] if isinstance(obj, tuple) else obj
    if not isinstance(obj, tuple):
        target.passive_default = not (neg or (i < len(t) and t[i] == "disable"))
    return None


def h_ospf_auth(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[0] == "message-digest-key":
        p.secret(t[-1], "type7" if "encrypted" in t else "plain", ln)
    if isinstance(obj, tuple):
        it = p.device.interfaces.get(obj[1])
        if it is not None:
            it.ospf_auth = True
    return None


def h_ospf_redistribute(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    r = Redistribution(t[i])
    if "route-policy" in t:
        r.route_map = t[t.index("route-policy") + 1]
        p.ref("route-policy", r.route_map, "ospf redistribute route-policy", ln)
    obj.redistribute.append(r)
    return None


def h_ospf_default(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.default_originate = not neg
    obj.default_originate_always = "always" in t
    return None


# ---- BGP --------------------------------------------------------------------------------------
def h_router_bgp(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    bgp = p.bgp(t[i], ln)
    p.bgp_vrf = None
    p.bgp_af = None
    return G.BGP_MODE, bgp


def h_bgp_router_id(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if p.bgp_vrf is None and p.device.bgp is not None:
        p.device.bgp.router_id = t[i]
    return None


def h_bgp_vrf(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    bgp = p.device.bgp
    p.bgp_vrf = t[i]
    if bgp is not None and t[i] not in bgp.vrfs:
        bgp.vrfs.append(t[i])
    p.ref("vrf", t[i], "router bgp vrf", ln)
    return G.BGP_VRF_MODE, bgp


def h_bgp_af(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.bgp_af = " ".join(t[i:])
    return G.BGP_AF_MODE, obj


def h_bgp_network(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    bgp = p.device.bgp
    if bgp is None or neg:
        return None
    rp = t[i + 2] if i + 2 < len(t) and t[i + 1] == "route-policy" else None
    if rp:
        p.ref("route-policy", rp, "bgp network route-policy", ln)
    bgp.networks.append(BgpNetwork(t[i], rp, p.bgp_vrf))
    return None


def h_bgp_redistribute(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    bgp = p.device.bgp
    if bgp is None or neg:
        return None
    r = Redistribution(t[i])
    if "route-policy" in t:
        r.route_map = t[t.index("route-policy") + 1]
        p.ref("route-policy", r.route_map, "bgp redistribute route-policy", ln)
    bgp.redistribute.append(r)
    return None


def h_bgp_neighbor(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    nb = p.neighbor(t[i], ln, p.bgp_vrf)
    if t[i - 1] == "neighbor-group":
        nb.is_group = True
        p.define("bgp neighbor-group", t[i], ln)
    return G.NBR_MODE, nb


def h_nb_attr(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    nb = obj
    if neg:
        return None
    word = t[0]
    if word == "remote-as":
        nb.remote_as = t[i]
    elif word == "description":
        nb.description = " ".join(t[i:])
    elif word == "update-source":
        nb.update_source = t[i]
    elif word == "password":
        if t[i] == "inheritance-disable":
            return None
        nb.password = (
            p.secret(t[i + 1], "type7", ln)
            if t[i] == "encrypted"
            else p.secret(t[i + 1] if t[i] == "clear" else t[i], "plain", ln)
        )
    elif word == "ebgp-multihop":
        nb.ebgp_multihop = int(t[i]) if i < len(t) else 255
    elif word == "shutdown":
        nb.shutdown = True
    elif word == "local-as":
        nb.local_as = t[i]
    elif word == "use":
        if t[i] == "neighbor-group":
            nb.peer_group = t[i + 1]
            p.ref("bgp neighbor-group", t[i + 1], "bgp neighbor use neighbor-group", ln)
    return None


def h_nb_af(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    af = " ".join(t[i:])
    if not neg:
        obj.activated.append(af)
    return G.NBR_AF_MODE, obj


def h_nb_route_policy(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name, direction = t[i], t[i + 1]
    p.ref("route-policy", name, f"bgp neighbor route-policy {direction}", ln)
    if direction == "in":
        obj.route_map_in = name
    else:
        obj.route_map_out = name
    return None


def h_nb_flag(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[0] == "next-hop-self":
        obj.next_hop_self = not neg
    elif t[0] == "route-reflector-client":
        obj.route_reflector_client = not neg
    elif t[0].startswith("send-community"):
        obj.send_community = not neg
    elif t[0] == "maximum-prefix":
        obj.max_prefix = int(t[i])
    return None


# ---- ACLs, sets and route-policies ---------------------------------------------------------
_XR_TOKENS = {"ipv4": "ip", "net-group": "addrgroup", "port-group": "portgroup"}


def h_acl(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    v6 = t[0] == "ipv6"
    acl = p.acl(t[i], ln, "ipv6" if v6 else "extended", "ipv6" if v6 else "ipv4")
    return G.ACL_MODE, acl


def h_ace(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    toks = [_XR_TOKENS.get(x, x) for x in t]
    entry = parse_entry(toks, 0, p.span(ln), p.text)
    if entry is None:
        return UNRECOGNIZED
    obj.entries.append(entry)
    obj.span = Span(obj.span.file, obj.span.line, ln)
    for m in (entry.src, entry.dst):
        if m.kind == "group" and m.name:
            p.ref("object-group", m.name, "access-list entry", ln)
    for pm in (entry.src_ports, entry.dst_ports):
        if pm is not None and pm.op == "group" and pm.name:
            p.ref("object-group", pm.name, "access-list entry port-group", ln)
    return None


def _set_items(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out = []
    for ln, s in body:
        for item in s.split(","):
            item = item.strip()
            if item:
                out.append((ln, item))
    return out


def h_prefix_set(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    body = C.take_until(p, "end-set")
    pl = PrefixList(name, p.span(ln, p.i), "ipv4")
    for bl, item in _set_items(body):
        parts = item.split()
        ge = int(parts[parts.index("ge") + 1]) if "ge" in parts else None
        le = int(parts[parts.index("le") + 1]) if "le" in parts else None
        if "eq" in parts:
            ge = le = int(parts[parts.index("eq") + 1])
        if not is_prefix(parts[0]) and not is_ip(parts[0]):
            p.unrecognized(bl, item)
            continue
        if ":" in parts[0]:
            pl.family = "ipv6"
        pl.entries.append(PrefixListEntry(bl, "permit", parts[0], None, ge, le))
    p.counts.recognized += len(body)
    p.device.prefix_lists[name] = pl
    p.define("prefix-set", name, ln)
    return None


def h_other_set(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """community-set / extcommunity-set rt|soo|... / large-community-set / as-path-set / rd-set"""
    kind_word = t[0]
    name = t[i] if kind_word != "extcommunity-set" else t[i + 1]
    body = C.take_until(p, "end-set")
    kind: Any = {
        "as-path-set": "as-path",
        "large-community-set": "large",
        "extcommunity-set": "extended",
    }.get(kind_word, "standard")
    cl = CommunityList(name, p.span(ln, p.i), kind)
    for _bl, item in _set_items(body):
        cl.entries.append(("permit", item))
    p.counts.recognized += len(body)
    if kind_word != "rd-set":
        p.device.community_lists[name] = cl
    p.define(kind_word, name, ln)
    return None


RPL_WORDS = frozenset(
    {
        "if",
        "elseif",
        "else",
        "endif",
        "pass",
        "drop",
        "done",
        "set",
        "delete",
        "apply",
        "prepend",
        "remove",
        "suppress-route",
        "unsuppress-route",
        "add",
        "replace",
        "then",
        # continuation lines of a multi-line condition
        "and",
        "or",
        "not",
        "as-path",
        "destination",
        "source",
        "community",
        "extcommunity",
        "large-community",
        "med",
        "origin",
        "local-preference",
        "next-hop",
        "tag",
        "rib-has-route",
        "protocol",
        "path-type",
        "route-type",
        "rd",
        "validation-state",
        "ospf-area",
        "(",
    }
)
_RPL_SET_REFS = {
    "destination": "prefix-set",
    "source": "prefix-set",
    "next-hop": "prefix-set",
    "community": "community-set",
    "extcommunity": "extcommunity-set",
    "large-community": "large-community-set",
    "as-path": "as-path-set",
    "rd": "rd-set",
}


def h_route_policy(p: G.XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """route-policy NAME[(params)] ... end-policy: a route-map of kind route-policy; one clause
    per policy, keeping `set` actions and match references."""
    name = t[i].split("(", 1)[0]
    body = C.take_until(p, "end-policy")
    rm = p.route_map(name, ln, "route-policy")
    rm.span = p.span(ln, p.i)
    clause = RouteMapClause(p.span(ln, p.i), "permit", 10)
    rm.clauses.append(clause)
    for bl, s in body:
        toks = s.replace("(", " ( ").replace(")", " ) ").split()
        if toks[0] not in RPL_WORDS:
            p.unrecognized(bl, s)
            continue
        p.counts.recognized += 1
        head = toks[0]
        if head in ("if", "elseif"):
            for k, tok in enumerate(toks[:-2]):
                if toks[k + 1] in ("in", "matches-any", "matches-every", "matches-within"):
                    nm = toks[k + 2]
                    if nm != "(" and tok in _RPL_SET_REFS:
                        p.ref(_RPL_SET_REFS[tok], nm, f"route-policy {tok} {toks[k + 1]}", bl)
                        clause.matches.append((tok, (nm,)))
        elif head == "set" and len(toks) > 1:
            if toks[1] == "next-hop" and len(toks) > 2:
                key = "ipv6 next-hop" if ":" in toks[2] else "ip next-hop"
                clause.sets.append((key, (toks[2],)))
            elif toks[1] in ("community", "extcommunity", "large-community") and len(toks) > 2:
                if toks[2] != "(":
                    p.ref(_RPL_SET_REFS[toks[1]], toks[2], f"route-policy set {toks[1]}", bl)
                clause.sets.append((toks[1], tuple(toks[2:])))
            else:
                clause.sets.append((toks[1], tuple(toks[2:])))
        elif head == "apply" and len(toks) > 1:
            p.ref("route-policy", toks[1], "route-policy apply", bl)
        elif head == "prepend" and len(toks) > 2:
            clause.sets.append(("as-path prepend", tuple(toks[2:])))
    p.define("route-policy", name, ln)
    return None

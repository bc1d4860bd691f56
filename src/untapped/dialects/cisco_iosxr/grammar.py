"""The Cisco IOS-XR grammar: modes, what each statement does, and the XrParser that walks them."""

from __future__ import annotations

from typing import Any

from untapped.collect.files import Artifact
from untapped.dialects._ioslike import common as C
from untapped.dialects._ioslike.acl import parse_entry
from untapped.dialects._ioslike.addr import is_ip, is_prefix, prefix_from_mask
from untapped.dialects._ioslike.engine import ANY, UNRECOGNIZED, Mode
from untapped.model.core import Span
from untapped.model.filters import (
    ClassMap,
    CommunityList,
    PolicyMap,
    PolicyMapClass,
    PrefixList,
    PrefixListEntry,
    RouteMapClause,
)
from untapped.model.mgmt import (
    AaaServer,
    AaaServerGroup,
    Banner,
    Line,
    Service,
    SnmpCommunity,
    SnmpView,
    User,
)
from untapped.model.net import BgpNetwork, Redistribution
from untapped.model.taps import (
    FlowExporter,
    FlowMonitor,
    MirrorDestination,
    MirrorSession,
    MirrorSource,
    Telemetry,
)

FEATURES = frozenset(
    {
        "hostname",
        "interfaces",
        "vrfs",
        "static_routes",
        "ospf",
        "bgp",
        "acls",
        "prefix_lists",
        "route_maps",
        "qos_policies",
        "users",
        "aaa",
        "snmp",
        "logging",
        "ntp",
        "dns",
        "lines",
        "services",
        "ssh",
        "banners",
        "mirror",
        "flow_export",
        "tunnels",
        "telemetry",
        "call_home",
        "references",
    }
)

WEEKDAYS = frozenset({"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"})


class XrParser(C.IosLikeParser):
    dialect_name = "cisco_iosxr"
    FEATURES = FEATURES

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, ROOT)
        self.mon_bindings: list[tuple[str, str, str, int]] = []  # session, iface, dir, line
        self.tel_groups: dict[str, list[Telemetry]] = {}
        self.tel_group_vrf: dict[str, str] = {}

    def fallback(self, mode: Mode, toks: list[str], start: int) -> Any:
        if mode is ROOT and toks[0] in WEEKDAYS and len(toks) >= 4:  # commit timestamp line
            return h_timestamp
        return None

    def finish(self) -> Any:
        dev = self.device
        sessions = {s.name: s for s in dev.mirror_sessions}
        for name, iface, direction, ln in self.mon_bindings:
            s = sessions.get(name)
            if s is None:
                continue
            d: Any = {"rx-only": "rx", "tx-only": "tx"}.get(direction, "both")
            s.sources.append(MirrorSource("interface", iface, d, ln))
        used_monitors = {m.split()[0] for i in dev.interfaces.values() for m in i.flow_monitors}
        used_exporters = {
            e for name, m in dev.flow_monitors.items() if name in used_monitors for e in m.exporters
        }
        for exp in dev.flow_exporters:
            exp.applied = exp.name in used_exporters
        for g in dev.aaa.groups:  # `server A` may come before `tacacs-server host A`
            for srv in dev.aaa.servers:
                if srv.group is None and srv.address in g.servers:
                    srv.group = g.name
                    srv.vrf = srv.vrf or g.vrf
                    srv.source_interface = srv.source_interface or g.source_interface
        for group, tels in self.tel_groups.items():
            vrf = self.tel_group_vrf.get(group)
            for tel in tels:
                tel.vrf = tel.vrf or vrf
        return super().finish()


def h_timestamp(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None


def _known(name: str, *paths: str) -> Mode:
    return Mode(name).known(*paths)


# ---- interfaces -----------------------------------------------------------------------------
def h_interface(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i + 1] if t[i] == "preconfigure" and i + 1 < len(t) else t[i]
    it = p.iface(name, ln)
    if neg:
        it.shutdown = True
    return IF_MODE, it


def h_if_ipv4(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_if_ipv6(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg and "/" in t[i]:
        C.add_address(obj, t[i])
    return None


def h_if_vrf(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.vrf = None if neg else t[i]
    p.ref("vrf", t[i], "interface vrf", ln)
    return None


def h_if_access_group(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_if_monitor(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """monitor-session NAME [ethernet] [direction rx-only|tx-only] [port-level]"""
    if neg:
        return None
    name = t[i]
    direction = "both"
    if "direction" in t:
        direction = t[t.index("direction") + 1]
    p.mon_bindings.append((name, obj.name, direction, ln))
    p.ref("monitor-session", name, "interface monitor-session", ln)
    obj.mirror_observe.append(f"{name} {direction}")
    return IF_MON_MODE, (name, obj.name)


def h_if_mon_direction(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name, iface = obj
    for k, (s, f, _d, l0) in enumerate(p.mon_bindings):
        if s == name and f == iface:
            p.mon_bindings[k] = (s, f, t[i], l0)
    return None


def h_if_flow(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_if_service_policy(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_if_mtu(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.mtu = int(t[i])
    return None


def h_if_bundle(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.channel_group = t[i]
    return None


def h_if_tunnel(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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
def h_vrf(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return VRF_MODE, p.vrf(t[i], ln)


def h_vrf_af(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return VRF_AF_MODE, obj


def h_vrf_rt_block(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    targets = obj.import_targets if t[0] == "import" else obj.export_targets
    for rt in t[i:]:
        targets.append(rt)
    return VRF_RT_MODE, targets


def h_vrf_rt(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if ":" not in t[0]:
        return UNRECOGNIZED
    obj.append(t[0])
    return None


def h_rt_value(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None if ":" in t[0] else UNRECOGNIZED


def h_eth_ace(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """[SEQ] permit|deny SRC-MAC DST-MAC ... (ethernet-services access-list, not modelled)"""
    j = 1 if t[0].isdigit() else 0
    return None if t[j] in ("permit", "deny", "remark") else UNRECOGNIZED


def h_vrf_policy(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("route-policy", t[i], f"vrf {t[0]} route-policy", ln)
    if t[0] == "import":
        obj.import_map = t[i]
    else:
        obj.export_map = t[i]
    return None


def h_rd(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None


# ---- router static ----------------------------------------------------------------------------
def h_router_static(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return STATIC_MODE, None


def h_static_vrf(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("vrf", t[i], "router static vrf", ln)
    return STATIC_MODE, t[i]


def h_static_af(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return STATIC_AF_MODE, obj


def h_static_route(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """PREFIX [vrf V] [IF] [NH] [DISTANCE] [tag T] [description D] [bfd ...]"""
    if not is_prefix(t[0]):
        return UNRECOGNIZED
    r = C.static_route(p, t[0], t[1:], ln, obj)
    if r is not None and r.nh_vrf:
        p.ref("vrf", r.nh_vrf, "router static next-hop vrf", ln)
    return None


# ---- OSPF -------------------------------------------------------------------------------------
def h_router_ospf(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return OSPF_MODE, p.ospf(t[i] if i < len(t) else "1", ln)


def h_ospf_vrf(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("vrf", t[i], "router ospf vrf", ln)
    return OSPF_MODE, p.ospf(obj.process, ln, t[i])


def h_ospf_router_id(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.router_id = t[i]
    return None


def h_ospf_area(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.model.net import OspfArea

    area = t[i]
    obj.areas.setdefault(area, OspfArea(area))
    return OSPF_AREA_MODE, (obj, area)


def h_ospf_area_if(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ospf, area = obj
    it = p.device.interfaces.get(t[i])
    if it is not None:
        it.ospf_area = area
    p.ref("interface", t[i], "router ospf area interface", ln)
    return OSPF_IF_MODE, (ospf, t[i])


def h_ospf_if_passive(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ospf, name = obj
    off = neg or (i < len(t) and t[i] == "disable")
    (ospf.non_passive if off else ospf.passive).append(name)
    return None


def h_ospf_if_cost(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    _ospf, name = obj
    it = p.device.interfaces.get(name)
    if it is not None:
        it.ospf_cost = int(t[i])
    return None


def h_ospf_passive(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    target = obj[0] if isinstance(obj, tuple) else obj
    if not isinstance(obj, tuple):
        target.passive_default = not (neg or (i < len(t) and t[i] == "disable"))
    return None


def h_ospf_auth(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[0] == "message-digest-key":
        p.secret(t[-1], "type7" if "encrypted" in t else "plain", ln)
    if isinstance(obj, tuple):
        it = p.device.interfaces.get(obj[1])
        if it is not None:
            it.ospf_auth = True
    return None


def h_ospf_redistribute(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    r = Redistribution(t[i])
    if "route-policy" in t:
        r.route_map = t[t.index("route-policy") + 1]
        p.ref("route-policy", r.route_map, "ospf redistribute route-policy", ln)
    obj.redistribute.append(r)
    return None


def h_ospf_default(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.default_originate = not neg
    obj.default_originate_always = "always" in t
    return None


# ---- BGP --------------------------------------------------------------------------------------
def h_router_bgp(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    bgp = p.bgp(t[i], ln)
    p.bgp_vrf = None
    p.bgp_af = None
    return BGP_MODE, bgp


def h_bgp_router_id(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if p.bgp_vrf is None and p.device.bgp is not None:
        p.device.bgp.router_id = t[i]
    return None


def h_bgp_vrf(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    bgp = p.device.bgp
    p.bgp_vrf = t[i]
    if bgp is not None and t[i] not in bgp.vrfs:
        bgp.vrfs.append(t[i])
    p.ref("vrf", t[i], "router bgp vrf", ln)
    return BGP_VRF_MODE, bgp


def h_bgp_af(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.bgp_af = " ".join(t[i:])
    return BGP_AF_MODE, obj


def h_bgp_network(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    bgp = p.device.bgp
    if bgp is None or neg:
        return None
    rp = t[i + 2] if i + 2 < len(t) and t[i + 1] == "route-policy" else None
    if rp:
        p.ref("route-policy", rp, "bgp network route-policy", ln)
    bgp.networks.append(BgpNetwork(t[i], rp, p.bgp_vrf))
    return None


def h_bgp_redistribute(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    bgp = p.device.bgp
    if bgp is None or neg:
        return None
    r = Redistribution(t[i])
    if "route-policy" in t:
        r.route_map = t[t.index("route-policy") + 1]
        p.ref("route-policy", r.route_map, "bgp redistribute route-policy", ln)
    bgp.redistribute.append(r)
    return None


def h_bgp_neighbor(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    nb = p.neighbor(t[i], ln, p.bgp_vrf)
    if t[i - 1] == "neighbor-group":
        nb.is_group = True
        p.define("bgp neighbor-group", t[i], ln)
    return NBR_MODE, nb


def h_nb_attr(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_nb_af(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    af = " ".join(t[i:])
    if not neg:
        obj.activated.append(af)
    return NBR_AF_MODE, obj


def h_nb_route_policy(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name, direction = t[i], t[i + 1]
    p.ref("route-policy", name, f"bgp neighbor route-policy {direction}", ln)
    if direction == "in":
        obj.route_map_in = name
    else:
        obj.route_map_out = name
    return None


def h_nb_flag(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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
_XR_TOKENS = {"ipv4": "ip", "net-group": "object-group", "port-group": "object-group"}


def h_acl(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    v6 = t[0] == "ipv6"
    acl = p.acl(t[i], ln, "ipv6" if v6 else "extended", "ipv6" if v6 else "ipv4")
    return ACL_MODE, acl


def h_ace(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    toks = [_XR_TOKENS.get(x, x) for x in t]
    entry = parse_entry(toks, 0, p.span(ln), p.text)
    if entry is None:
        return UNRECOGNIZED
    obj.entries.append(entry)
    obj.span = Span(obj.span.file, obj.span.line, ln)
    for m in (entry.src, entry.dst):
        if m.kind == "group" and m.name:
            p.ref("object-group", m.name, "access-list entry", ln)
    return None


def _set_items(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out = []
    for ln, s in body:
        for item in s.split(","):
            item = item.strip()
            if item:
                out.append((ln, item))
    return out


def h_prefix_set(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_other_set(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_route_policy(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


# ---- QoS / PBR ----------------------------------------------------------------------------
def h_class_map(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    j = i
    if t[j] == "type":
        j += 2
    match_all = t[j] == "match-all"
    if t[j] in ("match-all", "match-any"):
        j += 1
    cm = p.device.class_maps[t[j]] = ClassMap(t[j], p.span(ln), match_all)
    p.define("class-map", t[j], ln)
    return CM_MODE, cm


def h_cm_match(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.matches.append((t[i], tuple(t[i + 1 :])))
    if t[i] == "access-group" and len(t) > i + 2:
        p.ref("ip access-list", t[-1], "class-map match access-group", ln)
    return None


def h_policy_map(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "qos"
    j = i
    if t[j] == "type":
        kind = t[j + 1]
        j += 2
    pm = p.device.policy_maps[t[j]] = PolicyMap(t[j], p.span(ln), kind)
    p.define("policy-map", t[j], ln)
    return PM_MODE, pm


def h_pm_class(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[-1]
    if name != "class-default":
        p.ref("class-map", name, "policy-map class", ln)
    cls = PolicyMapClass(name, ln)
    obj.classes.append(cls)
    return PM_CLASS_MODE, cls


def h_pm_action(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[0] == "redirect":  # redirect ipv4 nexthop A [vrf V] / redirect nexthop route-target
        hops = tuple(x for x in t[1:] if is_ip(x)) or tuple(t[1:])
        obj.actions.append(("redirect", hops))
    else:
        obj.actions.append((t[0], tuple(t[1:])))
    return None


# ---- taps: monitor sessions, flow, telemetry ------------------------------------------------
def h_monitor_session(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    s = MirrorSession(t[i], p.span(ln))
    p.device.mirror_sessions.append(s)
    p.define("monitor-session", t[i], ln)
    return MON_MODE, s


def h_mon_destination(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    s: MirrorSession = obj
    kind = t[i]
    rest = t[i + 1 :]
    if kind == "interface":
        s.destinations.append(MirrorDestination("interface", rest[0], ln))
        p.ref("interface", rest[0], "monitor-session destination interface", ln)
    elif kind == "pseudowire":
        s.kind = "other"
        s.destinations.append(MirrorDestination("tunnel", "pseudowire", ln))
    elif kind in ("next-hop", "ipv4", "ipv6"):
        addr = next((x for x in rest if is_ip(x)), None)
        if addr is None:
            return UNRECOGNIZED
        vrf = rest[rest.index("vrf") + 1] if "vrf" in rest else None
        s.kind = "erspan-source"
        s.destinations.append(MirrorDestination("ip", addr, ln, vrf))
    else:
        return UNRECOGNIZED
    return None


def h_exporter_map(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    exp = FlowExporter(t[i], p.span(ln))
    p.device.flow_exporters.append(exp)
    p.define("flow exporter", t[i], ln)
    return EXPORTER_MODE, exp


def h_exp_destination(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.destination = t[i]
    obj.destination_line = ln
    if "vrf" in t and t[t.index("vrf") + 1] != "default":
        obj.vrf = t[t.index("vrf") + 1]
        p.ref("vrf", obj.vrf, "flow exporter-map destination vrf", ln)
    return None


def h_exp_transport(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.transport = t[i]
    if i + 1 < len(t):
        obj.port = int(t[i + 1])
    return None


def h_exp_source(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.source = t[i]
    return None


def h_exp_version(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.version = t[i]
    if t[i] == "ipfix":
        obj.protocol = "ipfix"
    return None


def h_monitor_map(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    mon = p.device.flow_monitors[t[i]] = FlowMonitor(t[i], p.span(ln))
    p.define("flow monitor", t[i], ln)
    return MONITOR_MAP_MODE, mon


def h_mm_exporter(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.exporters.append(t[i])
    p.ref("flow exporter", t[i], "flow monitor-map exporter", ln)
    return None


def h_mm_record(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.record = " ".join(t[i:])
    return None


def h_sampler_map(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("sampler", t[i], ln)
    return SAMPLER_MODE, None


def h_telemetry(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return TEL_MODE, None


def h_tel_dest_group(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("telemetry destination-group", t[i], ln)
    p.tel_groups.setdefault(t[i], [])
    return TEL_DG_MODE, t[i]


def h_tel_dg_vrf(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.tel_group_vrf[obj] = t[i]
    p.ref("vrf", t[i], "telemetry destination-group vrf", ln)
    return None


def h_tel_dg_address(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """address-family ipv4|ipv6 A port P (a block with encoding / protocol)"""
    addr = t[i + 1]
    tel = Telemetry(obj, addr, p.span(ln))
    if "port" in t:
        tel.port = int(t[t.index("port") + 1])
    p.device.telemetry.append(tel)
    p.tel_groups.setdefault(obj, []).append(tel)
    return TEL_DEST_MODE, tel


def h_tel_dest_word(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[0] == "encoding":
        obj.encoding = t[i]
    elif t[0] == "protocol":
        obj.protocol = t[i]
    return None


def h_tel_subscription(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("telemetry subscription", t[i], ln)
    return TEL_SUB_MODE, None


def h_tel_sub_ref(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "telemetry destination-group" if t[0] == "destination-id" else "telemetry sensor-group"
    p.ref(kind, t[i], f"telemetry subscription {t[0]}", ln)
    return None


def h_tel_sensor_group(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("telemetry sensor-group", t[i], ln)
    return TEL_SENSOR_MODE, None


# ---- management: logging, SNMP, AAA, NTP, DNS, lines, SSH, users -----------------------------
def h_logging_host(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """logging A [vrf V] [severity S] [port P]"""
    addr = t[1]
    if not is_ip(addr) and "." not in addr:
        return UNRECOGNIZED
    if neg:
        return None
    h = C.log_host(p, addr, ln)
    j = 2
    while j < len(t):
        w = t[j]
        if w == "vrf":
            h.vrf = None if t[j + 1] == "default" else t[j + 1]
            j += 1
        elif w == "severity":
            h.level = t[j + 1]
            j += 1
        elif w == "port":
            h.port = int(t[j + 1]) if t[j + 1].isdigit() else None
            j += 1
        j += 1
    return None


def h_logging_source(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.source_interface = None if neg else t[i]
    return None


def h_logging_trap(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[1] == "trap":
        p.device.logging.trap_level = t[i] if i < len(t) else None
    elif t[1] == "buffered":
        p.device.logging.buffered = not neg
    elif t[1] == "console":
        p.device.logging.console_level = t[i] if i < len(t) else None
    return None


def h_snmp_community(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """snmp-server community [clear|encrypted] C [view V] [RO|RW] [SDROwner|SystemOwner]
    [IPv4 ACL] [IPv6 ACL] [ACL]"""
    if neg:
        return None
    j = i
    kind = "plain"
    if t[j] in ("clear", "encrypted"):
        kind = "plain" if t[j] == "clear" else "type7"
        j += 1
    com = SnmpCommunity(
        p.secret(t[j], kind, ln), p.span(ln), vrf=obj if isinstance(obj, str) else None
    )
    j += 1
    while j < len(t):
        w = t[j]
        low = w.lower()
        if low in ("ro", "rw"):
            com.access = low
        elif low == "view":
            com.view = t[j + 1]
            p.ref("snmp view", t[j + 1], "snmp-server community view", ln)
            j += 1
        elif low == "ipv4":
            com.acl = t[j + 1]
            p.ref("ip access-list", t[j + 1], "snmp-server community", ln)
            j += 1
        elif low == "ipv6":
            com.acl6 = t[j + 1]
            p.ref("ipv6 access-list", t[j + 1], "snmp-server community", ln)
            j += 1
        elif low in ("sdrowner", "systemowner"):
            pass
        elif com.acl is None:
            com.acl = w
            p.ref("ip access-list", w, "snmp-server community", ln)
        j += 1
    p.device.snmp.communities.append(com)
    p.device.snmp.enabled = True
    return None


def h_snmp_host(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """snmp-server host A traps|informs [version 1|2c|3 [auth|noauth|priv]] [encrypted|clear] C
    [udp-port P]"""
    if neg:
        return None
    h = C.snmp_host(p, t[i], ln, obj if isinstance(obj, str) else None)
    j = i + 1
    while j < len(t):
        w = t[j]
        if w in ("traps", "informs"):
            h.kind = "trap" if w == "traps" else "inform"
        elif w == "version":
            h.version = t[j + 1]
            j += 1
            if j + 1 < len(t) and t[j + 1] in ("auth", "noauth", "priv"):
                j += 1
        elif w == "udp-port":
            h.port = int(t[j + 1])
            j += 1
        elif w in ("encrypted", "clear"):
            pass
        elif h.community is None and h.user is None:
            if h.version == "3":
                h.user = w
            else:
                h.community = p.secret(w, "type7" if t[j - 1] == "encrypted" else "plain", ln)
        j += 1
    return None


def h_snmp_user(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        C.snmp_v3_user(p, t, i, ln)
    return None


def h_snmp_vrf(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("vrf", t[i], "snmp-server vrf", ln)
    return SNMP_VRF_MODE, t[i]


def h_snmp_view(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name, oid = t[i], t[i + 1]
    view = next((v for v in p.device.snmp.views if v.name == name), None)
    if view is None:
        view = SnmpView(name, p.span(ln))
        p.device.snmp.views.append(view)
    (view.excluded if "excluded" in t[i + 2 :] else view.included).append(oid)
    p.define("snmp view", name, ln)
    return None


def h_snmp_misc(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    snmp = p.device.snmp
    if t[1] == "location":
        snmp.location = " ".join(t[i:])
    elif t[1] == "contact":
        snmp.contact = " ".join(t[i:])
    elif t[1] == "trap-source":
        snmp.source_interface = t[i]
    elif t[1] == "traps":
        snmp.traps = not neg
    return None


def h_tacacs_host(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """tacacs-server host A [port P] [timeout T] [key [0|7] K] (a block: key / port lines)"""
    srv = _aaa_server(p, t, i, ln, "tacacs+", None)
    return AAA_HOST_MODE, srv


def h_radius_host(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    srv = _aaa_server(p, t, i, ln, "radius", None)
    return AAA_HOST_MODE, srv


def _aaa_server(
    p: XrParser, t: list[str], i: int, ln: int, proto: str, group: AaaServerGroup | None
) -> AaaServer:
    srv = AaaServer(proto, t[i], p.span(ln))
    if group is not None:
        srv.group = group.name
        srv.vrf = group.vrf
        srv.source_interface = group.source_interface
        group.servers.append(t[i])
    j = i + 1
    while j < len(t):
        w = t[j]
        if w == "port" or w == "auth-port":
            srv.port = int(t[j + 1])
            j += 1
        elif w == "key":
            srv.key = p.coded_secret(t, j + 1, ln)
            break
        j += 1
    p.device.aaa.servers.append(srv)
    return srv


def h_aaa_host_key(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[0] == "key":
        obj.key = p.coded_secret(t, i, ln)
    elif t[0] in ("port", "auth-port"):
        obj.port = int(t[i])
    return None


def h_tacacs_key(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    sec = p.coded_secret(t, i, ln)
    for s in p.device.aaa.servers:
        if s.key is None and s.protocol == ("tacacs+" if t[0] == "tacacs-server" else "radius"):
            s.key = sec
    return None


def h_aaa_group(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """aaa group server tacacs+|radius NAME"""
    g = AaaServerGroup(t[i + 1], t[i], p.span(ln))
    p.device.aaa.groups.append(g)
    p.define("aaa server group", g.name, ln)
    return AAA_GROUP_MODE, g


def h_aaa_group_server(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    g: AaaServerGroup = obj
    if t[0] == "server-private":
        srv = _aaa_server(p, t, i, ln, g.protocol, g)
        return AAA_HOST_MODE, srv
    g.servers.append(t[i])
    for s in p.device.aaa.servers:
        if s.address == t[i] and s.group is None:
            s.group = g.name
            s.vrf = s.vrf or g.vrf
    return None


def h_aaa_group_attr(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    g: AaaServerGroup = obj
    if t[0] == "vrf":
        g.vrf = t[i]
        p.ref("vrf", t[i], "aaa group server vrf", ln)
    else:
        g.source_interface = t[i]
    for s in p.device.aaa.servers:
        if s.group == g.name:
            s.vrf, s.source_interface = g.vrf or s.vrf, g.source_interface or s.source_interface
    return None


def h_ntp(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return NTP_MODE, None


def h_ntp_server(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """server|peer [vrf V] A [key N] [prefer] [source IF] [version N] [iburst]"""
    if neg:
        return None
    j = i
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    srv = C.ntp_server(p, t[j], ln, vrf)
    srv.peer = "peer" in t[:i]
    j += 1
    while j < len(t):
        w = t[j]
        if w == "key" and t[j + 1].isdigit():
            srv.key = int(t[j + 1])
            j += 1
        elif w == "prefer":
            srv.prefer = True
        elif w == "source":
            srv.source_interface = t[j + 1]
            j += 1
        j += 1
    return None


def h_ntp_attr(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ntp = p.device.ntp
    w = t[i - 1]
    if w == "authenticate":
        ntp.authenticate = not neg
    elif w == "source":
        ntp.source_interface = t[-1]
    elif w == "trusted-key":
        ntp.trusted_keys.append(int(t[i]))
    elif w == "authentication-key":
        ntp.keys.append(int(t[i]))
        p.secret(t[-1], "type7" if "encrypted" in t else "plain", ln)
    elif w == "master":
        ntp.master = True
    elif w == "access-group":
        ntp.access_groups.append((" ".join(t[i:-1]), t[-1]))
        p.ref("ip access-list", t[-1], "ntp access-group", ln)
    return None


def h_domain(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """domain name D | domain name-server A | domain vrf V name-server A | domain lookup disable"""
    j = 1
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    w = t[j]
    if w == "name-server":
        C.dns_server(p, t[j + 1], ln, vrf)
    elif w == "name":
        p.device.dns.domain = t[j + 1]
        p.device.domain = t[j + 1]
    elif w == "lookup":
        p.device.dns.lookup = not (neg or "disable" in t)
    elif w not in ("list", "ipv4", "ipv6", "source-interface", "multicast"):
        return UNRECOGNIZED
    return None


def h_line(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "con" if t[i] == "console" else "vty"
    line = Line(kind, 0, 0 if kind == "con" else 4, p.span(ln))
    if t[i] == "template" and i + 1 < len(t):
        p.define("line template", t[i + 1], ln)
    elif t[i] == "default":
        p.define("line template", "default", ln)
    p.device.lines.append(line)
    return LINE_MODE, line


def h_line_attr(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    w = t[0]
    if w == "access-class":
        direction = t[i]
        name = t[i + 1] if direction in ("ingress", "egress") else t[i]
        if direction == "egress":
            line.access_class_out = name
        else:
            line.access_class_in = name
        p.ref("ip access-list", name, "line access-class", ln)
    elif w == "transport":
        vals = t[i + 1 :]
        if t[i] == "input":
            line.transport_input = vals
        else:
            line.transport_output = vals
    elif w == "exec-timeout":
        line.exec_timeout = int(t[i]) * 60 + (int(t[i + 1]) if i + 1 < len(t) else 0)
    elif w == "login":
        line.login = " ".join(t[i:])
        if t[i] == "authentication" and i + 1 < len(t):
            line.login_list = t[i + 1]
    elif w == "session-limit":
        line.session_limit = int(t[i])
    elif w == "password":
        line.password = p.secret(t[-1], "type7" if "encrypted" in t else "plain", ln)
    return None


def h_vty_pool(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if "line-template" in t:
        p.ref("line template", t[t.index("line-template") + 1], "vty-pool", ln)
    return None


def h_ssh_server(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ssh server [v2] | ssh server vrf V [ipv4 access-list A] | ssh server logging ..."""
    rest = t[2:]
    if rest[:1] == ["v2"]:
        p.device.ssh.version = 2
    elif rest[:1] == ["vrf"]:
        acl = rest[rest.index("access-list") + 1] if "access-list" in rest else None
        p.device.services[f"ssh vrf {rest[1]}"] = Service("ssh", not neg, ln, acl=acl, vrf=rest[1])
        if acl:
            p.ref("ip access-list", acl, "ssh server vrf access-list", ln)
        return None
    elif rest[:1] == ["port"]:
        p.device.ssh.port = int(rest[1])
    elif rest[:1] == ["ipv4"] and "access-list" in rest:
        p.device.ssh.acl = rest[-1]
        p.ref("ip access-list", rest[-1], "ssh server access-list", ln)
    if "ssh" not in p.device.services:
        p.device.services["ssh"] = Service("ssh", not neg, ln)
    return None


def h_ssh_misc(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[1] == "timeout":
        p.device.ssh.timeout = int(t[i])
    return None


def h_telnet(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """telnet [vrf V] ipv4|ipv6 server max-servers N [access-list A]"""
    vrf = t[2] if t[1] == "vrf" and t[2] != "default" else None
    acl = t[t.index("access-list") + 1] if "access-list" in t else None
    key = f"telnet vrf {vrf}" if vrf else "telnet"
    p.device.services[key] = Service("telnet", not neg, ln, acl=acl, vrf=vrf)
    if acl:
        p.ref("ip access-list", acl, "telnet server access-list", ln)
    return None


def h_service_on(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = {"xml": "xml", "netconf-yang": "netconf", "netconf": "netconf", "http": "http"}.get(
        t[0], t[0]
    )
    p.device.services[name] = Service(name, not neg, ln)
    return AGENT_MODE, None


def h_grpc(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    svc = p.device.services["grpc"] = Service("grpc", not neg, ln)
    return GRPC_MODE, svc


def h_grpc_port(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.port = int(t[i])
    return None


def h_username(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    u = User(t[i], p.span(ln))
    p.device.users.append(u)
    return USER_MODE, u


def h_user_attr(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    u: User = obj
    if t[0] == "group":
        u.role = t[i] if u.role is None else f"{u.role},{t[i]}"
        if t[i] in ("root-lr", "root-system", "netadmin"):
            u.privilege = 15
    elif t[0] == "secret":
        code = t[i] if len(t) > i + 1 else "5"
        kind = {"5": "md5", "8": "pbkdf2", "9": "scrypt", "10": "hash", "0": "plain"}.get(code)
        u.secret = p.secret(t[-1], kind or "hash", ln)
    elif t[0] == "password":
        u.secret = p.secret(t[-1], "type7" if t[i] in ("7", "encrypted") else "plain", ln)
    return None


def h_banner(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = t[i]
    rest = p.text.split(None, 2)[2] if len(t) > 2 else ""
    if not rest:
        return UNRECOGNIZED
    delim = rest[0]
    body = rest[1:]
    if delim in body:
        text = body.split(delim, 1)[0]
        end = ln
    else:
        lines = p.take_block(lambda raw: delim in raw)
        text = "\n".join([body, *lines])
        text = text.rsplit(delim, 1)[0]
        end = p.i
    p.device.banners.append(Banner(kind, p.span(ln, end), text))
    return None


def h_aaa_method(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return C.h_aaa_method(p, t, i, ln, neg, obj)


# ---- the grammar ------------------------------------------------------------------------------
ROOT = Mode("iosxr")
IF_MODE = Mode("interface")
IF_MON_MODE = Mode("interface monitor-session")
VRF_MODE = Mode("vrf")
VRF_AF_MODE = Mode("vrf address-family")
VRF_RT_MODE = Mode("vrf route-target")
STATIC_MODE = Mode("router static")
STATIC_AF_MODE = Mode("router static address-family")
OSPF_MODE = Mode("router ospf")
OSPF_AREA_MODE = Mode("router ospf area")
OSPF_IF_MODE = Mode("router ospf area interface")
BGP_MODE = Mode("router bgp")
BGP_VRF_MODE = Mode("router bgp vrf")
BGP_AF_MODE = Mode("router bgp address-family")
NBR_MODE = Mode("router bgp neighbor")
NBR_AF_MODE = Mode("router bgp neighbor address-family")
ACL_MODE = Mode("access-list")
CM_MODE = Mode("class-map")
PM_MODE = Mode("policy-map")
PM_CLASS_MODE = Mode("policy-map class")
MON_MODE = Mode("monitor-session")
EXPORTER_MODE = Mode("flow exporter-map")
MONITOR_MAP_MODE = Mode("flow monitor-map")
SAMPLER_MODE = _known("sampler-map", "random")
TEL_MODE = Mode("telemetry model-driven")
TEL_DG_MODE = Mode("telemetry destination-group")
TEL_DEST_MODE = Mode("telemetry destination")
TEL_SUB_MODE = Mode("telemetry subscription")
TEL_SENSOR_MODE = _known("telemetry sensor-group", "sensor-path")
SNMP_VRF_MODE = Mode("snmp-server vrf")
AAA_HOST_MODE = Mode("aaa server host")
AAA_GROUP_MODE = Mode("aaa group server")
NTP_MODE = Mode("ntp")
LINE_MODE = Mode("line")
USER_MODE = Mode("username")
GRPC_MODE = Mode("grpc")
AGENT_MODE = _known(
    "agent", "ssh", "tty", "session", "rate-limit", "streaming", "iteration", "in-band"
)

# Blocks the model does not detail, each with its specific child table.
_PROTO_WORDS = (
    "address-family",
    "interface",
    "net",
    "is-type",
    "metric-style",
    "log",
    "nsf",
    "nsr",
    "lsp-gen-interval",
    "lsp-refresh-interval",
    "max-lsp-lifetime",
    "lsp-password",
    "hello-password",
    "hello-padding",
    "circuit-type",
    "point-to-point",
    "passive",
    "metric",
    "spf-interval",
    "spf",
    "ispf",
    "set-overload-bit",
    "tag",
    "segment-routing",
    "prefix-sid",
    "fast-reroute",
    "mpls",
    "bfd",
    "router-id",
    "redistribute",
    "distribute-list",
    "maximum-paths",
    "advertise",
    "accept-register",
    "allow-rp",
    "auto-rp",
    "bsr",
    "flow",
    "mdt",
    "mofrr",
    "neighbor-filter",
    "rib",
    "rp-address",
    "rp-static-deny",
    "rpf",
    "sg-expiry-timer",
    "spt-threshold",
    "ssm",
    "access-group",
    "explicit-tracking",
    "maximum",
    "static-group",
    "join-group",
    "version",
    "query-interval",
    "cache-sa-state",
    "peer",
    "sa-filter",
    "originator-id",
    "connect-source",
    "remote-as",
    "description",
    "address",
    "authentication",
    "preempt",
    "priority",
    "track",
    "hsrp",
    "vrrp",
    "timers",
    "discovery",
    "graceful-restart",
    "hello-adjacency",
    "igp",
    "session",
    "session-protection",
    "label",
    "neighbor",
    "advertise-to",
    "bgp",
    "adjacency",
    "bundle",
    "dampening",
    "echo",
    "ipv6",
    "ipv4",
    "multihop",
    "multipath",
    "trap",
    "bridge",
    "bridge-domain",
    "control-word",
    "encapsulation",
    "load-balancing",
    "logging",
    "p2p",
    "pseudowire",
    "pw-class",
    "routed",
    "storm-control",
    "transport-mode",
    "vfi",
    "xconnect",
    "vpws",
    "evi",
    "mac",
    "ethernet-segment",
    "identifier",
    "bgp-ad",
    "signaling-protocol",
    "route-target",
    "rd",
    "vpn-id",
    "mtu",
    "shutdown",
    "topology",
    "attribute-set",
    "path-option",
    "affinity",
    "signalled-bandwidth",
    "autoroute",
    "destination",
    "record-route",
    "auto-tunnel",
    "pce",
    "reoptimize",
    "signalling",
    "bandwidth",
    "global-block",
    "local-block",
    "traffic-eng",
    "policy",
    "candidate-paths",
    "preference",
    "explicit",
    "index",
    "color",
    "end-point",
    "srv6",
    "locators",
    "locator",
    "prefix",
    "name",
    "type",
    "object",
    "route",
    "delay",
    "reachability",
    "threshold",
    "rate-limit",
    "management-plane",
    "inband",
    "out-of-band",
    "allow",
    "vrf",
    "protocol",
    "service",
    "active",
    "contact",
    "contact-email-addr",
    "profile",
    "reporting",
    "source-interface",
    "http-proxy",
    "phone-number",
    "street-address",
    "customer-id",
    "site-id",
    "sender",
    "mail-server",
    "task",
    "inherit",
    "holdtime",
    "timer",
    "reinit",
    "enable",
    "subinterface",
    "tlv-select",
    "receive",
    "transmit",
    "controller",
    "port-mode",
    "speed",
    "duplex",
    "admin-distance",
    "auto-cost",
    "area",
    "cost",
    "network",
    "default-information",
    "summary-prefix",
    "stub",
    "nssa",
    "range",
    "virtual-link",
    "hello-interval",
    "dead-interval",
    "retransmit-interval",
    "transmit-delay",
    "instance",
    "default-metric",
    "interface-table",
    "sampler-table",
    "vrf-table",
    "exit",
    "rewrite",
    "l2transport",
    "member",
    "split-horizon",
    "port-level",
    "acl",
    "sessions",
    "host",
    "options",
    "map",
)
GENERIC_BLOCK = Mode("generic block")
for _pw in ("hello-password", "lsp-password", "password", "key", "authentication-key"):
    GENERIC_BLOCK.on(_pw, C.h_secret_last)
GENERIC_BLOCK.known(
    "generic block",
    *_PROTO_WORDS,
    "device",
    "archive-length",
    "archive-size",
    "file-size",
    "frequency",
    "severity",
    "update-source",
    "east-west",
    "core-tree-protocol",
    "wavelength",
    "relay",
    "local-install",
    "validation",
)
RT_VALUES_MODE = Mode("route-target values").on(ANY, h_rt_value)
ETH_ACL_MODE = Mode("ethernet-services access-list").on(ANY, h_eth_ace)
for _b in (
    "router isis",
    "router ospfv3",
    "router pim",
    "router igmp",
    "router mld",
    "router msdp",
    "router hsrp",
    "router vrrp",
    "router rip",
    "router eigrp",
    "mpls ldp",
    "mpls traffic-eng",
    "mpls oam",
    "mpls static",
    "rsvp",
    "l2vpn",
    "evpn",
    "bfd",
    "multicast-routing",
    "segment-routing",
    "explicit-path",
    "track",
    "lldp",
    "control-plane",
    "taskgroup",
    "usergroup",
    "controller",
    "flowspec",
    "redundancy",
    "tpa",
    "hw-module",
    "logging archive",
    "ipv4 virtual",
    "netconf-yang agent",
    "xml agent",
    "performance-measurement",
    "crypto ca",
    "srlg",
    "group",
    "cef",
    "pce",
    "dhcp ipv4",
    "dhcp ipv6",
    "ethernet cfm",
    "http client",
    "nsr",
    "fpd",
    "router static-bfd",
    "lpts",
    "ipsla",
):
    ROOT.block(_b, GENERIC_BLOCK)

ROOT.block("ethernet-services access-list", ETH_ACL_MODE)
ROOT.known(
    "Building configuration...",
    "end",
    "end-policy",
    "end-set",
    "end-policy-map",
    "end-class-map",
    "end-group",
    "commit",
    "configure",
    "service timestamps",
    "clock timezone",
    "clock summer-time",
    "cdp",
    "cdp holdtime",
    "cdp timer",
    "cdp advertise",
    "cdp log",
    "tftp client",
    "tftp vrf",
    "ftp client",
    "tcp",
    "ipv4 netmask-format",
    "ipv4 conflict-policy",
    "ipv6 conflict-policy",
    "ipv4 unnumbered",
    "ipv6 access-list maximum",
    "hw-module",
    "isolation",
    "lpts",
    "nsr",
    "fault-manager",
    "statistics",
    "vty-pool",
    "interface-range",
    "arp",
    "cef",
    "ssh client",
    "http server",
    "license",
    "crypto key",
    "environment",
    "frequency",
    "dumper",
    "exception",
    "ipv4 source-route",
    "ipv6 source-route",
    "icmp ipv4",
    "icmp ipv6",
)
ROOT.on("hostname", C.h_hostname)
ROOT.on("interface", h_interface)
ROOT.on("vrf", h_vrf)
ROOT.on("router static", h_router_static)
ROOT.on("router ospf", h_router_ospf)
ROOT.on("router bgp", h_router_bgp)
ROOT.on("ipv4 access-list", h_acl).on("ipv6 access-list", h_acl)
ROOT.on("prefix-set", h_prefix_set)
for _s in ("community-set", "extcommunity-set", "large-community-set", "as-path-set", "rd-set"):
    ROOT.on(_s, h_other_set)
ROOT.on("route-policy", h_route_policy)
ROOT.on("class-map", h_class_map).on("policy-map", h_policy_map)
ROOT.on("monitor-session", h_monitor_session)
ROOT.on("flow exporter-map", h_exporter_map).on("flow monitor-map", h_monitor_map)
ROOT.on("sampler-map", h_sampler_map)
ROOT.on("telemetry model-driven", h_telemetry)
ROOT.on(f"logging {ANY}", h_logging_host)
ROOT.on("logging source-interface", h_logging_source)
for _w in ("trap", "buffered", "console"):
    ROOT.on(f"logging {_w}", h_logging_trap)
ROOT.known(
    "logging events",
    "logging monitor",
    "logging hostnameprefix",
    "logging suppress",
    "logging facility",
    "logging format",
    "logging correlator",
    "logging history",
    "logging localfilesize",
    "logging ipv4",
    "logging ipv6",
    "logging file",
    "logging snmp-authfail",
    "logging container",
)
ROOT.on("snmp-server community", h_snmp_community)
ROOT.on("snmp-server host", h_snmp_host).on("snmp-server vrf", h_snmp_vrf)
ROOT.on("snmp-server view", h_snmp_view).on("snmp-server user", h_snmp_user)
for _w in ("location", "contact", "trap-source", "traps"):
    ROOT.on(f"snmp-server {_w}", h_snmp_misc)
ROOT.known(
    "snmp-server enable",
    "snmp-server engineID",
    "snmp-server group",
    "snmp-server ifindex",
    "snmp-server mibs",
    "snmp-server ifmib",
    "snmp-server packetsize",
    "snmp-server queue-length",
    "snmp-server trap",
    "snmp-server trap-timeout",
    "snmp-server chassis-id",
    "snmp-server context",
    "snmp-server notification-log-mib",
    "snmp-server logging",
    "snmp-server throttle-time",
    "snmp-server timeouts",
    "snmp-server overload-control",
    "snmp-server inform",
    "snmp-server drop",
)
ROOT.on("tacacs-server host", h_tacacs_host).on("radius-server host", h_radius_host)
ROOT.on("tacacs-server key", h_tacacs_key).on("radius-server key", h_tacacs_key)
ROOT.known("tacacs-server timeout", "radius-server timeout", "radius-server retransmit")
ROOT.known("tacacs source-interface", "radius source-interface", "radius-server dead-criteria")
ROOT.known("radius-server vsa", "tacacs-server ipv4", "radius-server deadtime")
ROOT.on("aaa group server", h_aaa_group)
for _w in ("authentication", "authorization", "accounting"):
    ROOT.on(f"aaa {_w}", h_aaa_method)
ROOT.known("aaa default-taskgroup", "aaa display-login-failed", "aaa password-policy")
ROOT.on("ntp", h_ntp).on("ntp server", h_ntp_server).on("ntp peer", h_ntp_server)
ROOT.on("domain", h_domain)
ROOT.on("line", h_line).on("vty-pool", h_vty_pool)
ROOT.on("ssh server", h_ssh_server).on("ssh timeout", h_ssh_misc)
ROOT.on("telnet", h_telnet)
ROOT.on("xml agent", h_service_on).on("netconf-yang agent", h_service_on)
ROOT.on("netconf agent", h_service_on).on("http server", h_service_on)
ROOT.on("grpc", h_grpc)
CALL_HOME_MODE, _h_call_home = C.make_call_home_mode(False)
ROOT.on("call-home", _h_call_home)
ROOT.on("username", h_username)
ROOT.on("banner", h_banner)

IF_MODE.on("ipv4 address", h_if_ipv4).on("ipv6 address", h_if_ipv6)
IF_MODE.on("vrf", h_if_vrf)
IF_MODE.on("ipv4 access-group", h_if_access_group).on("ipv6 access-group", h_if_access_group)
IF_MODE.on("shutdown", C.h_shutdown).on("description", C.h_description)
IF_MODE.on("monitor-session", h_if_monitor)
IF_MODE.on("flow ipv4 monitor", h_if_flow).on("flow ipv6 monitor", h_if_flow)
IF_MODE.on("flow mpls monitor", h_if_flow).on("flow datalinkframesection monitor", h_if_flow)
IF_MODE.on("service-policy", h_if_service_policy).on("mtu", h_if_mtu)
IF_MODE.on("bundle id", h_if_bundle)
for _w in ("source", "destination", "mode", "vrf"):
    IF_MODE.on(f"tunnel {_w}", h_if_tunnel)
IF_MODE.known(
    "ipv4 unnumbered",
    "ipv4 mtu",
    "ipv4 verify",
    "ipv4 directed-broadcast",
    "ipv4 unreachables",
    "ipv4 redirects",
    "ipv4 helper-address",
    "ipv4 point-to-point",
    "ipv6 enable",
    "ipv6 nd",
    "ipv6 mtu",
    "ipv6 verify",
    "ipv6 unreachables",
    "ipv6 link-local",
    "encapsulation",
    "rewrite",
    "l2transport",
    "bundle",
    "lacp",
    "carrier-delay",
    "dampening",
    "load-interval",
    "negotiation",
    "cdp",
    "bfd",
    "arp",
    "mac-address",
    "speed",
    "duplex",
    "transceiver",
    "l2protocol",
    "host-reachabilty",
    "ipv4 flowspec",
    "ipv6 flowspec",
    "host-reachability",
    "loopback",
    "member",
    "overlay-encapsulation",
    "source-interface",
    "bandwidth",
    "lldp",
    "ethernet",
    "tunnel",
    "keepalive",
    "fec",
    "proxy-arp",
    "local-proxy-arp",
    "vrrp",
    "hsrp",
    "pseudowire",
    "flow-control",
    "storm-control",
    "frequency",
    "logging",
    "port-mode",
    "clock",
    "flow",
)
IF_MON_MODE.on("direction", h_if_mon_direction).known("acl", "port-level", "mirror")

VRF_MODE.on("address-family", h_vrf_af).on("description", C.h_description)
VRF_MODE.on("rd", h_rd).known("vpn id", "mhost", "fallback-vrf", "evpn-route-sync", "mode")
VRF_AF_MODE.on("import route-target", h_vrf_rt_block).on("export route-target", h_vrf_rt_block)
VRF_AF_MODE.on("import route-policy", h_vrf_policy).on("export route-policy", h_vrf_policy)
VRF_AF_MODE.known(
    "maximum prefix", "import from", "export to", "import default-vrf", "export default-vrf"
)
VRF_RT_MODE.on(ANY, h_vrf_rt)

STATIC_MODE.on("vrf", h_static_vrf).on("address-family", h_static_af)
STATIC_AF_MODE.on(ANY, h_static_route)

OSPF_MODE.on("router-id", h_ospf_router_id).on("area", h_ospf_area)
OSPF_MODE.on("vrf", h_ospf_vrf).on("redistribute", h_ospf_redistribute)
OSPF_MODE.on("default-information originate", h_ospf_default)
OSPF_MODE.on("passive", h_ospf_passive).on("message-digest-key", h_ospf_auth)
OSPF_MODE.on("authentication", h_ospf_auth)
_OSPF_KNOWN = (
    "address-family",
    "auto-cost",
    "bfd",
    "cost",
    "dead-interval",
    "distribute-list",
    "fast-reroute",
    "hello-interval",
    "log",
    "max-metric",
    "mpls",
    "network",
    "nsf",
    "nsr",
    "prefix-sid",
    "priority",
    "segment-routing",
    "timers",
    "distance",
    "maximum",
    "mtu-ignore",
    "retransmit-interval",
    "transmit-delay",
    "summary-prefix",
    "capability",
    "default-metric",
    "loopback",
    "microloop",
    "snmp",
    "spf",
    "graceful-restart",
    "packet-size",
    "security",
    "flood-reduction",
    "demand-circuit",
    "database-filter",
    "weight",
    "link-down",
)
OSPF_MODE.known(*_OSPF_KNOWN)
OSPF_AREA_MODE.on("interface", h_ospf_area_if).on("authentication", h_ospf_auth)
OSPF_AREA_MODE.on("message-digest-key", h_ospf_auth)
OSPF_AREA_MODE.known(
    *_OSPF_KNOWN, "stub", "nssa", "range", "virtual-link", "default-cost", "passive"
)
OSPF_IF_MODE.on("passive", h_ospf_if_passive).on("cost", h_ospf_if_cost)
OSPF_IF_MODE.on("authentication", h_ospf_auth).on("message-digest-key", h_ospf_auth)
OSPF_IF_MODE.known(*_OSPF_KNOWN)

BGP_MODE.on("bgp router-id", h_bgp_router_id).on("address-family", h_bgp_af)
BGP_MODE.on("neighbor", h_bgp_neighbor).on("neighbor-group", h_bgp_neighbor)
BGP_MODE.on("vrf", h_bgp_vrf)
BGP_MODE.block(
    "af-group",
    _known(
        "bgp af-group",
        *_PROTO_WORDS,
        "route-policy",
        "next-hop-self",
        "soft-reconfiguration",
        "route-reflector-client",
        "maximum-prefix",
        "as-override",
        "send-community-ebgp",
        "remove-private-AS",
        "default-originate",
        "allowas-in",
        "send-extended-community-ebgp",
    ),
)
BGP_MODE.block(
    "session-group",
    _known("bgp session-group", *_PROTO_WORDS, "update-source", "password", "ebgp-multihop"),
)
BGP_MODE.known(
    "bgp",
    "nsr",
    "timers",
    "ibgp",
    "distance",
    "mpls",
    "segment-routing",
    "rpki",
    "default-metric",
    "bfd",
    "graceful-restart",
    "update",
    "socket",
)
BGP_VRF_MODE.on("bgp router-id", h_bgp_router_id).on("address-family", h_bgp_af)
BGP_VRF_MODE.on("neighbor", h_bgp_neighbor)
BGP_VRF_MODE.known("rd", "bgp", "timers", "label", "default-information", "description")
_AF_WORDS = (
    "additional-paths",
    "aggregate-address",
    "allocate-label",
    "bgp",
    "distance",
    "label",
    "maximum-paths",
    "nexthop",
    "table-policy",
    "export",
    "import",
    "retain",
    "advertise",
    "segment-routing",
    "default-information",
    "vrf",
    "route-target",
    "dampening",
    "mvpn",
    "inter-as",
    "global-table-multicast",
    "segmented-multicast",
    "weight",
)
BGP_AF_MODE.on("network", h_bgp_network).on("redistribute", h_bgp_redistribute)
BGP_AF_MODE.known(*_AF_WORDS)
BGP_AF_MODE.block("import route-target", RT_VALUES_MODE)
BGP_AF_MODE.block("export route-target", RT_VALUES_MODE)
BGP_MODE.on("redistribute", h_bgp_redistribute).on("network", h_bgp_network)
_NB_WORDS = (
    "remote-as",
    "description",
    "update-source",
    "password",
    "ebgp-multihop",
    "shutdown",
    "local-as",
    "use",
)
for _w in _NB_WORDS:
    NBR_MODE.on(_w, h_nb_attr)
NBR_MODE.on("address-family", h_nb_af)
NBR_MODE.known(
    "bfd",
    "timers",
    "capability",
    "session-open-mode",
    "ttl-security",
    "tcp",
    "dmz-link-bandwidth",
    "ignore-connected-check",
    "egress-engineering",
    "keychain",
    "graceful-restart",
    "enforce-first-as",
    "log",
    "advertisement-interval",
    "receive-buffer-size",
    "send-buffer-size",
    "cluster-id",
    "local",
    "precedence",
    "dscp",
    "idle-watch-time",
    "update",
    "description",
    "origin-as",
    "ebgp-recv-extcommunity-dmz",
    "ebgp-send-extcommunity-dmz",
)
NBR_AF_MODE.on("route-policy", h_nb_route_policy)
for _w in ("next-hop-self", "route-reflector-client", "send-community-ebgp", "maximum-prefix"):
    NBR_AF_MODE.on(_w, h_nb_flag)
NBR_AF_MODE.on("send-community", h_nb_flag).on("send-extended-community-ebgp", h_nb_flag)
NBR_AF_MODE.known(
    "soft-reconfiguration",
    "as-override",
    "default-originate",
    "remove-private-AS",
    "allowas-in",
    "next-hop-unchanged",
    "use",
    "orf",
    "capability",
    "site-of-origin",
    "additional-paths",
    "aigp",
    "weight",
    "multipath",
    "encapsulation-type",
    "import",
    "advertise",
    "validation",
    "origin-as",
    "bestpath",
    "accept-own",
    "send-multicast-attributes",
    "update",
    "nexthop",
)

ACL_MODE.on(ANY, h_ace)
ACL_MODE.known("remark")

CM_MODE.on("match", h_cm_match).known("end-class-map", "description")
CM_MODE.known("ma-com")
PM_MODE.on("class", h_pm_class).known("end-policy-map", "description")
for _a in (
    "redirect",
    "police",
    "set",
    "shape",
    "priority",
    "bandwidth",
    "random-detect",
    "drop",
    "transmit",
    "service-policy",
    "queue-limit",
    "encap-sequence",
    "pbr",
    "activate",
    "http-redirect",
    "monitor",
    "event",
    "10",
    "exceed-action",
    "conform-action",
    "violate-action",
    "compress",
    "account",
    "class",
    "mark",
    "count",
    "mirror",
):
    PM_CLASS_MODE.on(_a, h_pm_action)
PM_CLASS_MODE.known("end-policy-map")

MON_MODE.on("destination", h_mon_destination)
MON_MODE.known("description", "mirror", "traffic", "rate-limit", "drops", "inject-interface")

EXPORTER_MODE.on("destination", h_exp_destination).on("transport", h_exp_transport)
EXPORTER_MODE.on("source", h_exp_source).on("version", h_exp_version)
EXPORTER_MODE.known("dscp", "options", "template", "packet-length", "dfbit")
MONITOR_MAP_MODE.on("exporter", h_mm_exporter).on("record", h_mm_record)
MONITOR_MAP_MODE.known("cache", "option", "sflow", "c-come")

TEL_MODE.on("destination-group", h_tel_dest_group).on("subscription", h_tel_subscription)
TEL_MODE.on("sensor-group", h_tel_sensor_group).known(
    "strict-timer", "include", "max-containers-per-path"
)
TEL_DG_MODE.on("address-family", h_tel_dg_address).on("vrf", h_tel_dg_vrf)
TEL_DG_MODE.known("destination")
TEL_DEST_MODE.on("encoding", h_tel_dest_word).on("protocol", h_tel_dest_word)
TEL_SUB_MODE.on("sensor-group-id", h_tel_sub_ref).on("destination-id", h_tel_sub_ref)
TEL_SUB_MODE.known("source-interface", "source-qos-marking", "strict-timer")

SNMP_VRF_MODE.on("host", h_snmp_host).known("context", "community-map")
SNMP_VRF_MODE.on("community", h_snmp_community)

AAA_HOST_MODE.on("key", h_aaa_host_key).on("port", h_aaa_host_key)
AAA_HOST_MODE.on("auth-port", h_aaa_host_key)
AAA_HOST_MODE.known("timeout", "retransmit", "single-connection", "acct-port")
AAA_GROUP_MODE.on("server", h_aaa_group_server).on("server-private", h_aaa_group_server)
AAA_GROUP_MODE.on("vrf", h_aaa_group_attr).on("source-interface", h_aaa_group_attr)
AAA_GROUP_MODE.known("deadtime", "timeout", "accounting", "authorization")

NTP_MODE.on("server", h_ntp_server).on("peer", h_ntp_server)
for _w in ("authenticate", "source", "trusted-key", "authentication-key", "master", "access-group"):
    NTP_MODE.on(_w, h_ntp_attr)
NTP_MODE.known(
    "update-calendar", "log-internal-sync", "max-associations", "ipv4", "ipv6", "interface"
)

for _w in (
    "access-class",
    "transport",
    "exec-timeout",
    "login",
    "session-limit",
    "password",
):
    LINE_MODE.on(_w, h_line_attr)
LINE_MODE.known(
    "session-timeout",
    "disconnect-character",
    "escape-character",
    "length",
    "stopbits",
    "width",
    "authorization",
    "accounting",
    "users",
    "timestamp",
    "secret",
    "absolute-timeout",
    "timeout",
    "disconnect-comaracter",
    "escape-comaracter",
)
for _w in ("group", "secret", "password"):
    USER_MODE.on(_w, h_user_attr)
USER_MODE.known("description", "policy")
GRPC_MODE.on("port", h_grpc_port).known(
    "address-family", "no-tls", "tls", "service-layer", "vrf", "max-request-total", "tls-trustpoint"
)


C.strip_no(globals())

"""VRP/Comware handlers: static routes, OSPF, BGP, prefix lists, route-policies."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import (
    is_ip,
    is_ipv4,
    network_from_mask,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._vrplike.base import P, kw, secret_after
from untapped.model.filters import (
    CommunityList,
    PrefixList,
    PrefixListEntry,
    RouteMap,
    RouteMapClause,
)
from untapped.model.net import (
    Bgp,
    BgpNeighbor,
    BgpNetwork,
    Interface,
    Ospf,
    OspfArea,
    OspfNetwork,
    OspfRange,
    Redistribution,
    RoutingProcess,
    StaticRoute,
)

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


def h_ospf_abr_summary(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """abr-summary ADDR MASK [advertise | not-advertise] [cost N] (VRP and Comware)."""
    _, area = obj
    pref = network_from_mask(t[i], t[i + 1])
    if pref is None:
        return UNRECOGNIZED
    area.ranges = [r for r in area.ranges if r.prefix != pref]
    if not neg:
        rest = [x.lower() for x in t[i + 2 :]]
        cost = int(rest[rest.index("cost") + 1]) if "cost" in rest else None
        area.ranges.append(OspfRange(pref, "not-advertise" not in rest, cost))
    return None


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
    rest = [x.lower() for x in t[i:]]
    area.kind = ("totally-" if "no-summary" in rest else "") + k
    if k == "nssa" and "default-route-advertise" in rest:
        area.default_lsa = True
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


# ---- AS-path and community filters ----------------------------------------------------------
def h_path_filter(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """VRP `ip as-path-filter NAME [index N] permit|deny REGEX`, `ip community-filter
    [basic|advanced] NAME [index N] permit|deny VALUES`, `ip extcommunity-filter ...`; Comware
    `ip as-path NAME permit|deny REGEX`, `ip community-list [basic|advanced] NAME permit|deny ...`,
    `ip extcommunity-list ...`."""
    word = t[i - 1].lower()
    j = i
    kind = "standard"
    if t[j].lower() in ("basic", "advanced"):
        kind = "standard" if t[j].lower() == "basic" else "expanded"
        j += 1
    name = t[j]
    j += 1
    if j < len(t) and t[j].lower() == "index":
        j += 2
    act = t[j].lower()
    if act not in ("permit", "deny"):
        return UNRECOGNIZED
    typ = (
        "as-path access-list"
        if word.startswith("as-path")
        else "extcommunity-list"
        if word.startswith("extcommunity")
        else "community-list"
    )
    p.define(typ, name, ln)
    if neg or typ == "extcommunity-list":
        return None
    if typ == "as-path access-list":
        kind = "as-path"
    lists = p.device.community_lists
    cl = lists.get(name)
    if cl is None:
        cl = lists[name] = CommunityList(name, p.device.span(ln), kind)  # type: ignore[arg-type]
    cl.entries.append((act, " ".join(t[j + 1 :])))
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
    "as-path": ("as-path", "as-path access-list"),  # Comware
    "community": ("community", "community-list"),  # Comware
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


def h_other_routing(p: P, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`isis 1`, `rip 1`, `ripng 1`, `ospfv3 1` [vpn-instance V]: a routing process the model
    does not detail, recorded so that the routing analyses can say they do not compute it."""
    proto = t[0].lower()
    if neg:
        return None
    proc = t[i] if i < len(t) and t[i].isdigit() else "1"
    rp = RoutingProcess(proto, proc, p.device.span(ln))
    if "vpn-instance" in t:
        rp.vrf = t[t.index("vpn-instance") + 1]
    p.device.other_routing.append(rp)
    return p.modes[proto], rp

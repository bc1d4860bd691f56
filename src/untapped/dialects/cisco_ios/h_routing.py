"""IOS VRFs, static routes, OSPF, BGP, prefix-lists, community lists and route-maps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from untapped.dialects._ioslike.addr import (
    is_ip,
    is_ipv4,
    network_from_mask,
    network_from_wildcard,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._ioslike.ios_delegated import (
    _neighbor as _neighbor,
)
from untapped.dialects._ioslike.ios_delegated import (
    h_bgp_neighbor as h_bgp_neighbor,
)
from untapped.dialects._ioslike.ios_maps import (
    MATCH_REFS as MATCH_REFS,
)
from untapped.dialects._ioslike.ios_maps import (
    h_rm_continue as h_rm_continue,
)
from untapped.dialects._ioslike.ios_maps import (
    h_rm_match as h_rm_match,
)
from untapped.dialects._ioslike.ios_maps import (
    h_rm_set as h_rm_set,
)
from untapped.dialects._ioslike.ios_maps import (
    h_route_map as h_route_map,
)
from untapped.dialects._ioslike.ios_routing import (
    _bgp as _bgp,
)
from untapped.dialects._ioslike.ios_routing import (
    h_auto_cost as h_auto_cost,
)
from untapped.dialects._ioslike.ios_routing import (
    h_bgp_aggregate as h_bgp_aggregate,
)
from untapped.dialects._ioslike.ios_routing import (
    h_bgp_network as h_bgp_network,
)
from untapped.dialects._ioslike.ios_routing import (
    h_distribute_list as h_distribute_list,
)
from untapped.dialects._ioslike.ios_routing import (
    h_maximum_paths as h_maximum_paths,
)
from untapped.dialects._ioslike.ios_routing import (
    h_ospf_area as h_ospf_area,
)
from untapped.dialects._ioslike.ios_routing import (
    h_ospf_default_info as h_ospf_default_info,
)
from untapped.dialects._ioslike.ios_routing import (
    h_passive as h_passive,
)
from untapped.dialects._ioslike.ios_routing import (
    h_redistribute as h_redistribute,
)
from untapped.dialects._ioslike.ios_routing import (
    h_router_id as h_router_id,
)
from untapped.dialects._ioslike.ios_routing import (
    parse_redistribute as parse_redistribute,
)
from untapped.model.filters import (
    CommunityList,
    PrefixList,
    PrefixListEntry,
)
from untapped.model.net import (
    Bgp,
    Ospf,
    OspfNetwork,
    RoutingProcess,
    StaticRoute,
    Vrf,
)

if TYPE_CHECKING:
    from untapped.dialects.cisco_ios.grammar import IosParser


# ---- VRFs ---------------------------------------------------------------------------------
def h_vrf(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip vrf NAME` and `vrf definition NAME`."""
    if neg:
        return None
    if t[i] == "definition":
        i += 1
    elif t[0] == "vrf" and t[i] in ("forwarding", "upgrade-cli"):
        return UNRECOGNIZED
    name = t[i]
    vrf = p.device.vrfs.get(name)
    if vrf is None:
        vrf = p.device.vrfs[name] = Vrf(name, p.device.span(ln))
    p.define("vrf", name, ln)
    from untapped.dialects.cisco_ios.grammar import VRF_MODE

    return VRF_MODE, vrf


def h_vrf_rd(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    vrf: Vrf = obj
    vrf.rd = t[i]


def h_vrf_rt(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    vrf: Vrf = obj
    kind, values = t[i], t[i + 1 :]
    if kind in ("import", "both"):
        vrf.import_targets.extend(values)
    if kind in ("export", "both"):
        vrf.export_targets.extend(values)


def h_vrf_map(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    vrf: Vrf = obj
    kind = t[i - 2] if t[i - 1] == "map" else t[0]
    name = t[i]
    if kind == "import":
        vrf.import_map = name
    else:
        vrf.export_map = name
    p.ref("route-map", name, f"vrf {kind} map", ln)


# ---- static routes ------------------------------------------------------------------------
def h_ip_route(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ip route [vrf V] PREFIX MASK [IF] [NH] [DIST] [tag T] [name N] [permanent] [track N]."""
    if neg:
        return None
    j = i
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
        p.ref("vrf", vrf, "ip route vrf", ln)
    if t[j] == "static":
        return None  # `ip route static bfd ...`
    prefix = network_from_mask(t[j], t[j + 1])
    if prefix is None:
        return UNRECOGNIZED
    route = StaticRoute(prefix, p.device.span(ln), vrf=vrf)
    j += 2
    while j < len(t):
        tok = t[j]
        if is_ipv4(tok) and route.next_hop is None:
            route.next_hop = tok
        elif (tok.isdigit() and route.next_hop is not None) or (tok.isdigit() and route.interface):
            route.distance = int(tok)
        elif tok == "tag" and j + 1 < len(t):
            route.tag = int(t[j + 1]) if t[j + 1].isdigit() else None
            j += 1
        elif tok == "name" and j + 1 < len(t):
            route.name = t[j + 1]
            j += 1
        elif tok == "track" and j + 1 < len(t):
            route.track = int(t[j + 1])
            j += 1
        elif tok == "permanent":
            route.permanent = True
        elif tok == "global":
            route.nh_vrf = "default"
        elif tok in ("vrf",) and j + 1 < len(t):
            route.nh_vrf = t[j + 1]
            j += 1
        elif tok in ("multicast", "dhcp"):
            pass
        elif route.interface is None and route.next_hop is None and not tok.isdigit():
            route.interface = tok
        j += 1
    p.device.static_routes.append(route)
    return None


def h_ipv6_route(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    j = i
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    if "/" not in t[j]:
        return UNRECOGNIZED
    route = StaticRoute(t[j], p.device.span(ln), vrf=vrf)
    for tok in t[j + 1 :]:
        if is_ip(tok) and route.next_hop is None:
            route.next_hop = tok
        elif tok.isdigit():
            route.distance = int(tok)
        elif route.interface is None and route.next_hop is None:
            route.interface = tok
    p.device.static_routes.append(route)
    return None


# ---- OSPF ---------------------------------------------------------------------------------
def h_router_ospf(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    proc = Ospf(t[i], p.device.span(ln))
    if "vrf" in t:
        proc.vrf = t[t.index("vrf") + 1]
    p.device.ospf.append(proc)
    from untapped.dialects.cisco_ios.grammar import OSPF_MODE

    return OSPF_MODE, proc


def h_ospf_network(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    proc: Ospf = obj
    if neg:
        return None
    pfx = network_from_wildcard(t[i], t[i + 1])
    if pfx is None or t[i + 2] != "area":
        return UNRECOGNIZED
    proc.networks.append(OspfNetwork(pfx, t[i + 3]))
    return None


def h_other_router(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`router eigrp|rip|isis|...`: known processes the model only inventories."""
    if neg:
        return None
    proto = t[i - 1] if i > 1 else t[1]
    proc = RoutingProcess(proto, t[i] if i < len(t) else "", p.device.span(ln))
    p.device.other_routing.append(proc)
    from untapped.dialects.cisco_ios.grammar import OTHER_ROUTER_MODE

    return OTHER_ROUTER_MODE, proc


# ---- BGP ----------------------------------------------------------------------------------
def h_router_bgp(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    if p.device.bgp is None:
        p.device.bgp = Bgp(t[i], p.device.span(ln))
    from untapped.dialects.cisco_ios.grammar import BGP_MODE

    return BGP_MODE, p.device.bgp


def h_bgp_af(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    toks = t[i:]
    vrf = None
    if "vrf" in toks:
        k = toks.index("vrf")
        vrf = toks[k + 1] if k + 1 < len(toks) else None
        toks = toks[:k] + toks[k + 2 :]
    af = " ".join(toks)
    p.bgp_af = af if " " in af else f"{af} unicast"
    p.bgp_vrf = vrf
    if vrf:
        _bgp(p).vrfs.append(vrf)
        p.ref("vrf", vrf, "router bgp address-family vrf", ln)
    from untapped.dialects.cisco_ios.grammar import BGP_AF_MODE

    return BGP_AF_MODE, obj


def h_bgp_exit_af(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.bgp_af = None
    p.bgp_vrf = None


def h_bgp_bgp(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    bgp = _bgp(p)
    word = t[i]
    if word == "router-id":
        bgp.router_id = t[i + 1]
    elif word == "default" and t[i + 1] == "local-preference":
        bgp.default_local_pref = int(t[i + 2])
    elif word == "always-compare-med":
        bgp.always_compare_med = not neg
    return None


# ---- prefix-lists, community lists, as-path -----------------------------------------------
def h_prefix_list(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ip prefix-list NAME [seq N] permit|deny PREFIX [ge N] [le N] | description ..."""
    family = "ipv6" if t[0] == "ipv6" or t[1:2] == ["ipv6"] else "ipv4"
    name = t[i]
    if neg:
        return None
    plist = p.device.prefix_lists.get(name)
    if plist is None:
        plist = p.device.prefix_lists[name] = PrefixList(name, p.device.span(ln), family)  # type: ignore[arg-type]
    plist.span = p.device.span(plist.span.line, ln)
    p.define("ipv6 prefix-list" if family == "ipv6" else "ip prefix-list", name, ln)
    j = i + 1
    if j < len(t) and t[j] == "description":
        return None
    seq = None
    if j < len(t) and t[j] == "seq":
        seq = int(t[j + 1])
        j += 2
    action = t[j]
    if action not in ("permit", "deny"):
        return UNRECOGNIZED
    pfx = t[j + 1]
    ge = le = None
    k = j + 2
    while k + 1 < len(t):
        if t[k] == "ge":
            ge = int(t[k + 1])
        elif t[k] == "le":
            le = int(t[k + 1])
        k += 2
    plist.entries.append(PrefixListEntry(ln, action, pfx, seq, ge, le))  # type: ignore[arg-type]
    return None


def h_community_list(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    kind = "standard"
    j = i
    if t[j] in ("standard", "expanded"):
        kind = t[j]
        j += 1
    name = t[j]
    if name.isdigit() and kind == "standard" and int(name) >= 100:
        kind = "expanded"
    clist = p.device.community_lists.get(name)
    if clist is None:
        clist = p.device.community_lists[name] = CommunityList(name, p.device.span(ln), kind)  # type: ignore[arg-type]
    p.define("community-list", name, ln)
    if j + 1 < len(t):
        clist.entries.append((t[j + 1], " ".join(t[j + 2 :])))
    return None


def h_as_path(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg or t[i] != "access-list":
        return None if neg else UNRECOGNIZED
    name = t[i + 1]
    clist = p.device.community_lists.get(f"as-path:{name}")
    if clist is None:
        clist = CommunityList(name, p.device.span(ln), "as-path")
        p.device.community_lists[f"as-path:{name}"] = clist
    p.define("as-path access-list", name, ln)
    clist.entries.append((t[i + 2], " ".join(t[i + 3 :])))
    return None


_ = is_ip

"""Statement handlers of the frr dialect (wired into modes by grammar.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike import common as C
from untapped.dialects._ioslike.acl import parse_entry
from untapped.dialects._ioslike.addr import is_ip, is_prefix
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects.frr import grammar as G  # modes, resolved at call time
from untapped.model.core import Span
from untapped.model.filters import RouteMapClause
from untapped.model.mgmt import EnablePassword, Line, Service
from untapped.model.net import BgpAggregate, BgpNetwork, OspfNetwork, Redistribution
from untapped.model.taps import Telemetry


# ---- handlers: system --------------------------------------------------------------------
def h_exit(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.node = None
    return None


def h_frr_version(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.version = t[i] if i < len(t) else None
    return None


def h_password(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    sec = p.coded_secret(t, i, ln) if t[i] != "8" else p.secret(t[i + 1], "cipher", ln)
    if t[0] == "enable":
        p.device.enable.append(EnablePassword(p.span(ln), sec, is_secret=False))
    else:
        line = _vty(p, ln)
        line.password = sec
    return None


def _vty(p: G.FrrParser, ln: int) -> Line:
    for line in p.device.lines:
        if line.kind == "vty":
            return line
    line = Line("vty", 0, 4, p.span(ln))
    p.device.lines.append(line)
    return line


def h_line_vty(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return p.enter(G.LINE_MODE, _vty(p, ln))


def h_line_acl(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    if "ipv6" in t[:i]:
        line.access_class6_in = t[i]
        p.ref("ipv6 access-list", t[i], "line vty ipv6 access-class", ln)
    else:
        line.access_class_in = t[i]
        p.ref("ip access-list", t[i], "line vty access-class", ln)
    return None


def h_exec_timeout(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    sec = int(t[i + 1]) if i + 1 < len(t) else 0
    line.exec_timeout = int(t[i]) * 60 + sec
    return None


def h_service(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[i]
    p.device.services[name] = Service(name, not neg, ln)
    return None


def h_log_syslog(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.enabled = not neg
    if i < len(t):
        p.device.logging.trap_level = t[i]
    return None


def h_username(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.model.mgmt import User

    u = User(t[i], p.span(ln))
    if i + 2 < len(t) and t[i + 1] in ("password", "nopassword"):
        if t[i + 1] == "password":
            u.secret = p.secret(t[i + 2], "plain", ln)
    if i + 1 < len(t) and t[i + 1] == "nopassword":
        u.nopassword = True
    p.device.users.append(u)
    return None


def h_agentx(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.services["snmp-agentx"] = Service("snmp-agentx", not neg, ln)
    return None


# ---- interfaces, VRFs, static routes -------------------------------------------------------
def h_interface(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    it = p.iface(t[i], ln)
    if i + 2 < len(t) and t[i + 1] == "vrf":
        it.vrf = t[i + 2]
        p.ref("vrf", t[i + 2], "interface vrf", ln)
    return p.enter(G.IF_MODE, it)


def h_if_address(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    addr = t[i]
    if "/" not in addr:
        return UNRECOGNIZED
    C.add_address(obj, addr, "secondary" in t[i + 1 :])
    return None


def h_if_ospf_area(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.ospf_area = t[i]
    return None


def h_if_ospf_cost(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.ospf_cost = int(t[i])
    return None


def h_if_ospf_auth(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if "message-digest-key" in t or "authentication-key" in t:
        k = t.index("md5") + 1 if "md5" in t else len(t) - 1
        p.secret(t[k], "plain", ln)
    obj.ospf_auth = not neg
    return None


def h_if_pbr_policy(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        obj.policy_route_map = t[i]
        p.ref("pbr-map", t[i], "interface pbr-policy", ln)
    return None


def h_if_vrf(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.vrf = t[i]
    p.ref("vrf", t[i], "interface vrf", ln)
    return None


def h_vrf(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return p.enter(G.VRF_MODE, p.vrf(t[i], ln))


def h_ip_route(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    pfx = t[i]
    rest = t[i + 1 :]
    if not is_prefix(pfx):
        if i + 1 < len(t) and is_ip(pfx) and is_ip(t[i + 1]):  # A MASK form
            got = C.prefix_and_mask(pfx, t[i + 1])
            if got is None:
                return UNRECOGNIZED
            pfx, rest = got, t[i + 2 :]
        else:
            return UNRECOGNIZED
    vrf = getattr(obj, "name", None) if obj is not None and hasattr(obj, "rd") else None
    r = C.static_route(p, pfx, rest, ln, vrf)
    if r is not None and r.vrf:
        p.ref("vrf", r.vrf, "ip route vrf", ln)
    return None


# ---- BGP ---------------------------------------------------------------------------------
def h_router_bgp(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    asn = t[i] if i < len(t) else "unknown"
    vrf = t[i + 2] if i + 2 < len(t) and t[i + 1] == "vrf" else None
    bgp = p.bgp(asn, ln)
    p.bgp_vrf = vrf
    p.bgp_af = None
    if vrf:
        if vrf not in bgp.vrfs:
            bgp.vrfs.append(vrf)
        p.ref("vrf", vrf, "router bgp vrf", ln)
    return p.enter(G.BGP_MODE, bgp)


def h_bgp_router_id(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if p.bgp_vrf is None and p.device.bgp is not None:
        p.device.bgp.router_id = t[i]
    return None


def h_bgp_af(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.bgp_af = " ".join(t[i:])
    return G.BGP_AF_MODE, obj


def h_bgp_network(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg or p.device.bgp is None:
        return None
    pfx = t[i]
    rm = t[i + 2] if i + 2 < len(t) and t[i + 1] == "route-map" else None
    if rm:
        p.ref("route-map", rm, "bgp network route-map", ln)
    p.device.bgp.networks.append(BgpNetwork(pfx, rm, p.bgp_vrf))
    return None


def h_bgp_aggregate(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg or p.device.bgp is None:
        return None
    p.device.bgp.aggregates.append(
        BgpAggregate(t[i], "summary-only" in t, "as-set" in t, p.bgp_vrf)
    )
    return None


def h_bgp_max_paths(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if p.device.bgp is not None and t[i].isdigit():
        p.device.bgp.multipath = int(t[i])
    return None


def h_bmp_targets(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("bmp targets", t[i], ln)
    return G.BMP_MODE, t[i]


def h_bmp_connect(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """bmp connect HOST port P [min-retry N max-retry N] [source-interface IF]"""
    if neg:
        return None
    tel = Telemetry(str(obj), t[i], p.span(ln), protocol="bmp", vrf=p.bgp_vrf)
    j = i + 1
    while j < len(t):
        if t[j] == "port":
            tel.port = int(t[j + 1])
            j += 1
        j += 1
    p.device.telemetry.append(tel)
    return None


def h_bmp_monitor(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None


# ---- OSPF --------------------------------------------------------------------------------
def h_router_ospf(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    proc = "6" if t[1] == "ospf6" else "1"
    vrf = None
    j = i
    while j < len(t):
        if t[j] == "vrf":
            vrf = t[j + 1]
            j += 1
        elif t[j].isdigit():
            proc = t[j]
        j += 1
    if vrf:
        p.ref("vrf", vrf, "router ospf vrf", ln)
    return p.enter(G.OSPF_MODE, p.ospf(proc, ln, vrf))


def h_ospf_router_id(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.router_id = t[i]
    return None


def h_ospf_network(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg and t[i + 1] == "area":
        obj.networks.append(OspfNetwork(t[i], t[i + 2]))
    return None


def h_ospf_passive(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[i] == "default":
        obj.passive_default = not neg
    elif neg:
        obj.non_passive.append(t[i])
    else:
        obj.passive.append(t[i])
    return None


def h_ospf_redistribute(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    r = Redistribution(t[i])
    if "route-map" in t:
        r.route_map = t[t.index("route-map") + 1]
        p.ref("route-map", r.route_map, "ospf redistribute route-map", ln)
    obj.redistribute.append(r)
    return None


def h_ospf_default(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.default_originate = not neg
    obj.default_originate_always = "always" in t
    return None


# ---- filters -----------------------------------------------------------------------------
def h_access_list(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """[ipv6] access-list NAME [seq N] permit|deny PREFIX|any|A W [exact-match] | remark."""
    if neg:
        return None
    fam = "ipv6" if t[0] == "ipv6" else "ipv4"
    name = t[i]
    j = i + 1
    seq = None
    if t[j] == "seq":
        seq = int(t[j + 1])
        j += 2
    acl = p.acl(name, ln, "ipv6" if fam == "ipv6" else "standard", fam)  # type: ignore[arg-type]
    toks = [x for x in t if x != "exact-match"]
    standard = not (j + 1 < len(toks) and toks[j + 1] in ("ip", "tcp", "udp", "icmp"))
    entry = parse_entry(toks, j, p.span(ln), p.text, standard=standard, seq=seq)
    if entry is None:
        return UNRECOGNIZED
    acl.entries.append(entry)
    return None


def h_pbr_map(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """pbr-map NAME seq N"""
    name = t[i]
    seq = int(t[i + 2]) if i + 2 < len(t) and t[i + 1] == "seq" else 10
    rm = p.route_map(name, ln, "pbr-map")
    clause = RouteMapClause(p.span(ln), "permit", seq)
    if not neg:
        rm.clauses.append(clause)
    return G.PBR_MODE, clause


def h_pbr_match(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    clause: RouteMapClause = obj
    key = {"src-ip": "ip address source", "dst-ip": "ip address"}.get(t[i], t[i])
    clause.matches.append((key, tuple(t[i + 1 :])))
    if clause.span.last < ln:
        clause.span = Span(clause.span.file, clause.span.line, ln)
    return None


def h_nexthop_group(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("nexthop-group", t[i], ln)
    p.nhg.setdefault(t[i], [])
    return G.NHG_MODE, t[i]


def h_nhg_nexthop(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.nhg[str(obj)].append(t[i])
    return None


# ---- Cumulus ifupdown2 and NCLU ------------------------------------------------------------
def h_iface(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.IFACE_MODE, p.iface(t[i], ln)


def h_iface_address(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if "/" in t[i]:
        C.add_address(obj, t[i])
    return None


def h_iface_vrf(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.vrf = t[i]
    p.ref("vrf", t[i], "iface vrf", ln)
    return None


def h_iface_vrf_table(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`vrf-table auto|N` makes the iface a VRF device: the VRF of that name."""
    p.vrf(obj.name, ln)
    return None


NCLU_OBJECTS = frozenset(
    {
        "bgp",
        "vxlan",
        "bond",
        "bridge",
        "vlan",
        "loopback",
        "vrf",
        "dns",
        "interface",
        "routing",
        "hostname",
        "time",
        "snmp-server",
        "syslog",
        "ptp",
        "clag",
        "ospf",
        "ospf6",
        "evpn",
        "lldp",
        "dot1x",
        "acl",
        "dhcp",
        "igmp-snooping",
        "mld-snooping",
        "port-security",
        "nat",
        "control-plane",
        "pbr",
    }
)


def h_nclu(p: G.FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """net add|del OBJECT ...; net commit / net del all."""
    if t[1] == "commit" or t[1:3] == ["del", "all"] or t[1] == "abort":
        return None
    if t[1] not in ("add", "del"):
        return UNRECOGNIZED
    what = t[2]
    if what not in NCLU_OBJECTS:
        return UNRECOGNIZED
    rest = t[3:]
    if t[1] == "del":
        return None
    if what == "hostname":
        p.device.name = rest[0]
        p.device.hostname_line = ln
    elif what == "routing" and rest[0] == "route" and is_prefix(rest[1]):
        C.static_route(p, rest[1], rest[2:], ln)
    elif (
        what in ("interface", "loopback", "vlan")
        and len(rest) > 3
        and rest[1:3]
        == [
            "ip",
            "address",
        ]
    ):
        name = f"vlan{rest[0]}" if what == "vlan" else rest[0]
        C.add_address(p.iface(name, ln), rest[3])
    elif what == "time" and rest[:2] == ["ntp", "server"]:
        vrf = rest[rest.index("vrf") + 1] if "vrf" in rest else None
        C.ntp_server(p, rest[2], ln, vrf)
    elif what == "snmp-server" and rest[:1] == ["trap-destination"]:
        vrf = rest[rest.index("vrf") + 1] if "vrf" in rest else None
        h = C.snmp_host(p, rest[1], ln, vrf)
        if "community-password" in rest:
            h.community = p.secret(rest[rest.index("community-password") + 1], "plain", ln)
        if "version" in rest:
            h.version = rest[rest.index("version") + 1]
    elif what == "snmp-server" and rest[:1] == ["readonly-community"]:
        from untapped.model.mgmt import SnmpCommunity

        com = SnmpCommunity(p.secret(rest[1], "plain", ln), p.span(ln))
        if "access" in rest:
            com.acl = rest[rest.index("access") + 1]
        p.device.snmp.communities.append(com)
    elif what == "bgp":
        _nclu_bgp(p, rest, ln)
    elif what == "syslog" and rest[:1] == ["host"]:
        addr = next((x for x in rest[1:] if is_ip(x)), None)
        if addr:
            lh = C.log_host(p, addr, ln, rest[rest.index("vrf") + 1] if "vrf" in rest else None)
            if "port" in rest and rest.index("port") + 2 < len(rest):
                k = rest.index("port")
                lh.transport, lh.port = rest[k + 1], int(rest[k + 2])
    elif what == "dns" and rest[:1] == ["nameserver"] and rest[1:2] in (["ipv4"], ["ipv6"]):
        C.dns_server(p, rest[2], ln, rest[4] if len(rest) > 4 and rest[3] == "vrf" else None)
    return None


def _nclu_bgp(p: G.FrrParser, rest: list[str], ln: int) -> None:
    vrf = None
    if rest[:1] == ["vrf"]:
        vrf, rest = rest[1], rest[2:]
    if rest[:1] == ["autonomous-system"]:
        bgp = p.bgp(rest[1], ln)
        if vrf and vrf not in bgp.vrfs:
            bgp.vrfs.append(vrf)
    elif rest[:1] == ["router-id"] and vrf is None and p.device.bgp is not None:
        p.device.bgp.router_id = rest[1]
    elif rest[:1] == ["neighbor"] and len(rest) > 2:
        nb = p.neighbor(rest[1], ln, vrf)
        tail = rest[2:]
        if tail[:1] == ["interface"]:
            tail = tail[1:]
        if tail[:1] == ["remote-as"]:
            nb.remote_as = tail[1]
        elif tail[:1] == ["peer-group"] and len(tail) > 1:
            nb.peer_group = tail[1]

"""Model-filling helpers shared by the IOS-like dialects that are not IOS itself (IOS-XR, ASA,
FRR, ...): a parser base with get-or-create accessors, and generic handlers for the statements
these CLIs spell the same way (route-map clauses, prefix-lists, community lists, IOS-style BGP
neighbor lines). Handlers keep the engine's signature `(p, toks, i, line, neg, obj)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.addr import is_ip, is_ipv4, network_from_mask
from untapped.dialects._ioslike.engine import UNRECOGNIZED, LineParser, Mode
from untapped.model.core import Secret, Span
from untapped.model.device import ParseResult
from untapped.model.filters import (
    Acl,
    CommunityList,
    PrefixList,
    PrefixListEntry,
    RouteMap,
    RouteMapClause,
)
from untapped.model.mgmt import DnsServer, LogHost, NtpServer, SnmpHost
from untapped.model.net import (
    Bgp,
    BgpNeighbor,
    IfAddress,
    Interface,
    Ospf,
    Redistribution,
    StaticRoute,
    Vrf,
)

# Cisco-style password type codes -> Secret.kind
SECRET_CODES: dict[str, str] = {
    "0": "plain",
    "7": "type7",
    "5": "md5",
    "8": "pbkdf2",
    "9": "scrypt",
    "6": "cipher",
    "4": "sha256",
    "10": "hash",
}


class IosLikeParser(LineParser):
    """A LineParser with accessors for the objects most statements fill, and BGP context."""

    FEATURES: frozenset[str] = frozenset()

    def __init__(self, artifact: Artifact, root: Mode) -> None:
        super().__init__(artifact, root)
        self.bgp_vrf: str | None = None
        self.bgp_af: str | None = None
        self._neighbors: dict[tuple[str, str | None], BgpNeighbor] = {}

    # ---- get or create ------------------------------------------------------------------
    def span(self, line: int, end: int = 0) -> Span:
        return Span(self.file, line, end)

    def iface(self, name: str, line: int) -> Interface:
        dev = self.device
        it = dev.interfaces.get(name)
        if it is None:
            it = dev.interfaces[name] = Interface(name, Span(self.file, line))
        self.define("interface", name, line)
        return it

    def vrf(self, name: str, line: int) -> Vrf:
        v = self.device.vrfs.get(name)
        if v is None:
            v = self.device.vrfs[name] = Vrf(name, Span(self.file, line))
        self.define("vrf", name, line)
        return v

    def acl(
        self,
        name: str,
        line: int,
        kind: Literal["standard", "extended", "ipv6", "mac", "filter", "other"] = "extended",
        family: Literal["ipv4", "ipv6", "mac", "mixed"] = "ipv4",
    ) -> Acl:
        a = self.device.acls.get(name)
        if a is None:
            a = self.device.acls[name] = Acl(name, Span(self.file, line), kind, family)
        elif a.span.last < line:
            a.span = Span(self.file, a.span.line, line)
        self.define("ipv6 access-list" if family == "ipv6" else "ip access-list", name, line)
        return a

    def bgp(self, asn: str, line: int) -> Bgp:
        if self.device.bgp is None:
            self.device.bgp = Bgp(asn, Span(self.file, line))
        return self.device.bgp

    def neighbor(self, addr: str, line: int, vrf: str | None = None) -> BgpNeighbor:
        found = self._neighbors.get((addr, vrf))
        if found is not None:
            return found
        bgp = self.device.bgp
        if bgp is None:
            bgp = self.bgp("unknown", line)
        nb = self._neighbors[(addr, vrf)] = BgpNeighbor(addr, Span(self.file, line), vrf=vrf)
        bgp.neighbors.append(nb)
        return nb

    def ospf(self, process: str, line: int, vrf: str | None = None) -> Ospf:
        for o in self.device.ospf:
            if o.process == process and o.vrf == vrf:
                return o
        o = Ospf(process, Span(self.file, line), vrf=vrf)
        self.device.ospf.append(o)
        return o

    def route_map(self, name: str, line: int, kind: Any = "route-map") -> RouteMap:
        rm = self.device.route_maps.get(name)
        if rm is None:
            rm = self.device.route_maps[name] = RouteMap(name, Span(self.file, line), kind=kind)
        self.define(kind if kind != "pbr-map" else "pbr-map", name, line)
        return rm

    def coded_secret(self, toks: list[str], j: int, line: int) -> Secret:
        """`[0|5|7|8|9] VALUE` at toks[j]."""
        if toks[j] in SECRET_CODES and j + 1 < len(toks):
            return self.secret(toks[j + 1], SECRET_CODES[toks[j]], line)
        return self.secret(toks[j], "plain", line)

    def finish(self) -> ParseResult:
        result = super().finish()
        result.device.features = self.FEATURES
        return result


# ---- small model helpers --------------------------------------------------------------------
def add_address(it: Interface, addr: str, secondary: bool = False) -> None:
    if ":" in addr:
        it.addresses6.append(IfAddress(addr, secondary))
    else:
        it.addresses.append(IfAddress(addr, secondary))


def log_host(p: IosLikeParser, addr: str, line: int, vrf: str | None = None) -> LogHost:
    h = LogHost(addr, p.span(line), vrf=vrf)
    p.device.logging.hosts.append(h)
    return h


def ntp_server(p: IosLikeParser, addr: str, line: int, vrf: str | None = None) -> NtpServer:
    s = NtpServer(addr, p.span(line), vrf=vrf)
    p.device.ntp.servers.append(s)
    return s


def dns_server(p: IosLikeParser, addr: str, line: int, vrf: str | None = None) -> None:
    p.device.dns.servers.append(DnsServer(addr, p.span(line), vrf=vrf))


def snmp_host(p: IosLikeParser, addr: str, line: int, vrf: str | None = None) -> SnmpHost:
    h = SnmpHost(addr, p.span(line), vrf=vrf)
    p.device.snmp.hosts.append(h)
    return h


def static_route(
    p: IosLikeParser, prefix: str, hops: list[str], line: int, vrf: str | None = None
) -> StaticRoute | None:
    """`PREFIX [IF] [NH] [DISTANCE] [tag T] [name N] [vrf V|nexthop-vrf V] ...` (hops = rest)."""
    r = StaticRoute(prefix, p.span(line), vrf=vrf)
    j = 0
    n = len(hops)
    while j < n:
        tok = hops[j]
        low = tok.lower()
        if is_ip(tok) and r.next_hop is None:
            r.next_hop = tok
        elif low in ("tag", "name", "description", "track", "label", "table") and j + 1 < n:
            if low == "tag" and hops[j + 1].isdigit():
                r.tag = int(hops[j + 1])
            elif low in ("name", "description"):
                r.name = hops[j + 1]
            elif low == "track" and hops[j + 1].isdigit():
                r.track = int(hops[j + 1])
            j += 1
        elif low in ("vrf", "nexthop-vrf") and j + 1 < n:
            # `vrf V` before the next hop (IOS-XR) names the next hop's VRF; after it (FRR)
            # the route's own VRF; `nexthop-vrf V` is always the next hop's.
            if low == "vrf" and (r.next_hop is not None or r.interface is not None):
                r.vrf = hops[j + 1]
            else:
                r.nh_vrf = hops[j + 1]
            j += 1
        elif tok.isdigit():
            r.distance = int(tok)
        elif low in ("permanent",):
            r.permanent = True
        elif low in ("blackhole", "reject", "null0", "discard"):
            r.interface = "Null0"
        elif r.interface is None and r.next_hop is None and not low.startswith(("bfd", "onlink")):
            r.interface = tok
        j += 1
    p.device.static_routes.append(r)
    return r


def prefix_and_mask(addr: str, mask: str) -> str | None:
    return network_from_mask(addr, mask) if is_ipv4(mask) else None


# ---- generic handlers -----------------------------------------------------------------------
def h_hostname(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.device.name = t[i].strip('"')
        p.device.hostname_line = ln
    return None


def h_description(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if hasattr(obj, "description"):
        obj.description = None if neg else " ".join(t[i:])
    return None


def h_shutdown(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if hasattr(obj, "shutdown"):
        obj.shutdown = not neg
    return None


def h_prefix_list(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """[ip|ipv6] prefix-list NAME [seq N] permit|deny PREFIX [ge N] [le N] | description."""
    if neg:
        return None
    fam: Literal["ipv4", "ipv6"] = "ipv6" if "ipv6" in t[:i] else "ipv4"
    name = t[i]
    pl = p.device.prefix_lists.get(name)
    if pl is None:
        pl = p.device.prefix_lists[name] = PrefixList(name, p.span(ln), fam)
    else:
        pl.span = p.span(pl.span.line, ln)
    p.define("ipv6 prefix-list" if fam == "ipv6" else "ip prefix-list", name, ln)
    j = i + 1
    if j >= len(t) or t[j] == "description":
        return None
    seq = None
    if t[j] == "seq":
        seq = int(t[j + 1])
        j += 2
    act = t[j]
    if act not in ("permit", "deny"):
        return UNRECOGNIZED
    pfx = t[j + 1]
    ge = le = None
    if pfx == "any":  # every prefix of the family: 0.0.0.0/0 le 32 (::/0 le 128)
        pfx = "::/0" if fam == "ipv6" else "0.0.0.0/0"
        le = 128 if fam == "ipv6" else 32
    k = j + 2
    while k + 1 < len(t):
        if t[k] == "ge":
            ge = int(t[k + 1])
        elif t[k] == "le":
            le = int(t[k + 1])
        k += 2
    pl.entries.append(PrefixListEntry(ln, act, pfx, seq, ge, le))  # type: ignore[arg-type]
    return None


def h_community_list(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """[bgp] community-list|extcommunity-list|large-community-list [standard|expanded] N
    [seq S] permit|deny VALUES; also `as-path access-list N permit RE`."""
    if neg:
        return None
    head = " ".join(t[:i])
    kind: Any = "standard"
    if "as-path" in head:
        kind = "as-path"
    elif "large" in head:
        kind = "large"
    elif "extcommunity" in head:
        kind = "extended"
    j = i
    if t[j] in ("standard", "expanded"):
        kind = t[j] if kind == "standard" else kind
        j += 1
    name = t[j]
    j += 1
    if j < len(t) and t[j] == "seq":
        j += 2
    act = t[j]
    if act not in ("permit", "deny"):
        return UNRECOGNIZED
    cl = p.device.community_lists.get(name)
    if cl is None:
        cl = p.device.community_lists[name] = CommunityList(name, p.span(ln), kind)
    else:
        cl.span = p.span(cl.span.line, ln)
    cl.entries.append((act, " ".join(t[j + 1 :])))
    p.define("as-path access-list" if kind == "as-path" else "community-list", name, ln)
    return None


def make_route_map_handler(mode: Mode, kind: Any = "route-map") -> Callable[..., Any]:
    """route-map NAME [permit|deny] [SEQ] -> a clause block in `mode`."""

    def h_route_map(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        name = t[i]
        action = t[i + 1] if i + 1 < len(t) else "permit"
        seq = int(t[i + 2]) if i + 2 < len(t) and t[i + 2].isdigit() else 10
        if action.isdigit():
            action, seq = "permit", int(action)
        if action not in ("permit", "deny"):
            return UNRECOGNIZED
        rm = p.route_map(name, ln, kind)
        clause = RouteMapClause(p.span(ln), action, seq)  # type: ignore[arg-type]
        if not neg:
            rm.clauses.append(clause)
        return mode, clause

    return h_route_map


RM_MATCH_REFS: dict[tuple[str, ...], str] = {
    ("ip", "address", "prefix-list"): "ip prefix-list",
    ("ipv6", "address", "prefix-list"): "ipv6 prefix-list",
    ("ip", "next-hop", "prefix-list"): "ip prefix-list",
    ("ip", "address"): "ip access-list",
    ("ipv6", "address"): "ipv6 access-list",
    ("ip", "next-hop"): "ip access-list",
    ("community",): "community-list",
    ("large-community",): "community-list",
    ("extcommunity",): "community-list",
    ("as-path",): "as-path access-list",
}


def _grow(p: IosLikeParser, clause: RouteMapClause, ln: int) -> None:
    if clause.span.last < ln:
        clause.span = Span(clause.span.file, clause.span.line, ln)


def h_rm_match(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    clause: RouteMapClause = obj
    rest = t[i:]
    for n in (3, 2, 1):
        key = tuple(rest[:n])
        if key in RM_MATCH_REFS:
            vals = tuple(v for v in rest[n:] if v not in ("exact-match", "any", "all"))
            for v in vals[:1]:
                p.ref(RM_MATCH_REFS[key], v, "route-map match " + " ".join(key), ln)
            clause.matches.append((" ".join(key), vals))
            break
    else:
        if rest[:2] in (["src-ip", rest[1] if len(rest) > 1 else ""],):
            clause.matches.append(("ip address source", tuple(rest[1:])))
        elif rest[0] == "dst-ip":
            clause.matches.append(("ip address", tuple(rest[1:])))
        else:
            clause.matches.append((rest[0], tuple(rest[1:])))
    _grow(p, clause, ln)
    return None


def h_rm_set(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    clause: RouteMapClause = obj
    rest = t[i:]
    if rest[0] == "nexthop" and len(rest) > 1:  # FRR pbr-map `set nexthop A [IF] [nexthop-vrf]`
        vals = rest[1:]
        key = "ipv6 next-hop" if ":" in vals[0] else "ip next-hop"
        clause.sets.append((key, (vals[0],)) if is_ip(vals[0]) else ("interface", (vals[0],)))
        if "nexthop-vrf" in vals:
            clause.sets.append(("vrf", (vals[vals.index("nexthop-vrf") + 1],)))
    elif rest[0] == "nexthop-group":
        clause.sets.append(("next-hop-group", tuple(rest[1:2])))
        p.ref("nexthop-group", rest[1], "pbr-map set nexthop-group", ln)
    elif rest[:2] in (["ip", "next-hop"], ["ipv6", "next-hop"]):
        key = " ".join(rest[:2])
        vals = rest[2:]
        if (vals and vals[0] in ("peer-address", "unchanged", "self", "prefer-global")) or (
            vals and vals[0] in ("verify-availability", "recursive")
        ):
            clause.sets.append((f"{key} {vals[0]}", tuple(vals[1:])))
        else:
            clause.sets.append((key, tuple(vals)))
    elif rest[:2] == ["as-path", "prepend"]:
        clause.sets.append(("as-path prepend", tuple(rest[2:])))
    elif rest[0] in ("comm-list", "large-comm-list", "extcomm-list"):
        p.ref("community-list", rest[1], "route-map set " + rest[0], ln)
        clause.sets.append((rest[0], tuple(rest[1:])))
    elif rest[0] == "vrf":
        clause.sets.append(("vrf", tuple(rest[1:2])))
    else:
        clause.sets.append((rest[0], tuple(rest[1:])))
    _grow(p, clause, ln)
    return None


def h_rm_call(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("route-map", t[i], "route-map call", ln)
    return None


def h_rm_continue(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    clause: RouteMapClause = obj
    clause.continue_to = int(t[i]) if i < len(t) and t[i].isdigit() else clause.seq + 1
    return None


# ---- IOS-style BGP (`neighbor X ...` lines under router bgp / address-family) ---------------
def h_bgp_neighbor(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """neighbor ADDR|GROUP|IF <attribute> ..."""
    if neg:
        return None
    addr = t[i]
    attr = t[i + 1].lower() if i + 1 < len(t) else ""
    rest = t[i + 2 :]
    nb = p.neighbor(addr, ln, p.bgp_vrf)
    nb.span = Span(nb.span.file, nb.span.line, max(nb.span.last, ln))
    if attr == "remote-as":
        nb.remote_as = rest[0]
    elif attr == "interface":  # FRR unnumbered: neighbor swp1 interface [peer-group G|remote-as X]
        for k, w in enumerate(rest[:-1]):  # [v6only] [peer-group G] [remote-as X]
            if w == "remote-as":
                nb.remote_as = rest[k + 1]
            elif w == "peer-group":
                nb.peer_group = rest[k + 1]
                p.ref("bgp peer-group", rest[k + 1], "bgp neighbor interface peer-group", ln)
    elif attr == "peer-group":
        if rest:
            nb.peer_group = rest[0]
            p.ref("bgp peer-group", rest[0], "bgp neighbor peer-group", ln)
        else:
            nb.is_group = True
            p.define("bgp peer-group", addr, ln)
    elif attr == "description":
        nb.description = " ".join(rest)
    elif attr == "update-source":
        nb.update_source = rest[0]
    elif attr == "route-map":
        p.ref("route-map", rest[0], f"bgp neighbor route-map {rest[1]}", ln)
        if rest[1] == "in":
            nb.route_map_in = rest[0]
        else:
            nb.route_map_out = rest[0]
    elif attr == "prefix-list":
        v6 = (p.bgp_af or "").startswith("ipv6")
        kind = "ipv6 prefix-list" if v6 else "ip prefix-list"
        p.ref(kind, rest[0], f"bgp neighbor prefix-list {rest[1]}", ln)
        if rest[1] == "in":
            nb.prefix_list_in = rest[0]
        else:
            nb.prefix_list_out = rest[0]
    elif attr == "distribute-list":
        v6 = (p.bgp_af or "").startswith("ipv6")
        kind = "ipv6 access-list" if v6 else "ip access-list"
        p.ref(kind, rest[0], f"bgp neighbor distribute-list {rest[1]}", ln)
    elif attr == "filter-list":
        p.ref("as-path access-list", rest[0], f"bgp neighbor filter-list {rest[1]}", ln)
        if rest[1] == "in":
            nb.filter_list_in = rest[0]
        else:
            nb.filter_list_out = rest[0]
    elif attr == "password":
        nb.password = p.coded_secret(rest, 0, ln)
    elif attr == "ebgp-multihop":
        nb.ebgp_multihop = int(rest[0]) if rest else 255
    elif attr == "ttl-security":
        nb.ttl_security = int(rest[-1])
    elif attr == "maximum-prefix":
        nb.max_prefix = int(rest[0])
    elif attr == "next-hop-self":
        nb.next_hop_self = True
    elif attr == "route-reflector-client":
        nb.route_reflector_client = True
    elif attr in ("shutdown",):
        nb.shutdown = True
    elif attr in ("send-community",):
        nb.send_community = True
    elif attr == "local-as":
        nb.local_as = rest[0]
    elif attr == "activate":
        nb.activated.append(p.bgp_af or "ipv4 unicast")
    elif attr == "weight":
        nb.weight = int(rest[0])
    elif attr == "" or attr not in BGP_NEIGHBOR_KNOWN:
        return UNRECOGNIZED
    return None


BGP_NEIGHBOR_KNOWN = frozenset(
    {
        "timers",
        "bfd",
        "capability",
        "soft-reconfiguration",
        "allowas-in",
        "as-override",
        "advertisement-interval",
        "default-originate",
        "disable-connected-check",
        "dont-capability-negotiate",
        "enforce-first-as",
        "override-capability",
        "passive",
        "remove-private-as",
        "solo",
        "strict-capability-match",
        "unsuppress-map",
        "attribute-unchanged",
        "addpath-tx-all-paths",
        "addpath-tx-bestpath-per-as",
        "addpath-rx-paths-limit",
        "addpath-tx-best-selected",
        "distribute-list",
        "port",
        "version",
        "graceful-restart",
        "graceful-restart-helper",
        "graceful-restart-disable",
        "local-role",
        "sender-as-path-loop-detection",
        "extended-optional-parameters",
        "path-attribute",
        "aigp",
        "send-community-ebgp",
        "soo",
        "as-loop-detection",
        "tcp-mss",
        "update-group",
        "fall-over",
        "ha-mode",
        "inherit",
        "maximum-prefix-out",
        "oad",
        "accept-own",
        "ip-transparent",
        "encapsulation-mpls",
        "encapsulation-srv6",
        "send-label",
        "nexthop-self",
        "route-server-client",
        "disable-addpath-rx",
        "ebgp-requires-policy",
        "rpki",
        "transport",
        "disable-link-bw-encoding-ieee",
        "extended-link-bandwidth",
        "dampening",
        "advertise-map",
        "local-link-id",
        "link-bw",
        "as-path-unchanged",
        "capability-extended-nexthop",
    }
)


def h_bgp_redistribute(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg or p.device.bgp is None:
        return None
    r = Redistribution(t[i])
    j = i + 1
    while j < len(t):
        if t[j] == "route-map" and j + 1 < len(t):
            r.route_map = t[j + 1]
            p.ref("route-map", t[j + 1], "bgp redistribute route-map", ln)
            j += 1
        elif t[j] == "metric" and j + 1 < len(t) and t[j + 1].isdigit():
            r.metric = int(t[j + 1])
            j += 1
        elif t[j].isdigit() and r.process is None:
            r.process = t[j]
        j += 1
    p.device.bgp.redistribute.append(r)
    return None


def take_until(p: LineParser, end: str) -> list[tuple[int, str]]:
    """Consume the lines up to and including the first whose stripped text is `end` (RPL sets
    and policies). Returns (line number, stripped text) for the body; the caller accounts each
    body line (recognized / unrecognized); blank and `#`/`!` lines are counted here."""
    out: list[tuple[int, str]] = []
    lines = p.lines
    n = len(lines)
    while p.i < n:
        s = lines[p.i].strip()
        p.i += 1
        if s == end:
            p.counts.recognized += 1
            return out
        if not s or s[0] in "#!":
            p.counts.blank_or_comment += 1
            continue
        out.append((p.i, s))
    return out


def aaa_methods(p: IosLikeParser, t: list[str], i: int, ln: int) -> None:
    """aaa authentication|authorization|accounting KIND NAME METHODS..."""
    from untapped.model.mgmt import AaaMethodList

    service = t[i - 1]
    kind = t[i]
    j = i + 1
    if kind == "commands" and j < len(t) and t[j].isdigit():
        kind = f"commands {t[j]}"
        j += 1
    name = t[j] if j < len(t) else "default"
    methods = tuple(t[j + 1 :])
    p.device.aaa.methods.append(AaaMethodList(service, kind, name, methods, ln))
    for k, m in enumerate(methods[:-1]):
        if m == "group" and methods[k + 1] not in ("tacacs+", "radius", "ldap"):
            p.ref("aaa server group", methods[k + 1], f"aaa {service} {kind}", ln)


def h_aaa_method(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        aaa_methods(p, t, i, ln)
    return None


def _unnegated(handler: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(p: Any, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        if neg and t[0] == "no":
            return handler(p, t[1:], i - 1, ln, neg, obj)
        return handler(p, t, i, ln, neg, obj)

    wrapper.__name__ = getattr(handler, "__name__", "handler")
    return wrapper


def strip_no(namespace: dict[str, Any]) -> None:
    """Make every handler of the `Mode`s in `namespace` see its tokens without the leading
    `no` (the `neg` flag still says it was there), so that handlers can index from the
    statement's first word."""
    from untapped.dialects._ioslike.engine import END, Block

    seen: set[int] = set()

    def walk(node: dict[str, Any]) -> None:
        for key, val in node.items():
            if key == END:
                if isinstance(val, Block):
                    visit(val.mode)
                elif callable(val) and not isinstance(val, type):
                    node[key] = _unnegated(val)
            elif isinstance(val, dict):
                walk(val)

    def visit(mode: Mode) -> None:
        if id(mode) in seen:
            return
        seen.add(id(mode))
        walk(mode.trie)

    for value in list(namespace.values()):
        if isinstance(value, Mode):
            visit(value)


def h_secret_last(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """A statement the model does not detail whose last word is a credential (IS-IS
    hello-password, failover key, key-string...): recorded as a Secret so that it is redacted."""
    if not neg and i < len(t):
        kind = "type7" if ("encrypted" in t[i:-1] or "7" in t[i:-1]) else "plain"
        p.secret(t[-1], kind, ln)
    return None


def snmp_v3_user(p: IosLikeParser, t: list[str], i: int, ln: int) -> None:
    """snmp-server user NAME GROUP [remote A] v3 [encrypted] auth md5|sha [encrypted] KEY
    priv des|3des|aes N [encrypted] KEY ..."""
    from untapped.model.mgmt import SnmpUser

    user = SnmpUser(t[i], p.span(ln), group=t[i + 1] if i + 1 < len(t) else None)
    j = i + 2
    n = len(t)
    while j < n:
        w = t[j]
        if w in ("v1", "v2c", "v3"):
            user.version = w
        elif w == "auth" and j + 2 < n:
            user.auth = t[j + 1]
            k = j + 2
            if t[k] in ("encrypted", "clear") and k + 1 < n:
                k += 1
            user.secret = p.secret(t[k], "cipher" if "encrypted" in t[j:k] else "plain", ln)
            j = k
        elif w == "priv" and j + 2 < n:
            k = j + 1
            alg = [t[k]]
            k += 1
            if t[k].isdigit():
                alg.append(t[k])
                k += 1
            user.priv = " ".join(alg)
            if k < n and t[k] in ("encrypted", "clear"):
                k += 1
            if k < n:
                p.secret(t[k], "plain", ln)
            j = k
        elif w == "access" and j + 1 < n:
            user.acl = t[j + 1]
            j += 1
        j += 1
    p.device.snmp.users.append(user)


# ---- Smart Call Home (IOS-XR, ASA): profiles with destination addresses ----------------------
def _ch_profile(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    _top, prof, default_active = obj
    return prof, {"profile": t[i] if i < len(t) else None, "entries": [], "active": default_active}


def _ch_destination(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """destination address http|email|https URL | destination transport-method ..."""
    from untapped.model.taps import CallHome

    if t[i] == "address" and i + 2 < len(t) and not neg:
        ch = CallHome(p.span(ln), t[i + 2], obj["profile"], obj["active"])
        p.device.call_home.append(ch)
        obj["entries"].append(ch)
    return None


def _ch_active(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    for ch in obj["entries"]:
        ch.enabled = not neg
    obj["active"] = not neg
    return None


def make_call_home_mode(default_active: bool) -> tuple[Mode, Callable[..., Any]]:
    """A `call-home` block mode (with its profile sub-mode) and the handler that opens it.
    `default_active`: whether a profile is active unless `no active` (ASA) or only with
    `active` (IOS-XR)."""
    top = Mode("call-home").known(
        "contact-email-addr",
        "contact",
        "phone-number",
        "street-address",
        "customer-id",
        "site-id",
        "contract-id",
        "sender",
        "mail-server",
        "http-proxy",
        "vrf",
        "source-interface",
        "service",
        "rate-limit",
        "alert-group",
        "reporting",
        "http",
        "syslog-throttling",
        "aaa-authorization",
        "data-privacy",
    )
    prof = Mode("call-home profile").known(
        "subscribe-to-alert-group", "reporting", "anonymous-reporting-only", "message-size-limit"
    )
    prof.on("destination", _ch_destination).on("active", _ch_active)
    top.on("profile", _ch_profile)

    def h_call_home(p: IosLikeParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        return top, (top, prof, default_active)

    return top, h_call_home

"""Handlers shared by the data-centre IOS-like dialects (Cisco NX-OS, Arista EOS).

Both write interface addresses as `A/len`, name VRFs in blocks (`vrf context` / `vrf instance`),
number ACL entries, put management services in VRFs and configure BGP neighbors either as blocks
(NX-OS) or one-liners (EOS). The handlers here fill the vendor-neutral model; each dialect's grammar
wires them into its own `Mode` tries. A handler that opens a child block finds the dialect's mode
in `p.modes` (a dict the dialect's parser class carries), so one handler serves both grammars.
"""

from __future__ import annotations

from typing import Any, ClassVar

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.acl import parse_entry
from untapped.dialects._ioslike.addr import (
    address_host,
    is_ip,
    is_ipv4,
    network_from_mask,
    network_from_wildcard,
    parse_addr,
    parse_ports,
)
from untapped.dialects._ioslike.engine import KNOWN, UNRECOGNIZED, LineParser, Mode
from untapped.model.core import Secret
from untapped.model.device import ParseResult
from untapped.model.filters import Acl, CommunityList, ObjectGroup
from untapped.model.mgmt import (
    AaaServer,
    AaaServerGroup,
    Banner,
    DnsServer,
    KeyChain,
    KeyChainKey,
    Line,
    Service,
    SnmpCommunity,
    SnmpUser,
    User,
)
from untapped.model.net import (
    Bgp,
    BgpNeighbor,
    IfAddress,
    Interface,
    Ospf,
    OspfNetwork,
    StaticRoute,
    Tunnel,
    Vlan,
    Vrf,
)
from untapped.model.taps import (
    Automation,
    AutomationAction,
    FlowExporter,
    FlowMonitor,
    MirrorSession,
    Telemetry,
)
from untapped.redact import redact_text

H = Any  # handler return type: None, (Mode, obj) or UNRECOGNIZED


class DcParser(LineParser):
    """LineParser with the state the shared handlers need. Subclasses set `modes`, `declared`."""

    modes: ClassVar[dict[str, Mode]] = {}
    declared: frozenset[str] = frozenset()

    def __init__(self, artifact: Artifact, root: Mode) -> None:
        super().__init__(artifact, root)
        self.bgp_af: str | None = None
        self.bgp_vrf: str | None = None
        self.pending_transforms: dict[str, list[str]] = {}
        self.classic_flow_source: str | None = None
        self.enabled_features: dict[str, int] = {}  # NX-OS `feature X` -> line
        self.erspan_origin: str | None = None
        self.sflow: FlowExporter | None = None
        self.sflow_running: bool | None = None
        self.snmp_host_vrf: dict[str, str] = {}
        self.group_vrf: dict[str, str] = {}
        self.global_keys: dict[str, Secret] = {}  # `tacacs-server key`, `radius-server key`
        self.transports: list[Any] = []  # dial-out transports (EOS gNMI grpc-tunnel)
        self.extra: dict[str, Any] = {}  # dialect-specific state

    def fallback(self, mode: Mode, toks: list[str], start: int) -> Any:
        """EOS/NX-OS `default X` resets a statement the mode knows: recognised, nothing to do."""
        if toks[0] == "default" and len(toks) > 1:
            leaf, _ = mode.lookup(toks, 1)
            if leaf is not None:
                return KNOWN
        return None

    def finish(self) -> ParseResult:
        for srv in self.device.aaa.servers:
            if srv.key is None and srv.protocol in self.global_keys:
                srv.key = self.global_keys[srv.protocol]
        self.post()
        result = super().finish()
        result.device.features = self.declared
        return result

    def post(self) -> None:
        """Dialect hook run before the result is built (feature gating, defaults)."""


# ---- small helpers ------------------------------------------------------------------------
def unq(tok: str) -> str:
    if len(tok) >= 2 and tok[0] == tok[-1] and tok[0] in "\"'":
        return tok[1:-1]
    return tok


def hash_kind(value: str, default: str = "plain") -> str:
    v = unq(value)
    if v.startswith("$1$"):
        return "md5"
    if v.startswith("$5$"):
        return "sha256"
    if v.startswith(("$6$", "$y$", "$8$", "$9$", "$sha512$")):
        return "hash"
    return default


# NX-OS / EOS type codes before a password or key
TYPE_KINDS = {
    "0": "plain",
    "3": "cipher",
    "7": "type7",
    "5": "hash",
    "6": "cipher",
    "8": "pbkdf2",
    "8a": "cipher",
}


def secret_after(p: DcParser, t: list[str], j: int, ln: int) -> tuple[Secret, int]:
    """`[TYPE] VALUE` at t[j] -> (Secret, next index). Quotes are removed."""
    kind = "plain"
    if j + 1 < len(t) and t[j] in TYPE_KINDS:
        kind = TYPE_KINDS[t[j]]
        j += 1
    value = unq(t[j])
    if kind in ("hash", "plain"):
        kind = hash_kind(value, kind)
    return p.secret(value, kind, ln), j + 1


def set_service(p: DcParser, name: str, enabled: bool, ln: int, **kw: Any) -> Service:
    svc = p.device.services.get(name)
    if svc is None:
        svc = p.device.services[name] = Service(name, enabled, ln, **kw)
    else:
        svc.enabled, svc.line = enabled, ln
        for k, v in kw.items():
            if v is not None:
                setattr(svc, k, v)
    return svc


def known_child(name: str, *paths: str) -> Mode:
    return Mode(name).known(*paths)


def after(t: list[str], word: str) -> str | None:
    """The token after `word` in t, if any."""
    for k in range(len(t) - 1):
        if t[k] == word:
            return t[k + 1]
    return None


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
    from untapped.dialects.cisco_ios.h_interfaces import h_vrf_forwarding

    if i < len(t) and t[i] in ("member", "forwarding"):
        i += 1
    return h_vrf_forwarding(p, t, i, ln, neg, obj)  # type: ignore[arg-type]


def h_if_ip_address(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip address A/len [secondary]`, EOS `ip address virtual A/len` and `ip address
    unnumbered IF`; the rest as IOS."""
    from untapped.dialects.cisco_ios.h_interfaces import h_ip_address

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
    from untapped.dialects.cisco_ios.h_interfaces import h_tunnel

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


# ---- OSPF ----------------------------------------------------------------------------------
def h_router_ospf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    proc = Ospf(t[i], p.device.span(ln), vrf=after(t, "vrf"))
    p.device.ospf.append(proc)
    return p.modes["ospf"], proc


def h_ospf_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `router ospf 1` / `vrf V`: a per-VRF instance of the process."""
    parent: Ospf = obj
    proc = Ospf(parent.process, p.device.span(ln), vrf=t[i])
    p.device.ospf.append(proc)
    p.ref("vrf", t[i], "router ospf vrf", ln)
    return p.modes["ospf"], proc


def h_ospf_network(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    proc: Ospf = obj
    if neg:
        return None
    if "/" in t[i]:
        import ipaddress

        pfx: str | None = str(ipaddress.IPv4Network(t[i], strict=False))
        k = i + 1
    else:
        pfx = network_from_wildcard(t[i], t[i + 1])
        k = i + 2
    if pfx is None or t[k] != "area":
        return UNRECOGNIZED
    proc.networks.append(OspfNetwork(pfx, t[k + 1]))
    return None


# ---- BGP -----------------------------------------------------------------------------------
def h_router_bgp(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    if p.device.bgp is None:
        p.device.bgp = Bgp(t[i], p.device.span(ln))
    p.bgp_vrf = None
    p.bgp_af = None
    return p.modes["bgp"], p.device.bgp


def _bgp(p: DcParser) -> Bgp:
    assert p.device.bgp is not None
    return p.device.bgp


def bgp_neighbor(p: DcParser, key: str, ln: int, vrf: str | None) -> BgpNeighbor:
    """The neighbor `key` of `vrf` (created on first use), as the IOS parser keeps them."""
    from untapped.dialects.cisco_ios.h_routing import _neighbor

    p.bgp_vrf = vrf
    return _neighbor(p, key, ln)  # type: ignore[arg-type]


class NbCtx:
    """The object of a neighbor (or neighbor address-family) block."""

    __slots__ = ("af", "nb")

    def __init__(self, nb: BgpNeighbor, af: str | None) -> None:
        self.nb = nb
        self.af = af


class BgpVrfCtx:
    __slots__ = ("vrf",)

    def __init__(self, vrf: str) -> None:
        self.vrf = vrf


def _vrf_of(obj: Any) -> str | None:
    if isinstance(obj, BgpVrfCtx):
        return obj.vrf
    if isinstance(obj, NbCtx):
        return obj.nb.vrf
    return None


def h_bgp_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    vrf = t[i]
    bgp = _bgp(p)
    if vrf not in bgp.vrfs:
        bgp.vrfs.append(vrf)
    p.ref("vrf", vrf, "router bgp vrf", ln)
    return p.modes["bgp"], BgpVrfCtx(vrf)


def h_bgp_redistribute(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`redistribute P [route-map R]` in router bgp, a vrf or an address-family."""
    if neg:
        return None
    from untapped.dialects.cisco_ios.h_routing import parse_redistribute

    _bgp(p).redistribute.append(parse_redistribute(p, t, i, ln, "router bgp"))  # type: ignore[arg-type]
    return None


def bgp_wrap(handler: Any) -> Any:
    """Run an IOS router-bgp handler with the VRF of the enclosing block."""

    def wrapped(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
        p.bgp_vrf = _vrf_of(obj)
        return handler(p, t, i, ln, neg, _bgp(p))

    return wrapped


def h_other_router(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`router eigrp|isis|rip|pim|...`: processes the model inventories."""
    from untapped.model.net import RoutingProcess

    if neg:
        return None
    proc = RoutingProcess(t[i - 1], t[i] if i < len(t) else "", p.device.span(ln))
    p.device.other_routing.append(proc)
    return p.modes["other_router"], proc


def h_other_redistribute(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    from untapped.dialects.cisco_ios.h_routing import parse_redistribute

    if neg or not hasattr(obj, "redistribute"):
        return None
    obj.redistribute.append(parse_redistribute(p, t, i, ln, "router"))  # type: ignore[arg-type]
    return None


def h_bgp_router_id(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if _vrf_of(obj) is None and not neg:
        _bgp(p).router_id = t[-1]


def h_bgp_af(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`address-family ipv4 [unicast]` in router bgp (or a vrf): keeps the VRF context."""
    af = " ".join(t[i:])
    p.bgp_af = af if " " in af else f"{af} unicast"
    return p.modes["bgp_af"], obj


def h_bgp_neighbor_block(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `neighbor A [remote-as N]` and `template peer T`: a block of neighbor settings.
    EOS-style one-liners (`neighbor A route-map R in`) are applied directly."""
    if neg:
        return None
    key = t[i]
    vrf = _vrf_of(obj)
    nb = bgp_neighbor(p, key, ln, vrf)
    if t[i - 1] == "peer" and t[0] == "template":
        nb.is_group = True
        p.define("bgp peer-group", key, ln)
    rest = t[i + 1 :]
    if rest:
        if rest[0] == "remote-as" and len(rest) == 2:
            nb.remote_as = rest[1]
        elif not neighbor_attr(p, nb, rest, ln, None):
            return UNRECOGNIZED
        if rest[0] not in ("remote-as",) and p.modes.get("bgp_nb") is None:
            return None
    mode = p.modes.get("bgp_nb")
    if mode is None:
        return None
    return mode, NbCtx(nb, None)


def h_nb_attr(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """A statement inside a neighbor block (NX-OS)."""
    ctx: NbCtx = obj
    if neg:
        return None
    start = 1 if t[0] == "no" else 0
    ok = neighbor_attr(p, ctx.nb, t[start:], ln, ctx.af)
    return None if ok else UNRECOGNIZED


def h_nb_af(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    ctx: NbCtx = obj
    af = " ".join(t[i:])
    if " " not in af:
        af += " unicast"
    if af not in ctx.nb.activated:
        ctx.nb.activated.append(af)
    return p.modes["bgp_nb_af"], NbCtx(ctx.nb, af)


def neighbor_attr(p: DcParser, nb: BgpNeighbor, w: list[str], ln: int, af: str | None) -> bool:
    """Apply `WORD ARGS...` (a neighbor setting, without `neighbor A`). False if unknown.

    The NX-OS/EOS spellings are handled here; the settings they share with IOS go to the IOS
    neighbor handler (on the same neighbor: same address, same VRF)."""
    from untapped.dialects.cisco_ios.h_routing import h_bgp_neighbor

    word = w[0]
    args = w[1:]
    if word == "peer" and args[:1] == ["group"]:  # EOS `peer group [G]`
        w = ["peer-group", *args[1:]]
    elif word == "inherit":
        if len(args) > 1 and args[0] in ("peer", "peer-session", "peer-policy"):
            nb.peer_group = args[1]
            p.ref("bgp peer-group", args[1], f"bgp neighbor inherit {args[0]}", ln)
        return True
    elif word == "password":
        nb.password, _ = secret_after(p, w, 1, ln)
        return True
    elif word in ("maximum-routes", "maximum-accepted-routes"):
        nb.max_prefix = int(args[0])
        return True
    elif word == "ttl" and args[:1] == ["maximum-hops"]:
        nb.ttl_security = int(args[1])
        return True
    elif word == "send-community-extended":
        nb.send_community = True
        return True
    elif word in NEIGHBOR_FLAGS:
        return True
    elif word not in IOS_NEIGHBOR_WORDS:
        return False
    if w[0] == "peer-group" and len(w) == 1:
        nb.is_group = True
        p.define("bgp peer-group", nb.address, ln)
        return True
    p.bgp_vrf = nb.vrf
    p.bgp_af = af or p.bgp_af
    h_bgp_neighbor(p, ["neighbor", nb.address, *w], 1, ln, False, None)  # type: ignore[arg-type]
    return True


IOS_NEIGHBOR_WORDS = frozenset(
    {
        "remote-as",
        "peer-group",
        "description",
        "update-source",
        "route-map",
        "prefix-list",
        "filter-list",
        "next-hop-self",
        "route-reflector-client",
        "ebgp-multihop",
        "ttl-security",
        "maximum-prefix",
        "shutdown",
        "send-community",
        "local-as",
        "activate",
        "weight",
        "default-originate",
        "distribute-list",
    }
)


NEIGHBOR_FLAGS = frozenset(
    {
        "soft-reconfiguration",
        "allowas-in",
        "bfd",
        "timers",
        "disable-connected-check",
        "log-neighbor-changes",
        "capability",
        "transport",
        "dynamic-capability",
        "as-override",
        "remove-private-as",
        "next-hop-third-party",
        "suppress-inactive",
        "additional-paths",
        "graceful-restart",
        "graceful-restart-helper",
        "encapsulation",
        "next-hop-unchanged",
        "enforce-first-as",
        "rib-in",
        "idle-restart-timer",
        "link-bandwidth",
        "fall-over",
        "local-v6-addr",
        "next-hop-v6-addr",
        "peer-type",
        "connection-mode",
        "low-memory",
        "path-attribute",
        "route-to-peer",
        "dont-capability-negotiate",
        "unsuppress-map",
        "advertise-map",
        "advertisement-interval",
        "default-route",
        "auto-local-addr",
        "out-delay",
        "metric-out",
        "maximum-prefixes",
        "rd",
        "remote-private-as",
        "as-path",
        "local-v4-addr",
        "aigp-session",
        "missing-policy",
        "route-target",
        "passive",
        "enable",
        "rcf",
        "default-route-target",
        "next-hop-address-family",
        "import",
        "export",
        "maximum-advertised-routes",
    }
)


def h_bgp_neighbor_oneliner(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """EOS `neighbor A|GROUP WORD ...` (one line per setting)."""
    if neg:
        return None
    if t[i] == "interface" and i + 2 < len(t):
        i += 1
    key = t[i]
    nb = bgp_neighbor(p, key, ln, _vrf_of(obj))
    rest = t[i + 1 :]
    if not rest:
        return None
    return None if neighbor_attr(p, nb, rest, ln, p.bgp_af) else UNRECOGNIZED


# ---- ACLs and object groups ----------------------------------------------------------------
def h_acl(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip access-list [standard] NAME`, `ipv6 access-list NAME`, `mac access-list NAME`."""
    family = t[1 if neg else 0]
    kind = "extended"
    j = i
    if t[j] in ("standard", "extended"):
        kind = t[j]
        j += 1
    if t[j] in ("match-local-traffic", "resequence", "counters", "payload"):
        return UNRECOGNIZED
    name = t[j]
    if neg:
        p.device.acls.pop(name, None)
        return None
    fam = {"ip": "ipv4", "ipv6": "ipv6", "mac": "mac"}[family]
    if fam == "ipv6":
        kind = "ipv6"
    elif fam == "mac":
        kind = "mac"
    acl = p.device.acls.get(name)
    if acl is None:
        acl = p.device.acls[name] = Acl(name, p.device.span(ln), kind=kind, family=fam)  # type: ignore[arg-type]
    p.define(
        {"ipv4": "ip access-list", "ipv6": "ipv6 access-list"}.get(fam, "mac access-list"), name, ln
    )
    return p.modes["acl"], acl


def h_acl_entry(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    acl: Acl = obj
    acl.span = p.device.span(acl.span.line, max(ln, acl.span.last))
    if neg:
        return None
    text = redact_text(p.text)
    if acl.family == "mac":
        j = 1 if t[0].isdigit() else 0
        if t[j] not in ("permit", "deny", "remark"):
            return UNRECOGNIZED
        from untapped.model.filters import AclEntry

        acl.entries.append(AclEntry(p.device.span(ln), text, t[j], seq=int(t[0]) if j else None))  # type: ignore[arg-type]
        return None
    entry = parse_entry(t, 0, p.device.span(ln), text, standard=acl.kind == "standard")
    if entry is None:
        return UNRECOGNIZED
    acl.entries.append(entry)
    for m in (entry.src, entry.dst):
        if m.kind == "group" and m.name:
            p.ref("object-group", m.name, f"ip access-list {acl.name}", ln)
    for pm in (entry.src_ports, entry.dst_ports):
        if pm is not None and pm.op == "group" and pm.name:
            p.ref("object-group", pm.name, f"ip access-list {acl.name}", ln)
    return None


def h_object_group(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `object-group ip address|port NAME`, `object-group ipv6 address NAME`."""
    what = t[i + 1] if t[i] in ("ip", "ipv6") else t[i]
    name = t[-1]
    if neg:
        return None
    kind = {"address": "network", "port": "service"}.get(what)
    if kind is None:
        return UNRECOGNIZED
    og = ObjectGroup(name, p.device.span(ln), kind)  # type: ignore[arg-type]
    p.device.object_groups[name] = og
    p.define("object-group", name, ln)
    return p.modes["object_group"], og


def h_og_entry(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    og: ObjectGroup = obj
    og.span = p.device.span(og.span.line, ln)
    j = 1 if t[0].isdigit() else 0
    if og.kind == "network":
        got = parse_addr(t, j)
        if got is None:
            return UNRECOGNIZED
        og.addresses.append(got[0])
        return None
    pp = parse_ports(t, j)
    if pp is None:
        return UNRECOGNIZED
    og.ports.append(pp[0])
    return None


def h_community_list(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip community-list [standard|expanded|regexp] NAME [seq N] permit|deny VALUES`."""
    if neg:
        return None
    j = i
    kind = "standard"
    if t[j] in ("standard", "expanded", "regexp"):
        kind = "expanded" if t[j] != "standard" else "standard"
        j += 1
    name = t[j]
    j += 1
    if j < len(t) and t[j] == "seq":
        j += 2
    if t[j] in ("regexp",):
        kind = "expanded"
        j += 1
    clist = p.device.community_lists.get(name)
    if clist is None:
        clist = CommunityList(name, p.device.span(ln), kind)  # type: ignore[arg-type]
        p.device.community_lists[name] = clist
    p.define("community-list", name, ln)
    if t[j] not in ("permit", "deny"):
        return UNRECOGNIZED
    clist.entries.append((t[j], " ".join(t[j + 1 :])))
    return None


def h_as_path(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip as-path access-list NAME [seq N] permit|deny REGEX [any]`."""
    if neg:
        return None
    name = t[i]
    j = i + 1
    if t[j] == "seq":
        j += 2
    if t[j] not in ("permit", "deny"):
        return UNRECOGNIZED
    key = f"as-path:{name}"
    clist = p.device.community_lists.get(key)
    if clist is None:
        clist = p.device.community_lists[key] = CommunityList(name, p.device.span(ln), "as-path")
    p.define("as-path access-list", name, ln)
    clist.entries.append((t[j], " ".join(t[j + 1 :])))
    return None


# ---- users and AAA -------------------------------------------------------------------------
def h_username(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `username U password 5 H role R`; EOS `username U privilege 15 role R secret
    sha512 H` / `nopassword` / `sshkey ...`."""
    name = t[i]
    if neg:
        p.device.users = [u for u in p.device.users if u.name != name]
        return None
    user = next((u for u in p.device.users if u.name == name), None)
    if user is None:
        user = User(name, p.device.span(ln))
        p.device.users.append(user)
    j = i + 1
    n = len(t)
    while j < n:
        word = t[j]
        if word == "privilege" and j + 1 < n:
            user.privilege = int(t[j + 1])
            j += 2
        elif word in ("password", "secret"):
            j += 1
            if j < n and t[j] in ("sha512", "md5"):
                value = t[j + 1]
                user.secret = p.secret(value, hash_kind(value, "hash"), ln)
                j += 2
            else:
                user.secret, j = secret_after(p, t, j, ln)
        elif word == "nopassword":
            user.nopassword = True
            j += 1
        elif word == "role" and j + 1 < n:
            user.role = t[j + 1]
            p.ref("role", t[j + 1], "username role", ln) if t[j + 1] not in BUILTIN_ROLES else None
            j += 2
        elif word in ("sshkey", "ssh-key"):
            user.ssh_key = True
            p.secret(" ".join(t[j + 1 :]), "plain", ln)
            break
        elif word in ("expire", "shell", "group") and j + 1 < n:
            j += 2
        elif word == "keypair":
            break
        else:
            j += 1
    return None


BUILTIN_ROLES = frozenset(
    {
        "network-admin",
        "network-operator",
        "vdc-admin",
        "vdc-operator",
        "priv-15",
        "priv-14",
        "priv-0",
        "priv-1",
        "dev-ops",
        "san-admin",
    }
)


def h_server_host(proto: str) -> Any:
    """`tacacs-server host A [port P] [key [7] K] [timeout N]`, `radius-server host A ...`
    (NX-OS, keys in quotes), EOS `tacacs-server host A [vrf V] [key 7 K]`."""
    from untapped.dialects.cisco_ios.h_system import h_legacy_server_host

    ios = h_legacy_server_host(proto)

    def handler(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
        if neg:
            return None
        vrf = _vrf_tail(t, i + 1)
        ios(p, t, i, ln, neg, obj)
        srv = p.device.aaa.servers[-1]
        srv.vrf = vrf
        if vrf:
            p.ref("vrf", vrf, f"{t[0]} host vrf", ln)
        if srv.key is not None:
            srv.key = Secret(unq(srv.key.value), srv.key.kind)
        return None

    return handler


def h_aaa_method(service: str) -> Any:
    """`aaa authentication login default group G local` as IOS, plus NX-OS `aaa accounting
    default group G` (no kind) and EOS `aaa accounting commands all default start-stop ...`."""
    from untapped.dialects.cisco_ios.h_system import h_aaa_method as ios_method
    from untapped.model.mgmt import AaaMethodList

    ios = ios_method(service)

    def handler(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
        if t[i] == "default":
            kind, j = "default", i
        elif t[i] == "commands" and t[i + 1] == "all":
            kind, j = "commands all", i + 2
        else:
            return ios(p, t, i, ln, neg, obj)
        if neg:
            return None
        methods = tuple(t[j + 1 :])
        p.device.aaa.methods.append(AaaMethodList(service, kind, t[j], methods, ln))
        g = after(list(methods), "group")
        if g and g not in ("tacacs+", "radius", "ldap"):
            p.ref("aaa server group", g, f"aaa {service}", ln)
        return None

    return handler


def h_server_global_key(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    sec, _ = secret_after(p, t, i, ln)
    p.global_keys["tacacs+" if t[0].startswith("tacacs") else "radius"] = sec
    return None


def h_aaa_group(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`aaa group server tacacs+|radius|ldap NAME`."""
    if neg:
        return None
    proto = "tacacs+" if t[i].startswith("tacacs") else t[i]
    name = t[i + 1]
    group = AaaServerGroup(name, proto, p.device.span(ln))
    p.device.aaa.groups.append(group)
    p.define("aaa server group", name, ln)
    return p.modes["aaa_group"], group


def _group_servers(p: DcParser, group: AaaServerGroup) -> list[AaaServer]:
    return [s for s in p.device.aaa.servers if s.group == group.name]


def h_group_server(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`server A [vrf V]` inside `aaa group server`: the group names a configured host."""
    group: AaaServerGroup = obj
    if neg:
        return None
    addr = t[i]
    group.servers.append(addr)
    vrf = after(t, "vrf") or group.vrf
    known = [s for s in p.device.aaa.servers if s.address == addr and s.protocol == group.protocol]
    if known and known[0].group is None:
        srv = known[0]
        srv.group = group.name
    else:
        srv = AaaServer(group.protocol, addr, p.device.span(ln), group=group.name)
        if known:
            srv.key = known[0].key
            srv.port = known[0].port
        p.device.aaa.servers.append(srv)
    if vrf:
        srv.vrf = vrf
    if group.source_interface:
        srv.source_interface = group.source_interface
    return None


def h_group_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    group: AaaServerGroup = obj
    if neg:
        return None
    group.vrf = t[i]
    p.ref("vrf", t[i], "aaa group server use-vrf", ln)
    for srv in _group_servers(p, group):
        srv.vrf = t[i]
    return None


def h_group_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    group: AaaServerGroup = obj
    if neg:
        return None
    group.source_interface = t[i]
    for srv in _group_servers(p, group):
        srv.source_interface = t[i]
    return None


# ---- SNMP ----------------------------------------------------------------------------------
RW_GROUPS = frozenset({"network-admin", "rw", "vdc-admin"})


def h_snmp_community(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `snmp-server community C [group G | ro | rw] [use-acl A]`, EOS `snmp-server
    community C [view V] ro|rw [ipv6 A6] [A]`."""
    if neg:
        return None
    j = i
    kind = "plain"
    if t[j] in ("0", "7") and j + 1 < len(t):
        kind = "plain" if t[j] == "0" else "type7"
        j += 1
    com = SnmpCommunity(p.secret(unq(t[j]), kind, ln), p.device.span(ln))
    j += 1
    n = len(t)
    while j < n:
        word = t[j]
        low = word.lower()
        if low in ("ro", "rw"):
            com.access = low
        elif low == "group" and j + 1 < n:
            com.access = "rw" if t[j + 1] in RW_GROUPS else "ro"
            com.view = None
            j += 1
        elif low == "view" and j + 1 < n:
            com.view = t[j + 1]
            p.ref("snmp view", t[j + 1], "snmp-server community view", ln)
            j += 1
        elif low in ("use-acl", "use-ipv4acl") and j + 1 < n:
            com.acl = t[j + 1]
            p.ref("ip access-list", t[j + 1], "snmp-server community use-acl", ln)
            j += 1
        elif low in ("ipv6", "use-ipv6acl") and j + 1 < n:
            com.acl6 = t[j + 1]
            p.ref("ipv6 access-list", t[j + 1], "snmp-server community ipv6", ln)
            j += 1
        elif low == "vrf" and j + 1 < n:
            com.vrf = t[j + 1]
            j += 1
        elif com.acl is None:
            com.acl = word
            p.ref("ip access-list", word, "snmp-server community", ln)
        j += 1
    p.device.snmp.communities.append(com)
    p.device.snmp.enabled = True
    return None


def h_snmp_host(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `snmp-server host A traps|informs version 2c C [udp-port P]` and `snmp-server host
    A use-vrf V` (a second line that sets the VRF); EOS `snmp-server host A [vrf V] [traps]
    version 2c C`. The host itself is read as IOS reads it."""
    from untapped.dialects.cisco_ios.h_mgmt import h_snmp_host as ios_snmp_host

    if neg:
        return None
    addr = t[i]
    rest = t[i + 1 :]
    if rest and rest[0] in ("use-vrf", "filter-vrf", "source-interface"):
        if rest[0] == "use-vrf":
            p.snmp_host_vrf[addr] = rest[1]
            p.ref("vrf", rest[1], "snmp-server host use-vrf", ln)
            for h in p.device.snmp.hosts:
                if h.address == addr:
                    h.vrf = rest[1]
        return None
    ios_snmp_host(p, t, i, ln, neg, obj)  # type: ignore[arg-type]
    host = p.device.snmp.hosts[-1]
    host.vrf = host.vrf or after(t, "use-vrf") or p.snmp_host_vrf.get(addr)
    if host.community is not None:
        host.community = Secret(unq(host.community.value), host.community.kind)
    p.device.snmp.enabled = True
    return None


def h_snmp_user(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `snmp-server user U [G] auth md5|sha K [priv [aes-128] K] [localizedkey]`; EOS
    `snmp-server user U G v3 auth sha K priv aes K`."""
    if neg:
        return None
    user = SnmpUser(t[i], p.device.span(ln))
    j = i + 1
    n = len(t)
    if j < n and t[j] not in ("auth", "v1", "v2c", "v3", "remote"):
        user.group = t[j]
        j += 1
    while j < n:
        word = t[j]
        if word in ("v1", "v2c", "v3"):
            user.version = word
        elif word == "auth" and j + 2 < n:
            user.auth = t[j + 1]
            user.secret = p.secret(t[j + 2], "plain", ln)
            j += 2
        elif word == "priv" and j + 1 < n:
            k = j + 1
            if t[k] in ("aes-128", "des", "aes", "3des", "aes192", "aes256", "aes-256"):
                user.priv = t[k]
                k += 1
            else:
                user.priv = "des"
            if k < n:
                p.secret(t[k], "plain", ln)
            j = k
        elif word == "use-ipv4acl" and j + 1 < n:
            user.acl = t[j + 1]
            p.ref("ip access-list", t[j + 1], "snmp-server user use-ipv4acl", ln)
            j += 1
        j += 1
    p.device.snmp.users.append(user)
    return None


# ---- logging, NTP, DNS ---------------------------------------------------------------------
def _vrf_tail(t: list[str], j: int) -> str | None:
    for k in range(j, len(t) - 1):
        if t[k] in ("use-vrf", "vrf"):
            return t[k + 1]
    return None


def h_logging_server(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `logging server A [level] [port P] [use-vrf V]`; EOS `logging host A [P] [protocol
    tcp]` and `logging vrf V host A [P]`; the host read as IOS reads `logging host`."""
    from untapped.dialects.cisco_ios.h_mgmt import h_logging_host

    if neg:
        return None
    vrf = None
    if t[1] == "vrf":
        vrf = t[2]
        i = 4
    h_logging_host(p, t, i, ln, neg, obj)  # type: ignore[arg-type]
    host = p.device.logging.hosts[-1]
    host.vrf = vrf or host.vrf or after(t, "use-vrf")
    proto = after(t, "protocol")
    if proto:
        host.transport = proto
    if "secure" in t:
        host.transport = "tls"
    if t[1] in ("host", "vrf") and i + 1 < len(t) and t[i + 1].isdigit():
        host.port = int(t[i + 1])
    if host.vrf:
        p.ref("vrf", host.vrf, "logging server vrf", ln)
    return None


def h_logging_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `logging source-interface X`, EOS `logging [vrf V] source-interface X`."""
    if not neg:
        p.device.logging.source_interface = t[-1]


def h_logging_level(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`logging trap L` (EOS), `logging logfile NAME L`, `logging console [L]`..."""
    word = t[i - 1]
    if word == "trap":
        p.device.logging.trap_level = None if neg else (t[i] if i < len(t) else "informational")
    elif word == "console":
        p.device.logging.console_level = "off" if neg else (t[i] if i < len(t) else "debugging")
    elif word in ("buffered", "logfile"):
        p.device.logging.buffered = not neg
        for tok in t[i:]:
            if tok.isdigit() and int(tok) > 7:
                p.device.logging.buffer_size = int(tok)
    elif word in ("timestamp", "format"):
        p.device.logging.timestamps = not neg
    return None


def h_ntp_server(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `ntp server A [prefer] [key N] [use-vrf V]`; EOS `ntp server [vrf V] A [prefer]
    [iburst] [key N] [local-interface X]`; read as IOS reads `ntp server`."""
    from untapped.dialects.cisco_ios.h_mgmt import h_ntp_server as ios_ntp

    if neg:
        return None
    ios_ntp(p, t, i, ln, neg, obj)  # type: ignore[arg-type]
    srv = p.device.ntp.servers[-1]
    srv.vrf = srv.vrf or after(t, "use-vrf")
    srv.source_interface = srv.source_interface or after(t, "local-interface")
    if srv.vrf:
        p.ref("vrf", srv.vrf, "ntp server vrf", ln)
    return None


def h_ntp_auth_key(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ntp authentication-key N md5 K [7]` (NX-OS), `ntp authentication-key N md5 [7] K` (EOS)."""
    if neg:
        return None
    p.device.ntp.keys.append(int(t[i]))
    vals = [x for x in t[i + 2 :] if x not in ("0", "7")]
    if vals:
        p.secret(unq(vals[0]), "type7" if "7" in t[i + 2 :] else "plain", ln)
    return None


def h_ntp_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if not neg:
        p.device.ntp.source_interface = t[-1]


def h_name_server(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `ip name-server A [B...] [use-vrf V]` (also inside `vrf context V`); EOS
    `ip name-server [vrf V] A [B...]`."""
    if neg:
        return None
    vrf = obj.name if isinstance(obj, Vrf) else None
    j = i
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    addrs: list[str] = []
    n = len(t)
    while j < n:
        if t[j] in ("use-vrf", "vrf") and j + 1 < n:
            vrf = t[j + 1]
            j += 2
            continue
        addrs.append(t[j])
        j += 1
    if vrf:
        p.ref("vrf", vrf, "ip name-server vrf", ln)
    for a in addrs:
        p.device.dns.servers.append(DnsServer(a, p.device.span(ln), vrf))
    return None


def h_domain_name(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if not neg:
        p.device.dns.domain = t[i]
        p.device.domain = t[i]


def h_domain_lookup(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    p.device.dns.lookup = not neg


# ---- lines ---------------------------------------------------------------------------------
def h_line(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    kind = {"console": "con", "vty": "vty", "aux": "aux"}.get(t[i])
    if kind is None:
        return UNRECOGNIZED
    line = Line(kind, 0, 0, p.device.span(ln))
    p.device.lines.append(line)
    return p.modes["line"], line


def h_banner_delim(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `banner motd #text#` with any delimiter, over one or many lines."""
    if neg:
        return None
    kind = t[i]
    raw = p.lines[ln - 1].strip()
    rest = raw[raw.find(kind) + len(kind) :].lstrip()
    if not rest:
        return UNRECOGNIZED
    delim, body = rest[0], rest[1:]
    if delim in body:
        p.device.banners.append(Banner(kind, p.device.span(ln), body.split(delim, 1)[0]))
        return None
    taken = p.take_block(lambda s: delim in s)
    parts = [body, *taken]
    if taken and delim in taken[-1]:
        parts[-1] = taken[-1].split(delim, 1)[0]
    p.device.banners.append(
        Banner(kind, p.device.span(ln, ln + len(taken)), "\n".join(parts).strip("\n"))
    )
    return None


def h_banner_eof(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """EOS `banner login|motd` followed by text lines up to `EOF`."""
    if neg:
        return None
    kind = t[i]
    taken = p.take_block(lambda s: s.strip() == "EOF")
    text = "\n".join(taken[:-1] if taken and taken[-1].strip() == "EOF" else taken)
    p.device.banners.append(Banner(kind, p.device.span(ln, ln + len(taken)), text))
    return None


def h_key_chain(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    name = t[i]
    kc = p.device.key_chains.get(name)
    if kc is None:
        kc = p.device.key_chains[name] = KeyChain(name, p.device.span(ln))
    p.define("key chain", name, ln)
    return p.modes["key_chain"], kc


def h_key(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    kc: KeyChain = obj
    key = KeyChainKey(int(t[i]), ln)
    kc.keys.append(key)
    kc.span = p.device.span(kc.span.line, ln)
    return p.modes["key"], (kc, key)


def h_key_string(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    kc, key = obj
    kc.span = p.device.span(kc.span.line, ln)
    if t[i - 1] in ("send-lifetime",):
        key.send_lifetime = True
    elif t[i - 1] in ("accept-lifetime",):
        key.accept_lifetime = True
    elif not neg:
        key.secret, _ = secret_after(p, t, i, ln)
    return None


# ---- mirror sessions -----------------------------------------------------------------------
def mirror_session(p: DcParser, name: str, ln: int) -> MirrorSession:
    from untapped.dialects.cisco_ios.h_taps import _session

    return _session(p, name, ln)  # type: ignore[arg-type]


def mirror_sources(s: MirrorSession, rest: list[str], ln: int) -> bool:
    """`interface X[, Y] [rx|tx|both]` | `vlan 10[,20] [rx]` (as IOS) | EOS `Ethernet1[,2] [rx]`."""
    from untapped.dialects.cisco_ios.h_taps import _parse_source

    if rest and rest[0] not in ("interface", "vlan", "cpu", "remote"):
        rest = ["interface", *rest]
    return _parse_source(s, rest, ln) is None


# ---- flow export ---------------------------------------------------------------------------
def flow_exporter(p: DcParser, name: str, ln: int, protocol: str = "netflow") -> FlowExporter:
    for e in p.device.flow_exporters:
        if e.name == name and e.protocol == protocol:
            return e
    e = FlowExporter(name, p.device.span(ln), protocol=protocol)
    p.device.flow_exporters.append(e)
    return e


def h_flow_exporter(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    e = flow_exporter(p, t[i], ln)
    p.define("flow exporter", t[i], ln)
    return p.modes["flow_exporter"], e


def h_fe_destination(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    e: FlowExporter = obj
    if neg:
        e.destination = None
        return None
    e.destination = t[i]
    e.destination_line = ln
    vrf = _vrf_tail(t, i + 1)
    if vrf:
        e.vrf = vrf
        p.ref("vrf", vrf, "flow exporter destination vrf", ln)
    return None


def h_fe_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    e: FlowExporter = obj
    e.source = None if neg else t[-1]


def h_fe_transport(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    e: FlowExporter = obj
    e.transport = t[i]
    if i + 1 < len(t):
        e.port = int(t[i + 1])


def h_fe_version(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    e: FlowExporter = obj
    e.version = t[i]
    if t[i] in ("10", "ipfix"):
        e.protocol = "ipfix"
    return p.modes["flow_version"], e


def h_flow_monitor(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    name = t[i]
    fm = p.device.flow_monitors.get(name)
    if fm is None:
        fm = p.device.flow_monitors[name] = FlowMonitor(name, p.device.span(ln))
    p.define("flow monitor", name, ln)
    return p.modes["flow_monitor"], fm


def h_fm_exporter(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    fm: FlowMonitor = obj
    fm.span = p.device.span(fm.span.line, ln)
    if not neg:
        fm.exporters.append(t[i])
        p.ref("flow exporter", t[i], "flow monitor exporter", ln)


def h_fm_record(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    fm: FlowMonitor = obj
    fm.span = p.device.span(fm.span.line, ln)
    if not neg:
        fm.record = t[i]
        if not t[i].startswith("netflow"):
            p.ref("flow record", t[i], "flow monitor record", ln)


def h_flow_record(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if not neg:
        p.define("flow record", t[i], ln)
    return p.modes["flow_record"], None


# ---- telemetry, automation -----------------------------------------------------------------
def host_port(text: str) -> tuple[str, int | None]:
    """`A:P`, `[v6]:P`, `host:P`, `A` -> (host, port)."""
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest.lstrip(":")
        return host, int(port) if port.isdigit() else None
    if text.count(":") == 1:
        host, _, port = text.partition(":")
        return host, int(port) if port.isdigit() else None
    return text, None


def action(ln: int, kind: str, text: str) -> AutomationAction:
    """An automation action; a URL it sends to (or an scp-style `user@host:path`) is kept."""
    url = None
    toks = text.replace('"', " ").split()
    for tok in toks:
        if "://" in tok:
            url = tok
            break
    if url is None and toks and toks[0] in ("scp", "rsync", "sftp"):
        for tok in toks[1:]:
            user_host, sep, path = tok.partition(":")
            if sep and "@" in user_host and not tok.startswith("/"):
                url = f"{toks[0] if toks[0] != 'rsync' else 'ssh'}://{user_host}/{path.lstrip('/')}"
                break
    return AutomationAction(ln, kind, redact_text(text), url, address_host(url) if url else None)


def automation(p: DcParser, name: str, kind: str, ln: int) -> Automation:
    auto = Automation(name, p.device.span(ln), kind)
    p.device.automations.append(auto)
    return auto


def extend(p: DcParser, obj: Any, ln: int) -> None:
    span = obj.span
    if ln > span.last:
        obj.span = p.device.span(span.line, ln)


def h_telemetry_dest(
    p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any, group: str
) -> Telemetry:
    """`ip address A port P protocol gRPC encoding GPB` -> a Telemetry receiver."""
    addr = t[i]
    port = after(t, "port")
    proto = after(t, "protocol")
    enc = after(t, "encoding")
    tel = Telemetry(
        group,
        addr,
        p.device.span(ln),
        port=int(port) if port and port.isdigit() else None,
        protocol=proto.lower() if proto else None,
        encoding=enc.lower() if enc else None,
    )
    p.device.telemetry.append(tel)
    return tel


__all__ = [
    "UNRECOGNIZED",
    "DcParser",
    "Mode",
    "is_ip",
]


# ---- prefix-lists (one-line and block forms) -----------------------------------------------
def h_prefix_list(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ip prefix-list NAME [seq N] permit|deny A/len [ge N] [le N]` | `... description D` and
    the EOS block form `ip prefix-list NAME` + `seq N permit A/len ...` lines."""
    from untapped.model.filters import PrefixList

    six = t[1 if neg else 0] == "ipv6"
    name = t[i]
    if neg:
        return None
    plist = p.device.prefix_lists.get(name)
    if plist is None:
        plist = PrefixList(name, p.device.span(ln), "ipv6" if six else "ipv4")
        p.device.prefix_lists[name] = plist
    p.define("ipv6 prefix-list" if six else "ip prefix-list", name, ln)
    if i + 1 == len(t):
        return p.modes["prefix_list"], plist
    return None if prefix_entry(p, plist, t, i + 1, ln) else UNRECOGNIZED


def prefix_entry(p: DcParser, plist: Any, t: list[str], j: int, ln: int) -> bool:
    from untapped.model.filters import PrefixListEntry

    if ln > plist.span.last:
        plist.span = p.device.span(plist.span.line, ln)
    if t[j] == "description":
        return True
    seq = None
    if t[j] == "seq":
        seq = int(t[j + 1])
        j += 2
    action = t[j]
    if action not in ("permit", "deny") or "/" not in t[j + 1]:
        return False
    ge = le = None
    k = j + 2
    while k + 1 < len(t):
        if t[k] == "ge":
            ge = int(t[k + 1])
        elif t[k] in ("le", "eq"):
            le = int(t[k + 1])
            if t[k] == "eq":
                ge = le
        k += 2
    plist.entries.append(PrefixListEntry(ln, action, t[j + 1], seq, ge, le))  # type: ignore[arg-type]
    return True


def h_prefix_seq(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    return None if prefix_entry(p, obj, t, 0, ln) else UNRECOGNIZED


def h_enable_secret(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`enable secret|password [0|5|sha512] VALUE` / `no enable password`."""
    from untapped.model.mgmt import EnablePassword

    if neg:
        p.device.enable = []
        return None
    j = i
    if t[j] in ("sha512", "md5"):
        sec = p.secret(t[j + 1], hash_kind(t[j + 1], "hash"), ln)
    else:
        sec, _ = secret_after(p, t, j, ln)
    p.device.enable.append(EnablePassword(p.device.span(ln), sec, 15, t[i - 1] == "secret"))
    return None


def h_data_line(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """A line of a field-set: prefixes, or ports and port ranges, separated by spaces/commas."""
    for tok in " ".join(t).replace(",", " ").split():
        if "/" in tok:
            if not is_ip(tok.split("/")[0]):
                return UNRECOGNIZED
        elif not all(part.isdigit() for part in tok.split("-")):
            return UNRECOGNIZED
    return None


# ---- SSH server settings -------------------------------------------------------------------
SSH_LISTS = {
    "ciphers": "ciphers",
    "cipher": "ciphers",
    "macs": "macs",
    "mac": "macs",
    "kexalgos": "kex",
    "key-exchange": "kex",
}


def h_ssh(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `ssh key rsa N`, `ssh login-attempts N`, `ssh ciphers|macs|kexalgos ...`; EOS
    `management ssh` children `cipher ...`, `key-exchange ...`, `mac ...`, `server-port N`."""
    ssh = p.device.ssh
    k = 1 if neg else 0
    word = t[k + 1] if t[k] == "ssh" else t[k]
    args = t[i:]
    if word == "key":
        nums = [int(x) for x in args if x.isdigit()]
        ssh.key_bits = None if neg else (nums[0] if nums else None)
    elif word == "login-attempts":
        ssh.retries = None if neg else int(args[0])
    elif word in SSH_LISTS:
        target = getattr(ssh, SSH_LISTS[word])
        target[:] = [] if neg else [a for a in args if a not in ("all", "weak")]
    elif word == "server-port":
        ssh.port = None if neg else int(args[0])
        set_service(p, "ssh", True, ln, port=ssh.port)
    else:
        return UNRECOGNIZED
    return None


def h_secret_last(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """A statement whose last token is a key/password (`shared-key 7 K`, `authentication key
    K`, `password 7 K`...): the model does not use it, but it is a secret all the same."""
    if neg or i >= len(t):
        return None
    j = len(t) - 1
    if j - 1 >= i and t[j - 1] in TYPE_KINDS:
        j -= 1
    secret_after(p, t, j, ln)
    return None

"""Data-centre IOS-like handlers (NX-OS, EOS): routing (see dc.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.addr import (
    is_ip,
    network_from_wildcard,
)
from untapped.dialects._ioslike.dc_base import after, hash_kind, secret_after
from untapped.dialects._ioslike.dc_parser import DcParser, H
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.model.net import (
    Bgp,
    BgpNeighbor,
    Ospf,
    OspfNetwork,
)


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
    from untapped.dialects._ioslike.ios_delegated import _neighbor

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
    from untapped.dialects._ioslike.ios_routing import parse_redistribute

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
    from untapped.dialects._ioslike.ios_routing import parse_redistribute

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
    from untapped.dialects._ioslike.ios_delegated import h_bgp_neighbor

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

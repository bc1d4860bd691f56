"""IOS statements the data-centre dialects (NX-OS, EOS) delegate to through _ioslike/dc_*.py:
interface addressing and tunnels, SNMP/syslog/NTP hosts, AAA server hosts and method lists,
BGP neighbors, monitor-session sources. Moved here from cisco_ios; the code is unchanged but
that `bgp_vrf` and `bgp_af` are read through small helpers (both kinds of parser keep them)."""

from __future__ import annotations

import re
from typing import Any

from untapped.dialects._ioslike.addr import (
    is_ip,
    is_ipv4,
    prefix_from_mask,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED, LineParser
from untapped.dialects._ioslike.ios_routing import _bgp, _bgp_vrf
from untapped.dialects._ioslike.ios_system import secret_at
from untapped.model.mgmt import (
    AaaMethodList,
    AaaServer,
    LogHost,
    NtpServer,
    SnmpHost,
)
from untapped.model.net import (
    BgpNeighbor,
    IfAddress,
    Interface,
    Tunnel,
)
from untapped.model.taps import (
    MirrorSession,
    MirrorSource,
)


def _bgp_af(p: LineParser) -> str | None:
    """The BGP address-family being read (every IOS-like parser keeps `bgp_af`)."""
    af: str | None = getattr(p, "bgp_af", None)
    return af


def h_aaa_method(service: str) -> Any:
    def handler(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        if neg:
            return None
        kind = t[i]
        j = i + 1
        if (
            kind in ("commands", "exec", "network", "connection", "system")
            and j < len(t)
            and t[j].isdigit()
        ):
            kind = f"{kind} {t[j]}"
            j += 1
        if kind in (
            "attempts",
            "login-history",
            "password-prompt",
            "username-prompt",
            "banner",
            "fail-message",
            "suppress",
            "send",
            "update",
            "nested",
            "session-duration",
            "delay-start",
            "config-commands",
            "console",
            "cache",
            "include",
            "exclude",
            "dot1x-stats",
        ):
            return None
        if j >= len(t):
            return None
        name = t[j]
        methods = tuple(t[j + 1 :])
        p.device.aaa.methods.append(AaaMethodList(service, kind, name, methods, ln))
        if name != "default":
            p.define("aaa method list", name, ln)
        for k, m in enumerate(methods):
            if m == "group" and k + 1 < len(methods):
                g = methods[k + 1]
                if g not in ("tacacs+", "radius", "ldap"):
                    p.ref("aaa server group", g, f"aaa {service} {kind}", ln)
        return None

    return handler


def h_legacy_server_host(proto: str) -> Any:
    """`tacacs-server host A [key K]`, `radius-server host A [auth-port N] [key K]`."""

    def handler(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        if neg:
            return None
        srv = AaaServer(proto, t[i], p.device.span(ln))
        j = i + 1
        while j < len(t):
            word = t[j]
            if word == "key":
                srv.key, j = secret_at(p, t, j + 1, ln, "plain")
            elif word in ("port", "auth-port") and j + 1 < len(t):
                srv.port = int(t[j + 1])
                j += 2
            else:
                j += 1
        p.device.aaa.servers.append(srv)
        return None

    return handler


def ref_interface(p: LineParser, name: str, context: str, ln: int) -> None:
    """A use of an interface by name (source-interface, update-source, tunnel source...).
    Addresses are not interfaces and are skipped."""
    if name[:1].isalpha() and not is_ip(name):
        p.ref("interface", name, context, ln)


def h_vrf_forwarding(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`vrf forwarding V` and `ip vrf forwarding V`."""
    iface: Interface = obj
    if neg:
        iface.vrf = None
        return None
    iface.vrf = t[i]
    p.ref("vrf", t[i], "interface vrf forwarding", ln)
    return None


def h_ip_address(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    if neg:
        iface.addresses.clear()
        return None
    if t[i] == "dhcp":
        iface.dhcp = True
        return None
    if t[i] in ("negotiated", "pool"):
        return None
    if "/" in t[i]:
        pfx = t[i]
    elif i + 1 < len(t) and is_ipv4(t[i]):
        pfx = prefix_from_mask(t[i], t[i + 1]) or ""
        if not pfx:
            return UNRECOGNIZED
    else:
        return UNRECOGNIZED
    secondary = "secondary" in t[i + 1 :]
    iface.addresses.append(IfAddress(pfx, secondary))
    return None


# ---- tunnels ------------------------------------------------------------------------------
def h_tunnel(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    tun = iface.tunnel
    if tun is None:
        tun = iface.tunnel = Tunnel()
    word = t[i]
    if word == "source":
        tun.source = None if neg else t[i + 1]
        if tun.source is not None:
            ref_interface(p, tun.source, "interface tunnel source", ln)
    elif word == "destination":
        tun.destination = None if neg else t[i + 1]
        tun.destination_line = ln
    elif word == "mode":
        tun.mode = " ".join(t[i + 1 :])
    elif word == "protection":
        j = i + 1
        if t[j] == "ipsec" and t[j + 1] == "profile":
            tun.protection = t[j + 2]
            p.ref("crypto ipsec profile", t[j + 2], "interface tunnel protection", ln)
    elif word == "vrf":
        tun.vrf = t[i + 1]
        p.ref("vrf", t[i + 1], "interface tunnel vrf", ln)
    elif word == "key":
        tun.key = p.secret(t[i + 1], "plain", ln)
    elif word in (
        "path-mtu-discovery",
        "bandwidth",
        "ttl",
        "tos",
        "checksum",
        "sequence-datagrams",
        "udlr",
        "route-via",
        "entropy",
        "rbscp",
        "mpls",
        "endpoint",
        "flow",
        "dst-port",
        "src-port",
        "vxlan",
    ):
        pass
    else:
        return UNRECOGNIZED
    return None


def h_snmp_host(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    host = SnmpHost(t[i], p.device.span(ln))
    j = i + 1
    while j < len(t):
        word = t[j]
        if word == "vrf" and j + 1 < len(t):
            host.vrf = t[j + 1]
            j += 2
        elif word in ("traps", "informs"):
            host.kind = "inform" if word == "informs" else "trap"
            j += 1
        elif word == "version" and j + 1 < len(t):
            host.version = t[j + 1]
            j += 2
            if host.version == "3" and j < len(t) and t[j] in ("noauth", "auth", "priv"):
                j += 1
        elif word == "udp-port" and j + 1 < len(t):
            host.port = int(t[j + 1])
            j += 2
        else:
            # the community (v1/v2c) or user (v3), then notification types
            if host.community is None and host.user is None:
                if host.version == "3":
                    host.user = word
                else:
                    host.community = p.secret(word, "plain", ln)
            j += 1
    p.device.snmp.hosts.append(host)
    return None


def h_logging_host(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`logging host A [vrf V] [transport udp|tcp [port P]]`, and legacy `logging A`."""
    if neg:
        return None
    j = i
    if t[j] == "host":
        j += 1
    if t[j] == "ipv6":
        j += 1
    host = LogHost(t[j], p.device.span(ln))
    j += 1
    while j < len(t):
        word = t[j]
        if word == "vrf" and j + 1 < len(t):
            host.vrf = t[j + 1]
            j += 2
        elif word == "transport" and j + 1 < len(t):
            host.transport = t[j + 1]
            j += 2
        elif word == "port" and j + 1 < len(t):
            host.port = int(t[j + 1])
            j += 2
        else:
            j += 1
    p.device.logging.hosts.append(host)
    return None


# ---- NTP ----------------------------------------------------------------------------------
def h_ntp_server(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    j = i
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    if t[j] in ("ip", "ipv6"):
        j += 1
    srv = NtpServer(t[j], p.device.span(ln), vrf=vrf, peer=t[i - 1] == "peer")
    j += 1
    while j < len(t):
        word = t[j]
        if word == "key" and j + 1 < len(t):
            srv.key = int(t[j + 1])
            j += 2
        elif word == "prefer":
            srv.prefer = True
            j += 1
        elif word == "source" and j + 1 < len(t):
            srv.source_interface = t[j + 1]
            j += 2
        else:
            j += 1
    p.device.ntp.servers.append(srv)
    return None


def _neighbor(p: LineParser, key: str, ln: int) -> BgpNeighbor:
    """The neighbor (or peer group) `key` of the VRF being read, created on first use. Found
    through an index kept beside the list (a route server's thousands of neighbors would make a
    search per line quadratic); the index follows the list when something else appended to it."""
    bgp = _bgp(p)
    vrf = _bgp_vrf(p)
    index: dict[tuple[str, str | None], BgpNeighbor] | None = getattr(p, "_bgp_index", None)
    if (
        index is None
        or getattr(p, "_bgp_indexed", None) is not bgp
        or len(index) != len(bgp.neighbors)
    ):
        index = {}
        for known in bgp.neighbors:
            index.setdefault((known.address, known.vrf), known)
        p._bgp_index = index  # type: ignore[attr-defined]
        p._bgp_indexed = bgp  # type: ignore[attr-defined]
    nb = index.get((key, vrf))
    if nb is None:
        nb = index[(key, vrf)] = BgpNeighbor(key, p.device.span(ln), vrf=vrf)
        bgp.neighbors.append(nb)
    return nb


def h_bgp_neighbor(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    key = t[i]
    word = t[i + 1] if i + 1 < len(t) else ""
    args = t[i + 2 :]
    if word == "peer-group" and not args:
        nb = _neighbor(p, key, ln)
        nb.is_group = True
        p.define("bgp peer-group", key, ln)
        return None
    nb = _neighbor(p, key, ln)
    if word == "remote-as":
        nb.remote_as = args[0]
    elif word == "peer-group":
        nb.peer_group = args[0]
        p.ref("bgp peer-group", args[0], "bgp neighbor peer-group", ln)
    elif word == "description":
        nb.description = " ".join(args)
    elif word == "update-source":
        nb.update_source = args[0]
        ref_interface(p, args[0], "bgp neighbor update-source", ln)
    elif word == "route-map":
        name, direction = args[0], args[1] if len(args) > 1 else "in"
        setattr(nb, f"route_map_{'in' if direction == 'in' else 'out'}", name)
        p.ref("route-map", name, f"bgp neighbor route-map {direction}", ln)
    elif word == "prefix-list":
        name, direction = args[0], args[1] if len(args) > 1 else "in"
        setattr(nb, f"prefix_list_{'in' if direction == 'in' else 'out'}", name)
        p.ref("ip prefix-list", name, f"bgp neighbor prefix-list {direction}", ln)
    elif word == "filter-list":
        name, direction = args[0], args[1] if len(args) > 1 else "in"
        setattr(nb, f"filter_list_{'in' if direction == 'in' else 'out'}", name)
        p.ref("as-path access-list", name, f"bgp neighbor filter-list {direction}", ln)
    elif word == "next-hop-self":
        nb.next_hop_self = True
    elif word == "route-reflector-client":
        nb.route_reflector_client = True
    elif word == "password":
        nb.password, _ = secret_at(p, t, i + 2, ln, "plain")
    elif word == "ebgp-multihop":
        nb.ebgp_multihop = int(args[0]) if args else 255
    elif word == "ttl-security":
        nb.ttl_security = int(args[-1]) if args and args[-1].isdigit() else 1
    elif word == "maximum-prefix":
        nb.max_prefix = int(args[0])
    elif word == "shutdown":
        nb.shutdown = True
    elif word == "send-community":
        nb.send_community = True
    elif word == "local-as":
        nb.local_as = args[0]
    elif word == "activate":
        nb.activated.append(_bgp_af(p) or "ipv4 unicast")
    elif word == "weight":
        nb.weight = int(args[0])
    elif word == "distribute-list":
        p.ref("ip access-list", args[0], "bgp neighbor distribute-list", ln)
    elif word == "default-originate":
        if "route-map" in args:
            p.ref(
                "route-map", args[args.index("route-map") + 1], "bgp neighbor default-originate", ln
            )
    elif word == "unsuppress-map" or word == "advertise-map" or word == "inherit":
        pass
    return None


# ---- SPAN / RSPAN / ERSPAN ----------------------------------------------------------------
def _session(p: LineParser, name: str, ln: int) -> MirrorSession:
    for s in p.device.mirror_sessions:
        if s.name == name:
            if ln > s.span.last:
                s.span = p.device.span(s.span.line, ln)
            return s
    s = MirrorSession(name, p.device.span(ln))
    p.device.mirror_sessions.append(s)
    p.define("monitor session", name, ln)
    return s


def _interfaces(tokens: list[str]) -> list[str]:
    """`Gi1/0/1 - 3 , Gi1/0/5` -> ['Gi1/0/1', 'Gi1/0/2', 'Gi1/0/3', 'Gi1/0/5']: a range of the
    last number is expanded (up to 1024 members); anything else is kept as written."""
    text = " ".join(tokens)
    out: list[str] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        m = _RANGE.match(part)
        if m is not None:
            lo, hi = int(m.group(2)), int(m.group(3))
            if lo <= hi and hi - lo < 1024:
                out.extend(f"{m.group(1)}{n}" for n in range(lo, hi + 1))
                continue
        out.append(part)
    return out


_RANGE = re.compile(r"^(\S*?)(\d+)\s*-\s*(\d+)$")


def _parse_source(s: MirrorSession, rest: list[str], ln: int) -> Any:
    direction = "both"
    if rest and rest[-1] in ("rx", "tx", "both"):
        direction = rest[-1]
        rest = rest[:-1]
    if not rest:
        return UNRECOGNIZED
    kind = rest[0]
    if kind == "interface":
        for name in _interfaces(rest[1:]):
            k = "port-channel" if name.lower().startswith(("port-channel", "po")) else "interface"
            s.sources.append(MirrorSource(k, name, direction, ln))  # type: ignore[arg-type]
    elif kind == "vlan":
        s.sources.append(MirrorSource("vlan", " ".join(rest[1:]), direction, ln))  # type: ignore[arg-type]
    elif kind == "remote" and rest[1:2] == ["vlan"]:
        s.kind = "rspan-destination"
        s.sources.append(MirrorSource("vlan", rest[2], direction, ln))  # type: ignore[arg-type]
    elif kind == "cpu":
        s.sources.append(MirrorSource("cpu", "cpu", direction, ln))  # type: ignore[arg-type]
    else:
        return UNRECOGNIZED
    return None

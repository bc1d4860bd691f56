"""The tap map: every channel through which traffic or management data leaves a device.

`extract(device)` turns the vendor-neutral model into `Channel`s (trust not yet judged);
`Judge` decides each channel's trust from the policy and the owner's networks. Both are pure.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from functools import lru_cache

from untapped.model.core import Trust
from untapped.model.device import Device
from untapped.model.mgmt import AaaServerGroup
from untapped.model.results import Channel
from untapped.model.urls import address_host, url_scheme
from untapped.policy import IPNet, Policy

TAP_MIB_NAMES = (
    "ciscotap2mib",
    "ciscoiptapmib",
    "cisco802tapmib",
    "ctap2mib",
    "ciscousertapmib",
    "1.3.6.1.4.1.9.9.399",
    "1.3.6.1.4.1.9.9.394",
    "1.3.6.1.4.1.9.9.395",
)


def is_tap_mib(oid: str) -> bool:
    """Is this SNMP view subtree one of the lawful-intercept TAP MIBs (by name or OID)?"""
    return oid.lower().startswith(TAP_MIB_NAMES)  # any of them, tested in C


KINDS = (
    "mirror-local",
    "mirror-rspan",
    "mirror-erspan",
    "flow-export",
    "packet-capture",
    "traffic-export",
    "lawful-intercept",
    "syslog",
    "snmp-trap",
    "snmp-community",
    "aaa-server",
    "ntp",
    "dns",
    "config-archive",
    "automation",
    "tunnel",
    "ipsec-peer",
    "policy-redirect",
    "telemetry",
)


def sanitize_url(url: str) -> str:
    """Drop the password of `scheme://user:pass@host/...` so that URLs can be shown."""
    if "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    host, sep, path = rest.partition("/")
    if "@" in host:
        user, _, hostpart = host.rpartition("@")
        user = user.split(":", 1)[0]
        host = (
            f"{user}:<redacted>@{hostpart}"
            if ":" in rest.split("@", 1)[0]
            else f"{user}@{hostpart}"
        )
    return f"{scheme}://{host}{sep}{path}"


class _Builder:
    def __init__(self, device: Device) -> None:
        self.device = device
        self.out: list[Channel] = []

    def add(
        self,
        kind: str,
        line: int,
        destination: str | None,
        vrf: str | None = None,
        source: str | None = None,
        **attrs: str | None,
    ) -> None:
        clean = {k: v for k, v in attrs.items() if v is not None and v != ""}
        self.out.append(
            Channel(
                0,
                self.device.name,
                self.device.file,
                line,
                kind,
                destination,
                vrf,
                source,
                "unknown",
                clean,
            )
        )


def extract(device: Device) -> list[Channel]:
    b = _Builder(device)
    _mirrors(b, device)
    for exp in device.flow_exporters:
        if exp.destination:
            b.add(
                "flow-export",
                exp.destination_line or exp.span.line,
                exp.destination,
                exp.vrf,
                exp.source,
                name=exp.name,
                protocol=exp.protocol,
                port=str(exp.port) if exp.port else None,
                applied="yes" if exp.applied else "no",
            )
    for te in device.traffic_exports:
        applied = [i.name for i in device.interfaces.values() if i.traffic_export == te.name]
        b.add(
            "traffic-export",
            te.span.line,
            te.interface or None,
            None,
            ", ".join(applied) or None,
            profile=te.name,
            mac=te.mac,
            direction=te.direction,
            acl=te.acl or "none",
        )
    for cap in device.captures:
        dest = address_host(cap.export_url) if cap.export_url else None
        b.add(
            "packet-capture",
            cap.export_line or cap.span.line,
            dest,
            None,
            ", ".join(cap.interfaces) or None,
            name=cap.name,
            url=sanitize_url(cap.export_url) if cap.export_url else None,
            scheme=url_scheme(cap.export_url) if cap.export_url else None,
            acl=cap.acl,
        )
    for li in device.lawful_intercept:
        b.add(
            "lawful-intercept",
            li.span.line,
            li.destination,
            None,
            None,
            mechanism=li.kind,
            name=li.name,
            detail=li.detail,
        )
    for h in device.logging.hosts:
        b.add(
            "syslog",
            h.span.line,
            h.address,
            h.vrf,
            h.source_interface or device.logging.source_interface,
            transport=h.transport,
            port=str(h.port) if h.port else None,
        )
    for sh in device.snmp.hosts:
        b.add(
            "snmp-trap",
            sh.span.line,
            sh.address,
            sh.vrf,
            device.snmp.source_interface,
            version=sh.version,
            notification=sh.kind,
        )
    tap_views = {v.name for v in device.snmp.views if any(is_tap_mib(o) for o in v.included)}
    for view in device.snmp.views:
        if view.name in tap_views:
            b.add(
                "lawful-intercept",
                view.span.line,
                None,
                None,
                None,
                mechanism="tap-mib-view",
                name=view.name,
            )
    for com in device.snmp.communities:
        b.add(
            "snmp-community",
            com.span.line,
            None,
            com.vrf,
            None,
            access=com.access,
            acl=com.acl or "none",
            view=com.view or "all",
            tap_view="yes" if com.view in tap_views else None,
        )
    # A group member that names a server defined elsewhere (`server name ISE-1`) is a reference,
    # not a destination of its own: the named server carries the address; the group lends it its
    # VRF and source interface when the server block has none.
    named = {s.name: s for s in device.aaa.servers if s.name and s.address}
    via_group: dict[str, AaaServerGroup] = {}
    for group in device.aaa.groups:
        for member in group.servers:
            if member in named:
                via_group.setdefault(member, group)
    for srv in device.aaa.servers:
        if not srv.address or (srv.name is None and srv.address in named):
            continue
        grp = via_group.get(srv.name) if srv.name else None
        b.add(
            "aaa-server",
            srv.span.line,
            srv.address,
            srv.vrf or (grp.vrf if grp else None),
            srv.source_interface or (grp.source_interface if grp else None),
            protocol=srv.protocol,
            name=srv.name,
            group=srv.group or (grp.name if grp else None),
        )
    for ntp in device.ntp.servers:
        b.add(
            "ntp",
            ntp.span.line,
            ntp.address,
            ntp.vrf,
            ntp.source_interface or device.ntp.source_interface,
            peer="yes" if ntp.peer else None,
            key=str(ntp.key) if ntp.key else None,
        )
    for dns in device.dns.servers:
        b.add("dns", dns.span.line, dns.address, dns.vrf)
    for arc in device.archives:
        dest = arc.host or (None if arc.scheme and "://" not in arc.url else address_host(arc.url))
        b.add(
            "config-archive",
            arc.span.line,
            dest if "://" in arc.url else arc.url,
            arc.vrf,
            None,
            url=sanitize_url(arc.url),
            scheme=arc.scheme,
            mechanism=arc.kind,
        )
    for auto in device.automations:
        for act in auto.actions:
            if act.url:
                b.add(
                    "automation",
                    act.line,
                    act.host,
                    None,
                    None,
                    name=auto.name,
                    mechanism=auto.kind,
                    trigger=auto.trigger,
                    url=sanitize_url(act.url),
                    scheme=url_scheme(act.url),
                )
    for iface in device.interfaces.values():
        tun = iface.tunnel
        if tun is not None and tun.destination:
            b.add(
                "tunnel",
                tun.destination_line or iface.span.line,
                tun.destination,
                tun.vrf,
                tun.source,
                interface=iface.name,
                mode=tun.mode,
                protection=tun.protection or "none",
                shutdown="yes" if iface.shutdown else None,
            )
    for peer in device.crypto_peers:
        if peer.address:
            b.add("ipsec-peer", peer.span.line, peer.address, peer.vrf, None, context=peer.context)
    _redirects(b, device)
    for tel in device.telemetry:
        b.add(
            "telemetry",
            tel.span.line,
            tel.address,
            tel.vrf,
            None,
            name=tel.name,
            port=str(tel.port) if tel.port else None,
            protocol=tel.protocol,
        )
    for ch in device.call_home:
        if ch.destination:
            b.add("telemetry", ch.span.line, ch.destination, None, None, mechanism="call-home")
    return b.out


def _mirrors(b: _Builder, device: Device) -> None:
    for s in device.mirror_sessions:
        sources = (
            ", ".join(
                f"{src.name} {src.direction}" if src.direction != "both" else src.name
                for src in s.sources
            )
            or None
        )
        bulk = any(src.kind in ("vlan", "port-channel") for src in s.sources)
        common: dict[str, str | None] = {
            "session": s.name,
            "bulk": "yes" if bulk else None,
            "filter": s.filter_acl,
            "shutdown": "yes" if s.shutdown else None,
        }
        if not s.destinations:
            continue
        for d in s.destinations:
            if d.kind == "ip":
                b.add(
                    "mirror-erspan",
                    d.line,
                    d.value,
                    d.vrf or s.vrf,
                    sources,
                    origin=s.origin,
                    mechanism="gre" if s.kind == "gre" else "erspan",
                    erspan_id=str(s.erspan_id) if s.erspan_id is not None else None,
                    **common,
                )
            elif d.kind == "vlan":
                b.add("mirror-rspan", d.line, f"vlan {d.value}", None, sources, **common)
            elif d.kind == "cpu":
                b.add("mirror-local", d.line, "cpu", None, sources, cpu="yes", **common)
            elif d.kind == "tunnel":
                b.add(
                    "mirror-erspan", d.line, d.value, d.vrf, sources, mechanism="tunnel", **common
                )
            else:
                b.add("mirror-local", d.line, d.value, None, sources, **common)


def _redirects(b: _Builder, device: Device) -> None:
    for iface in device.interfaces.values():
        name = iface.policy_route_map
        if not name:
            continue
        rmap = device.route_maps.get(name)
        if rmap is None:
            continue
        for clause in rmap.clauses:
            if clause.action != "permit":
                continue
            match = ", ".join(
                " ".join(v)
                for k, v in clause.matches
                if k.startswith(("ip address", "ipv6 address"))
            )
            for key, vals in clause.sets:
                if key in (
                    "ip next-hop",
                    "ipv6 next-hop",
                    "ip next-hop recursive",
                    "ip next-hop verify-availability",
                ):
                    hops = [v for v in vals if _is_ip(v)]
                    for hop in hops[:1] if key.endswith("verify-availability") else hops:
                        b.add(
                            "policy-redirect",
                            clause.span.line,
                            hop,
                            None,
                            iface.name,
                            route_map=name,
                            seq=str(clause.seq),
                            match=match or "any",
                        )
                elif key == "interface":
                    for out in vals:
                        if out.lower().startswith("null"):
                            continue
                        b.add(
                            "policy-redirect",
                            clause.span.line,
                            out,
                            None,
                            iface.name,
                            route_map=name,
                            seq=str(clause.seq),
                            match=match or "any",
                            mechanism="interface",
                        )
    for pmap in device.policy_maps.values():
        acting = [
            (cls, act, vals)
            for cls in pmap.classes
            for act, vals in cls.actions
            if act in ("redirect", "mirror")
        ]
        if not acting:  # most policy maps (QoS) divert nothing: no scan of the interfaces
            continue
        bound = ", ".join(
            i.name
            for i in device.interfaces.values()
            if pmap.name in (i.service_policy_in, i.service_policy_out)
        )
        for cls, act, vals in acting:
            if act == "redirect":
                target = next((v for v in vals if _is_ip(v)), None) or " ".join(vals) or None
                b.add(
                    "policy-redirect",
                    cls.line,
                    target,
                    None,
                    bound or None,
                    policy=pmap.name,
                    class_name=cls.class_name,
                    mechanism="traffic-policy",
                )
            else:
                b.add(
                    "mirror-local",
                    cls.line,
                    " ".join(vals) or None,
                    None,
                    bound or None,
                    policy=pmap.name,
                    class_name=cls.class_name,
                    mechanism="traffic-policy",
                )
    for w in device.wccp:
        b.add(
            "policy-redirect",
            w.span.line,
            None,
            w.vrf,
            None,
            mechanism="wccp",
            service=w.service,
            redirect_list=w.redirect_list,
            group_list=w.group_list or "none",
        )


def _is_ip(text: str) -> bool:
    try:  # a dotted quad in C first: ~10x cheaper than ipaddress, which accepts the same ones
        socket.inet_pton(socket.AF_INET, text)
        return True
    except (OSError, ValueError):
        pass
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


# ---- judgement ------------------------------------------------------------------------------
def interface_networks(devices: Iterable[Device]) -> list[IPNet]:
    nets: set[IPNet] = set()
    for dev in devices:
        nets.update(device_networks(dev))
    return sorted(nets, key=lambda n: (n.version, n))


def device_networks(dev: Device) -> list[IPNet]:
    out: list[IPNet] = []
    for iface in dev.interfaces.values():
        for a in (*iface.addresses, *iface.addresses6):
            try:
                net = ipaddress.ip_interface(a.address).network
            except ValueError:
                continue
            if net.prefixlen == 0 or net.is_link_local:
                continue
            out.append(net)
    return out


def device_network_strings(dev: Device) -> list[str]:
    """`device_networks` as strings ("10.1.2.0/30"), IPv4 parsed on integers (the common case;
    `ipaddress` costs ~50 µs per interface here, which adds up to 5% of an audit)."""
    out: list[str] = []
    for iface in dev.interfaces.values():
        for a in iface.addresses:
            addr, _, plen_s = a.address.partition("/")
            value = _v4_value(addr)
            plen = _PREFIX_LENGTHS.get(plen_s)
            if plen is None and plen_s.isdigit() and int(plen_s) <= 32:
                plen = int(plen_s)  # written with leading zeros
            if plen is None or value is None:
                out.extend(str(n) for n in _networks_of(a.address))
                continue
            if plen == 0 or value >> 16 == 0xA9FE:  # default route / 169.254.0.0/16
                continue
            out.append(f"{_ntoa((value & _NETMASKS[plen]).to_bytes(4, 'big'))}/{plen}")
        for a in iface.addresses6:
            out.extend(str(n) for n in _networks_of(a.address))
    return out


_PREFIX_LENGTHS = {str(n): n for n in range(33)}
_NETMASKS = [(0xFFFFFFFF << (32 - n)) & 0xFFFFFFFF for n in range(33)]
_ntoa = socket.inet_ntoa


def _networks_of(address: str) -> list[IPNet]:
    try:
        net = ipaddress.ip_interface(address).network
    except ValueError:
        return []
    if net.prefixlen == 0 or net.is_link_local:
        return []
    return [net]


def device_addresses(dev: Device) -> set[str]:
    out: set[str] = set()
    for iface in dev.interfaces.values():
        for a in iface.addresses:
            out.add(a.address.partition("/")[0])
        for a in iface.addresses6:
            out.add(a.address.partition("/")[0])
    return out


# Private-use ranges (RFC 1918, RFC 6598 shared space, link-local, IPv6 ULA and link-local).
# Documentation ranges (TEST-NET) are not private: nobody's network uses them legitimately.
PRIVATE_RANGES = tuple(
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "100.64.0.0/10",
        "169.254.0.0/16",
        "fc00::/7",
        "fe80::/10",
    )
)


def _v4_int(text: str) -> int | None:
    parts = text.split(".")
    if len(parts) != 4:
        return None
    value = 0
    for part in parts:
        if not part.isdigit() or len(part) > 3:
            return None
        octet = int(part)
        if octet > 255:
            return None
        value = value << 8 | octet
    return value


# A network as integers: (IP version, network address, prefix length). The owner's networks stay
# in this form through the judgement: building and printing 7,065 ipaddress networks of an
# inferred owner, and reading them back for membership, cost 45 of the judge's 250 ms.
Prefix = tuple[int, int, int]


def prefixes_of(networks: Iterable[IPNet]) -> list[Prefix]:
    return [(n.version, int(n.network_address), n.prefixlen) for n in networks]


def prefix_network(prefix: Prefix) -> IPNet:
    version, value, plen = prefix
    if version == 4:
        return ipaddress.IPv4Network((value, plen))
    return ipaddress.IPv6Network((value, plen))


def prefix_text(prefix: Prefix) -> str:
    """As `str()` of the network."""
    version, value, plen = prefix
    if version == 4:
        return f"{_ntoa(value.to_bytes(4, 'big'))}/{plen}"
    return str(prefix_network(prefix))


def collapse_networks(texts: Iterable[str]) -> list[IPNet]:
    """Collapse network strings ("10.1.2.0/24", v6 too) into the fewest prefixes covering the
    same addresses (v4 first, in address order), as `ipaddress.collapse_addresses` would."""
    return [prefix_network(p) for p in collapse_prefixes(texts)]


def _v4_value(text: str) -> int | None:
    """`_v4_int`, through the C parser when it accepts the text (a strict dotted quad, where both
    agree): 3.3 times faster on the 8,263 subnets of 1,000 devices."""
    try:
        return int.from_bytes(socket.inet_pton(socket.AF_INET, text), "big")
    except (OSError, ValueError, UnicodeError):
        return _v4_int(text)


def collapse_prefixes(texts: Iterable[str]) -> list[Prefix]:
    """`collapse_networks` as prefixes. The IPv4 path works on integers: a 1,000-device
    snapshot has ~35,000 interface subnets."""
    v4: set[tuple[int, int]] = set()
    other: list[IPNet] = []
    for text in texts:
        addr, _, plen_s = text.partition("/")
        value = _v4_value(addr)
        if value is not None and plen_s.isdigit() and int(plen_s) <= 32:
            plen = int(plen_s)
            v4.add((value & _NETMASKS[plen], plen))
            continue
        try:
            other.append(ipaddress.ip_network(text, strict=False))
        except ValueError:
            continue
    kept: list[tuple[int, int]] = []  # (network, prefix length), no one inside another
    end = -1  # last address covered by kept[-1]
    for value, plen in sorted(v4):
        if value <= end:
            continue  # inside the previous (shorter or equal) prefix
        kept.append((value, plen))
        end = value + (1 << (32 - plen)) - 1
        while len(kept) > 1:  # merge sibling halves into their parent
            (a, la), (b, lb) = kept[-2], kept[-1]
            size = 1 << (32 - la)
            if la == lb and la > 0 and a & size == 0 and b == a + size:
                kept[-2:] = [(a, la - 1)]
            else:
                break
    out: list[Prefix] = [(4, v, plen) for v, plen in kept]
    out.extend(prefixes_of(ipaddress.collapse_addresses(n for n in other if n.version == 6)))
    return out


class NetSet:
    """Fast membership of an address in a set of networks: one hash lookup per distinct prefix
    length, instead of testing every network (a 1,000-device snapshot infers ~40,000 subnets)."""

    def __init__(self, networks: Iterable[IPNet] = (), *, prefixes: Iterable[Prefix] = ()) -> None:
        by_len: dict[tuple[int, int], set[int]] = {}
        for version, value, plen in (*prefixes_of(networks), *prefixes):
            width = 32 if version == 4 else 128
            by_len.setdefault((version, plen), set()).add(value >> (width - plen))
        self._v4 = [(32 - plen, keys) for (v, plen), keys in sorted(by_len.items()) if v == 4]
        self._v6 = [(128 - plen, keys) for (v, plen), keys in sorted(by_len.items()) if v == 6]

    def __contains__(self, ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        value = int(ip)
        for shift, keys in self._v4 if ip.version == 4 else self._v6:
            if value >> shift in keys:
                return True
        return False


_PRIVATE = NetSet(PRIVATE_RANGES)


@lru_cache(maxsize=65536)
def _parse_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None


class Judge:
    """Decides the trust class of channels (contract §3)."""

    def __init__(self, policy: Policy, owner_networks: list[IPNet] | NetSet) -> None:
        self.policy = policy
        self.owner = owner_networks
        self.inferred = not policy.owner_networks
        self._owner = (
            owner_networks if isinstance(owner_networks, NetSet) else NetSet(owner_networks)
        )
        self._trusted: dict[str, tuple[NetSet, frozenset[str]]] = {}
        # (kind, IP destination) -> (the address as text, trust unless the address is local):
        # channels repeat few destinations (18,516 channels, 1,019 pairs on 1,000 devices)
        self._remote: dict[tuple[str, str], tuple[str, Trust]] = {}

    def _trusted_for(self, kind: str) -> tuple[NetSet, frozenset[str]]:
        got = self._trusted.get(kind)
        if got is None:
            entries = self.policy.trusted_for(kind)
            got = (
                NetSet(e.network for e in entries if e.network is not None),
                frozenset(e.text.lower() for e in entries if e.network is None)
                | frozenset(e.text for e in entries if e.network is None),
            )
            self._trusted[kind] = got
        return got

    def trust(self, ch: Channel, local_addresses: set[str], interfaces: set[str]) -> Trust:
        dest = ch.destination
        if ch.kind == "mirror-local":
            if dest and f"{ch.device}:{dest}" in self._trusted_for(ch.kind)[1]:
                return "trusted"
            return "local" if dest else "unknown"
        if ch.kind == "traffic-export":
            return "local"
        if dest is None:
            return "unknown"
        if dest.startswith("vlan "):
            return "unknown"
        got = self._remote.get((ch.kind, dest))
        if got is None:
            ip = _parse_ip(dest)
            if ip is None:
                if dest in interfaces or dest.lower() in ("cpu",):
                    return "local"
                return "trusted" if dest.lower() in self._trusted_for(ch.kind)[1] else "unknown"
            got = self._remote[(ch.kind, dest)] = (str(ip), self._remote_trust(ch.kind, ip))
        text, trust = got
        return "local" if text in local_addresses else trust

    def _remote_trust(self, kind: str, ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> Trust:
        """The trust of an IP destination that is not an address of the device itself."""
        if ip.is_loopback:
            return "local"
        if ip in self._trusted_for(kind)[0]:
            return "trusted"
        if ip in self._owner:
            return "internal"
        if self.inferred and ip in _PRIVATE:
            return "unknown"
        return "external"

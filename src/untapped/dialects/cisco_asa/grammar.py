"""The Cisco ASA grammar: modes, what each statement does, and the AsaParser that walks them."""

from __future__ import annotations

from typing import Any

from untapped.collect.files import Artifact
from untapped.dialects._ioslike import common as C
from untapped.dialects._ioslike.acl import parse_entry
from untapped.dialects._ioslike.addr import (
    is_ip,
    is_ipv4,
    len_to_wildcard,
    mask_to_len,
    parse_ports,
    prefix_from_mask,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED, Mode
from untapped.model.core import Span
from untapped.model.filters import AddrMatch, ClassMap, ObjectGroup, PolicyMap, PolicyMapClass
from untapped.model.mgmt import (
    AaaServer,
    AaaServerGroup,
    Banner,
    EnablePassword,
    Service,
    SnmpCommunity,
    User,
)
from untapped.model.taps import CryptoPeer, CryptoProposal, FlowExporter, PacketCapture

FEATURES = frozenset(
    {
        "hostname",
        "interfaces",
        "static_routes",
        "ospf",
        "bgp",
        "acls",
        "object_groups",
        "prefix_lists",
        "route_maps",
        "qos_policies",
        "users",
        "aaa",
        "snmp",
        "logging",
        "ntp",
        "dns",
        "services",
        "ssh",
        "banners",
        "flow_export",
        "capture",
        "call_home",
        "crypto",
        "references",
    }
)


class AsaParser(C.IosLikeParser):
    dialect_name = "cisco_asa"
    comment_prefixes = ("!", ":")
    FEATURES = FEATURES

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, ROOT)
        self.names: dict[str, str] = {}
        self.nameifs: dict[str, str] = {}  # nameif -> interface
        self.crypto_maps: dict[tuple[str, str], CryptoPeer] = {}
        self.crypto_map_ifs: dict[str, str] = {}
        self.tunnel_groups: dict[str, CryptoPeer] = {}

    def fallback(self, mode: Mode, toks: list[str], start: int) -> Any:
        if mode is ROOT and toks[0].startswith("Cryptochecksum:"):
            return h_checksum
        return None

    def resolve(self, name: str) -> str:
        return self.names.get(name, name)

    def finish(self) -> Any:
        # PSKs of tunnel groups named by peer address go to the crypto-map peers.
        for peer in self.device.crypto_peers:
            tg = self.tunnel_groups.get(peer.address)
            if tg is not None and tg is not peer and peer.psk is None:
                peer.psk = tg.psk
        self.device.crypto_peers = [
            p
            for p in self.device.crypto_peers
            if not (p.context.startswith("tunnel-group") and self._has_map_peer(p.address))
        ]
        return super().finish()

    def _has_map_peer(self, addr: str) -> bool:
        return any(
            p.address == addr and p.context.startswith("crypto map")
            for p in self.device.crypto_peers
        )


def h_checksum(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None


def _known(name: str, *paths: str) -> Mode:
    return Mode(name).known(*paths)


def _asa_secret_kind(t: list[str]) -> str:
    if "pbkdf2" in t:
        return "pbkdf2"
    if "encrypted" in t:
        return "irreversible"
    return "plain"


# ---- system ---------------------------------------------------------------------------------
def h_version(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.version = t[i] if i < len(t) else None
    return None


def h_name(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """name A NAME [description D]"""
    if not is_ip(t[i]):
        return UNRECOGNIZED
    p.names[t[i + 1]] = t[i]
    p.define("name", t[i + 1], ln)
    return None


def h_username(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """username U password H [encrypted|pbkdf2] [privilege N] | username U nopassword |
    username U attributes (block)"""
    if i + 1 < len(t) and t[i + 1] == "attributes":
        return USER_ATTR_MODE, None
    u = User(t[i], p.span(ln))
    j = i + 1
    while j < len(t):
        w = t[j]
        if w == "password" and j + 1 < len(t):
            u.secret = p.secret(t[j + 1], _asa_secret_kind(t), ln)
            j += 1
        elif w == "nopassword":
            u.nopassword = True
        elif w == "privilege":
            u.privilege = int(t[j + 1])
            j += 1
        j += 1
    p.device.users.append(u)
    return None


def h_enable(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """enable password H [level N] [encrypted|pbkdf2]"""
    level = int(t[t.index("level") + 1]) if "level" in t else 15
    sec = p.secret(t[i], _asa_secret_kind(t), ln)
    p.device.enable.append(EnablePassword(p.span(ln), sec, level, is_secret=False))
    return None


def h_passwd(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.secret(t[i], _asa_secret_kind(t), ln)
    return None


def h_banner(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = t[i]
    text = p.text.split(None, 2)[2] if len(t) > 2 else ""
    for b in p.device.banners:  # ASA repeats `banner motd` once per line
        if b.kind == kind:
            b.text += "\n" + text
            b.span = Span(b.span.file, b.span.line, ln)
            return None
    p.device.banners.append(Banner(kind, p.span(ln), text))
    return None


# ---- interfaces and routes ------------------------------------------------------------------
def h_interface(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return IF_MODE, p.iface(t[i], ln)


def h_if_nameif(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        obj.nameif = None
        return None
    obj.nameif = t[i]
    p.nameifs[t[i]] = obj.name
    p.define("nameif", t[i], ln)
    return None


def h_if_security(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.security_level = None if neg else int(t[i])
    return None


def h_if_ip(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ip address A M [standby S] | ip address dhcp [setroute]"""
    if neg:
        return None
    if t[i] == "dhcp":
        obj.dhcp = True
        return None
    addr = prefix_from_mask(p.resolve(t[i]), t[i + 1])
    if addr is None:
        return UNRECOGNIZED
    C.add_address(obj, addr)
    if "standby" in t:
        obj.extra["standby"] = t[t.index("standby") + 1]
    return None


def h_if_ipv6(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg and "/" in t[i]:
        C.add_address(obj, t[i])
    return None


def h_if_vlan(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.access_vlan = int(t[i])
    return None


def h_if_channel(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.channel_group = t[i]
    return None


def h_route(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """route IF A M NH [DIST] [track N] [tunneled]"""
    if neg:
        return None
    if "/" in t[i + 1]:  # ipv6 route IF PREFIX NH
        r6 = C.static_route(p, t[i + 1], t[i + 2 :], ln)
        if r6 is not None:
            r6.interface = p.nameifs.get(t[i], t[i])
        return None
    ifname, addr, mask = t[i], p.resolve(t[i + 1]), t[i + 2]
    nh = p.resolve(t[i + 3]) if i + 3 < len(t) else ifname
    length = mask_to_len(mask)
    if length is None or not is_ip(addr):
        return UNRECOGNIZED
    rest = [nh, *t[i + 4 :]]
    r = C.static_route(p, f"{C.prefix_and_mask(addr, mask)}", rest, ln)
    if r is not None:
        r.interface = p.nameifs.get(ifname, ifname)
        if ifname.lower() == "null0":
            r.interface = "Null0"
    p.ref("nameif", ifname, "route", ln) if ifname.lower() != "null0" else None
    return None


# ---- objects and object-groups ---------------------------------------------------------------
def h_object(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """object network|service NAME"""
    kind = t[i]
    name = t[i + 1]
    og = ObjectGroup(name, p.span(ln), "network" if kind == "network" else "service")
    p.device.object_groups[name] = og
    p.define(f"object {kind}", name, ln)
    return (OBJ_NET_MODE if kind == "network" else OBJ_SVC_MODE), og


def _grow(og: ObjectGroup, ln: int) -> None:
    og.span = Span(og.span.file, og.span.line, max(og.span.last, ln))


def h_obj_host(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    og: ObjectGroup = obj
    w = t[0]
    if w == "host":
        og.addresses.append(AddrMatch("host", p.resolve(t[i])))
    elif w == "subnet":
        addr = p.resolve(t[i])
        if "/" in addr:
            a, _, plen = addr.partition("/")
            og.addresses.append(
                AddrMatch("wildcard", a, plen if ":" in a else len_to_wildcard(int(plen)))
            )
        else:
            length = mask_to_len(t[i + 1])
            if length is None:
                return UNRECOGNIZED
            og.addresses.append(AddrMatch("wildcard", addr, len_to_wildcard(length)))
    elif w == "range":
        og.addresses.append(AddrMatch("host", p.resolve(t[i]), name=f"range {t[i]} {t[i + 1]}"))
    elif w == "fqdn":
        og.addresses.append(AddrMatch("host", t[-1], name="fqdn"))
    _grow(og, ln)
    return None


def h_obj_service(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """service PROTO [source OP P] [destination OP P]"""
    og: ObjectGroup = obj
    proto = t[i]
    src = dst = None
    j = i + 1
    while j < len(t):
        if t[j] in ("source", "destination"):
            got = parse_ports(t, j + 1)
            if got is not None:
                pm, nj = got
                if t[j] == "source":
                    src = pm
                else:
                    dst = pm
                j = nj
                continue
        j += 1
    og.services.append((proto, src, dst))
    _grow(og, ln)
    return None


def h_object_group(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """object-group network|service|protocol|icmp-type|user NAME [tcp|udp|tcp-udp]"""
    kind = t[i]
    name = t[i + 1]
    gk: Any = kind if kind in ("network", "service", "protocol", "icmp-type", "user") else "other"
    og = ObjectGroup(name, p.span(ln), gk)
    if kind == "service" and i + 2 < len(t):
        og.protocols.append(t[i + 2])
    p.device.object_groups[name] = og
    p.define("object-group", name, ln)
    return OG_MODE, og


def h_og_member(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    og: ObjectGroup = obj
    w = t[0]
    if w == "network-object":
        if t[i] == "host":
            og.addresses.append(AddrMatch("host", p.resolve(t[i + 1])))
        elif t[i] == "object":
            og.addresses.append(AddrMatch("object", name=t[i + 1]))
            p.ref("object network", t[i + 1], "object-group network-object", ln)
        else:
            addr = p.resolve(t[i])
            if "/" in addr:
                a6, _, l6 = addr.partition("/")
                og.addresses.append(AddrMatch("wildcard", a6, l6))
            else:
                length = mask_to_len(t[i + 1]) if i + 1 < len(t) else 32
                if length is None:
                    return UNRECOGNIZED
                og.addresses.append(
                    AddrMatch("host", addr)
                    if length == 32
                    else AddrMatch("wildcard", addr, len_to_wildcard(length))
                )
    elif w == "group-object":
        og.groups.append(t[i])
        p.ref("object-group", t[i], "object-group group-object", ln)
    elif w == "port-object":
        got = parse_ports(t, i)
        if got is None:
            return UNRECOGNIZED
        og.ports.append(got[0])
    elif w == "service-object":
        if t[i] == "object":
            og.groups.append(t[i + 1])
            p.ref("object service", t[i + 1], "object-group service-object", ln)
        else:
            src = dst = None
            j = i + 1
            while j < len(t):
                if t[j] in ("source", "destination"):
                    got = parse_ports(t, j + 1)
                    if got is not None:
                        if t[j] == "source":
                            src = got[0]
                        else:
                            dst = got[0]
                        j = got[1]
                        continue
                elif t[j] in ("eq", "range", "lt", "gt", "neq"):
                    got = parse_ports(t, j)
                    if got is not None:
                        dst, j = got
                        continue
                j += 1
            og.services.append((t[i], src, dst))
    elif w in ("protocol-object", "icmp-object"):
        og.protocols.append(t[i])
    elif w == "description":
        og.description = " ".join(t[i:])
    _grow(og, ln)
    return None


# ---- access lists ---------------------------------------------------------------------------
def _normalize_ace(p: AsaParser, toks: list[str]) -> list[str]:
    """ASA writes `A MASK` (netmask) and `name` aliases: make IOS-style `A WILDCARD` tokens."""
    out: list[str] = []
    k = 0
    n = len(toks)
    while k < n:
        tok = p.names.get(toks[k], toks[k])
        low = tok.lower()
        if low in ("host", "object", "object-group", "interface") and k + 1 < n:
            nxt = toks[k + 1]
            if low == "object-group":  # a network group is an address, a service group ports
                og = p.device.object_groups.get(nxt)
                if og is not None:
                    tok = "addrgroup" if og.kind == "network" else "portgroup"
            out += [tok, p.names.get(nxt, nxt) if low == "host" else nxt]
            k += 2
            continue
        if is_ipv4(tok) and k + 1 < n and is_ipv4(toks[k + 1]):
            length = mask_to_len(toks[k + 1])
            if length is not None:
                out += [tok, "0.0.0.0"] if length == 32 else [tok, len_to_wildcard(length)]
                k += 2
                continue
        out.append("any" if low in ("any4", "any6") else tok)
        k += 1
    return out


def h_access_list(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """access-list NAME [line N] extended|standard|remark|webtype|ethertype ..."""
    if neg:
        return None
    name = t[i]
    j = i + 1
    if t[j] == "line":
        j += 2
    kind = t[j]
    if kind == "remark":
        acl = p.acl(name, ln)
        from untapped.model.filters import AclEntry

        acl.entries.append(AclEntry(p.span(ln), p.text, "remark"))
        return None
    if kind not in ("extended", "standard", "webtype", "ethertype"):
        return UNRECOGNIZED
    acl = p.acl(name, ln, "standard" if kind == "standard" else "extended")
    if kind in ("webtype", "ethertype"):
        acl.kind = "other"
        return None
    raw = t[j + 1 :]
    service = None
    if kind == "extended" and len(raw) > 2 and raw[1] in ("object-group", "object"):
        # a service object (group) as protocol: no port clauses follow the addresses
        service = f"{'group' if raw[1] == 'object-group' else 'object'}:{raw[2]}"
        raw = [raw[0], "ip", *raw[3:]]
    toks = _normalize_ace(p, raw)
    entry = parse_entry(toks, 0, p.span(ln), p.text, standard=kind == "standard")
    if entry is not None and service is not None:
        entry.protocol = service
    if entry is None:
        return UNRECOGNIZED
    acl.entries.append(entry)
    for m in (entry.src, entry.dst):
        if m.kind == "group" and m.name:
            p.ref("object-group", m.name, "access-list", ln)
        elif m.kind == "object" and m.name:
            p.ref("object network", m.name, "access-list", ln)
        elif m.kind == "interface" and m.name:
            p.ref("nameif", m.name, "access-list interface", ln)
    for pm in (entry.src_ports, entry.dst_ports):
        if pm is not None and pm.op == "group" and pm.name:
            p.ref("object-group", pm.name, "access-list ports", ln)
    if entry.protocol.startswith("group:"):
        p.ref("object-group", entry.protocol[6:], "access-list protocol", ln)
    elif entry.protocol.startswith("object:"):
        p.ref("object service", entry.protocol[7:], "access-list service", ln)
    return None


def h_access_group(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """access-group ACL in|out interface IF | access-group ACL global"""
    name = t[i]
    p.ref("ip access-list", name, "access-group", ln)
    if t[i + 1] == "global":
        return None
    direction = t[i + 1]
    ifname = t[i + 3]
    p.ref("nameif", ifname, "access-group interface", ln)
    iface = p.device.interfaces.get(p.nameifs.get(ifname, ""))
    if iface is not None and not neg:
        if direction == "in":
            iface.acl_in = name
        else:
            iface.acl_out = name
    return None


# ---- management -----------------------------------------------------------------------------
def h_logging_host(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """logging host IF A [udp/P|tcp/P] [secure] [format emblem]"""
    if neg:
        return None
    h = C.log_host(p, p.resolve(t[i + 1]), ln)
    h.source_interface = p.nameifs.get(t[i], t[i])
    p.ref("nameif", t[i], "logging host", ln)
    for w in t[i + 2 :]:
        if "/" in w:
            proto, _, port = w.partition("/")
            h.transport = {"6": "tcp", "17": "udp"}.get(proto, proto.lower())
            h.port = int(port) if port.isdigit() else None
        elif w == "secure":
            h.transport = "tls"
    return None


def h_logging(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    lg = p.device.logging
    w = t[i - 1]
    if w == "enable":
        lg.enabled = not neg
    elif w == "trap":
        lg.trap_level = t[i] if i < len(t) else None
    elif w == "buffered":
        lg.buffered = not neg
    elif w == "console":
        lg.console_level = t[i] if i < len(t) else None
    elif w == "timestamp":
        lg.timestamps = not neg
    return None


def h_snmp_host(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """snmp-server host IF A [trap|poll] [community [0|8] C] [version 1|2c|3 U] [udp-port P]"""
    if neg:
        return None
    h = C.snmp_host(p, p.resolve(t[i + 1]), ln)
    p.ref("nameif", t[i], "snmp-server host", ln)
    j = i + 2
    while j < len(t):
        w = t[j]
        if w == "community":
            k = j + 1
            kind = "plain"
            if t[k] in ("0", "8"):
                kind = "plain" if t[k] == "0" else "cipher"
                k += 1
            h.community = p.secret(t[k], kind, ln)
            j = k
        elif w == "version":
            h.version = t[j + 1]
            j += 1
            if h.version == "3" and j + 1 < len(t):
                h.user = t[j + 1]
                j += 1
        elif w == "udp-port":
            h.port = int(t[j + 1])
            j += 1
        elif w in ("poll", "trap"):
            h.kind = "poll" if w == "poll" else "trap"
        j += 1
    return None


def h_snmp_user(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        C.snmp_v3_user(p, t, i, ln)
    return None


def h_snmp_community(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    j = i
    kind = "plain"
    if t[j] in ("0", "8") and j + 1 < len(t):
        kind = "plain" if t[j] == "0" else "cipher"
        j += 1
    p.device.snmp.communities.append(SnmpCommunity(p.secret(t[j], kind, ln), p.span(ln)))
    p.device.snmp.enabled = True
    return None


def h_snmp_misc(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    snmp = p.device.snmp
    w = t[i - 1]
    if w == "location":
        snmp.location = " ".join(t[i:])
    elif w == "contact":
        snmp.contact = " ".join(t[i:])
    elif w == "enable":
        snmp.enabled = not neg
        if i < len(t) and t[i] == "traps":
            snmp.traps = not neg
    return None


def h_aaa_server_group(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """aaa-server G protocol tacacs+|radius|ldap | aaa-server G (IF) host A [key K] [timeout N]"""
    name = t[i]
    if t[i + 1] == "protocol":
        g = AaaServerGroup(name, t[i + 2], p.span(ln))
        p.device.aaa.groups.append(g)
        p.define("aaa server group", name, ln)
        return AAA_GROUP_MODE, g
    ifname = t[i + 1].strip("()")
    if t[i + 2] != "host":
        return UNRECOGNIZED
    grp = next((x for x in p.device.aaa.groups if x.name == name), None)
    proto = grp.protocol if grp is not None else "unknown"
    srv = AaaServer(proto, p.resolve(t[i + 3]), p.span(ln), group=name)
    srv.source_interface = p.nameifs.get(ifname, ifname)
    p.ref("aaa server group", name, "aaa-server host", ln)
    p.ref("nameif", ifname, "aaa-server host", ln)
    if "key" in t[i + 4 :]:
        srv.key = p.secret(t[t.index("key", i + 4) + 1], "plain", ln)
    if grp is not None:
        grp.servers.append(srv.address)
    p.device.aaa.servers.append(srv)
    return AAA_HOST_MODE, srv


def h_aaa_host_attr(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    srv: AaaServer = obj
    if t[0] == "key":
        srv.key = p.secret(t[i], "plain", ln)
    elif t[0] in ("server-port", "authentication-port"):
        srv.port = int(t[i])
    return None


def h_ntp_server(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ntp server A [key N] [source IF] [prefer]"""
    if neg:
        return None
    srv = C.ntp_server(p, p.resolve(t[i]), ln)
    j = i + 1
    while j < len(t):
        if t[j] == "key":
            srv.key = int(t[j + 1])
            j += 1
        elif t[j] == "source":
            srv.source_interface = p.nameifs.get(t[j + 1], t[j + 1])
            j += 1
        elif t[j] == "prefer":
            srv.prefer = True
        j += 1
    return None


def h_ntp_attr(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ntp = p.device.ntp
    w = t[i - 1]
    if w == "authenticate":
        ntp.authenticate = not neg
    elif w == "trusted-key":
        ntp.trusted_keys.append(int(t[i]))
    elif w == "authentication-key":
        ntp.keys.append(int(t[i]))
        p.secret(t[-1] if t[-1] != "encrypted" else t[-2], "plain", ln)
    return None


def h_dns_group(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return DNS_GROUP_MODE, None


def h_dns_name_server(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """name-server A [IF] ... (several addresses per line)"""
    for w in t[i:]:
        addr = p.resolve(w)
        if is_ip(addr):
            C.dns_server(p, addr, ln)
    return None


def h_dns_domain(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.domain = t[i]
    p.device.domain = t[i]
    return None


def h_dns_lookup(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.lookup = not neg
    return None


def h_mgmt_access(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ssh|telnet|http A M IF: allowed source network of a management service on IF.
    `ssh version 2`, `ssh timeout N`, `http server enable [port]` and friends too."""
    svc = t[i - 1]
    rest = t[i:]
    if svc == "ssh" and rest[0] in (
        "version",
        "timeout",
        "key-exchange",
        "cipher",
        "scopy",
        "stricthostkeycheck",
        "pubkey-chain",
        "server",
        "notification",
    ):
        if rest[0] == "version":
            p.device.ssh.version = int(rest[1])
        elif rest[0] == "timeout":
            p.device.ssh.timeout = int(rest[1])
        elif rest[0] == "cipher" and len(rest) > 2:
            p.device.ssh.ciphers = rest[2:]
        return None
    if svc == "telnet" and rest[0] == "timeout":
        return None
    if svc == "http" and rest[0] in ("server", "redirect", "authentication-certificate"):
        if rest[:2] == ["server", "enable"]:
            port = int(rest[2]) if len(rest) > 2 and rest[2].isdigit() else None
            p.device.services["https"] = Service("https", not neg, ln, port=port)
        return None
    addr = p.resolve(rest[0])
    if not is_ip(addr) or len(rest) < 3:
        return UNRECOGNIZED
    length = mask_to_len(rest[1]) if is_ipv4(rest[1]) else None
    src = f"{addr}/{length}" if length is not None else f"{addr} {rest[1]}"
    ifname = rest[2]
    p.ref("nameif", ifname, f"{svc} access", ln)
    key = f"{svc} {ifname}"
    name = "https" if svc == "http" else svc
    cur = p.device.services.get(key)
    if cur is None:
        p.device.services[key] = Service(name, not neg, ln, detail=f"interface {ifname} from {src}")
    else:
        cur.detail = f"{cur.detail}, {src}"
    if svc == "ssh" and "ssh" not in p.device.services:
        p.device.services["ssh"] = Service("ssh", True, ln)
    return None


# ---- taps: capture, flow export -----------------------------------------------------------
def h_capture(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """capture NAME [type T] [access-list ACL] [interface IF] [match ...] [buffer N]"""
    if neg:
        return None
    name = t[i]
    cap = next((c for c in p.device.captures if c.name == name), None)
    if cap is None:
        cap = PacketCapture(name, p.span(ln))
        p.device.captures.append(cap)
        p.define("capture", name, ln)
    j = i + 1
    while j < len(t):
        w = t[j]
        if w == "interface" and j + 1 < len(t):
            cap.interfaces.append(p.nameifs.get(t[j + 1], t[j + 1]))
            p.ref("nameif", t[j + 1], "capture interface", ln)
            j += 1
        elif w == "access-list" and j + 1 < len(t):
            cap.acl = t[j + 1]
            p.ref("ip access-list", t[j + 1], "capture access-list", ln)
            j += 1
        j += 1
    return None


def h_flow_export(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """flow-export destination IF A P"""
    if neg or t[i] != "destination":
        return None
    ifname, addr, port = t[i + 1], p.resolve(t[i + 2]), t[i + 3]
    exp = FlowExporter(f"{ifname}:{addr}", p.span(ln), "netflow", addr, ln, int(port))
    exp.source = p.nameifs.get(ifname, ifname)
    exp.version = "9"
    p.ref("nameif", ifname, "flow-export destination", ln)
    p.device.flow_exporters.append(exp)
    return None


# ---- crypto -----------------------------------------------------------------------------------
def h_transform_set(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """crypto ipsec ikev1 transform-set NAME ESP-ENC ESP-AUTH | crypto ipsec ikev2 ipsec-proposal N"""
    name = t[i]
    prop = CryptoProposal(
        name, p.span(ln), "transform-set" if "transform-set" in t else "ipsec-proposal"
    )
    for w in t[i + 1 :]:
        low = w.lower()
        if "hmac" in low or low in ("esp-none",):
            prop.integrity.append(low)
        elif low.startswith("esp-"):
            prop.encryption.append(low)
    p.device.crypto_proposals.append(prop)
    p.define("crypto transform-set", name, ln)
    if "ipsec-proposal" in t:
        return PROPOSAL_MODE, prop
    return None


def h_proposal_attr(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """protocol esp encryption|integrity ALGS"""
    if t[i] in ("encryption", "integrity"):
        (obj.encryption if t[i] == "encryption" else obj.integrity).extend(t[i + 1 :])
    return None


def h_ike_policy(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "isakmp-policy" if t[1] == "ikev1" else "ikev2-proposal"
    prop = CryptoProposal(f"{t[1]} {t[i]}", p.span(ln), kind)
    p.device.crypto_proposals.append(prop)
    return IKE_POLICY_MODE, prop


def h_ike_attr(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    w = t[0]
    if w == "encryption":
        obj.encryption.extend(t[i:])
    elif w in ("hash", "integrity"):
        obj.integrity.extend(t[i:])
    elif w == "group":
        obj.group.extend(t[i:])
    elif w == "authentication":
        obj.auth = t[i]
    return None


def _map_peer(p: AsaParser, mapname: str, seq: str, ln: int) -> CryptoPeer:
    key = (mapname, seq)
    peer = p.crypto_maps.get(key)
    if peer is None:
        peer = CryptoPeer("", p.span(ln), f"crypto map {mapname} {seq}")
        p.crypto_maps[key] = peer
        p.define("crypto map", mapname, ln)
    return peer


def h_crypto_map(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """crypto map M N set peer A [B] | match address ACL | set ikev1 transform-set T |
    crypto map M interface IF"""
    mapname = t[i]
    if t[i + 1] == "interface":
        p.crypto_map_ifs[mapname] = t[i + 2]
        p.ref("crypto map", mapname, "crypto map interface", ln)
        p.ref("nameif", t[i + 2], "crypto map interface", ln)
        return None
    seq = t[i + 1]
    rest = t[i + 2 :]
    peer = _map_peer(p, mapname, seq, ln)
    if rest[:2] == ["set", "peer"]:
        for addr in rest[2:]:
            addr = p.resolve(addr)
            if not peer.address:
                peer.address = addr
                peer.span = p.span(ln)
                p.device.crypto_peers.append(peer)
            else:
                extra = CryptoPeer(addr, p.span(ln), peer.context, acl=peer.acl)
                p.device.crypto_peers.append(extra)
    elif rest[:2] == ["match", "address"]:
        peer.acl = rest[2]
        p.ref("ip access-list", rest[2], "crypto map match address", ln)
    elif (rest[:1] == ["set"] and "transform-set" in rest) or "ipsec-proposal" in rest:
        k = rest.index("transform-set") if "transform-set" in rest else rest.index("ipsec-proposal")
        for ts in rest[k + 1 :]:
            peer.transforms.append(ts)
            p.ref("crypto transform-set", ts, "crypto map set transform-set", ln)
    elif rest[:1] != ["set"] and rest[:1] != ["ipsec-isakmp"]:
        return UNRECOGNIZED
    return None


def h_tunnel_group(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """tunnel-group NAME type ipsec-l2l|remote-access | tunnel-group NAME ipsec-attributes |
    tunnel-group NAME general-attributes | webvpn-attributes"""
    name = t[i]
    what = t[i + 1]
    if what == "type":
        if t[i + 2] == "ipsec-l2l" and is_ip(p.resolve(name)):
            peer = CryptoPeer(p.resolve(name), p.span(ln), f"tunnel-group {name}")
            p.tunnel_groups[peer.address] = peer
            p.device.crypto_peers.append(peer)
        p.define("tunnel-group", name, ln)
        return None
    if what == "ipsec-attributes":
        return TG_IPSEC_MODE, p.tunnel_groups.get(p.resolve(name))
    if what in ("general-attributes", "webvpn-attributes", "ppp-attributes"):
        return TG_OTHER_MODE, None
    return UNRECOGNIZED


def h_tg_psk(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ikev1 pre-shared-key K | ikev2 local|remote-authentication pre-shared-key K"""
    sec = p.secret(t[-1], "plain", ln)
    if obj is not None and obj.psk is None:
        obj.psk = sec
    return None


# ---- QoS / MPF ------------------------------------------------------------------------------
def h_class_map(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    j = i + 2 if t[i] == "type" else i
    cm = p.device.class_maps[t[j]] = ClassMap(t[j], p.span(ln))
    p.define("class-map", t[j], ln)
    return CM_MODE, cm


def h_cm_match(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.matches.append((t[i], tuple(t[i + 1 :])))
    if t[i] == "access-list" and i + 1 < len(t):
        p.ref("ip access-list", t[i + 1], "class-map match access-list", ln)
    return None


def h_policy_map(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "qos"
    j = i
    if t[i] == "type":
        kind = t[i + 1]
        j = i + 2
    pm = p.device.policy_maps[t[j]] = PolicyMap(t[j], p.span(ln), kind)
    p.define("policy-map", t[j], ln)
    return PM_MODE, pm


def h_pm_class(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    cls = PolicyMapClass(t[i], ln)
    obj.classes.append(cls)
    if t[i] != "class-default":
        p.ref("class-map", t[i], "policy-map class", ln)
    return PM_CLASS_MODE, cls


def h_pm_action(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.actions.append((t[0], tuple(t[1:])))
    return None


def h_service_policy(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """service-policy P global | service-policy P interface IF"""
    p.ref("policy-map", t[i], "service-policy", ln)
    if t[i + 1] == "interface":
        iface = p.device.interfaces.get(p.nameifs.get(t[i + 2], ""))
        if iface is not None:
            iface.service_policy_in = t[i]
    return None


# ---- routing (IOS-style) --------------------------------------------------------------------
def h_router_ospf(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return OSPF_MODE, p.ospf(t[i], ln)


def h_ospf_network(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.model.net import OspfNetwork

    pfx = C.prefix_and_mask(t[i], t[i + 1])
    if pfx is None:
        return UNRECOGNIZED
    obj.networks.append(OspfNetwork(pfx, t[i + 3]))
    return None


def h_ospf_router_id(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.router_id = t[i]
    return None


def h_router_bgp(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.bgp_af = None
    p.bgp_vrf = None
    return BGP_MODE, p.bgp(t[i], ln)


def h_bgp_router_id(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if p.device.bgp is not None:
        p.device.bgp.router_id = t[i]
    return None


def h_bgp_af(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.bgp_af = " ".join(t[i:])
    return BGP_AF_MODE, obj


def h_bgp_network(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.model.net import BgpNetwork

    if p.device.bgp is None:
        return None
    pfx = C.prefix_and_mask(t[i], t[i + 2]) if "mask" in t else f"{t[i]}/32"
    p.device.bgp.networks.append(BgpNetwork(pfx or t[i]))
    return None


# ---- the grammar ------------------------------------------------------------------------------
ROOT = Mode("asa")
IF_MODE = Mode("interface")
OBJ_NET_MODE = Mode("object network")
OBJ_SVC_MODE = Mode("object service")
OG_MODE = Mode("object-group")
AAA_GROUP_MODE = _known("aaa-server protocol", "max-failed-attempts", "reactivation-mode")
AAA_GROUP_MODE.known(
    "accounting-mode", "dynamic-authorization", "merge-dacl", "interim-accounting-update"
)
AAA_HOST_MODE = Mode("aaa-server host")
DNS_GROUP_MODE = Mode("dns server-group")
PROPOSAL_MODE = Mode("ipsec-proposal")
IKE_POLICY_MODE = Mode("crypto ikev1 policy")
TG_IPSEC_MODE = Mode("tunnel-group ipsec-attributes")
TG_OTHER_MODE = _known(
    "tunnel-group attributes",
    "default-group-policy",
    "address-pool",
    "authentication-server-group",
    "authorization-server-group",
    "accounting-server-group",
    "group-alias",
    "group-url",
    "authentication",
    "dhcp-server",
    "password-management",
    "strip-realm",
    "strip-group",
    "nat-assigned-to-public-ip",
    "customization",
    "without-csd",
)
CM_MODE = Mode("class-map")
PM_MODE = Mode("policy-map")
PM_CLASS_MODE = Mode("policy-map class")
OSPF_MODE = Mode("router ospf")
BGP_MODE = Mode("router bgp")
BGP_AF_MODE = Mode("router bgp address-family")
RM_MODE = Mode("route-map")
USER_ATTR_MODE = _known(
    "username attributes",
    "service-type",
    "vpn-group-policy",
    "vpn-filter",
    "vpn-tunnel-protocol",
    "group-lock",
    "ssh",
    "password-storage",
    "vpn-simultaneous-logins",
)
GROUP_POLICY_MODE = _known(
    "group-policy attributes",
    "dns-server",
    "vpn-tunnel-protocol",
    "split-tunnel-policy",
    "split-tunnel-network-list",
    "default-domain",
    "banner",
    "vpn-filter",
    "address-pools",
    "webvpn",
    "anyconnect",
    "vpn-idle-timeout",
    "vpn-session-timeout",
    "wins-server",
    "vpn-simultaneous-logins",
    "group-lock",
    "split-dns",
    "ipv6-split-tunnel-policy",
    "client-bypass-protocol",
    "always-on-vpn",
    "user-authentication",
    "password-storage",
    "ip-comp",
    "re-xauth",
    "pfs",
    "secure-unit-authentication",
    "nem",
    "msie-proxy",
    "vlan",
    "dhcp-network-scope",
    "vpn-access-hours",
    "webvpn",
    "url-list",
    "homepage",
    "file-browsing",
    "file-entry",
    "url-entry",
)
WEBVPN_MODE = _known(
    "webvpn",
    "enable",
    "anyconnect",
    "anyconnect-essentials",
    "tunnel-group-list",
    "port",
    "dtls",
    "cache",
    "error-recovery",
    "keepalive",
    "csd",
    "hostscan",
    "certificate-validation-mismatch",
    "tunnel-group-preference",
    "no",
    "group-url",
    "http-headers",
    "login-message",
    "portal-access-rule",
    "onscreen-keyboard",
)
DAP_MODE = _known(
    "dynamic-access-policy-record",
    "description",
    "priority",
    "action",
    "user-message",
    "network-acl",
    "webvpn",
)
FAILOVER_MODE = _known("failover group", "primary", "secondary", "preempt", "interface-policy")
THREAT_MODE = _known("threat-detection")
PKI_MODE = _known(
    "crypto ca trustpoint",
    "enrollment",
    "subject-name",
    "keypair",
    "crl",
    "fqdn",
    "validation-usage",
    "revocation-check",
    "ocsp",
    "email",
    "ip-address",
    "serial-number",
    "id-usage",
    "ignore-ipsec-keyusage",
    "no",
    "proxy-ldc-issuer",
    "match",
    "auto-import",
    "ca-check",
)
CERT_MODE = Mode("certificate")
INSPECT_PARAM_MODE = _known(
    "policy-map parameters",
    "parameters",
    "message-length",
    "id-randomization",
    "id-mismatch",
    "dns-guard",
    "protocol-enforcement",
    "nat-rewrite",
    "tcp-inspection",
    "match",
    "drop",
    "reset",
    "log",
)

ROOT.on("ASA Version", h_version).on("PIX Version", h_version)
ROOT.on("hostname", C.h_hostname).known("domain-name")
ROOT.on("name", h_name).known("names")
ROOT.on("username", h_username).on("enable password", h_enable).on("passwd", h_passwd)
ROOT.on("banner", h_banner)
ROOT.on("interface", h_interface)
ROOT.on("route", h_route).on("ipv6 route", h_route)
ROOT.on("object", h_object).on("object-group", h_object_group)
ROOT.on("access-list", h_access_list).on("access-group", h_access_group)
ROOT.on("logging host", h_logging_host)
for _w in ("enable", "trap", "buffered", "console", "timestamp"):
    ROOT.on(f"logging {_w}", h_logging)
ROOT.known(
    "logging asdm",
    "logging asdm-buffer-size",
    "logging buffer-size",
    "logging monitor",
    "logging history",
    "logging facility",
    "logging queue",
    "logging device-id",
    "logging standby",
    "logging message",
    "logging emblem",
    "logging permit-hostdown",
    "logging mail",
    "logging list",
    "logging class",
    "logging flash-bufferwrap",
    "logging rate-limit",
    "logging hide",
    "logging debug-trace",
)
ROOT.on("snmp-server host", h_snmp_host).on("snmp-server community", h_snmp_community)
for _w in ("location", "contact", "enable"):
    ROOT.on(f"snmp-server {_w}", h_snmp_misc)
ROOT.known(
    "snmp-server group", "snmp-server user", "snmp-server listen-port", "snmp-server host-group"
)
ROOT.on("aaa-server", h_aaa_server_group)
for _w in ("authentication", "authorization", "accounting"):
    ROOT.on(f"aaa {_w}", C.h_aaa_method)
ROOT.on("ntp server", h_ntp_server)
for _w in ("authenticate", "trusted-key", "authentication-key"):
    ROOT.on(f"ntp {_w}", h_ntp_attr)
ROOT.on("dns server-group", h_dns_group).on("dns domain-lookup", h_dns_lookup)
ROOT.on("dns name-server", h_dns_name_server)
ROOT.known(
    "dns-group",
    "dns-guard",
    "dns retries",
    "dns timeout",
    "dns expire-entry-timer",
    "dns poll-timer",
)
ROOT.block("dns-group-map", _known("dns-group-map", "dns-to-domain"))
for _s in ("ssh", "telnet", "http"):
    ROOT.on(_s, h_mgmt_access)
ROOT.on("capture", h_capture).on("flow-export", h_flow_export)
ROOT.on("crypto ipsec ikev1 transform-set", h_transform_set)
ROOT.on("crypto ipsec transform-set", h_transform_set)
ROOT.on("crypto ipsec ikev2 ipsec-proposal", h_transform_set)
ROOT.on("crypto ikev1 policy", h_ike_policy).on("crypto ikev2 policy", h_ike_policy)
ROOT.on("crypto isakmp policy", h_ike_policy)
ROOT.on("crypto map", h_crypto_map)
ROOT.on("tunnel-group", h_tunnel_group)
ROOT.known(
    "crypto ikev1 enable",
    "crypto ikev2 enable",
    "crypto isakmp enable",
    "crypto isakmp identity",
    "crypto ipsec security-association",
    "crypto ipsec df-bit",
    "crypto ipsec fragmentation",
    "crypto ikev1 am-disable",
    "crypto ikev2 remote-access",
    "crypto dynamic-map",
    "crypto ca trustpool",
    "crypto ikev2 cookie-challenge",
    "crypto ikev1 ipsec-over-tcp",
    "crypto isakmp nat-traversal",
)
ROOT.block("crypto ca trustpoint", PKI_MODE)
ROOT.on("crypto ca certificate chain", lambda p, t, i, ln, neg, obj: (CERT_MODE, None))
ROOT.known("crypto ca certificate map")
CERT_MODE.on("certificate", lambda p, t, i, ln, neg, obj: _take_cert(p))
ROOT.on("class-map", h_class_map).on("policy-map", h_policy_map)
ROOT.on("service-policy", h_service_policy)
ROOT.on("router ospf", h_router_ospf).on("router bgp", h_router_bgp)
ROOT.on("prefix-list", C.h_prefix_list).on("ipv6 prefix-list", C.h_prefix_list)
ROOT.on("route-map", C.make_route_map_handler(RM_MODE))
ROOT.on("community-list", C.h_community_list).on("as-path access-list", C.h_community_list)
ROOT.block("webvpn", WEBVPN_MODE)
ROOT.block("group-policy", GROUP_POLICY_MODE)
ROOT.block("dynamic-access-policy-record", DAP_MODE)
ROOT.block("failover group", FAILOVER_MODE)
ROOT.block(
    "router eigrp",
    _known("router eigrp", "network", "passive-interface", "no", "redistribute", "eigrp"),
)
ROOT.known(
    "nat",
    "global",
    "static",
    "failover",
    "threat-detection",
    "same-security-traffic",
    "mtu",
    "icmp",
    "icmp unreachable",
    "arp timeout",
    "arp",
    "timeout",
    "user-identity",
    "asdm image",
    "asdm history",
    "asdm",
    "pager",
    "boot system",
    "ftp mode",
    "clock",
    "monitor-interface",
    "sysopt",
    "dhcpd",
    "dhcprelay",
    "vpdn",
    "terminal width",
    "firewall transparent",
    "mac-address",
    "console timeout",
    "management-access",
    "ip local pool",
    "ip verify",
    "ip audit",
    "ipv6 local pool",
    "service-module",
    "license",
    "prompt",
    "http server session-timeout",
    "tls-proxy",
    "fragment",
    "conn-limit",
    "ssl",
    "jumbo-frame",
    "cryptochecksum",
    "end",
    "xlate",
    "nat-control",
    "fixup",
    "username-prefix",
    "auth-prompt",
    "resource",
    "context",
    "admin-context",
    "config-url",
    "allocate-interface",
    "mode",
    "aaa-server-group",
    "dynamic-filter",
    "service",
    "object-group-search",
    "scansafe",
    "tcp-map",
    "phone-proxy",
    "ctl-file",
    "media-termination",
    "access-list alert-interval",
    "wccp",
    "packet-tracer",
    "quit",
    "exit",
    "ipsec",
    "isakmp",
)
CALL_HOME_MODE, _h_call_home = C.make_call_home_mode(True)
ROOT.on("call-home", _h_call_home)

IF_MODE.on("nameif", h_if_nameif).on("security-level", h_if_security)
IF_MODE.on("ip address", h_if_ip).on("ipv6 address", h_if_ipv6)
IF_MODE.on("description", C.h_description).on("shutdown", C.h_shutdown)
IF_MODE.on("vlan", h_if_vlan).on("channel-group", h_if_channel)
IF_MODE.known(
    "management-only",
    "speed",
    "duplex",
    "mtu",
    "ospf",
    "ipv6 enable",
    "ipv6 nd",
    "ipv6 ospf",
    "mac-address",
    "pppoe",
    "ip ospf",
    "delay",
    "member-interface",
    "lacp",
    "port-channel",
    "flowcontrol",
    "nve-only",
    "authentication",
    "summary-address",
    "zone-member",
    "bfd",
    "igmp",
    "pim",
    "vlan-id",
)
OBJ_NET_MODE.on("host", h_obj_host).on("subnet", h_obj_host)
OBJ_NET_MODE.on("range", h_obj_host).on("fqdn", h_obj_host)
OBJ_NET_MODE.known("description", "nat")
OBJ_SVC_MODE.on("service", h_obj_service).known("description")
for _w in (
    "network-object",
    "group-object",
    "port-object",
    "service-object",
    "protocol-object",
    "icmp-object",
    "description",
):
    OG_MODE.on(_w, h_og_member)
OG_MODE.known("user", "user-group")
AAA_HOST_MODE.on("key", h_aaa_host_attr).on("server-port", h_aaa_host_attr)
AAA_HOST_MODE.on("authentication-port", h_aaa_host_attr)
AAA_HOST_MODE.on("ldap-login-password", C.h_secret_last)
AAA_HOST_MODE.known(
    "timeout",
    "retry-interval",
    "accounting-port",
    "ldap-base-dn",
    "ldap-scope",
    "ldap-naming-attribute",
    "ldap-login-dn",
    "server-type",
    "ldap-attribute-map",
    "radius-common-pw",
    "acl-netmask-convert",
)
DNS_GROUP_MODE.on("name-server", h_dns_name_server).on("domain-name", h_dns_domain)
DNS_GROUP_MODE.known("timeout", "retries", "expire-entry-timer", "poll-timer")
PROPOSAL_MODE.on("protocol esp", h_proposal_attr)
for _w in ("encryption", "hash", "integrity", "group", "authentication"):
    IKE_POLICY_MODE.on(_w, h_ike_attr)
IKE_POLICY_MODE.known("lifetime", "prf")
TG_IPSEC_MODE.on("ikev1 pre-shared-key", h_tg_psk).on("pre-shared-key", h_tg_psk)
TG_IPSEC_MODE.on("ikev2 remote-authentication pre-shared-key", h_tg_psk)
TG_IPSEC_MODE.on("ikev2 local-authentication pre-shared-key", h_tg_psk)
TG_IPSEC_MODE.known(
    "isakmp keepalive",
    "ikev1 trust-point",
    "ikev2 remote-authentication certificate",
    "ikev2 local-authentication certificate",
    "peer-id-validate",
    "chain",
    "ikev1 user-authentication",
)
CM_MODE.on("match", h_cm_match).known("description")
PM_MODE.on("class", h_pm_class).known("description").block("parameters", INSPECT_PARAM_MODE)
for _a in (
    "inspect",
    "set",
    "police",
    "priority",
    "shape",
    "user-statistics",
    "ips",
    "csc",
    "flow-export",
    "drop",
    "service-policy",
):
    PM_CLASS_MODE.on(_a, h_pm_action)
OSPF_MODE.on("network", h_ospf_network).on("router-id", h_ospf_router_id)
OSPF_MODE.known(
    "area",
    "auto-cost",
    "log-adj-changes",
    "redistribute",
    "passive-interface",
    "default-information",
    "timers",
    "distance",
)
BGP_MODE.on("bgp router-id", h_bgp_router_id).on("address-family", h_bgp_af)
BGP_MODE.known("bgp", "timers", "exit-address-family")
BGP_AF_MODE.on("neighbor", C.h_bgp_neighbor).on("network", h_bgp_network)
BGP_AF_MODE.on("redistribute", C.h_bgp_redistribute)
BGP_AF_MODE.known(
    "exit-address-family",
    "aggregate-address",
    "bgp",
    "no",
    "auto-summary",
    "synchronization",
    "default-information",
    "distance",
    "maximum-paths",
)
RM_MODE.on("match", C.h_rm_match).on("set", C.h_rm_set).known("description")


def _take_cert(p: AsaParser) -> Any:
    p.take_block(lambda raw: raw.strip() == "quit")
    return None


C.strip_no(globals())

"""Statement handlers of the cisco_asa dialect (wired into modes by grammar.py)."""

from __future__ import annotations

from typing import Any

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
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects.cisco_asa import grammar as G  # modes, resolved at call time
from untapped.model.core import Span
from untapped.model.filters import AddrMatch, ObjectGroup
from untapped.model.mgmt import (
    Banner,
    EnablePassword,
    User,
)


# ---- system ---------------------------------------------------------------------------------
def h_version(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.version = t[i] if i < len(t) else None
    return None


def h_name(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """name A NAME [description D]"""
    if not is_ip(t[i]):
        return UNRECOGNIZED
    p.names[t[i + 1]] = t[i]
    p.define("name", t[i + 1], ln)
    return None


def h_username(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """username U password H [encrypted|pbkdf2] [privilege N] | username U nopassword |
    username U attributes (block)"""
    if i + 1 < len(t) and t[i + 1] == "attributes":
        return G.USER_ATTR_MODE, None
    u = User(t[i], p.span(ln))
    j = i + 1
    while j < len(t):
        w = t[j]
        if w == "password" and j + 1 < len(t):
            u.secret = p.secret(t[j + 1], G._asa_secret_kind(t), ln)
            j += 1
        elif w == "nopassword":
            u.nopassword = True
        elif w == "privilege":
            u.privilege = int(t[j + 1])
            j += 1
        j += 1
    p.device.users.append(u)
    return None


def h_enable(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """enable password H [level N] [encrypted|pbkdf2]"""
    level = int(t[t.index("level") + 1]) if "level" in t else 15
    sec = p.secret(t[i], G._asa_secret_kind(t), ln)
    p.device.enable.append(EnablePassword(p.span(ln), sec, level, is_secret=False))
    return None


def h_passwd(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.secret(t[i], G._asa_secret_kind(t), ln)
    return None


def h_banner(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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
def h_interface(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.IF_MODE, p.iface(t[i], ln)


def h_if_nameif(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        obj.nameif = None
        return None
    obj.nameif = t[i]
    p.nameifs[t[i]] = obj.name
    p.define("nameif", t[i], ln)
    return None


def h_if_security(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.security_level = None if neg else int(t[i])
    return None


def h_if_ip(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_if_ipv6(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg and "/" in t[i]:
        C.add_address(obj, t[i])
    return None


def h_if_vlan(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.access_vlan = int(t[i])
    return None


def h_if_channel(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.channel_group = t[i]
    return None


def h_route(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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
def h_object(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """object network|service NAME"""
    kind = t[i]
    name = t[i + 1]
    og = ObjectGroup(name, p.span(ln), "network" if kind == "network" else "service")
    p.device.object_groups[name] = og
    p.define(f"object {kind}", name, ln)
    return (G.OBJ_NET_MODE if kind == "network" else G.OBJ_SVC_MODE), og


def _grow(og: ObjectGroup, ln: int) -> None:
    og.span = Span(og.span.file, og.span.line, max(og.span.last, ln))


def h_obj_host(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_obj_service(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_object_group(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """object-group network|service|protocol|icmp-type|user NAME [tcp|udp|tcp-udp]"""
    kind = t[i]
    name = t[i + 1]
    gk: Any = kind if kind in ("network", "service", "protocol", "icmp-type", "user") else "other"
    og = ObjectGroup(name, p.span(ln), gk)
    if kind == "service" and i + 2 < len(t):
        og.protocols.append(t[i + 2])
    p.device.object_groups[name] = og
    p.define("object-group", name, ln)
    return G.OG_MODE, og


def h_og_member(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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
def _normalize_ace(p: G.AsaParser, toks: list[str]) -> list[str]:
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


def h_access_list(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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


def h_access_group(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
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

"""Data-centre IOS-like handlers (NX-OS, EOS): filters (see dc.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.acl import parse_entry
from untapped.dialects._ioslike.addr import (
    parse_addr,
    parse_ports,
)
from untapped.dialects._ioslike.dc_parser import DcParser, H
from untapped.dialects._ioslike.engine import UNRECOGNIZED, redacted
from untapped.model.filters import Acl, CommunityList, ObjectGroup


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
    text = redacted(p.text)
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

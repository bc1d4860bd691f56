"""IOS access lists, object groups, class-maps and policy-maps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from untapped.dialects._ioslike.acl import parse_entry
from untapped.dialects._ioslike.addr import (
    PROTOCOL_NUMBERS,
    is_ipv4,
    len_to_wildcard,
    mask_to_len,
    parse_addr,
    parse_ports,
    range_matches,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED, redacted
from untapped.dialects._ioslike.ios_maps import (
    h_class_map as h_class_map,
)
from untapped.dialects._ioslike.ios_maps import (
    h_cm_match as h_cm_match,
)
from untapped.dialects._ioslike.ios_maps import (
    h_pm_action as h_pm_action,
)
from untapped.dialects._ioslike.ios_maps import (
    h_pm_class as h_pm_class,
)
from untapped.dialects._ioslike.ios_maps import (
    h_policy_map as h_policy_map,
)
from untapped.model.core import Span
from untapped.model.filters import (
    Acl,
    AclEntry,
    AddrMatch,
    GroupKind,
    ObjectGroup,
)

if TYPE_CHECKING:
    from untapped.dialects.cisco_ios.grammar import IosParser


def _numbered_kind(name: str) -> str:
    if name.isdigit():
        n = int(name)
        if 1 <= n <= 99 or 1300 <= n <= 1999:
            return "standard"
        if 100 <= n <= 199 or 2000 <= n <= 2699:
            return "extended"
        if 700 <= n <= 799 or 200 <= n <= 299:
            return "mac"
        return "other"
    return "extended"


def _acl(p: IosParser, name: str, kind: str, ln: int, family: str = "ipv4") -> Acl:
    acl = p.device.acls.get(name)
    if acl is None:
        acl = p.device.acls[name] = Acl(name, p.device.span(ln), kind, family)  # type: ignore[arg-type]
    else:
        acl.span = p.device.span(acl.span.line, max(ln, acl.span.last))
    p.define("ipv6 access-list" if family == "ipv6" else "ip access-list", name, ln)
    return acl


def _add_entry(p: IosParser, acl: Acl, t: list[str], i: int, ln: int) -> Any:
    text = p.text
    low = text.lower()
    entry = parse_entry(t, i, Span(p.file, ln, 0), redacted(text, low), acl.kind == "standard")
    if entry is None:
        return UNRECOGNIZED
    acl.entries.append(entry)
    if "group" in low:  # only object-group / addrgroup / portgroup make references
        _refs_of(p, entry, ln, acl.name)
    return None


def _refs_of(p: IosParser, entry: AclEntry, ln: int, acl: str) -> None:
    for m in (entry.src, entry.dst):
        if m.kind == "group" and m.name:
            p.ref("object-group", m.name, "access-list", ln)
    for pm in (entry.src_ports, entry.dst_ports):
        if pm is not None and pm.op == "group" and pm.name:
            p.ref("object-group", pm.name, "access-list", ln)
    if entry.protocol.startswith("group:"):
        p.ref("object-group", entry.protocol[6:], "access-list", ln)


def h_numbered_acl(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """access-list N permit|deny ... | access-list N remark ..."""
    name = t[i]
    if neg:
        p.device.acls.pop(name, None)
        return None
    kind = _numbered_kind(name)
    if kind in ("mac", "other"):
        _acl(p, name, kind, ln)
        return None
    j = i + 1
    if j < len(t) and t[j] == "dynamic":
        j += 2
        if j < len(t) and t[j] == "timeout":
            j += 2
    acl = _acl(p, name, kind, ln)
    return _add_entry(p, acl, t, j, ln)


def h_named_acl(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ip access-list standard|extended NAME (block), or `ip access-list NAME` (XE)."""
    from untapped.dialects.cisco_ios.grammar import ACL_MODE

    kind = t[i]
    if kind in ("standard", "extended", "role-based"):
        name = t[i + 1]
        kind = "extended" if kind == "role-based" else kind
    elif kind in (
        "log-update",
        "logging",
        "persistent",
        "resequence",
        "match-local-traffic",
        "counters",
        "fqdn",
    ):
        return None
    else:
        name, kind = kind, "extended"
    if neg:
        p.device.acls.pop(name, None)
        return None
    acl = _acl(p, name, kind, ln)
    return ACL_MODE, acl


def h_ipv6_acl(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import ACL_MODE

    if t[i] in ("log-update", "cache"):
        return None
    if neg:
        return None
    acl = _acl(p, t[i], "ipv6", ln, "ipv6")
    return ACL_MODE, acl


def h_acl_entry(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    acl: Acl = obj
    acl.span = Span(p.file, acl.span.line, ln)
    if neg:
        return None
    p.define("ipv6 access-list" if acl.family == "ipv6" else "ip access-list", acl.name, ln)
    return _add_entry(p, acl, t, 0, ln)


def h_acl_sequence(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """IPv6 ACL entries as shown by IOS: `sequence 10 permit tcp any any eq 22`."""
    acl: Acl = obj
    acl.span = p.device.span(acl.span.line, ln)
    if neg:
        return None
    p.define("ipv6 access-list" if acl.family == "ipv6" else "ip access-list", acl.name, ln)
    return _add_entry(p, acl, t, i, ln)


def h_mac_acl(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import MAC_ACL_MODE

    name = t[i + 1] if t[i] == "extended" else t[i]
    p.device.acls.setdefault(name, Acl(name, p.device.span(ln), "mac", "mac"))
    p.define("mac access-list", name, ln)
    return MAC_ACL_MODE, None


# ---- object groups ------------------------------------------------------------------------
def h_object_group(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import OBJECT_GROUP_MODE

    kind = t[i]
    if kind not in (
        "network",
        "service",
        "protocol",
        "icmp-type",
        "user",
        "security",
        "v6-network",
        "v6-service",
        "fqdn",
        "geo-location",
    ):
        return UNRECOGNIZED
    name = t[i + 1]
    norm = {"v6-network": "network", "v6-service": "service"}.get(kind, kind)
    gkind: GroupKind = "other"
    if norm in ("network", "service", "protocol", "icmp-type", "user"):
        gkind = norm  # type: ignore[assignment]
    group = ObjectGroup(name, p.device.span(ln), gkind)
    p.device.object_groups[name] = group
    p.define("object-group", name, ln)
    return OBJECT_GROUP_MODE, group


def h_og_member(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    group: ObjectGroup = obj
    group.span = p.device.span(group.span.line, ln)
    word = t[0]
    if word == "description":
        group.description = p.text.split(None, 1)[1] if " " in p.text else ""
        return None
    if word == "group-object":
        group.groups.append(t[1])
        p.ref("object-group", t[1], "object-group group-object", ln)
        return None
    if group.kind == "network":
        if len(t) == 2 and is_ipv4(t[0]) and is_ipv4(t[1]):
            # IOS object-group entries are `ADDRESS NETMASK` (a mask, not a wildcard)
            length = mask_to_len(t[1])
            if length is None:
                return UNRECOGNIZED
            group.addresses.append(
                AddrMatch("host", t[0])
                if length == 32
                else AddrMatch("wildcard", t[0], len_to_wildcard(length))
            )
            return None
        m = parse_addr(t, 0)
        if m is None:
            got = range_matches(t[1], t[2]) if word == "range" and len(t) == 3 else None
            if got is not None:  # the prefixes that cover the range exactly
                group.addresses.extend(got)
                return None
            return UNRECOGNIZED
        a = m[0]
        if a.kind == "wildcard" and a.wildcard and a.wildcard.startswith("255."):
            # IOS network object-groups write `ADDRESS NETMASK`: store Cisco wildcard bits
            wc = ".".join(str(255 - int(o)) for o in a.wildcard.split("."))
            a = AddrMatch("wildcard", a.address, wc)
        group.addresses.append(a)
        return None
    if group.kind == "service":
        proto = word
        if proto not in PROTOCOL_NUMBERS and not proto.isdigit() and proto != "tcp-udp":
            return UNRECOGNIZED
        j = 1
        src = dst = None
        if j < len(t) and t[j] == "source":
            r = parse_ports(t, j + 1)
            if r:
                src, j = r
        r = parse_ports(t, j)
        if r:
            dst, j = r
        group.services.append((proto, src, dst))
        return None
    if group.kind == "protocol":
        group.protocols.extend(t)
        return None
    group.protocols.append(" ".join(t))
    return None


def h_control_plane(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import CONTROL_PLANE_MODE

    return CONTROL_PLANE_MODE, None


def h_cp_service_policy(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name = t[-1]
    p.ref("policy-map", name, "control-plane service-policy", ln)
    from untapped.dialects.cisco_ios.h_system import set_service

    set_service(p, "copp", not neg, ln, detail=name)

"""IOS-XR object groups: `object-group network ipv4|ipv6 NAME` and `object-group port NAME`, used
in ACL entries as `net-group NAME` / `port-group NAME`."""

from __future__ import annotations

import ipaddress
from typing import Any

from untapped.dialects._ioslike.addr import (
    is_ip,
    mask_to_len,
    network_match,
    parse_ports,
    range_matches,
)
from untapped.dialects._ioslike.engine import ANY, UNRECOGNIZED, LineParser, Mode
from untapped.model.filters import ObjectGroup


def h_object_group(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    if t[i] == "network" and t[i + 1] in ("ipv4", "ipv6"):
        name, mode, kind = t[i + 2], NETWORK_MODE, "network"
    elif t[i] == "port":
        name, mode, kind = t[i + 1], PORT_MODE, "service"
    else:
        return UNRECOGNIZED
    group = ObjectGroup(name, p.device.span(ln), kind)  # type: ignore[arg-type]
    p.device.object_groups[name] = group
    p.define("object-group", name, ln)
    return mode, group


def _common(p: LineParser, t: list[str], ln: int, group: ObjectGroup) -> bool:
    group.span = p.device.span(group.span.line, ln)
    if t[0] == "description":
        group.description = p.text.split(None, 1)[1] if " " in p.text.strip() else ""
        return True
    if t[0] == "object-group" and len(t) == 2:
        group.groups.append(t[1])
        p.ref("object-group", t[1], "object-group object-group", ln)
        return True
    return False


def h_network_member(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`A.B.C.D/len`, `A.B.C.D MASK`, `host A`, `range A B` (as the prefixes that cover it)."""
    group: ObjectGroup = obj
    if _common(p, t, ln, group):
        return None
    if t[0] == "host" and len(t) == 2 and is_ip(t[1]):
        group.addresses.append(network_match(ipaddress.ip_network(t[1])))
    elif t[0] == "range" and len(t) == 3 and (got := range_matches(t[1], t[2])) is not None:
        group.addresses.extend(got)
    elif len(t) == 1 and "/" in t[0]:
        group.addresses.append(network_match(ipaddress.ip_network(t[0], strict=False)))
    elif len(t) == 2 and is_ip(t[0]) and (plen := mask_to_len(t[1])) is not None:
        group.addresses.append(network_match(ipaddress.ip_network(f"{t[0]}/{plen}", strict=False)))
    else:
        return UNRECOGNIZED
    return None


def h_port_member(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`eq P`, `neq P`, `lt P`, `gt P`, `range A B`."""
    group: ObjectGroup = obj
    if _common(p, t, ln, group):
        return None
    got = parse_ports(t, 0)
    if got is None or got[1] != len(t) or got[0].op == "group":
        return UNRECOGNIZED
    group.ports.append(got[0])
    return None


NETWORK_MODE = Mode("object-group network").on(ANY, h_network_member)
PORT_MODE = Mode("object-group port").on(ANY, h_port_member)

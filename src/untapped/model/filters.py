"""Packet filters and routing policy: ACLs, object groups, prefix-lists, route-maps, QoS classes."""

from __future__ import annotations

from typing import Literal

import msgspec

from untapped.model.core import Span

AddrKind = Literal["any", "host", "wildcard", "group", "object", "interface"]


class AddrMatch(msgspec.Struct, frozen=True):
    """An address condition. For `host`/`wildcard`: `address` plus Cisco-style `wildcard` bits
    (a prefix /24 is written as wildcard 0.0.0.255; non-contiguous wildcards are kept as given).
    For IPv6, `wildcard` holds the prefix length as text ("64"). For `group`/`object`: `name`."""

    kind: AddrKind = "any"
    address: str | None = None
    wildcard: str | None = None
    name: str | None = None
    negate: bool = False


class PortMatch(msgspec.Struct, frozen=True):
    """A port condition: op is eq (any of ports), neq, lt, gt, range (ports[0]..ports[1]), group."""

    op: Literal["eq", "neq", "lt", "gt", "range", "group"]
    ports: tuple[int, ...] = ()
    name: str | None = None  # object-group name for op == "group"


class AclEntry(msgspec.Struct):
    span: Span
    text: str  # the statement as configured (redacted), for reports
    action: Literal["permit", "deny", "remark", "other"]
    seq: int | None = None
    protocol: str = "ip"  # ip, ipv6, tcp, udp, icmp, number as text, or "group:NAME"/"object:NAME"
    src: AddrMatch = AddrMatch()
    dst: AddrMatch = AddrMatch()
    src_ports: PortMatch | None = None
    dst_ports: PortMatch | None = None
    established: bool = False
    tcp_flags: tuple[str, ...] = ()  # e.g. ("+syn", "-ack") or ("syn", "ack") match-all
    icmp_type: int | None = None
    icmp_code: int | None = None
    icmp_name: str | None = None
    dscp: str | None = None
    fragments: bool = False
    log: bool = False
    inactive: bool = False
    extra: tuple[str, ...] = ()  # conditions the model keeps as text (time-range, ttl, ...)
    # Lists of alternatives (e.g. a Junos term's `source-address [ A B C ]`), used when not
    # empty (src/dst/src_ports/dst_ports are then `any`/None). Addresses match by longest prefix:
    # an address matches when the longest listed prefix containing it is not negated (`except`).
    src_any: tuple[AddrMatch, ...] = ()
    dst_any: tuple[AddrMatch, ...] = ()
    src_ports_any: tuple[PortMatch, ...] = ()  # any of these port conditions
    dst_ports_any: tuple[PortMatch, ...] = ()


class Acl(msgspec.Struct):
    name: str
    span: Span
    kind: Literal["standard", "extended", "ipv6", "mac", "filter", "other"] = "extended"
    family: Literal["ipv4", "ipv6", "mac", "mixed"] = "ipv4"
    entries: list[AclEntry] = msgspec.field(default_factory=list)
    default_action: Literal["permit", "deny"] = "deny"


GroupKind = Literal["network", "service", "protocol", "icmp-type", "user", "other"]


class ObjectGroup(msgspec.Struct):
    """network / service / protocol / icmp-type object groups and named objects (ASA, NX-OS, IOS)."""

    name: str
    span: Span
    kind: GroupKind
    addresses: list[AddrMatch] = msgspec.field(default_factory=list)
    ports: list[PortMatch] = msgspec.field(default_factory=list)
    protocols: list[str] = msgspec.field(default_factory=list)
    services: list[tuple[str, PortMatch | None, PortMatch | None]] = msgspec.field(
        default_factory=list
    )  # (protocol, source ports, destination ports)
    groups: list[str] = msgspec.field(default_factory=list)  # nested group-object names
    description: str | None = None


class PrefixListEntry(msgspec.Struct, frozen=True):
    line: int
    action: Literal["permit", "deny"]
    prefix: str
    seq: int | None = None
    ge: int | None = None
    le: int | None = None


class PrefixList(msgspec.Struct):
    name: str
    span: Span
    family: Literal["ipv4", "ipv6"] = "ipv4"
    entries: list[PrefixListEntry] = msgspec.field(default_factory=list)


class CommunityList(msgspec.Struct):
    name: str
    span: Span
    kind: Literal["standard", "expanded", "extended", "large", "as-path"] = "standard"
    entries: list[tuple[str, str]] = msgspec.field(default_factory=list)  # (action, value/regex)


class RouteMapClause(msgspec.Struct):
    span: Span
    action: Literal["permit", "deny"] = "permit"
    seq: int = 10
    matches: list[tuple[str, tuple[str, ...]]] = msgspec.field(default_factory=list)
    sets: list[tuple[str, tuple[str, ...]]] = msgspec.field(default_factory=list)
    continue_to: int | None = None

    def set_values(self, key: str) -> list[tuple[str, ...]]:
        return [v for k, v in self.sets if k == key]

    def match_values(self, key: str) -> list[tuple[str, ...]]:
        return [v for k, v in self.matches if k == key]


class RouteMap(msgspec.Struct):
    """A route-map, route-policy (RPL), policy-statement, pbr-map or traffic policy, normalised.

    Well-known set keys: `ip next-hop`, `ipv6 next-hop`, `interface`, `vrf`, `local-preference`,
    `metric`, `community`, `as-path prepend`, `next-hop-group`. Match keys: `ip address`
    (ACL/prefix-list names), `ip address prefix-list`, `community`, `as-path`, `tag`, `interface`.
    """

    name: str
    span: Span
    clauses: list[RouteMapClause] = msgspec.field(default_factory=list)
    kind: Literal["route-map", "route-policy", "policy-statement", "pbr-map", "other"] = "route-map"


class ClassMap(msgspec.Struct):
    name: str
    span: Span
    match_all: bool = False
    matches: list[tuple[str, tuple[str, ...]]] = msgspec.field(default_factory=list)


class PolicyMapClass(msgspec.Struct):
    class_name: str
    line: int
    actions: list[tuple[str, tuple[str, ...]]] = msgspec.field(default_factory=list)


class PolicyMap(msgspec.Struct):
    """A QoS / MQC policy (IOS policy-map, VRP traffic policy, Comware qos policy).

    Actions with interception meaning: `redirect` (next hop / interface), `mirror`, `police`...
    """

    name: str
    span: Span
    kind: str = "qos"  # qos, control-plane, inspect, pbr, ...
    classes: list[PolicyMapClass] = msgspec.field(default_factory=list)

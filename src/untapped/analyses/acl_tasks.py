"""Per-device ACL tasks that run in workers (top-level functions, picklable)."""

from __future__ import annotations

import ipaddress
from typing import Any

import msgspec

from untapped.analyses.acl import (
    analysable,
    decided_sets,
    deciding_line,
    family_of,
    prefix_list_reports,
    unreachable_lines,
)
from untapped.analyses.packets import PROTO_NAMES, PacketSpace
from untapped.model.device import Device
from untapped.model.filters import Acl


def acl_lines(device: Device, lines: list[str]) -> list[Any]:
    spaces: dict[str, PacketSpace] = {}
    out = []
    for acl in analysable(device.acls.values()):
        fam = family_of(acl)
        space = spaces.get(fam) or spaces.setdefault(fam, PacketSpace(fam))
        out.append(unreachable_lines(space, device, acl))
    for pl in device.prefix_lists.values():  # route filters: entries no route reaches
        out.extend(prefix_list_reports(spaces, pl))
    return out


class SearchQuery(msgspec.Struct, frozen=True):
    acl: str
    action: str
    src: str | None = None
    dst: str | None = None
    proto: str | None = None
    sport: int | None = None
    dport: int | None = None


class SearchAnswer(msgspec.Struct):
    found: bool
    exact: bool
    packet: dict[str, Any] | None = None
    line: int | None = None
    text: str | None = None
    problem: str | None = None


def _constraints(space: PacketSpace, q: SearchQuery) -> Any:
    node = space.true
    if q.src:
        node = node & space.network("src", ipaddress.ip_network(q.src, strict=False))
    if q.dst:
        node = node & space.network("dst", ipaddress.ip_network(q.dst, strict=False))
    if q.proto:
        names = {v: k for k, v in PROTO_NAMES.items()}
        num = int(q.proto) if q.proto.isdigit() else names.get(q.proto.lower())
        if num is None:
            raise ValueError(f"unknown protocol {q.proto!r}")
        node = node & space.eq("proto", num)
    if (q.sport is not None or q.dport is not None) and not q.proto:
        node = node & (space.eq("proto", 6) | space.eq("proto", 17))
    if q.sport is not None:
        node = node & space.eq("sport", q.sport)
    if q.dport is not None:
        node = node & space.eq("dport", q.dport)
    return node


def acl_search(device: Device, q: SearchQuery) -> SearchAnswer:
    acl = device.acls.get(q.acl)
    if acl is None:
        return SearchAnswer(False, True, problem=f"no ACL {q.acl!r} on {device.name}")
    space = PacketSpace(family_of(acl))
    permit, deny, unknown = decided_sets(space, device, acl)
    region = _constraints(space, q)
    target = (permit if q.action == "permit" else deny) & region
    pkt = space.example(target)
    if pkt is None:
        if (unknown & region) != space.false:
            return SearchAnswer(
                False,
                False,
                problem="the packets asked about reach lines whose conditions the packet model "
                "cannot represent exactly: answer unknown",
            )
        return SearchAnswer(False, True)
    decided = deciding_line(space, device, acl, _single(space, pkt))
    return SearchAnswer(
        True,
        True,
        space.describe(pkt),
        decided[0] if decided else None,
        decided[1] if decided else "(implicit default)",
    )


def acl_digest(device: Device, lines: list[str]) -> Device:
    """acl-diff compares two snapshots in the parent: keep only ACLs and object groups."""
    return Device(
        device.name,
        device.file,
        device.dialect,
        acls=device.acls,
        object_groups=device.object_groups,
        prefix_lists=device.prefix_lists,
    )


class AclChange(msgspec.Struct):
    device: str
    acl: str
    exact: bool
    now_permitted: dict[str, Any] | None = None  # an example packet denied before, permitted now
    now_permitted_line: int | None = None
    now_denied: dict[str, Any] | None = None
    now_denied_line: int | None = None


def acl_diff(old: list[Device], new: list[Device]) -> list[AclChange]:
    """For same-named ACLs of same-named devices: example packets whose action changed."""
    olds = {d.name: d for d in old}
    out: list[AclChange] = []
    for dev in new:
        before = olds.get(dev.name)
        if before is None:
            continue
        for name, acl in sorted(dev.acls.items()):
            prev = before.acls.get(name)
            if prev is None or prev.family != acl.family or acl.kind == "mac":
                continue
            space = PacketSpace(family_of(acl))
            p_old, _, u_old = decided_sets(space, before, prev)
            p_new, _, u_new = decided_sets(space, dev, acl)
            known = ~(u_old | u_new)  # packets whose fate is exact in both versions
            gained = p_new & ~p_old & known
            lost = p_old & ~p_new & known
            if gained == space.false and lost == space.false:
                if (u_old != space.false or u_new != space.false) and _entries_differ(prev, acl):
                    out.append(AclChange(dev.name, name, False))
                continue
            change = AclChange(dev.name, name, u_old == space.false and u_new == space.false)
            if (pkt := space.example(gained)) is not None:
                change.now_permitted = space.describe(pkt)
                hit = deciding_line(space, dev, acl, _single(space, pkt))
                change.now_permitted_line = hit[0] if hit else None
            if (pkt := space.example(lost)) is not None:
                change.now_denied = space.describe(pkt)
                hit = deciding_line(space, dev, acl, _single(space, pkt))
                change.now_denied_line = hit[0] if hit else None
            out.append(change)
    return out


def _entries_differ(a: Acl, b: Acl) -> bool:
    """Do two versions of an ACL differ in anything but where their lines are?"""

    def key(acl: Acl) -> list[Any]:
        out = []
        for e in acl.entries:
            d = msgspec.to_builtins(e)
            d.pop("span", None)
            out.append(d)
        return out

    return key(a) != key(b)


def _single(space: PacketSpace, pkt: dict[str, int]) -> Any:
    node = space.true
    for field, value in pkt.items():
        node = node & space.eq(field, value)
    return node

"""Reference and ACL findings tied to trust, run per device inside the audit:

- REF-001: management access (vty, SNMP, HTTP, NTP...) refers to an ACL that is not defined;
- REF-002: any other reference to an undefined structure;
- ACL-001: a management ACL has a reachable `permit` from any source;
- ACL-002: a deny line of a management ACL is shadowed (exact BDD analysis, with blocking lines).

Only ACLs bound to management access get the BDD analysis here (they are short); the full
per-line analysis of every ACL is `untapped acl-lines`.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from untapped.analyses.acl import analysable, compile_acl, family_of, scan_unreachable
from untapped.analyses.channels import Prefix
from untapped.analyses.packets import PacketSpace, ip_int
from untapped.analyses.references import analyse
from untapped.analyses.taps import RawFinding
from untapped.model.device import Device

_SPACES: dict[str, PacketSpace] = {}  # one BDD manager per family and worker process


def _space(family: str) -> PacketSpace:
    space = _SPACES.get(family)
    if space is None:
        space = _SPACES[family] = PacketSpace(family)
    return space


def management_acls(dev: Device) -> dict[str, str]:
    """ACL name -> the first management context that uses it."""
    out: dict[str, str] = {}
    acls = dev.acls
    for ref in dev.references:
        name = ref.name
        if name in acls and name not in out and ref.type.endswith("access-list"):
            if _is_management(ref.context):
                out[name] = ref.context
    return out


# A dialect words the contexts of its references from a few fixed phrases ("interface ip
# access-group in", "line vty access-class in"): memoised, the 12-word scan of each reference
# goes (management ACLs of 1,000 devices: 35-55 -> 12 ms).
@lru_cache(maxsize=4096)
def _is_management(context: str) -> bool:
    ctx = context.lower()
    return any(w in ctx for w in _MGMT_WORDS)


_MGMT_WORDS = (
    "line ",
    "snmp",
    "http",
    "ntp",
    "ssh",
    "telnet",
    "management",
    "vty",
    "user-interface",
    "netconf",
    "grpc",
    "console",
)


def device_findings(dev: Device) -> Iterator[RawFinding]:
    if "references" not in dev.features:
        return
    res = analyse(dev, None)
    for u in res.undefined:
        if u.management and u.type.endswith("access-list"):
            yield RawFinding(
                "REF-001",
                "high",
                u.lines[0],
                f"{u.context} refers to {u.type} {u.name}, which is not defined: "
                "management access may be unfiltered",
            )
        else:
            yield RawFinding(
                "REF-002",
                "low",
                u.lines[0],
                f"{u.context} refers to {u.type} {u.name}, which is not defined",
            )
    if "acls" not in dev.features:
        return
    used = management_acls(dev)
    for acl in analysable(dev.acls[n] for n in sorted(used)):
        space = _space(family_of(acl))
        # compiled once for both questions (unreachable_lines would compile it again)
        compiled, _ = compile_acl(space, dev, acl)
        unreachable = scan_unreachable(space, acl.name, compiled, 8)
        dead = {d.index for d in unreachable}
        for gone in unreachable:
            if gone.action == "deny":
                by = (
                    "; ".join(f"line {ln}: {text}" for _, ln, text in gone.blocking)
                    or "earlier lines"
                )
                yield RawFinding(
                    "ACL-002",
                    "medium",
                    gone.line,
                    f"{acl.name} (used by {used[acl.name]}): '{gone.text}' never applies, "
                    f"shadowed by {by}",
                )
        for c in compiled:
            e = c.entry
            if e.action == "permit" and c.index not in dead and e.src.kind in ("host", "wildcard"):
                cond = f"{e.src.address} {e.src.wildcard}" if e.src.wildcard else f"{e.src.address}"
                small = e.src.kind == "host" or _hosts(e.src.wildcard) <= 256
                yield RawFinding(
                    "EXF-017",
                    "critical" if small else "high",
                    e.span.line,
                    f"{acl.name} (used by {used[acl.name]}) admits sources outside "
                    f"the owner's networks: '{e.text}'",
                    outside_owner=(cond,),
                )
            if (
                e.action == "permit"
                and c.index not in dead
                and e.src.kind == "any"
                and not e.src.negate
            ):
                yield RawFinding(
                    "ACL-001",
                    "high",
                    e.span.line,
                    f"{acl.name} (used by {used[acl.name]}) permits any source: '{e.text}'",
                )


def _hosts(wildcard: str | None) -> int:
    """How many addresses a wildcard (or IPv6 prefix length) admits."""
    if not wildcard:
        return 1
    if wildcard.isdigit():
        return 1 << (128 - int(wildcard))
    try:
        return 1 << bin(ip_int(wildcard)[1]).count("1")
    except ValueError:
        return 1 << 32


class OwnerCheck:
    """Decides, in the parent, whether address conditions reach outside the owner's networks."""

    def __init__(self, owner: list[Prefix]) -> None:
        self.owner = owner
        self._spaces: dict[str, PacketSpace] = {}
        # per family: (network, mask, prefix length) of each owner network
        self._nets: dict[str, list[tuple[int, int, int]]] = {}
        self._owned: dict[tuple[str, tuple[int, ...]], Any] = {}  # union of these networks

    def _space(self, family: str) -> PacketSpace:
        space = self._spaces.get(family)
        if space is None:
            # the process's manager (a new one costs 12 ms); BDDs are canonical, examples the same
            space = self._spaces[family] = _space(family)
            version, width = (4, 32) if family == "ipv4" else (6, 128)
            self._nets[family] = [
                (value, ((1 << plen) - 1) << (width - plen), plen)
                for v, value, plen in self.owner
                if v == version
            ]
        return space

    def _owned_meeting(self, space: PacketSpace, lits: dict[str, bool]) -> Any:
        """The union of the owner's networks that share an address with the condition `lits`.
        The other networks cannot change `condition & ~owned`, a canonical BDD: the example is
        the same, and the union of all 7,065 networks of a 1,000-device snapshot cost 0.29 s."""
        width = space.width["src"]
        value = care = 0
        for i, name in enumerate(space.vars["src"]):
            if name in lits:
                bit = 1 << (width - 1 - i)
                care |= bit
                if lits[name]:
                    value |= bit
        nets = self._nets[space.family]
        meeting = tuple(i for i, (n, m, _) in enumerate(nets) if (n ^ value) & m & care == 0)
        key = (space.family, meeting)
        node = self._owned.get(key)
        if node is None:
            node = space.false
            for i in meeting:
                node = node | space.prefix("src", nets[i][0], nets[i][2])
            self._owned[key] = node
        return node

    def example_outside(self, conditions: tuple[str, ...]) -> str | None:
        """An address of the conditions outside the owner's networks, or None."""
        for cond in conditions:
            parts = cond.replace("/", " ").split()
            addr, wc = parts[0], parts[1] if len(parts) > 1 else None
            family = "ipv6" if ":" in addr else "ipv4"
            space = self._space(family)
            try:
                node = space.address("src", addr, wc)
            except ValueError:
                continue
            lits = space.address_literals("src", addr, wc)  # memoized by the space
            pkt = space.example(node & ~self._owned_meeting(space, lits))
            if pkt is not None:
                make = ipaddress.IPv4Address if family == "ipv4" else ipaddress.IPv6Address
                return str(make(pkt["src"]))
        return None

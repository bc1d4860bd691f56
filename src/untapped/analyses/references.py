"""Reference integrity: undefined references and unused structures, from the definitions and
references the dialects record while parsing (as Batfish's undefinedReferences/unusedStructures).

Unused structures are reported fail-closed: a structure counts as used when any recorded
reference names it, or when its name appears as a token on any configuration line outside its own
definition (a statement the model recognises but does not detail may still use it). So every
structure reported unused really is unused by name; a few unused ones may be missed.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import msgspec

from untapped.model.device import Device

# Structures that are used by existing, not by being referenced.
ROOT_TYPES = frozenset(
    {
        "interface",
        "bgp group",
        "bgp neighbor",
        "login class",
        "monitor session",
        "event manager applet",
        "event handler",
        "parser view",
        "kron occurrence",
        "tacacs+ server",
        "radius server",
        "snmp group",
        "routing-instance",
        "vrf",
        "bgp peer-group",
        "group",
        "mirroring-group",
        "observe-port",
        "assistant",
        "rtm cli-policy",
        "event-script",
        "zone",
        "local-user",
        "user",
        "ops",
        "domain",
        "aaa domain",
        "authentication-scheme",
        "accounting-scheme",
        "authorization-scheme",
        "telemetry subscription",
        "vlan",
    }
)
# Contexts that govern management access: an undefined ACL there often means "permit all".
MGMT_CONTEXT_WORDS = (
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
    "aux",
)
# Contexts where the type of structure a name refers to cannot be told apart (e.g. a route-map
# `match ip address X` may name an ACL or a prefix-list) are recorded by the dialects with one type.
EQUIVALENT_TYPES: dict[str, tuple[str, ...]] = {
    "ip access-list": ("ip access-list", "ipv4 access-list"),
    "ipv4 access-list": ("ipv4 access-list", "ip access-list"),
}


class UndefinedRef(msgspec.Struct):
    device: str
    file: str
    type: str
    name: str
    context: str
    lines: list[int]

    @property
    def management(self) -> bool:
        ctx = self.context.lower()
        return any(w in ctx for w in MGMT_CONTEXT_WORDS)


class UnusedStructure(msgspec.Struct):
    device: str
    file: str
    type: str
    name: str
    lines: list[int]


class RefsResult(msgspec.Struct):
    undefined: list[UndefinedRef]
    unused: list[UnusedStructure]


def analyse(device: Device, lines: list[str] | None = None) -> RefsResult:
    """Undefined references, and (only with the text's `lines`) unused structures."""
    defined: dict[tuple[str, str], list[int]] = {}
    known: dict[tuple[str, str], list[int]] | set[tuple[str, str]]
    if lines is None:  # only membership is needed: no line lists
        known = names = {(d.type, d.name) for d in device.definitions}
        # the common case, every reference defined, told with no per-reference branching
        # (reference check of 1,000 generated devices: 60 -> 25 ms)
        if {(r.type, r.name) for r in device.references} <= names:
            return RefsResult([], [])
    else:
        for d in device.definitions:
            defined.setdefault((d.type, d.name), []).extend(d.lines)
        known = defined
    undefined: dict[tuple[str, str, str], UndefinedRef] = {}
    used: set[tuple[str, str]] = set()
    equivalent = EQUIVALENT_TYPES
    for r in device.references:
        hit: tuple[str, str] | None = None
        types = equivalent.get(r.type)
        if types is None:
            if (r.type, r.name) in known:
                hit = (r.type, r.name)
        else:
            for t in types:
                if (t, r.name) in known:
                    hit = (t, r.name)
                    break
        if hit is not None:
            used.add(hit)
            continue
        key = (r.type, r.name, r.context)
        u = undefined.get(key)
        if u is None:
            undefined[key] = UndefinedRef(
                device.name, device.file, r.type, r.name, r.context, [r.line]
            )
        elif r.line not in u.lines:
            u.lines.append(r.line)
    candidates = {k: v for k, v in defined.items() if k not in used and k[0] not in ROOT_TYPES}
    if candidates and lines is not None:
        mentioned = _mentioned(lines, candidates)
        candidates = {k: v for k, v in candidates.items() if k[1] not in mentioned}
    elif lines is None:
        candidates = {}  # without the text, "unused" cannot be told safely
    unused = [
        UnusedStructure(device.name, device.file, t, n, sorted(set(ls)))
        for (t, n), ls in sorted(candidates.items())
    ]
    return RefsResult(
        sorted(undefined.values(), key=lambda u: (u.lines[0], u.type, u.name)), unused
    )


def _mentioned(lines: list[str], candidates: dict[tuple[str, str], list[int]]) -> set[str]:
    """Names of candidates that appear as a whole token on a line outside their own definition.

    Searched in the joined text with str.find (fast in C), then checked for token boundaries."""
    own: dict[str, set[int]] = {}
    for (_, name), ls in candidates.items():
        own.setdefault(name, set()).update(ls)
    text = "\n".join(lines)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    out: set[str] = set()
    for name, own_lines in own.items():
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            before = text[pos - 1] if pos else " "
            after = text[end] if end < len(text) else " "
            if before in _SEP and after in _SEP:
                line_no = bisect.bisect_right(starts, pos)
                if line_no not in own_lines:
                    out.add(name)
                    break
            pos = text.find(name, pos + 1)
    return out


_SEP = frozenset(" \t\n\r\"'")


def iter_undefined_management(res: RefsResult) -> Iterator[UndefinedRef]:
    for u in res.undefined:
        if u.management and u.type.endswith("access-list"):
            yield u

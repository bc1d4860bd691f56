"""IOS-style access-list entries (IOS, IOS-XE, NX-OS, EOS, IOS-XR, ASA share this shape)."""

from __future__ import annotations

from typing import Literal

from untapped.dialects._ioslike.addr import ICMP_TYPES, PROTOCOL_NUMBERS, parse_addr, parse_ports
from untapped.model.core import Span
from untapped.model.filters import AclEntry, AddrMatch, PortMatch

TCP_FLAGS = frozenset({"ack", "fin", "psh", "rst", "syn", "urg"})
_SKIP_WITH_ARG = frozenset(
    {
        "dscp",
        "precedence",
        "tos",
        "time-range",
        "ttl",
        "packet-length",
        "option",
        "ttl-exceeded",
        "nexthop-group",
        "counters",
        "log-update",
        "reflect",
        "evaluate",
        "vlan",
        "udf",
        "set-qos-transmit",
        "flow-label",
        "routing-type",
        "sequence",
        "routing",
        "hop-limit",
        "dest-option-type",
        "icmp-off",
        "redirect",
        "police",
        "set",
        "count",
    }
)
_FLAGS_ONLY = frozenset(
    {
        "log",
        "log-input",
        "fragments",
        "established",
        "tracked",
        "no-log",
        "capture",
        "inactive",
        "disable",
        "track",
        "count",
        "hbh",
        "psh",
        "session",
        "counter",
        "statistics",
        "echo",
    }
)


_FLAGS_OR_SKIP = _FLAGS_ONLY | _SKIP_WITH_ARG
_PORTED = frozenset(("tcp", "udp", "sctp", "tcp-udp"))  # protocols whose entries have ports
_GROUPED = ("group:", "object:")
# the first words of what parse_ports accepts (anything else is not ports)
_PORT_OPS = frozenset(("eq", "neq", "lt", "gt", "range", "object-group", "portgroup"))


def parse_entry(
    toks: list[str],
    i: int,
    span: Span,
    text: str,
    standard: bool = False,
    seq: int | None = None,
) -> AclEntry | None:
    """Parse toks[i:] = `permit|deny ...` (after any sequence number). None if not an ACE."""
    n = len(toks)
    if i < n and toks[i].isdigit() and seq is None:
        seq = int(toks[i])
        i += 1
    if i >= n:
        return None
    action = toks[i].lower()
    if action == "remark":
        return AclEntry(span, text, "remark", seq=seq)
    if action not in ("permit", "deny"):
        return None
    act: Literal["permit", "deny"] = "permit" if action == "permit" else "deny"
    i += 1
    if standard:
        got = parse_addr(toks, i)
        if got is None:
            return None
        entry_src, i = got
        log = False
        while i < n:
            if toks[i].lower() in ("log", "log-input"):
                log = True
            i += 1
        return AclEntry(span, text, act, seq=seq, protocol="ip", src=entry_src, log=log)
    if i >= n:
        return None
    proto = toks[i].lower()
    i += 1
    if proto in ("object-group", "object") and i < n:
        proto = f"{'group' if proto == 'object-group' else 'object'}:{toks[i]}"
        i += 1
    elif not (proto in PROTOCOL_NUMBERS or proto.isdigit() or proto in ("ahp", "nos")):
        return None
    parsed = parse_addr(toks, i)
    if parsed is None:
        return None
    src, i = parsed
    src_ports: PortMatch | None = None
    grouped = proto.startswith(_GROUPED)
    ported = grouped or proto in _PORTED
    if ported and i < n and toks[i].lower() in _PORT_OPS:
        pp = parse_ports(toks, i)
        # after a service group, `object-group N` is the destination, not source ports
        if pp is not None and (not grouped or parse_addr(toks, pp[1]) is not None):
            src_ports, i = pp
    parsed = parse_addr(toks, i)
    if parsed is None:
        return None
    dst, i = parsed
    dst_ports: PortMatch | None = None
    if ported and i < n and toks[i].lower() in _PORT_OPS:
        pp = parse_ports(toks, i)
        if pp is not None:
            dst_ports, i = pp
    entry = AclEntry(span, text, act, seq, proto, src, dst, src_ports, dst_ports)
    if i < n:  # most entries end with the destination (ports): nothing more to read
        _options(entry, toks, i, n, proto)
    return entry


def _options(entry: AclEntry, toks: list[str], i: int, n: int, proto: str) -> None:
    """What follows an entry's destination: ICMP type/code, log, established, flags..."""
    flags: list[str] = []
    extra: list[str] = []
    if proto in ("icmp", "icmpv6", "icmp6", "ipv6-icmp"):
        tok = toks[i].lower()
        if tok.isdigit():
            entry.icmp_type = int(tok)
            i += 1
            if i < n and toks[i].isdigit():
                entry.icmp_code = int(toks[i])
                i += 1
        elif tok in ICMP_TYPES:
            t, c = ICMP_TYPES[tok]
            entry.icmp_type, entry.icmp_code, entry.icmp_name = t, c, tok
            i += 1
    match_mode = ""
    while i < n:
        tok = toks[i].lower()
        i += 1
        if tok in ("log", "log-input"):
            entry.log = True
            if i < n and toks[i].lower() not in _FLAGS_OR_SKIP and toks[i][0] != "-":
                i += 1  # log tag / interval
        elif tok == "established":
            entry.established = True
        elif tok == "fragments":
            entry.fragments = True
        elif tok in ("match-any", "match-all"):
            match_mode = tok
        elif tok in TCP_FLAGS or (tok[:1] in "+-" and tok[1:] in TCP_FLAGS):
            flags.append(tok)
        elif tok == "dscp" and i < n:
            entry.dscp = toks[i]
            i += 1
        elif tok in _SKIP_WITH_ARG:
            extra.append(f"{tok} {toks[i]}" if i < n else tok)
            i += 1
        elif tok == "inactive":
            entry.inactive = True
        else:
            extra.append(tok)
    if flags:
        entry.tcp_flags = (match_mode, *flags) if match_mode else tuple(flags)
    if extra:
        entry.extra = tuple(extra)


ANY = AddrMatch("any")

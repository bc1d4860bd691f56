"""Address, mask, port and protocol helpers shared by IOS-like dialects (text in, text out)."""

from __future__ import annotations

import ipaddress
import re

from untapped.model.filters import AddrMatch, PortMatch
from untapped.model.urls import address_host as address_host
from untapped.model.urls import url_scheme as url_scheme
from untapped.redact import token

# Well-known names for TCP/UDP ports as IOS-like CLIs print them.
PORT_NAMES: dict[str, int] = {
    "bgp": 179,
    "biff": 512,
    "bootpc": 68,
    "bootps": 67,
    "chargen": 19,
    "citrix-ica": 1494,
    "cmd": 514,
    "ctiqbe": 2748,
    "daytime": 13,
    "discard": 9,
    "dnsix": 195,
    "domain": 53,
    "drip": 3949,
    "echo": 7,
    "exec": 512,
    "finger": 79,
    "ftp": 21,
    "ftp-data": 20,
    "gopher": 70,
    "h323": 1720,
    "hostname": 101,
    "http": 80,
    "https": 443,
    "ident": 113,
    "imap4": 143,
    "irc": 194,
    "isakmp": 500,
    "kerberos": 88,
    "klogin": 543,
    "kshell": 544,
    "ldap": 389,
    "ldaps": 636,
    "login": 513,
    "lotusnotes": 1352,
    "lpd": 515,
    "mobile-ip": 434,
    "nameserver": 42,
    "netbios-dgm": 138,
    "netbios-ns": 137,
    "netbios-ss": 139,
    "netbios-ssn": 139,
    "nfs": 2049,
    "nntp": 119,
    "non500-isakmp": 4500,
    "ntp": 123,
    "onep-plain": 15001,
    "onep-tls": 15002,
    "pcanywhere-data": 5631,
    "pcanywhere-status": 5632,
    "pim-auto-rp": 496,
    "pop2": 109,
    "pop3": 110,
    "pptp": 1723,
    "radius": 1645,
    "radius-acct": 1646,
    "rip": 520,
    "rsh": 514,
    "rtsp": 554,
    "secureid-udp": 5510,
    "sip": 5060,
    "smtp": 25,
    "snmp": 161,
    "snmptrap": 162,
    "sqlnet": 1521,
    "ssh": 22,
    "sunrpc": 111,
    "syslog": 514,
    "tacacs": 49,
    "tacacs-ds": 65,
    "talk": 517,
    "telnet": 23,
    "tftp": 69,
    "time": 37,
    "uucp": 540,
    "who": 513,
    "whois": 43,
    "www": 80,
    "xdmcp": 177,
    "aol": 5190,
    "cifs": 3020,
    "msrpc": 135,
    "netbios-ssn-tcp": 139,
    "rdp": 3389,
    "vxlan": 4789,
    "lpr": 515,
    "mysql": 3306,
    "postgres": 5432,
    "ms-sql-m": 1434,
    "ms-sql-s": 1433,
    "bfd": 3784,
    "bfd-echo": 3785,
    "ldp": 646,
    "msdp": 639,
    "mpls-lsp-ping": 3503,
    "ntp-udp": 123,
    "gtp-c": 2123,
    "gtp-u": 2152,
    "kerberos-adm": 749,
    "ms-wbt-server": 3389,
    "telnets": 992,
    "imaps": 993,
    "pop3s": 995,
    "smtps": 465,
    "submission": 587,
}

PROTOCOL_NUMBERS: dict[str, int] = {
    "ip": 0,
    "icmp": 1,
    "igmp": 2,
    "ipinip": 4,
    "tcp": 6,
    "egp": 8,
    "igrp": 9,
    "udp": 17,
    "ipv6": 41,
    "gre": 47,
    "esp": 50,
    "ahp": 51,
    "ah": 51,
    "icmp6": 58,
    "icmpv6": 58,
    "ipv6-icmp": 58,
    "eigrp": 88,
    "ospf": 89,
    "nos": 94,
    "pim": 103,
    "pcp": 108,
    "vrrp": 112,
    "l2tp": 115,
    "sctp": 132,
    "mobility": 55,
    "snp": 109,
}

ICMP_TYPES: dict[str, tuple[int, int | None]] = {
    "echo-reply": (0, None),
    "unreachable": (3, None),
    "net-unreachable": (3, 0),
    "host-unreachable": (3, 1),
    "protocol-unreachable": (3, 2),
    "port-unreachable": (3, 3),
    "packet-too-big": (3, 4),
    "source-route-failed": (3, 5),
    "network-unknown": (3, 6),
    "host-unknown": (3, 7),
    "administratively-prohibited": (3, 13),
    "source-quench": (4, None),
    "redirect": (5, None),
    "alternate-address": (6, None),
    "echo": (8, None),
    "router-advertisement": (9, None),
    "router-solicitation": (10, None),
    "time-exceeded": (11, None),
    "ttl-exceeded": (11, 0),
    "reassembly-timeout": (11, 1),
    "parameter-problem": (12, None),
    "timestamp-request": (13, None),
    "timestamp-reply": (14, None),
    "information-request": (15, None),
    "information-reply": (16, None),
    "mask-request": (17, None),
    "mask-reply": (18, None),
    "traceroute": (30, None),
    "conversion-error": (31, None),
    "mobile-redirect": (32, None),
}


# The 33 contiguous masks and wildcards in their usual spelling: a dict lookup instead of an
# ipaddress object per mask (a hot spot of parsing); other spellings take the general path.
_MASK_LEN = {
    str(ipaddress.IPv4Address((0xFFFFFFFF << (32 - n)) & 0xFFFFFFFF)): n for n in range(33)
}
_WILDCARD_LEN = {str(ipaddress.IPv4Address((1 << (32 - n)) - 1)): n for n in range(33)}
_LEN_WILDCARD = {n: w for w, n in _WILDCARD_LEN.items()}


def mask_to_len(mask: str) -> int | None:
    """255.255.255.0 -> 24; None when not a contiguous netmask."""
    got = _MASK_LEN.get(mask)
    if got is not None:
        return got
    try:
        value = int(ipaddress.IPv4Address(mask))
    except ValueError:
        return None
    inv = value ^ 0xFFFFFFFF
    if inv & (inv + 1):
        return None
    return 32 - inv.bit_length()


def wildcard_to_len(wc: str) -> int | None:
    """0.0.0.255 -> 24; None when the wildcard is not contiguous."""
    got = _WILDCARD_LEN.get(wc)
    if got is not None:
        return got
    try:
        inv = int(ipaddress.IPv4Address(wc))
    except ValueError:
        return None
    if inv & (inv + 1):
        return None
    return 32 - inv.bit_length()


def len_to_wildcard(length: int) -> str:
    got = _LEN_WILDCARD.get(length)
    if got is not None:
        return got
    return str(ipaddress.IPv4Address((1 << (32 - length)) - 1 if length < 32 else 0))


def prefix_from_mask(addr: str, mask: str) -> str | None:
    """('10.1.2.3', '255.255.255.0') -> '10.1.2.3/24' (host bits kept, as an interface address)."""
    length = mask_to_len(mask)
    if length is None or not is_ipv4(addr):
        return None
    return f"{addr}/{length}"


def network_from_mask(addr: str, mask: str) -> str | None:
    """('10.1.2.0', '255.255.255.0') -> '10.1.2.0/24' (host bits cleared)."""
    length = mask_to_len(mask)
    if length is None or not is_ipv4(addr):
        return None
    return str(ipaddress.IPv4Network(f"{addr}/{length}", strict=False))


def network_from_prefix(text: str) -> str | None:
    """'10.1.2.0/24' -> '10.1.2.0/24' (host bits cleared); None unless an IPv4 prefix."""
    addr, _, plen = text.partition("/")
    if not (is_ipv4(addr) and plen.isdigit() and int(plen) <= 32):
        return None
    return str(ipaddress.IPv4Network(f"{addr}/{plen}", strict=False))


def network_from_wildcard(addr: str, wc: str) -> str | None:
    length = wildcard_to_len(wc)
    if length is None or not is_ipv4(addr):
        return None
    return str(ipaddress.IPv4Network(f"{addr}/{length}", strict=False))


# is_ipv4 runs for most address tokens: remembered per token (masks, wildcards and keywords
# recur on every line), and a dotted quad of ASCII octets up to 255 is recognised by one regex.
_IPV4_SEEN: dict[str, bool] = {}
_OCTET = r"(?:[01]?[0-9]?[0-9]|2[0-4][0-9]|25[0-5])"
_DOTTED_QUAD = re.compile(rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}").fullmatch


def is_ipv4(text: str) -> bool:
    got = _IPV4_SEEN.get(text)
    if got is None:
        got = _DOTTED_QUAD(text) is not None or _is_ipv4(text)
        if len(_IPV4_SEEN) >= 100_000:
            _IPV4_SEEN.clear()
        _IPV4_SEEN[text] = got
    return got


def _is_ipv4(text: str) -> bool:
    parts = text.split(".")
    if len(parts) != 4:
        return False
    a, b, c, d = parts  # straight-line: this runs for most address tokens
    return (
        a.isdigit()
        and b.isdigit()
        and c.isdigit()
        and d.isdigit()
        and int(a) <= 255
        and int(b) <= 255
        and int(c) <= 255
        and int(d) <= 255
    )


def is_ip(text: str) -> bool:
    if is_ipv4(text):
        return True
    if ":" in text:
        try:
            ipaddress.IPv6Address(text.split("%", 1)[0])
            return True
        except ValueError:
            return False
    return False


def is_prefix(text: str) -> bool:
    if "/" not in text:
        return False
    try:
        ipaddress.ip_network(text, strict=False)
        return True
    except ValueError:
        return False


def port_number(tok: str) -> int | None:
    if tok.isdigit():
        value = int(tok)
        return value if value <= 65535 else None
    return PORT_NAMES.get(tok.lower())


_ANY_ADDR = AddrMatch("any")


def parse_addr(toks: list[str], i: int) -> tuple[AddrMatch, int] | None:
    """An IOS-like ACL address at toks[i]: any | host A | A W | A/len | object-group N |
    addrgroup N | object N | interface N. Returns (match, next index) or None."""
    if i >= len(toks):
        return None
    tok = toks[i]
    low = tok.lower()
    if low in ("any", "any4", "any6"):
        return _ANY_ADDR, i + 1  # frozen: one instance serves every entry
    if low == "host" and i + 1 < len(toks):
        return AddrMatch("host", toks[i + 1]), i + 2
    if low in ("object-group", "addrgroup") and i + 1 < len(toks):
        return AddrMatch("group", name=toks[i + 1]), i + 2
    if low == "object" and i + 1 < len(toks):
        return AddrMatch("object", name=toks[i + 1]), i + 2
    if low == "interface" and i + 1 < len(toks):
        return AddrMatch("interface", name=toks[i + 1]), i + 2
    if "/" in tok:
        addr, _, plen = tok.partition("/")
        if not plen.isdigit():
            return None
        if is_ipv4(addr):
            length = int(plen)
            if length > 32:
                return None
            if length == 32:
                return AddrMatch("host", addr), i + 1
            return AddrMatch("wildcard", addr, len_to_wildcard(length)), i + 1
        if is_ip(addr):
            return AddrMatch("wildcard", addr, plen), i + 1
        return None
    if is_ipv4(tok):
        if i + 1 < len(toks) and is_ipv4(toks[i + 1]):
            wc = toks[i + 1]
            if wc == "0.0.0.0":
                return AddrMatch("host", tok), i + 2
            return AddrMatch("wildcard", tok, wc), i + 2
        return AddrMatch("host", tok), i + 1  # standard ACL: a bare address is a host
    if is_ip(tok):
        return AddrMatch("host", tok), i + 1
    return None


def parse_ports(toks: list[str], i: int) -> tuple[PortMatch, int] | None:
    """eq P [P...] | neq P | lt P | gt P | range A B | object-group N at toks[i]."""
    if i >= len(toks):
        return None
    op = toks[i].lower()
    if op == "eq" or op == "neq":
        ports: list[int] = []
        j = i + 1
        while j < len(toks):
            p = port_number(toks[j])
            if p is None:
                break
            ports.append(p)
            j += 1
        if not ports:
            return None
        return PortMatch("eq" if op == "eq" else "neq", tuple(ports)), j
    if op in ("lt", "gt") and i + 1 < len(toks):
        p = port_number(toks[i + 1])
        if p is None:
            return None
        return PortMatch(op, (p,)), i + 2  # type: ignore[arg-type]
    if op == "range" and i + 2 < len(toks):
        a = port_number(toks[i + 1])
        b = port_number(toks[i + 2])
        if a is None or b is None:
            return None
        return PortMatch("range", (a, b)), i + 3
    if op in ("object-group", "portgroup") and i + 1 < len(toks):
        return PortMatch("group", name=toks[i + 1]), i + 2
    return None


_URL_CRED_RE = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s/:@\"']*):([^\s/@\"']+)@")


def split_url_password(text: str) -> tuple[str, list[str]]:
    """Remove the passwords of `scheme://user:password@host` URLs inside a text: returns the
    text with each password replaced by its <redacted:...> token, and the passwords found (for
    the caller to record as Secrets)."""
    if "@" not in text or "://" not in text:
        return text, []
    found: list[str] = []

    def _sub(m: re.Match[str]) -> str:
        found.append(m.group(2))
        return f"{m.group(1)}:{token(m.group(2))}@"

    return _URL_CRED_RE.sub(_sub, text), found


def network_match(net: ipaddress.IPv4Network | ipaddress.IPv6Network) -> AddrMatch:
    """A prefix as an AddrMatch: host for a /32, Cisco wildcard bits for IPv4, the prefix length
    (as text) for IPv6."""
    addr = str(net.network_address)
    if net.version == 6:
        return AddrMatch("wildcard", addr, str(net.prefixlen))
    if net.prefixlen == 32:
        return AddrMatch("host", addr)
    return AddrMatch("wildcard", addr, str(net.hostmask))


def range_matches(first: str, last: str) -> list[AddrMatch] | None:
    """An address range `first`..`last` as the prefixes that cover it exactly; None if invalid."""
    try:
        lo, hi = ipaddress.ip_address(first), ipaddress.ip_address(last)
    except ValueError:
        return None
    if lo.version != hi.version or int(lo) > int(hi):
        return None
    nets = ipaddress.summarize_address_range(lo, hi)  # type: ignore[misc]
    return [network_match(n) for n in nets]

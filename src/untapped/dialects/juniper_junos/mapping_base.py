"""Shared state and helpers of the Junos mapping sections (map_*.py); what the mapping decides
and why is described in mapping.py."""

from __future__ import annotations

import ipaddress

from untapped.dialects._structures import CANONICAL
from untapped.dialects.juniper_junos.tree import Node
from untapped.model.core import Reference, Secret, Span
from untapped.model.device import Device
from untapped.model.taps import (
    AutoConfig,
    PacketCapture,
)
from untapped.model.urls import address_host
from untapped.redact import token

EMPTY = Node(0)

PORTS = {
    "ssh": 22,
    "telnet": 23,
    "ftp": 21,
    "ftp-data": 20,
    "smtp": 25,
    "domain": 53,
    "dns": 53,
    "http": 80,
    "https": 443,
    "bgp": 179,
    "ntp": 123,
    "snmp": 161,
    "snmptrap": 162,
    "syslog": 514,
    "tacacs": 49,
    "tacacs-ds": 49,
    "radius": 1812,
    "radacct": 1813,
    "tftp": 69,
    "bootps": 67,
    "bootpc": 68,
    "ldap": 389,
    "netconf": 830,
    "finger": 79,
    "pop3": 110,
    "imap": 143,
    "kerberos-sec": 88,
    "xnm-clear-text": 3221,
    "xnm-ssl": 3220,
}

INTERCEPT_ACTIONS = (
    "port-mirror",
    "port-mirror-instance",
    "next-ip",
    "next-ip6",
    "routing-instance",
    "next-interface",
)

# Login classes every Junos system has without defining them.
PREDEFINED_CLASSES = frozenset({"super-user", "operator", "read-only", "unauthorized"})


def secret_kind(value: str) -> str:
    if value.startswith("$9$"):
        return "cipher"
    if value.startswith("$1$"):
        return "md5"
    if value.startswith("$5$"):
        return "sha256"
    if value.startswith(("$6$", "$2", "$sha1$")):
        return "hash"
    if value.startswith("$8$"):
        return "cipher"
    return "plain"


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


def _port(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return PORTS.get(text)


class MapperBase:
    """The mapping's state and the helpers its sections share (sections: map_*.py)."""

    def __init__(self, file: str, root: Node) -> None:
        self.root = root
        self.file = file
        self.dev = Device(name="", file=file, dialect="juniper_junos")
        self._defs: dict[tuple[str, str], list[int]] = {}
        self._refs: list[Reference] = []
        self._secret_lines: set[int] = set()
        self.filter_users: dict[str, list[tuple[str, str]]] = {}  # filter -> [(unit, dir)]
        self.sample_filters: set[str] = set()
        self._asn: str | None = None
        self._captures: list[PacketCapture] = []
        self._router_id: str | None = None

    def span(self, line: int) -> Span:
        return Span(self.file, line)

    def define(self, type_: str, name: str, line: int) -> None:
        """Record a named structure; the type is mapped to its vendor-neutral name."""
        self._defs.setdefault((CANONICAL.get(type_, type_), name), []).append(line)

    def ref(self, type_: str, name: str, context: str, line: int) -> None:
        self._refs.append(Reference(CANONICAL.get(type_, type_), name, context, line))

    def secret(self, value: str, line: int, kind: str | None = None) -> Secret:
        self._secret_lines.add(line)
        return Secret(value, kind or secret_kind(value))

    def url(self, url: str, line: int) -> tuple[str, Secret | None]:
        """A URL with its password (`scheme://user:pass@host/...`) replaced by a redaction token,
        and that password as a Secret."""
        if "://" not in url:
            return url, None
        scheme, rest = url.split("://", 1)
        auth, sep, hostpart = rest.rpartition("@")
        if not sep or ":" not in auth:
            return url, None
        user, _, pw = auth.partition(":")
        secret = self.secret(pw, line, "plain")
        return f"{scheme}://{user}:{token(pw)}@{hostpart}", secret

    def groups(self, uses: list[tuple[str, Node]]) -> None:
        """Configuration groups: definitions, and `apply-groups` / `apply-groups-except` uses."""
        for name, gn in self.root.items("groups"):
            if not name.startswith("<"):
                self.define("group", name, gn.line)
        for key, node in uses:
            for name, nn in node.kids.items():
                self.ref("group", name, key, nn.line)

    def _script_source(self, name: str, url: str, line: int) -> None:
        """A script whose `source` is a URL: code pulled from the network (`request system
        scripts refresh-from`, `refresh`)."""
        self.dev.auto_config.append(
            AutoConfig(
                "script-source",
                self.span(line),
                url=url,
                host=address_host(url),
                detail=f"script {name}",
            )
        )


def _inherit(node: Node, body: dict[str, Node]) -> None:
    """Copy the statements of `body` that `node` does not have (recursively)."""
    for key, src in body.items():
        have = node.kids.get(key)
        if have is None:
            node.kids[key] = _copy(src)
        elif src.kids:
            _inherit(have, src.kids)


def _copy(node: Node, depth: int = 0) -> Node:
    out = Node(node.line)
    if depth < 32:
        out.kids = {k: _copy(v, depth + 1) for k, v in node.kids.items()}
    return out


FACILITIES = frozenset(
    {
        "any",
        "authorization",
        "change-log",
        "conflict-log",
        "daemon",
        "dfc",
        "external",
        "firewall",
        "ftp",
        "interactive-commands",
        "kernel",
        "ntp",
        "pfe",
        "security",
        "user",
    }
)

"""SNMP and NTP statements IOS, NX-OS and EOS write alike (moved here from cisco_ios)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.engine import LineParser
from untapped.model.mgmt import (
    SnmpGroup,
    SnmpView,
)


def h_snmp_view(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    name, oid, what = t[i], t[i + 1], t[i + 2] if i + 2 < len(t) else "included"
    view = next((v for v in p.device.snmp.views if v.name == name), None)
    if view is None:
        view = SnmpView(name, p.device.span(ln))
        p.device.snmp.views.append(view)
    else:
        view.span = p.device.span(view.span.line, ln)
    (view.excluded if what == "excluded" else view.included).append(oid)
    p.define("snmp view", name, ln)
    return None


def h_snmp_group(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    group = SnmpGroup(t[i], p.device.span(ln), version=t[i + 1])
    j = i + 2
    if group.version == "v3" and j < len(t) and t[j] in ("noauth", "auth", "priv"):
        group.security = t[j]
        j += 1
    while j < len(t):
        word = t[j]
        if word in ("read", "write", "notify") and j + 1 < len(t):
            setattr(group, f"{word}_view", t[j + 1])
            p.ref("snmp view", t[j + 1], f"snmp-server group {word}", ln)
            j += 2
        elif word == "access" and j + 1 < len(t):
            k = j + 1
            if t[k] == "ipv6" and k + 1 < len(t):
                k += 1
            group.acl = t[k]
            p.ref("ip access-list", t[k], "snmp-server group access", ln)
            j = k + 1
        else:
            j += 1
    p.device.snmp.groups.append(group)
    p.define("snmp group", group.name, ln)
    return None


def h_snmp_location(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.snmp.location = " ".join(t[i:])


def h_snmp_contact(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.snmp.contact = " ".join(t[i:])


def h_snmp_traps(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.snmp.traps = p.device.snmp.traps or not neg


def h_ntp_authenticate(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ntp.authenticate = not neg


def h_ntp_trusted(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.device.ntp.trusted_keys.extend(int(x) for x in t[i:] if x.isdigit())

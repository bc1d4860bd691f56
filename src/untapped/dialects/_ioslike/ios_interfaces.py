"""Interface statements IOS, NX-OS and EOS write alike (moved here from cisco_ios)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.engine import UNRECOGNIZED, LineParser
from untapped.dialects._ioslike.ios_system import secret_at
from untapped.model.net import Interface


def h_description(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    raw = p.text
    iface.description = None if neg else raw.split(None, 1)[1] if " " in raw else ""


def h_shutdown(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    iface.shutdown = not neg


def h_service_policy(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    j = i
    if t[j] == "type":
        j += 2
    direction, name = t[j], t[j + 1]
    if neg:
        return None
    if direction == "input":
        iface.service_policy_in = name
    elif direction == "output":
        iface.service_policy_out = name
    else:
        return UNRECOGNIZED
    p.ref("policy-map", name, f"interface service-policy {direction}", ln)
    return None


def h_switchport(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    if i >= len(t):
        iface.switchport = not neg
        return None
    word = t[i]
    if word == "mode":
        iface.switchport = True
        iface.switchport_mode = " ".join(t[i + 1 :])
    elif word == "access" and t[i + 1] == "vlan":
        iface.access_vlan = int(t[i + 2]) if t[i + 2].isdigit() else None
    elif word == "voice" and t[i + 1] == "vlan":
        iface.voice_vlan = int(t[i + 2]) if t[i + 2].isdigit() else None
    elif word == "trunk" and i + 1 < len(t):
        sub = t[i + 1]
        if sub == "allowed" and i + 2 < len(t) and t[i + 2] == "vlan":
            vals = t[i + 3 :]
            if vals and vals[0] == "add" and iface.trunk_vlans:
                iface.trunk_vlans += "," + " ".join(vals[1:])
            elif vals and vals[0] in ("add", "remove", "except", "all", "none"):
                iface.trunk_vlans = " ".join(vals)
            else:
                iface.trunk_vlans = " ".join(vals)
        elif sub == "native" and i + 3 < len(t):
            iface.native_vlan = int(t[i + 3]) if t[i + 3].isdigit() else None
    return None


def h_channel_group(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    iface.channel_group = None if neg else t[i]


def h_ip_flag(attr: str) -> Any:
    def handler(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        iface: Interface = obj
        setattr(iface, attr, not neg)

    return handler


def h_cdp_enable(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    iface.cdp = not neg


def h_lldp(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    if iface.lldp is not False or not neg:
        iface.lldp = not neg


def h_ospf_if(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    word = t[i]
    if word == "cost":
        iface.ospf_cost = int(t[i + 1])
    elif word in ("authentication", "message-digest-key", "authentication-key"):
        iface.ospf_auth = not neg or iface.ospf_auth
        if word != "authentication":
            j = i + 1
            if word == "message-digest-key":
                j = i + 3 if i + 2 < len(t) and t[i + 2] == "md5" else i + 2
            secret_at(p, t, j, ln, "plain")
    elif word == "area" or (word.isdigit() and "area" in t):
        k = t.index("area")
        iface.ospf_area = t[k + 1]
    return None


def h_helper(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    if not neg:
        iface.helper_addresses.append(t[-1])


def h_mtu(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    iface.mtu = None if neg else int(t[i])


def h_bandwidth(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`bandwidth N` (kbit/s); `bandwidth inherit|receive|qos-reference ...` are recognized but
    leave the routing bandwidth as it is."""
    iface: Interface = obj
    if neg:
        iface.bandwidth = None
    elif t[i].isdigit():
        iface.bandwidth = int(t[i])
    elif t[i] not in ("inherit", "receive", "qos-reference", "percent"):
        return UNRECOGNIZED
    return None


def h_storm(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    iface.storm_control = not neg


def h_spanning_tree(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    iface: Interface = obj
    rest = " ".join(t[i:])
    if rest.startswith("portfast"):
        iface.portfast = not neg
    elif rest.startswith("bpduguard"):
        iface.bpdu_guard = "enable" in rest and not neg
    iface.spanning_tree.append(("no " if neg else "") + rest)

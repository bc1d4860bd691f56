"""IOS statements of VLANs, key chains, IP SLA / tracking and the zone-based firewall."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects.cisco_ios.h_system import secret_at
from untapped.model.mgmt import KeyChain, KeyChainKey
from untapped.model.net import Vlan

if TYPE_CHECKING:
    from untapped.dialects.cisco_ios.grammar import IosParser


# ---- VLANs ----------------------------------------------------------------------------------
def vlan_ids(text: str) -> list[int]:
    """`10`, `10,20,30-32` -> ids; ValueError when the text is not a VLAN list."""
    out: list[int] = []
    for part in text.split(","):
        if "-" in part:
            lo, hi = part.split("-", 1)
            a, b = int(lo), int(hi)
            if not 0 < a <= b <= 4095 or b - a > 4095:
                raise ValueError(part)
            out.extend(range(a, b + 1))
        else:
            v = int(part)
            if not 0 < v <= 4095:
                raise ValueError(part)
            out.append(v)
    return out


def h_vlan(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`vlan 10` / `vlan 10,20-22` (config-vlan mode); `no vlan N` removes them."""
    ids = vlan_ids("".join(t[i:]))
    if neg:
        for v in ids:
            p.device.vlans.pop(v, None)
        return None
    vlans: list[Vlan] = []
    for v in ids:
        vlan = p.device.vlans.get(v)
        if vlan is None:
            vlan = Vlan(v, p.device.span(ln))
            p.device.vlans[v] = vlan
        vlans.append(vlan)
    from untapped.dialects.cisco_ios.grammar import VLAN_MODE

    return VLAN_MODE, vlans


def _vlan_end(p: IosParser, vlans: list[Vlan], ln: int) -> None:
    for v in vlans:
        if ln > v.span.last:
            v.span = p.device.span(v.span.line, ln)


def h_vlan_name(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    vlans: list[Vlan] = obj
    name = None if neg else p.text.split(None, 1)[1]
    for v in vlans:
        v.name = name
    _vlan_end(p, vlans, ln)


def h_vlan_remote_span(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    vlans: list[Vlan] = obj
    for v in vlans:
        v.remote_span = not neg
    _vlan_end(p, vlans, ln)


def h_vlan_database_entry(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """Inside `vlan database` (old Catalyst form): `vlan 10 name USERS [state active]`."""
    ids = vlan_ids(t[i])
    for v in ids:
        if neg:
            p.device.vlans.pop(v, None)
            continue
        vlan = p.device.vlans.setdefault(v, Vlan(v, p.device.span(ln)))
        rest = t[i + 1 :]
        if "name" in rest:
            vlan.name = rest[rest.index("name") + 1]
        if "remote-span" in rest:
            vlan.remote_span = True
    return None


# ---- key chains -----------------------------------------------------------------------------
def h_key_chain(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`key chain NAME [macsec|tcp]`."""
    name = t[i]
    if neg:
        p.device.key_chains.pop(name, None)
        return None
    chain = p.device.key_chains.get(name)
    if chain is None:
        chain = KeyChain(name, p.device.span(ln))
        p.device.key_chains[name] = chain
    p.define("key chain", name, ln)
    from untapped.dialects.cisco_ios.grammar import KEY_CHAIN_MODE

    return KEY_CHAIN_MODE, chain


def h_key(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    chain: KeyChain = obj
    kid = int(t[i], 16) if t[i].lower().startswith("0x") else int(t[i])
    chain.keys = [k for k in chain.keys if k.id != kid]
    if neg:
        return None
    key = KeyChainKey(kid, ln)
    chain.keys.append(key)
    from untapped.dialects.cisco_ios.grammar import KEY_MODE

    return KEY_MODE, key


def h_key_string(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    key: KeyChainKey = obj
    if neg:
        key.secret = None
        return None
    key.secret, _ = secret_at(p, t, i, ln, "plain")
    return None


def h_key_octet_string(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """MACsec CAK: `key-octet-string [0|7] HEX [cryptographic-algorithm ...]`."""
    key: KeyChainKey = obj
    key.secret, _ = secret_at(p, t, i, ln, "plain")
    return None


def h_send_lifetime(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    key: KeyChainKey = obj
    key.send_lifetime = not neg


def h_accept_lifetime(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    key: KeyChainKey = obj
    key.accept_lifetime = not neg


# ---- IP SLA, track, zone-based firewall -------------------------------------------------------
def h_ip_sla(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip sla N` opens an operation; `ip sla schedule|responder|...` are one-liners (KNOWN)."""
    if not t[i].isdigit():
        return UNRECOGNIZED
    p.define("ip sla", t[i], ln)
    if neg:
        return None
    from untapped.dialects.cisco_ios.grammar import IP_SLA_MODE

    return IP_SLA_MODE, None


def h_ip_sla_schedule(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("ip sla", t[i], "ip sla schedule", ln)


def h_track(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`track N interface IF line-protocol|ip routing`, `track N ip route P M reachability`,
    `track N ip sla N [state|reachability]`, `track N list boolean and|or`, `track N stub-object`."""
    num = t[i]
    if not num.isdigit():
        return UNRECOGNIZED
    p.define("track", num, ln)
    if neg:
        return None
    kind = t[i + 1] if len(t) > i + 1 else ""
    if kind == "interface":
        name = t[i + 2]
        p.ref("interface", name, "track interface", ln)
    elif kind == "ip" and t[i + 2] == "sla":
        p.ref("ip sla", t[i + 3], "track ip sla", ln)
    elif kind == "rtr":
        p.ref("ip sla", t[i + 2], "track rtr", ln)
    elif kind not in ("ip", "ipv6", "list", "stub-object", "resolution", ""):
        return UNRECOGNIZED
    from untapped.dialects.cisco_ios.grammar import TRACK_MODE

    return TRACK_MODE, None


def h_track_object(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.ref("track", t[i], "track list object", ln)


def h_zone_security(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.define("zone security", t[i], ln)
    from untapped.dialects.cisco_ios.grammar import ZONE_MODE

    return ZONE_MODE, None


def h_zone_pair(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`zone-pair security NAME source Z1 destination Z2`."""
    p.define("zone-pair security", t[i], ln)
    rest = t[i + 1 :]
    for word in ("source", "destination"):
        if word in rest:
            zone = rest[rest.index(word) + 1]
            if zone != "self":
                p.ref("zone security", zone, f"zone-pair {word}", ln)
    from untapped.dialects.cisco_ios.grammar import ZONE_PAIR_MODE

    return ZONE_PAIR_MODE, None


def h_zone_pair_policy(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`service-policy type inspect NAME` in a zone-pair."""
    p.ref("policy-map", t[i], "zone-pair service-policy", ln)


def h_zone_member(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """Interface `zone-member security ZONE`."""
    p.ref("zone security", t[i], "interface zone-member", ln)


def h_interface_range(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`interface range Gi1/0/1 - 24, Gi1/0/30`: its settings apply to members that show run
    lists one by one anyway; the statements are parsed (and accounted for) on a scratch object."""
    from untapped.dialects.cisco_ios.grammar import INTERFACE_MODE
    from untapped.model.net import Interface

    return INTERFACE_MODE, Interface("range " + " ".join(t[i:]), p.device.span(ln))


def h_view_secret(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`secret [N] VALUE` in a parser view: kept out of the model, accounted as a secret."""
    if not neg:
        secret_at(p, t, i, ln, "plain")


def h_app_hosting(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`app-hosting appid NAME`: an on-box application (a service), with its settings block."""
    from untapped.dialects.cisco_ios.grammar import APP_HOSTING_MODE
    from untapped.dialects.cisco_ios.h_system import set_service

    set_service(p, "app-hosting", not neg, ln)
    return None if neg else (APP_HOSTING_MODE, None)


def h_if_key_chain(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip ospf authentication key-chain K`, `ip authentication key-chain eigrp AS K`."""
    if neg:
        return None
    if t[1] == "ospf":
        obj.ospf_auth = True
        p.ref("key chain", t[i], "interface ip ospf authentication key-chain", ln)
    else:
        p.ref("key chain", t[-1], "interface ip authentication key-chain", ln)
    return None


def h_no_snmp_server(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`no snmp-server`: the SNMP agent is off (the bare positive form is not a statement)."""
    if not neg or i != len(t):
        return UNRECOGNIZED
    p.device.snmp.enabled = False
    return None


def bare_block(mode_name: str) -> Any:
    """A handler for a keyword that opens a block only when it stands alone on its line
    (`system`, `security`, `sslproxy`, `policy`...): anything after it is not this statement."""

    def handler(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        from untapped.dialects.cisco_ios import grammar

        if i != len(t) or neg:
            return UNRECOGNIZED
        return getattr(grammar, mode_name), obj

    return handler


def h_macro_name(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`macro name NAME` then the macro's lines, unindented, up to a line `@`."""
    p.define("macro", t[i], ln)
    if neg:
        return None
    if not any(line.strip() == "@" for line in p.lines[p.i :]):
        p.warn(ln, f"macro {t[i]}: no closing '@' line; the following lines are read as global")
        return None
    p.take_block(lambda s: s.strip() == "@")
    return None


def h_macro_apply(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """Interface `macro apply|trace NAME [$VAR value ...]`."""
    p.ref("macro", t[i], "interface macro apply", ln)


def h_password_in_line(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """A statement with `password [N] VALUE` somewhere (`credentials username U password 7 X
    realm R` under sip-ua...): the value is accounted as a secret."""
    if "password" in t:
        secret_at(p, t, t.index("password") + 1, ln, "plain")
    return None


def _split_ifname(name: str) -> tuple[str, str]:
    """`GigabitEthernet1/0/1` -> ('gigabitethernet', '1/0/1'); `Gi 1/0/1` -> ('gi', '1/0/1')."""
    text = name.replace(" ", "")
    k = 0
    while k < len(text) and not text[k].isdigit():
        k += 1
    return text[:k].lower(), text[k:]


def resolve_interface_names(dev: Any) -> None:
    """`show running-config` abbreviates interface names in `monitor session` (Gi1/0/1): name
    them as the device's own interfaces do (GigabitEthernet1/0/1) when exactly one matches."""
    import msgspec

    if not dev.mirror_sessions:
        return
    by_number: dict[str, list[tuple[str, str]]] = {}  # built when a name needs it

    def resolve(name: str) -> str:
        if name in dev.interfaces:
            return name
        kind, number = _split_ifname(name)
        if not kind or not number:
            return name
        if not by_number:
            for full in dev.interfaces:
                fkind, fnumber = _split_ifname(full)
                by_number.setdefault(fnumber, []).append((fkind, full))
        hits = [full for k, full in by_number.get(number, ()) if k.startswith(kind)]
        return hits[0] if len(hits) == 1 else name

    for s in dev.mirror_sessions:
        s.sources = [
            msgspec.structs.replace(src, name=resolve(src.name))
            if src.kind in ("interface", "port-channel")
            else src
            for src in s.sources
        ]
        s.destinations = [
            msgspec.structs.replace(d, value=resolve(d.value)) if d.kind == "interface" else d
            for d in s.destinations
        ]


def h_hex_until_exit(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`key-string` in `ip ssh pubkey-chain`: hex lines up to `exit` (never past the file)."""
    if not any(line.strip() == "exit" for line in p.lines[p.i :]):
        p.warn(ln, "key-string: no closing 'exit' line")
        return None
    p.take_block(lambda s: s.strip() == "exit")
    return None


def h_fhrp(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`standby|vrrp|glbp [GROUP] ...` (HSRP/VRRP/GLBP): the statements are not modelled, but
    their authentication strings are secrets and key chains are references."""
    rest = t[i:]
    if "key-chain" in rest:
        p.ref("key chain", rest[rest.index("key-chain") + 1], f"interface {t[i - 1]}", ln)
    elif "key-string" in rest:
        secret_at(p, rest, rest.index("key-string") + 1, ln, "plain")
    elif "authentication" in rest:
        k = rest.index("authentication") + 1
        if k < len(rest) and rest[k] in ("text", "md5"):
            k += 1
        if k < len(rest):
            secret_at(p, rest, k, ln, "plain")
    return None


def h_nhrp_auth(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`ip nhrp authentication STRING`."""
    if not neg:
        secret_at(p, t, i, ln, "plain")

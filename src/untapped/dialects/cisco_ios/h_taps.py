"""IOS interception and export mechanisms: SPAN/RSPAN/ERSPAN, NetFlow, RITE, EPC, crypto, WCCP,
telemetry and automation (EEM, kron)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from untapped.dialects._ioslike.addr import address_host, is_ip, split_url_password, url_scheme
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._ioslike.ios_delegated import (
    _interfaces as _interfaces,
)
from untapped.dialects._ioslike.ios_delegated import (
    _parse_source as _parse_source,
)
from untapped.dialects._ioslike.ios_delegated import (
    _session as _session,
)
from untapped.dialects.cisco_ios.h_system import secret_at
from untapped.model.taps import (
    Automation,
    AutomationAction,
    CryptoPeer,
    CryptoProposal,
    FlowExporter,
    FlowMonitor,
    MirrorDestination,
    MirrorSession,
    PacketCapture,
    Telemetry,
    TrafficExport,
    Wccp,
)
from untapped.redact import redact_text

if TYPE_CHECKING:
    from untapped.dialects.cisco_ios.grammar import IosParser


def _parse_destination(s: MirrorSession, rest: list[str], ln: int) -> Any:
    if not rest:
        return UNRECOGNIZED
    kind = rest[0]
    if kind == "interface":
        names = []
        for tok in rest[1:]:
            if tok in ("encapsulation", "ingress", "learning"):
                break
            names.append(tok)
        for name in _interfaces(names):
            s.destinations.append(MirrorDestination("interface", name, ln))
    elif kind == "remote" and rest[1:2] == ["vlan"]:
        if s.kind == "local":
            s.kind = "rspan-source"
        s.destinations.append(MirrorDestination("vlan", rest[2], ln))
    else:
        return UNRECOGNIZED
    return None


def h_monitor_session(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """monitor session N source|destination|filter|type ..."""
    name = t[i]
    if neg:
        if len(t) == i + 1:
            p.device.mirror_sessions = [s for s in p.device.mirror_sessions if s.name != name]
        return None
    s = _session(p, name, ln)
    word = t[i + 1] if i + 1 < len(t) else ""
    rest = t[i + 2 :]
    if word == "source":
        return _parse_source(s, rest, ln)
    if word == "destination":
        return _parse_destination(s, rest, ln)
    if word == "filter":
        if rest[:1] == ["vlan"]:
            s.filter_vlans = " ".join(rest[1:])
        elif "access-group" in rest:
            s.filter_acl = rest[-1]
            p.ref("ip access-list", rest[-1], "monitor session filter", ln)
        return None
    if word == "type":
        kind = rest[0] if rest else ""
        if kind in ("erspan-source", "erspan-destination", "rspan-source", "rspan-destination"):
            s.kind = kind  # type: ignore[assignment]
        elif kind != "local":
            return UNRECOGNIZED
        from untapped.dialects.cisco_ios.grammar import MONITOR_MODE

        return MONITOR_MODE, s
    return UNRECOGNIZED


def h_mon_source(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if i >= len(t):  # erspan-destination: `source` opens where the ERSPAN stream comes from
        from untapped.dialects.cisco_ios.grammar import ERSPAN_DST_SOURCE_MODE

        return ERSPAN_DST_SOURCE_MODE, obj
    return None if neg else _parse_source(obj, t[i:], ln)


def h_mon_destination(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    s: MirrorSession = obj
    if neg:
        return None
    if i < len(t):
        return _parse_destination(s, t[i:], ln)
    from untapped.dialects.cisco_ios.grammar import MONITOR_DEST_MODE

    return MONITOR_DEST_MODE, s


def h_mon_shutdown(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.shutdown = not neg


def h_mon_filter(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    s: MirrorSession = obj
    rest = t[i:]
    if rest[:1] == ["vlan"]:
        s.filter_vlans = " ".join(rest[1:])
    elif "access-group" in rest:
        s.filter_acl = rest[-1]
        p.ref("ip access-list", rest[-1], "monitor session filter", ln)
    return None


def h_mon_dest_ip(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """Inside ERSPAN `destination`: `ip address A` (where copies go) or, in an erspan-destination
    session, the address it listens on."""
    s: MirrorSession = obj
    if t[i] == "address" and i + 1 < len(t):
        if s.kind == "erspan-destination":
            s.origin = t[i + 1]
        else:
            s.destinations.append(MirrorDestination("ip", t[i + 1], ln, s.vrf))
        return None
    return None


def h_mon_origin(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    s: MirrorSession = obj
    if t[i] == "ip" and t[i + 1] == "address":
        s.origin = t[i + 2]
    return None


def h_mon_erspan_id(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.erspan_id = int(t[i])


def h_mon_vrf(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    s: MirrorSession = obj
    s.vrf = t[i]
    s.destinations = [
        MirrorDestination(d.kind, d.value, d.line, t[i]) if d.kind == "ip" else d
        for d in s.destinations
    ]
    p.ref("vrf", t[i], "monitor session erspan vrf", ln)


# ---- flow export --------------------------------------------------------------------------
def h_flow_exporter(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import FLOW_EXPORTER_MODE

    if neg:
        return None
    name = t[i]
    exp = FlowExporter(name, p.device.span(ln))
    p.device.flow_exporters.append(exp)
    p.define("flow exporter", name, ln)
    return FLOW_EXPORTER_MODE, exp


def h_fe_destination(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    exp: FlowExporter = obj
    j = i
    if t[j] == "ipv6":
        j += 1
    exp.destination = t[j]
    exp.destination_line = ln
    if "vrf" in t:
        exp.vrf = t[t.index("vrf") + 1]
    exp.span = p.device.span(exp.span.line, ln)


def h_fe_source(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.source = t[i]


def h_fe_transport(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    exp: FlowExporter = obj
    exp.transport = t[i]
    if i + 1 < len(t) and t[i + 1].isdigit():
        exp.port = int(t[i + 1])


def h_fe_protocol(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    exp: FlowExporter = obj
    exp.version = t[i]
    if t[i].startswith("ipfix"):
        exp.protocol = "ipfix"


def h_flow_monitor(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import FLOW_MONITOR_MODE

    if neg:
        return None
    name = t[i]
    mon = FlowMonitor(name, p.device.span(ln))
    p.device.flow_monitors[name] = mon
    p.define("flow monitor", name, ln)
    return FLOW_MONITOR_MODE, mon


def h_fm_exporter(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    mon: FlowMonitor = obj
    if not neg:
        mon.exporters.append(t[i])
        p.ref("flow exporter", t[i], "flow monitor exporter", ln)


def h_fm_record(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    mon: FlowMonitor = obj
    mon.record = t[i]
    if t[i] != "netflow" and t[i] != "netflow-original":
        p.ref("flow record", t[i], "flow monitor record", ln)


def h_flow_record(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import FLOW_RECORD_MODE

    p.define("flow record", t[i], ln)
    return FLOW_RECORD_MODE, None


def h_sampler(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import SAMPLER_MODE

    p.define("sampler", t[i], ln)
    return SAMPLER_MODE, None


def h_ip_flow_export(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """Classic NetFlow: `ip flow-export destination A P [vrf V]`, `source IF`, `version N`."""
    word = t[i]
    classic = [e for e in p.device.flow_exporters if e.name == "<classic>"]
    if word == "destination":
        if neg:
            return None
        exp = FlowExporter(
            "<classic>", p.device.span(ln), destination=t[i + 1], destination_line=ln
        )
        if i + 2 < len(t) and t[i + 2].isdigit():
            exp.port = int(t[i + 2])
        if "vrf" in t:
            exp.vrf = t[t.index("vrf") + 1]
        if classic and classic[0].source:
            exp.source = classic[0].source
        p.device.flow_exporters.append(exp)
        return None
    if word == "source":
        for e in classic:
            e.source = t[i + 1]
        p.classic_flow_source = t[i + 1]
        return None
    if word in ("version", "template", "interface-names", "hardware-accelerated"):
        return None
    return UNRECOGNIZED


# ---- IP traffic export (RITE) -------------------------------------------------------------
def h_traffic_export_profile(
    p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any
) -> Any:
    from untapped.dialects.cisco_ios.grammar import TRAFFIC_EXPORT_MODE

    if t[i] != "profile" or neg:
        return None if neg else UNRECOGNIZED
    prof = TrafficExport(t[i + 1], p.device.span(ln))
    p.device.traffic_exports.append(prof)
    p.define("ip traffic-export profile", t[i + 1], ln)
    return TRAFFIC_EXPORT_MODE, prof


def h_te_interface(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.interface = "".join(t[i:])
    obj.span = p.device.span(obj.span.line, ln)


def h_te_mac(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.mac = t[i]


def h_te_direction(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    prof: TrafficExport = obj
    if len(t) == 1 or t[0] == "bidirectional":  # `incoming|outgoing access-list A` filters only
        prof.direction = t[0]
    if "access-list" in t:
        prof.acl = t[t.index("access-list") + 1]
        p.ref("ip access-list", prof.acl, "ip traffic-export access-list", ln)


# ---- embedded packet capture (saved in some configs; usually exec mode) -------------------
def h_monitor_capture(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    name = t[i]
    iface = None
    if name == "buffer":  # classic: monitor capture buffer BUF [size N] [filter access-list A]
        name = t[i + 1]
    elif name == "point":
        w = t[i + 1]
        if w == "associate":  # monitor capture point associate POINT BUFFER
            point, buf = t[i + 2], t[i + 3]
            cap = next((c for c in p.device.captures if c.name == point), None)
            if cap is not None:
                cap.destination = buf
            return None
        if w in ("ip", "ipv6"):  # monitor capture point ip cef|process-switched NAME [IF] DIR
            name = t[i + 3]
            if t[i + 2] == "cef":
                iface = t[i + 4]
        else:
            return UNRECOGNIZED
    cap = next((c for c in p.device.captures if c.name == name), None)
    if cap is None:
        cap = PacketCapture(name, p.device.span(ln))
        p.device.captures.append(cap)
    else:
        cap.span = p.device.span(cap.span.line, ln)
    if iface is not None:
        cap.interfaces.append(iface)
    rest = t[i + 1 :]
    if "export" in rest:
        k = rest.index("export") + 1
        if k < len(rest) and rest[k] == "location":
            k += 1
        cap.export_url = rest[k] if k < len(rest) else ""
        cap.export_line = ln
    if rest[:1] == ["interface"] and len(rest) > 1:
        cap.interfaces.append(rest[1])
    if "access-list" in rest:
        cap.acl = rest[rest.index("access-list") + 1]
        p.ref("ip access-list", cap.acl, "monitor capture access-list", ln)
    return None


# ---- crypto -------------------------------------------------------------------------------
def h_crypto_isakmp(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import CRYPTO_PROPOSAL_MODE, ISAKMP_PROFILE_MODE

    word = t[i]
    if neg:
        return None
    if word == "key":
        # crypto isakmp key [0|6] KEY address A [MASK] [no-xauth]
        sec, j = secret_at(p, t, i + 1, ln, "plain")
        if j < len(t) and t[j] == "address":
            addr = t[j + 1]
            if addr == "ipv6":
                addr = t[j + 2]
            p.device.crypto_peers.append(
                CryptoPeer(addr, p.device.span(ln), "crypto isakmp key", psk=sec)
            )
        return None
    if word == "policy":
        prop = CryptoProposal(t[i + 1], p.device.span(ln), "isakmp-policy")
        p.device.crypto_proposals.append(prop)
        return CRYPTO_PROPOSAL_MODE, prop
    if word == "profile":
        p.define("crypto isakmp profile", t[i + 1], ln)
        return ISAKMP_PROFILE_MODE, t[i + 1]
    return None


def h_proposal_attr(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    prop: CryptoProposal = obj
    word, vals = t[0], t[1:]
    if word in ("encr", "encryption"):
        prop.encryption.append(" ".join(vals))
    elif word in ("hash", "integrity"):
        prop.integrity.append(" ".join(vals))
    elif word == "group":
        prop.group.extend(vals)
    elif word == "authentication":
        prop.auth = " ".join(vals)
    prop.span = p.device.span(prop.span.line, ln)
    return None


def h_transform_set(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import TRANSFORM_SET_MODE

    if neg:
        return None
    name = t[i]
    prop = CryptoProposal(name, p.device.span(ln), "transform-set")
    for tok in t[i + 1 :]:
        if tok.startswith(
            ("esp-aes", "esp-des", "esp-3des", "esp-gcm", "esp-null", "esp-seal", "esp-gmac")
        ) or tok in ("128", "192", "256"):
            if tok in ("128", "192", "256") and prop.encryption:
                prop.encryption[-1] += " " + tok
            else:
                prop.encryption.append(tok)
        elif "hmac" in tok or tok.startswith("ah-"):
            prop.integrity.append(tok)
    p.device.crypto_proposals.append(prop)
    p.define("crypto ipsec transform-set", name, ln)
    return TRANSFORM_SET_MODE, prop


def h_crypto_map(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`crypto map NAME SEQ ipsec-isakmp` opens an entry; other forms are one-liners."""
    from untapped.dialects.cisco_ios.grammar import CRYPTO_MAP_MODE

    if neg:
        return None
    name = t[i]
    if i + 1 < len(t) and t[i + 1].isdigit():
        ctx = f"crypto map {name} {t[i + 1]}"
        p.define("crypto map", name, ln)
        return CRYPTO_MAP_MODE, ctx
    p.define("crypto map", name, ln)
    return None


def h_cmap_set(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ctx: str = obj
    word = t[i]
    if neg:
        return None
    if word == "peer":
        addr = t[i + 1]
        p.device.crypto_peers.append(CryptoPeer(addr, p.device.span(ln), ctx))
        return None
    if word == "transform-set":
        for ts in t[i + 1 :]:
            p.ref(
                "crypto ipsec transform-set", ts, f"{ctx.rsplit(' ', 1)[0]} set transform-set", ln
            )
        for peer in p.device.crypto_peers:
            if peer.context == ctx:
                peer.transforms.extend(t[i + 1 :])
        p.pending_transforms[ctx] = t[i + 1 :]
        return None
    if word == "isakmp-profile":
        p.ref("crypto isakmp profile", t[i + 1], "crypto map set isakmp-profile", ln)
    elif word == "ikev2-profile":
        p.ref("crypto ikev2 profile", t[i + 1], "crypto set ikev2-profile", ln)
    return None


def h_cmap_match(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ctx: str = obj
    if t[i] == "address" and i + 1 < len(t):
        p.ref("ip access-list", t[i + 1], "crypto map match address", ln)
        for peer in p.device.crypto_peers:
            if peer.context == ctx:
                peer.acl = t[i + 1]
    return None


def h_ipsec_profile(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import CRYPTO_MAP_MODE

    p.define("crypto ipsec profile", t[i], ln)
    return CRYPTO_MAP_MODE, f"crypto ipsec profile {t[i]}"


def h_ikev2(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import (
        CRYPTO_PROPOSAL_MODE,
        IKEV2_KEYRING_MODE,
        IKEV2_PROFILE_MODE,
    )

    word = t[i]
    if neg or i + 1 >= len(t):
        return None
    name = t[i + 1]
    if word in ("proposal", "policy"):
        prop = CryptoProposal(name, p.device.span(ln), f"ikev2-{word}")
        p.device.crypto_proposals.append(prop)
        p.define(f"crypto ikev2 {word}", name, ln)
        return CRYPTO_PROPOSAL_MODE, prop
    if word == "keyring":
        p.define("crypto ikev2 keyring", name, ln)
        return IKEV2_KEYRING_MODE, name
    if word == "profile":
        p.define("crypto ikev2 profile", name, ln)
        return IKEV2_PROFILE_MODE, name
    return UNRECOGNIZED


def h_ikev2_peer(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import IKEV2_PEER_MODE

    peer = CryptoPeer("", p.device.span(ln), f"crypto ikev2 keyring {obj} peer {t[i]}")
    return IKEV2_PEER_MODE, peer


def h_ikev2_peer_address(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    peer: CryptoPeer = obj
    peer.address = t[i]
    peer.span = p.device.span(ln)
    if peer not in p.device.crypto_peers:
        p.device.crypto_peers.append(peer)


def h_ikev2_peer_psk(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    peer: CryptoPeer = obj
    j = i
    if t[j] in ("local", "remote"):
        j += 1
    peer.psk, _ = secret_at(p, t, j, ln, "plain")


def h_identity_address(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`match identity remote address A [MASK]` (IKEv2 profile) / `match identity address A`."""
    rest = t[i:]
    if "address" in rest:
        k = rest.index("address")
        if k + 1 < len(rest) and is_ip(rest[k + 1]) and rest[k + 1] != "0.0.0.0":
            p.device.crypto_peers.append(
                CryptoPeer(rest[k + 1], p.device.span(ln), f"crypto profile {obj} match identity")
            )
    return None


def h_keyring(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`crypto keyring NAME [vrf V]` (ISAKMP keyring)."""
    from untapped.dialects.cisco_ios.grammar import KEYRING_MODE

    p.define("crypto keyring", t[i], ln)
    vrf = t[t.index("vrf") + 1] if "vrf" in t else None
    return KEYRING_MODE, (t[i], vrf)


def h_keyring_psk(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    name, vrf = obj
    if t[i] == "address" and i + 1 < len(t):
        addr = t[i + 1]
        psk = None
        if "key" in t:
            k = t.index("key")
            psk, _ = secret_at(p, t, k + 1, ln, "plain")
        p.device.crypto_peers.append(
            CryptoPeer(addr, p.device.span(ln), f"crypto keyring {name}", vrf=vrf, psk=psk)
        )
        return None
    if t[i] == "hostname":
        if "key" in t:
            secret_at(p, t, t.index("key") + 1, ln, "plain")
        return None
    return UNRECOGNIZED


def h_keyring_ref(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[i] == "local" and i + 1 < len(t):
        p.ref("crypto ikev2 keyring", t[i + 1], "crypto ikev2 profile keyring", ln)
    elif i < len(t):
        p.ref("crypto keyring", t[i], "crypto isakmp profile keyring", ln)


def h_crypto_map_if(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.ref("crypto map", t[i], "interface crypto map", ln)


# ---- WCCP, telemetry ----------------------------------------------------------------------
def h_wccp(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    j = i
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    service = t[j]
    if service in ("version", "source-interface", "check", "rate-limit", "outbound-acl-check"):
        return None
    w = Wccp(service, p.device.span(ln), vrf=vrf)
    rest = t[j + 1 :]
    for key, attr in (("redirect-list", "redirect_list"), ("group-list", "group_list")):
        if key in rest:
            val = rest[rest.index(key) + 1]
            setattr(w, attr, val)
            p.ref("ip access-list", val, f"ip wccp {key}", ln)
    if "password" in rest:
        secret_at(p, rest, rest.index("password") + 1, ln, "plain")
    p.device.wccp.append(w)
    return None


def h_telemetry_subscription(
    p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any
) -> Any:
    from untapped.dialects.cisco_ios.grammar import TELEMETRY_SUB_MODE

    return TELEMETRY_SUB_MODE, " ".join(t[i:])


def h_telemetry_receiver(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`receiver ip address A PORT protocol P` inside a subscription; `receiver name N`."""
    rest = t[i:]
    if rest[:2] == ["ip", "address"] and len(rest) > 2:
        port = int(rest[3]) if len(rest) > 3 and rest[3].isdigit() else None
        proto = rest[rest.index("protocol") + 1] if "protocol" in rest else None
        p.device.telemetry.append(Telemetry(str(obj), rest[2], p.device.span(ln), port, proto))
    elif rest[:1] == ["name"] and len(rest) > 1:
        p.ref("telemetry receiver", rest[1], "telemetry subscription receiver", ln)
    return None


def h_telemetry_named_receiver(
    p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any
) -> Any:
    from untapped.dialects.cisco_ios.grammar import TELEMETRY_RECV_MODE

    name = t[-1]
    p.define("telemetry receiver", name, ln)
    return TELEMETRY_RECV_MODE, name


def h_telemetry_host(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`host ip-address A PORT` / `host name HOST PORT` in `telemetry receiver protocol N`."""
    if t[i] in ("ip", "ip-address", "name") and i + 1 < len(t):
        port = int(t[i + 2]) if i + 2 < len(t) and t[i + 2].isdigit() else None
        p.device.telemetry.append(Telemetry(str(obj), t[i + 1], p.device.span(ln), port))
        return None
    return UNRECOGNIZED


def h_telemetry_recv_protocol(
    p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any
) -> Any:
    """`protocol grpc-tcp [profile P]` in a named receiver."""
    for tel in p.device.telemetry:
        if tel.name == obj:
            tel.protocol = t[i]
    return None


# ---- automation: EEM, kron ----------------------------------------------------------------
_URL_RE = re.compile(r"\b(tftp|ftp|http|https|scp|sftp|rcp)://[^\s\"']+", re.IGNORECASE)


def action_from_text(ln: int, kind: str, text: str, p: IosParser | None = None) -> AutomationAction:
    text, passwords = split_url_password(text)  # never keep `user:password@` in the model
    if passwords and p is not None:
        p.secret(passwords[0], "plain", ln)
    m = _URL_RE.search(text)
    url = m.group(0) if m else None
    return AutomationAction(ln, kind, redact_text(text), url, address_host(url) if url else None)


def h_eem_applet(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import EEM_APPLET_MODE

    if neg:
        return None
    name = t[i]
    auto = Automation(name, p.device.span(ln), "eem-applet")
    p.device.automations.append(auto)
    p.define("event manager applet", name, ln)
    return EEM_APPLET_MODE, auto


def h_eem_event(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    auto: Automation = obj
    auto.trigger = " ".join(t[i:])
    auto.span = p.device.span(auto.span.line, ln)


def h_eem_action(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`action LABEL cli command "..."` / `syslog msg` / `mail` / `cli command` ..."""
    auto: Automation = obj
    auto.span = p.device.span(auto.span.line, ln)
    if i + 1 >= len(t):
        return UNRECOGNIZED
    kind = t[i + 1]
    raw = p.text
    body = raw.split(None, 3)[3] if raw.count(" ") >= 3 else ""
    if kind == "cli" and t[i + 2 : i + 3] == ["command"]:
        body = raw.split("command", 1)[1].strip().strip('"')
    auto.actions.append(action_from_text(ln, kind, body, p))
    return None


def h_eem_script(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[i] == "policy" and not neg:
        name = t[i + 1]
        p.device.automations.append(Automation(name, p.device.span(ln), "eem-script"))
        return None
    return None


def h_kron_policy(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import KRON_POLICY_MODE

    if neg:
        return None
    name = t[i]
    auto = Automation(name, p.device.span(ln), "kron-policy")
    p.device.automations.append(auto)
    p.define("kron policy-list", name, ln)
    return KRON_POLICY_MODE, auto


def h_kron_cli(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    auto: Automation = obj
    auto.span = p.device.span(auto.span.line, ln)
    auto.actions.append(
        action_from_text(ln, "cli", p.text.split(None, 1)[1] if " " in p.text else "", p)
    )


def h_kron_occurrence(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import KRON_OCC_MODE

    if neg:
        return None
    name = t[i]
    trigger = (
        "system-startup"
        if "system-startup" in t
        else "recurring"
        if "recurring" in t
        else ("oneshot" if "oneshot" in t else " ".join(t[i + 1 :]))
    )
    auto = Automation(name, p.device.span(ln), "kron-occurrence", trigger=trigger)
    p.device.automations.append(auto)
    return KRON_OCC_MODE, auto


def h_kron_occ_policy(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    auto: Automation = obj
    auto.actions.append(AutomationAction(ln, "policy-list", t[i]))
    p.ref("kron policy-list", t[i], "kron occurrence policy-list", ln)


_ = url_scheme

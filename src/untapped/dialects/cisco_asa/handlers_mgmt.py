"""(continued) Statement handlers of the cisco_asa dialect (wired into modes by grammar.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike import common as C
from untapped.dialects._ioslike.addr import (
    is_ip,
    is_ipv4,
    mask_to_len,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects.cisco_asa import grammar as G  # modes, resolved at call time
from untapped.model.filters import ClassMap, PolicyMap, PolicyMapClass
from untapped.model.mgmt import (
    AaaServer,
    AaaServerGroup,
    Service,
    SnmpCommunity,
)
from untapped.model.taps import CryptoPeer, CryptoProposal, FlowExporter, PacketCapture


# ---- management -----------------------------------------------------------------------------
def h_logging_host(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """logging host IF A [udp/P|tcp/P] [secure] [format emblem]"""
    if neg:
        return None
    h = C.log_host(p, p.resolve(t[i + 1]), ln)
    h.source_interface = p.nameifs.get(t[i], t[i])
    p.ref("nameif", t[i], "logging host", ln)
    for w in t[i + 2 :]:
        if "/" in w:
            proto, _, port = w.partition("/")
            h.transport = {"6": "tcp", "17": "udp"}.get(proto, proto.lower())
            h.port = int(port) if port.isdigit() else None
        elif w == "secure":
            h.transport = "tls"
    return None


def h_logging(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    lg = p.device.logging
    w = t[i - 1]
    if w == "enable":
        lg.enabled = not neg
    elif w == "trap":
        lg.trap_level = t[i] if i < len(t) else None
    elif w == "buffered":
        lg.buffered = not neg
    elif w == "console":
        lg.console_level = t[i] if i < len(t) else None
    elif w == "timestamp":
        lg.timestamps = not neg
    return None


def h_snmp_host(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """snmp-server host IF A [trap|poll] [community [0|8] C] [version 1|2c|3 U] [udp-port P]"""
    if neg:
        return None
    h = C.snmp_host(p, p.resolve(t[i + 1]), ln)
    p.ref("nameif", t[i], "snmp-server host", ln)
    j = i + 2
    while j < len(t):
        w = t[j]
        if w == "community":
            k = j + 1
            kind = "plain"
            if t[k] in ("0", "8"):
                kind = "plain" if t[k] == "0" else "cipher"
                k += 1
            h.community = p.secret(t[k], kind, ln)
            j = k
        elif w == "version":
            h.version = t[j + 1]
            j += 1
            if h.version == "3" and j + 1 < len(t):
                h.user = t[j + 1]
                j += 1
        elif w == "udp-port":
            h.port = int(t[j + 1])
            j += 1
        elif w in ("poll", "trap"):
            h.kind = "poll" if w == "poll" else "trap"
        j += 1
    return None


def h_snmp_user(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        C.snmp_v3_user(p, t, i, ln)
    return None


def h_snmp_community(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    j = i
    kind = "plain"
    if t[j] in ("0", "8") and j + 1 < len(t):
        kind = "plain" if t[j] == "0" else "cipher"
        j += 1
    p.device.snmp.communities.append(SnmpCommunity(p.secret(t[j], kind, ln), p.span(ln)))
    p.device.snmp.enabled = True
    return None


def h_snmp_misc(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    snmp = p.device.snmp
    w = t[i - 1]
    if w == "location":
        snmp.location = " ".join(t[i:])
    elif w == "contact":
        snmp.contact = " ".join(t[i:])
    elif w == "enable":
        snmp.enabled = not neg
        if i < len(t) and t[i] == "traps":
            snmp.traps = not neg
    return None


def h_aaa_server_group(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """aaa-server G protocol tacacs+|radius|ldap | aaa-server G (IF) host A [key K] [timeout N]"""
    name = t[i]
    if t[i + 1] == "protocol":
        g = AaaServerGroup(name, t[i + 2], p.span(ln))
        p.device.aaa.groups.append(g)
        p.define("aaa server group", name, ln)
        return G.AAA_GROUP_MODE, g
    ifname = t[i + 1].strip("()")
    if t[i + 2] != "host":
        return UNRECOGNIZED
    grp = next((x for x in p.device.aaa.groups if x.name == name), None)
    proto = grp.protocol if grp is not None else "unknown"
    srv = AaaServer(proto, p.resolve(t[i + 3]), p.span(ln), group=name)
    srv.source_interface = p.nameifs.get(ifname, ifname)
    p.ref("aaa server group", name, "aaa-server host", ln)
    p.ref("nameif", ifname, "aaa-server host", ln)
    if "key" in t[i + 4 :]:
        srv.key = p.secret(t[t.index("key", i + 4) + 1], "plain", ln)
    if grp is not None:
        grp.servers.append(srv.address)
    p.device.aaa.servers.append(srv)
    return G.AAA_HOST_MODE, srv


def h_aaa_host_attr(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    srv: AaaServer = obj
    if t[0] == "key":
        srv.key = p.secret(t[i], "plain", ln)
    elif t[0] in ("server-port", "authentication-port"):
        srv.port = int(t[i])
    return None


def h_ntp_server(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ntp server A [key N] [source IF] [prefer]"""
    if neg:
        return None
    srv = C.ntp_server(p, p.resolve(t[i]), ln)
    j = i + 1
    while j < len(t):
        if t[j] == "key":
            srv.key = int(t[j + 1])
            j += 1
        elif t[j] == "source":
            srv.source_interface = p.nameifs.get(t[j + 1], t[j + 1])
            j += 1
        elif t[j] == "prefer":
            srv.prefer = True
        j += 1
    return None


def h_ntp_attr(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ntp = p.device.ntp
    w = t[i - 1]
    if w == "authenticate":
        ntp.authenticate = not neg
    elif w == "trusted-key":
        ntp.trusted_keys.append(int(t[i]))
    elif w == "authentication-key":
        ntp.keys.append(int(t[i]))
        p.secret(t[-1] if t[-1] != "encrypted" else t[-2], "plain", ln)
    return None


def h_dns_group(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.DNS_GROUP_MODE, None


def h_dns_name_server(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """name-server A [IF] ... (several addresses per line)"""
    for w in t[i:]:
        addr = p.resolve(w)
        if is_ip(addr):
            C.dns_server(p, addr, ln)
    return None


def h_dns_domain(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.domain = t[i]
    p.device.domain = t[i]
    return None


def h_dns_lookup(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.lookup = not neg
    return None


def h_mgmt_access(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ssh|telnet|http A M IF: allowed source network of a management service on IF.
    `ssh version 2`, `ssh timeout N`, `http server enable [port]` and friends too."""
    svc = t[i - 1]
    rest = t[i:]
    if svc == "ssh" and rest[0] in (
        "version",
        "timeout",
        "key-exchange",
        "cipher",
        "scopy",
        "stricthostkeycheck",
        "pubkey-chain",
        "server",
        "notification",
    ):
        if rest[0] == "version":
            p.device.ssh.version = int(rest[1])
        elif rest[0] == "timeout":
            p.device.ssh.timeout = int(rest[1])
        elif rest[0] == "cipher" and len(rest) > 2:
            p.device.ssh.ciphers = rest[2:]
        return None
    if svc == "telnet" and rest[0] == "timeout":
        return None
    if svc == "http" and rest[0] in ("server", "redirect", "authentication-certificate"):
        if rest[:2] == ["server", "enable"]:
            port = int(rest[2]) if len(rest) > 2 and rest[2].isdigit() else None
            p.device.services["https"] = Service("https", not neg, ln, port=port)
        return None
    addr = p.resolve(rest[0])
    if not is_ip(addr) or len(rest) < 3:
        return UNRECOGNIZED
    length = mask_to_len(rest[1]) if is_ipv4(rest[1]) else None
    src = f"{addr}/{length}" if length is not None else f"{addr} {rest[1]}"
    ifname = rest[2]
    p.ref("nameif", ifname, f"{svc} access", ln)
    key = f"{svc} {ifname}"
    name = "https" if svc == "http" else svc
    cur = p.device.services.get(key)
    if cur is None:
        p.device.services[key] = Service(name, not neg, ln, detail=f"interface {ifname} from {src}")
    else:
        cur.detail = f"{cur.detail}, {src}"
    if svc == "ssh" and "ssh" not in p.device.services:
        p.device.services["ssh"] = Service("ssh", True, ln)
    return None


# ---- taps: capture, flow export -----------------------------------------------------------
def h_capture(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """capture NAME [type T] [access-list ACL] [interface IF] [match ...] [buffer N]"""
    if neg:
        return None
    name = t[i]
    cap = next((c for c in p.device.captures if c.name == name), None)
    if cap is None:
        cap = PacketCapture(name, p.span(ln))
        p.device.captures.append(cap)
        p.define("capture", name, ln)
    j = i + 1
    while j < len(t):
        w = t[j]
        if w == "interface" and j + 1 < len(t):
            cap.interfaces.append(p.nameifs.get(t[j + 1], t[j + 1]))
            p.ref("nameif", t[j + 1], "capture interface", ln)
            j += 1
        elif w == "access-list" and j + 1 < len(t):
            cap.acl = t[j + 1]
            p.ref("ip access-list", t[j + 1], "capture access-list", ln)
            j += 1
        j += 1
    return None


def h_flow_export(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """flow-export destination IF A P"""
    if neg or t[i] != "destination":
        return None
    ifname, addr, port = t[i + 1], p.resolve(t[i + 2]), t[i + 3]
    exp = FlowExporter(f"{ifname}:{addr}", p.span(ln), "netflow", addr, ln, int(port))
    exp.source = p.nameifs.get(ifname, ifname)
    exp.version = "9"
    p.ref("nameif", ifname, "flow-export destination", ln)
    p.device.flow_exporters.append(exp)
    return None


# ---- crypto -----------------------------------------------------------------------------------
def h_transform_set(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """crypto ipsec ikev1 transform-set NAME ESP-ENC ESP-AUTH | crypto ipsec ikev2 ipsec-proposal N"""
    name = t[i]
    prop = CryptoProposal(
        name, p.span(ln), "transform-set" if "transform-set" in t else "ipsec-proposal"
    )
    for w in t[i + 1 :]:
        low = w.lower()
        if "hmac" in low or low in ("esp-none",):
            prop.integrity.append(low)
        elif low.startswith("esp-"):
            prop.encryption.append(low)
    p.device.crypto_proposals.append(prop)
    p.define("crypto transform-set", name, ln)
    if "ipsec-proposal" in t:
        return G.PROPOSAL_MODE, prop
    return None


def h_proposal_attr(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """protocol esp encryption|integrity ALGS"""
    if t[i] in ("encryption", "integrity"):
        (obj.encryption if t[i] == "encryption" else obj.integrity).extend(t[i + 1 :])
    return None


def h_ike_policy(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "isakmp-policy" if t[1] == "ikev1" else "ikev2-proposal"
    prop = CryptoProposal(f"{t[1]} {t[i]}", p.span(ln), kind)
    p.device.crypto_proposals.append(prop)
    return G.IKE_POLICY_MODE, prop


def h_ike_attr(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    w = t[0]
    if w == "encryption":
        obj.encryption.extend(t[i:])
    elif w in ("hash", "integrity"):
        obj.integrity.extend(t[i:])
    elif w == "group":
        obj.group.extend(t[i:])
    elif w == "authentication":
        obj.auth = t[i]
    return None


def _map_peer(p: G.AsaParser, mapname: str, seq: str, ln: int) -> CryptoPeer:
    key = (mapname, seq)
    peer = p.crypto_maps.get(key)
    if peer is None:
        peer = CryptoPeer("", p.span(ln), f"crypto map {mapname} {seq}")
        p.crypto_maps[key] = peer
        p.define("crypto map", mapname, ln)
    return peer


def h_crypto_map(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """crypto map M N set peer A [B] | match address ACL | set ikev1 transform-set T |
    crypto map M interface IF"""
    mapname = t[i]
    if t[i + 1] == "interface":
        p.crypto_map_ifs[mapname] = t[i + 2]
        p.ref("crypto map", mapname, "crypto map interface", ln)
        p.ref("nameif", t[i + 2], "crypto map interface", ln)
        return None
    seq = t[i + 1]
    rest = t[i + 2 :]
    peer = _map_peer(p, mapname, seq, ln)
    if rest[:2] == ["set", "peer"]:
        for addr in rest[2:]:
            addr = p.resolve(addr)
            if not peer.address:
                peer.address = addr
                peer.span = p.span(ln)
                p.device.crypto_peers.append(peer)
            else:
                extra = CryptoPeer(addr, p.span(ln), peer.context, acl=peer.acl)
                p.device.crypto_peers.append(extra)
    elif rest[:2] == ["match", "address"]:
        peer.acl = rest[2]
        p.ref("ip access-list", rest[2], "crypto map match address", ln)
    elif (rest[:1] == ["set"] and "transform-set" in rest) or "ipsec-proposal" in rest:
        k = rest.index("transform-set") if "transform-set" in rest else rest.index("ipsec-proposal")
        for ts in rest[k + 1 :]:
            peer.transforms.append(ts)
            p.ref("crypto transform-set", ts, "crypto map set transform-set", ln)
    elif rest[:1] != ["set"] and rest[:1] != ["ipsec-isakmp"]:
        return UNRECOGNIZED
    return None


def h_tunnel_group(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """tunnel-group NAME type ipsec-l2l|remote-access | tunnel-group NAME ipsec-attributes |
    tunnel-group NAME general-attributes | webvpn-attributes"""
    name = t[i]
    what = t[i + 1]
    if what == "type":
        if t[i + 2] == "ipsec-l2l" and is_ip(p.resolve(name)):
            peer = CryptoPeer(p.resolve(name), p.span(ln), f"tunnel-group {name}")
            p.tunnel_groups[peer.address] = peer
            p.device.crypto_peers.append(peer)
        p.define("tunnel-group", name, ln)
        return None
    if what == "ipsec-attributes":
        return G.TG_IPSEC_MODE, p.tunnel_groups.get(p.resolve(name))
    if what in ("general-attributes", "webvpn-attributes", "ppp-attributes"):
        return G.TG_OTHER_MODE, None
    return UNRECOGNIZED


def h_tg_psk(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """ikev1 pre-shared-key K | ikev2 local|remote-authentication pre-shared-key K"""
    sec = p.secret(t[-1], "plain", ln)
    if obj is not None and obj.psk is None:
        obj.psk = sec
    return None


# ---- QoS / MPF ------------------------------------------------------------------------------
def h_class_map(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    j = i + 2 if t[i] == "type" else i
    cm = p.device.class_maps[t[j]] = ClassMap(t[j], p.span(ln))
    p.define("class-map", t[j], ln)
    return G.CM_MODE, cm


def h_cm_match(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.matches.append((t[i], tuple(t[i + 1 :])))
    if t[i] == "access-list" and i + 1 < len(t):
        p.ref("ip access-list", t[i + 1], "class-map match access-list", ln)
    return None


def h_policy_map(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = "qos"
    j = i
    if t[i] == "type":
        kind = t[i + 1]
        j = i + 2
    pm = p.device.policy_maps[t[j]] = PolicyMap(t[j], p.span(ln), kind)
    p.define("policy-map", t[j], ln)
    return G.PM_MODE, pm


def h_pm_class(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    cls = PolicyMapClass(t[i], ln)
    obj.classes.append(cls)
    if t[i] != "class-default":
        p.ref("class-map", t[i], "policy-map class", ln)
    return G.PM_CLASS_MODE, cls


def h_pm_action(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.actions.append((t[0], tuple(t[1:])))
    return None


def h_service_policy(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """service-policy P global | service-policy P interface IF"""
    p.ref("policy-map", t[i], "service-policy", ln)
    if t[i + 1] == "interface":
        iface = p.device.interfaces.get(p.nameifs.get(t[i + 2], ""))
        if iface is not None:
            iface.service_policy_in = t[i]
    return None


# ---- routing (IOS-style) --------------------------------------------------------------------
def h_router_ospf(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return G.OSPF_MODE, p.ospf(t[i], ln)


def h_ospf_network(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.model.net import OspfNetwork

    pfx = C.prefix_and_mask(t[i], t[i + 1])
    if pfx is None:
        return UNRECOGNIZED
    obj.networks.append(OspfNetwork(pfx, t[i + 3]))
    return None


def h_ospf_router_id(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    obj.router_id = t[i]
    return None


def h_router_bgp(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.bgp_af = None
    p.bgp_vrf = None
    return G.BGP_MODE, p.bgp(t[i], ln)


def h_bgp_router_id(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if p.device.bgp is not None:
        p.device.bgp.router_id = t[i]
    return None


def h_bgp_af(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.bgp_af = " ".join(t[i:])
    return G.BGP_AF_MODE, obj


def h_bgp_network(p: G.AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.model.net import BgpNetwork

    if p.device.bgp is None:
        return None
    pfx = C.prefix_and_mask(t[i], t[i + 2]) if "mask" in t else f"{t[i]}/32"
    p.device.bgp.networks.append(BgpNetwork(pfx or t[i]))
    return None

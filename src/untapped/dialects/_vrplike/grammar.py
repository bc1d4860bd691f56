"""The modes both VRP-like dialects share, with the common handlers registered. Each dialect
calls `build()` to get its own fresh modes, then adds its own statements."""

from __future__ import annotations

import re

from untapped.dialects._ioslike.engine import END, KNOWN, UNRECOGNIZED, Block, Mode
from untapped.dialects._vrplike import common as C
from untapped.dialects._vrplike.h_routing import h_other_routing

MODE_NAMES = (
    "root",
    "interface",
    "vlan",
    "vrf",
    "ospf",
    "ospf area",
    "bgp",
    "bgp af",
    "acl",
    "route-policy",
    "classifier",
    "behavior",
    "policy",
    "line",
    "ike proposal",
    "ipsec proposal",
    "ike peer",
    "ipsec policy",
    "telemetry",
    "telemetry destination",
    "telemetry sensor",
    "telemetry subscription",
    "peer key",
    "keychain",
    "keychain key",
    "isis",
    "rip",
    "ripng",
    "ospfv3",
)


def build() -> dict[str, Mode]:
    m = {name: Mode(name) for name in MODE_NAMES}
    root = m["root"]
    root.known(
        "return",
        "clock timezone",
        "clock daylight-saving-time",
        "snmp-agent local-engineid",
        "snmp-agent packet max-size",
        "ip netstream export version",
        "netstream export ip version",
        "ip netstream timeout active",
        "ip netstream timeout inactive",
        "info-center source",
        "info-center channel",
        "info-center logfile",
    )
    root.on("sysname", C.h_sysname)
    for kind in ("login", "shell", "motd", "incoming", "legal"):
        root.on(f"header {kind}", _header_kind)
    root.on("interface", C.h_interface)
    root.on("vlan batch", C.h_vlan_batch).on("vlan", C.h_vlan)
    root.on("ip vpn-instance", C.h_vpn_instance)
    root.on("ip route-static", C.h_route_static).on("ipv6 route-static", C.h_route_static6)
    root.on("ospf", C.h_ospf)
    for proto in ("isis", "rip", "ripng", "ospfv3"):
        root.on(proto, h_other_routing)
    root.on("bgp", C.h_bgp)
    root.on("acl", C.h_acl)
    root.on("ip ip-prefix", C.h_ip_prefix).on("ip ipv6-prefix", C.h_ip_prefix)
    root.on("ip prefix-list", C.h_ip_prefix).on("ipv6 prefix-list", C.h_ip_prefix)
    for word in (
        "as-path-filter",
        "community-filter",
        "extcommunity-filter",
        "as-path",
        "community-list",
        "extcommunity-list",
    ):
        root.on(f"ip {word}", C.h_path_filter)
    root.on("route-policy", C.h_route_policy)
    root.on("policy-based-route", C.h_pbr)
    root.on("traffic classifier", C.h_classifier)
    root.on("traffic behavior", C.h_behavior)
    root.on("traffic policy", C.h_policy)
    root.on("ip netstream export host", C.h_netstream_host)
    root.on("ipv6 netstream export host", C.h_netstream_host)
    root.on("netstream export ip host", C.h_netstream_host)
    root.on("netstream export ipv6 host", C.h_netstream_host)
    root.on("ip netstream export source", C.h_netstream_source)
    root.on("netstream export ip source", C.h_netstream_source)
    root.on("sflow collector", C.h_sflow_collector)
    root.on("sflow agent", C.h_sflow_source).on("sflow source", C.h_sflow_source)
    root.on("info-center loghost", C.h_loghost)
    root.on("info-center enable", C.h_info_center_enable)
    root.on("info-center timestamp", C.h_info_center_timestamp)
    root.on("info-center logbuffer", C.h_info_center_logbuffer)
    root.on("snmp-agent", C.h_snmp_agent)
    root.on("snmp-agent community", C.h_snmp_community)
    root.on("snmp-agent target-host", C.h_snmp_target)
    root.on("snmp-agent sys-info version", C.h_snmp_version)
    root.on("snmp-agent sys-info location", C.h_snmp_sysinfo)
    root.on("snmp-agent sys-info contact", C.h_snmp_sysinfo)
    root.on("snmp-agent mib-view", C.h_snmp_view)
    root.on("snmp-agent group", C.h_snmp_group)
    root.on("snmp-agent usm-user", C.h_snmp_usm)
    root.on("snmp-agent trap enable", C.h_snmp_traps)
    root.on("snmp-agent trap source", C.h_snmp_trap_source)
    for ntp in ("ntp-service", "ntp"):
        root.on(f"{ntp} unicast-server", C.h_ntp_server)
        root.on(f"{ntp} unicast-peer", C.h_ntp_server)
        root.on(f"{ntp} authentication enable", C.h_ntp_auth)
        root.on(f"{ntp} authentication-keyid", C.h_ntp_key)
        root.on(f"{ntp} reliable authentication-keyid", C.h_ntp_reliable)
        root.on(f"{ntp} source-interface", C.h_ntp_source)
        root.on(f"{ntp} refclock-master", C.h_ntp_master)
    root.on("dns server", C.h_dns_server)
    root.on("dns resolve", C.h_dns_resolve)
    root.on("dns domain", C.h_dns_domain)
    root.on("dns proxy enable", C.h_dns_proxy)
    root.on("user-interface", C.h_line)
    root.known("user-interface maximum-vty")
    root.on("telnet server enable", C.svc_handler("telnet"))
    root.on("telnet ipv6 server enable", C.svc_handler("telnet-ipv6"))
    root.on("telnet server port", C.port_handler("telnet"))
    root.on("stelnet server enable", C.svc_handler("ssh"))
    root.on("stelnet ipv4 server enable", C.svc_handler("ssh"))
    root.on("stelnet ipv6 server enable", C.svc_handler("ssh-ipv6"))
    root.on("ssh server enable", C.svc_handler("ssh"))
    root.on("ssh server port", C.port_handler("ssh"))
    root.on("ssh server-source", C.h_ssh_source)
    root.on("ssh server acl", C.h_ssh_acl).on("ssh server acl ipv6", C.h_ssh_acl)
    root.on("ssh server cipher", C.h_ssh_algos)
    root.on("ssh server hmac", C.h_ssh_algos)
    root.on("ssh server key-exchange", C.h_ssh_algos)
    root.on("ssh server timeout", C.h_ssh_timeout)
    root.on("ssh server authentication-retries", C.h_ssh_retry)
    root.on("sftp server enable", C.svc_handler("sftp"))
    root.on("scp server enable", C.svc_handler("scp"))
    root.on("ftp server enable", C.svc_handler("ftp-server"))
    root.on("ftp ipv6 server enable", C.svc_handler("ftp-server-ipv6"))
    root.on("http server enable", C.svc_handler("http"))
    root.on("http secure-server enable", C.svc_handler("https"))
    root.on("snetconf server enable", C.svc_handler("netconf"))
    root.on("ike proposal", C.h_ike_proposal)
    root.on("ipsec proposal", C.h_ipsec_proposal)
    root.on("ike peer", C.h_ike_peer)
    root.on("ipsec policy", C.h_ipsec_policy)
    root.on("ipsec policy-template", C.h_ipsec_policy)
    root.on("telemetry", C.h_telemetry)
    root.on("keychain", C.h_keychain)
    kc = m["keychain"]
    kc.on("key-id", C.h_keychain_key).on("key", C.h_keychain_key)
    kc.known("receive-tolerance", "tcp-kind", "tcp-algorithm-id", "default send-key-id")
    kk = m["keychain key"]
    kk.on("key-string", C.h_key_string)
    for w in ("send-time", "send-lifetime", "receive-time", "accept-lifetime"):
        kk.on(w, C.h_key_lifetime)
    kk.known("algorithm", "authentication-algorithm", "default send-key-id")
    root.on("netstream export vxlan inner-ip host", C.h_netstream_host)
    for alg in ("rsa", "dsa", "ecc", "sm2"):
        root.on(f"{alg} peer-public-key", C.h_peer_key)
    root.on("public-key peer", C.h_peer_key)
    pk = m["peer key"]
    pk.on("public-key-code begin", C.h_key_code)
    pk.known("peer-public-key end", "public-key-code end")
    root.known("peer-public-key end")
    root.on("public-key-code begin", C.h_key_code)  # key views printed without indentation

    i = m["interface"]
    i.on("description", C.h_if_description)
    i.on("shutdown", C.h_if_shutdown)
    i.on("ip address", C.h_if_ip_address)
    i.on("ipv6 address", C.h_if_ipv6_address)
    i.on("ip binding vpn-instance", C.h_if_binding)
    i.on("port link-type", C.h_if_link_type)
    i.on("port default vlan", C.h_if_access_vlan)
    i.on("port access vlan", C.h_if_access_vlan)
    i.on("port trunk allow-pass vlan", C.h_if_trunk_vlans)
    i.on("port trunk permit vlan", C.h_if_trunk_vlans)
    i.on("port trunk pvid vlan", C.h_if_pvid)
    i.on("port hybrid pvid vlan", C.h_if_pvid)
    i.on("portswitch", C.h_if_portswitch)
    i.on("port link-mode", C.h_if_link_mode)
    i.on("traffic-filter", C.h_if_traffic_filter)
    i.on("packet-filter", C.h_if_packet_filter)
    i.on("traffic-policy", C.h_if_traffic_policy)
    i.on("qos apply policy", C.h_if_traffic_policy)
    i.on("ip netstream", C.h_if_netstream)
    i.on("netstream", C.h_if_netstream)
    i.on("mtu", C.h_if_mtu)
    i.on("lldp enable", C.h_if_lldp)
    i.on("eth-trunk", C.h_if_trunk_member)
    i.on("port link-aggregation group", C.h_if_trunk_member)
    i.on("ospf cost", C.h_if_ospf_cost)
    i.on("ospf authentication-mode", C.h_if_ospf_auth)
    i.on("tunnel-protocol", C.h_if_tunnel_protocol)
    i.on("source", C.h_if_tunnel_source)
    i.on("destination", C.h_if_tunnel_destination)
    i.on("gre key", C.h_if_tunnel_key)
    i.on("ipsec profile", C.h_if_ipsec_profile)
    i.on("tunnel protection ipsec profile", C.h_if_ipsec_profile)
    i.on("ipsec policy", C.h_if_ipsec_policy)
    i.on("ip policy-based-route", C.h_if_pbr)
    i.known(
        "ip netstream sampler",
        "ip netstream mpls-exclude",
        "ipv6 netstream sampler",
        "nat outbound",
        "nat server",
        "nat static",
        "sflow sampling-rate",
        "sflow flow-sampling",
        "sflow counter-sampling",
        "sflow sampling collector",
        "sflow flow-collector",
        "sflow counter-collector",
        "stp edged-port",
        "dhcp select",
        "undo negotiation auto",
        "negotiation auto",
        "speed",
        "duplex",
    )

    v = m["vlan"]
    v.on("name", C.h_vlan_name).on("description", C.h_vlan_name)

    vrf = m["vrf"]
    vrf.on("ipv4-family", C.h_vrf_af).on("ipv6-family", C.h_vrf_af)
    vrf.on("address-family", C.h_vrf_af)
    vrf.on("route-distinguisher", C.h_vrf_rd)
    vrf.on("vpn-target", C.h_vrf_target)
    vrf.on("import route-policy", C.h_vrf_policy).on("export route-policy", C.h_vrf_policy)
    vrf.known("description", "apply-label per-instance", "apply-label per-route", "tnl-policy")

    o = m["ospf"]
    o.on("router-id", C.h_ospf_router_id)
    o.on("area", C.h_ospf_area)
    o.on("import-route", C.h_ospf_import)
    o.on("silent-interface", C.h_ospf_silent)
    o.on("default-route-advertise", C.h_ospf_default)
    o.on("bandwidth-reference", C.h_ospf_refbw)
    oa = m["ospf area"]
    oa.on("network", C.h_ospf_network)
    oa.on("stub", _area_kind).on("nssa", _area_kind)
    oa.on("authentication-mode", C.h_ospf_area_auth)
    oa.on("abr-summary", C.h_ospf_abr_summary)

    b = m["bgp"]
    b.on("router-id", C.h_bgp_router_id)
    b.on("group", C.h_bgp_group)
    b.on("peer", C.h_bgp_peer)
    b.on("ipv4-family", C.h_bgp_af).on("ipv6-family", C.h_bgp_af)
    b.on("l2vpn-family", C.h_bgp_af)
    b.on("address-family", C.h_bgp_af)
    b.on("ip vpn-instance", C.h_bgp_af)
    baf = m["bgp af"]
    for mode in (b, baf):
        mode.on("peer", C.h_bgp_peer)
        mode.on("group", C.h_bgp_group)
        mode.on("network", C.h_bgp_network)
        mode.on("import-route", C.h_bgp_import)
        mode.on("maximum load-balancing", C.h_bgp_multipath)
        mode.on("balance", C.h_bgp_multipath)
        mode.on("default local-preference", C.h_bgp_local_pref)
        mode.on("router-id", C.h_bgp_router_id)
    baf.on("address-family", C.h_bgp_af)  # Comware nests families under `ip vpn-instance`

    a = m["acl"]
    a.on("rule", C.h_rule)
    a.on("description", C.h_acl_description)
    a.known("step")

    rp = m["route-policy"]
    rp.on("if-match", C.h_if_match)
    rp.on("apply", C.h_apply)
    rp.known("description", "goto next-node")

    cl = m["classifier"]
    cl.on("if-match", C.h_cls_if_match)
    cl.known("description", "operator and", "operator or")

    be = m["behavior"]
    be.on("redirect", C.h_beh_redirect)
    be.on("mirroring to observe-port", C.h_beh_mirror_observe)
    be.on("mirror to observe-port", C.h_beh_mirror_observe)
    be.on("mirror-to", C.h_beh_mirror_to)
    for word in ("permit", "deny", "car", "remark", "statistic", "filter", "accounting"):
        be.on(word, C.h_beh_action)
    be.known("description")

    po = m["policy"]
    po.on("classifier", C.h_pol_classifier)
    po.known("description", "statistic enable", "step")

    ln = m["line"]
    ln.on("protocol inbound", C.h_line_protocol)
    ln.on("acl", C.h_line_acl)
    ln.on("authentication-mode", C.h_line_auth)
    ln.on("idle-timeout", C.h_line_timeout)
    ln.on("user privilege", C.h_line_privilege)
    ln.on("user-role", C.h_line_role)
    ln.on("set authentication password", C.h_line_password)
    ln.on("shell", C.h_line_shell)
    ln.known(
        "screen-length",
        "history-command max-size",
        "history-command",
        "speed",
        "databits",
        "parity",
        "stopbits",
        "flow-control",
        "terminal type",
        "command accounting",
        "command authorization",
        "user-role",
        "escape-key",
        "protocol inbound",
        "authentication-mode",
        "auto-execute command",
    )

    ikp = m["ike proposal"]
    ikp.on("encryption-algorithm", C.h_prop_enc)
    ikp.on("authentication-algorithm", C.h_prop_integ)
    ikp.on("integrity-algorithm", C.h_prop_integ)
    ikp.on("dh", C.h_prop_dh)
    ikp.on("authentication-method", C.h_prop_auth)
    ikp.known("sa duration", "prf", "description")
    ipp = m["ipsec proposal"]
    ipp.on("esp encryption-algorithm", C.h_prop_enc)
    ipp.on("esp authentication-algorithm", C.h_prop_integ)
    ipp.on("ah authentication-algorithm", C.h_prop_integ)
    ipp.on("transform", C.h_prop_auth)
    ipp.on("protocol", C.h_prop_auth)
    ipp.known("encapsulation-mode", "pfs", "esn enable")

    ikpeer = m["ike peer"]
    ikpeer.on("remote-address", C.h_peer_remote)
    ikpeer.on("pre-shared-key", C.h_peer_psk)
    ikpeer.on("ike-proposal", C.h_peer_proposal)
    ikpeer.on("proposal", C.h_peer_proposal)
    ikpeer.known(
        "exchange-mode",
        "local-id-type",
        "remote-id-type",
        "remote-name",
        "local-id",
        "remote-id",
        "version 1",
        "version 2",
        "undo version",
        "nat traversal",
        "dpd type",
        "dpd idle-time",
        "dpd retransmit-interval",
        "sa binding vpn-instance",
        "local-address",
        "certificate local-filename",
        "pki realm",
        "ikev1 phase1-phase2 sa dependent",
        "authentication-method",
        "description",
        "rsa encryption-padding",
        "rsa signature-padding",
        "lifetime-notification-message enable",
    )

    ipol = m["ipsec policy"]
    ipol.on("ike-peer", C.h_pol_ike_peer)
    ipol.on("remote-address", C.h_pol_remote)
    ipol.on("tunnel remote", C.h_pol_remote)
    ipol.on("security acl", C.h_pol_acl)
    ipol.on("proposal", C.h_pol_proposal)
    ipol.on("transform-set", C.h_pol_proposal)
    ipol.on("ike-profile", C.h_pol_ike_profile)
    ipol.known(
        "pfs",
        "sa duration",
        "sa trigger-mode",
        "tunnel local",
        "local-address",
        "sa spi",
        "sa string-key",
        "sa authentication-hex",
        "sa encryption-hex",
        "anti-replay window",
        "route inject",
        "qos pre-classify",
        "respond-only enable",
        "tunnel local applied-interface",
        "sa binding vpn-instance",
        "alias",
        "scenario",
    )

    tel = m["telemetry"]
    tel.on("destination-group", C.h_tel_dest_group)
    tel.on("sensor-group", C.h_tel_sensor_group)
    tel.on("subscription", C.h_tel_subscription)
    tel.known("telemetry enable", "undo telemetry enable")
    td = m["telemetry destination"]
    td.on("ipv4-address", C.h_tel_address).on("ipv6-address", C.h_tel_address)
    ts = m["telemetry sensor"]
    ts.known("sensor-path", "filter", "op-field", "condition-relation", "description")
    tsub = m["telemetry subscription"]
    tsub.on("sensor-group", C.h_tel_sub_ref).on("destination-group", C.h_tel_sub_ref)
    tsub.known(
        "protocol",
        "encoding",
        "local-source-address",
        "local-source-interface",
        "source-address",
        "dscp",
        "encrypt",
    )
    return m


def _header_kind(p: C.P, t: list[str], i: int, ln: int, neg: bool, obj: object) -> object:
    return C.h_header(p, t, i - 1, ln, neg, obj)


def _area_kind(p: C.P, t: list[str], i: int, ln: int, neg: bool, obj: object) -> object:
    return C.h_ospf_area_kind(p, t, i, ln, neg, obj)


__all__ = ["KNOWN", "build"]


# ---- keyword trees --------------------------------------------------------------------------
def _parse_tree(text: str) -> list[tuple[str, list[object]]]:
    """An indented list of statement paths (one space per level) -> nested (path, children)."""
    root: list[tuple[str, list[object]]] = []
    stack: list[tuple[int, list[tuple[str, list[object]]]]] = [(-1, root)]
    for raw in text.splitlines():
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        depth = len(raw) - len(raw.lstrip())
        while depth <= stack[-1][0]:
            stack.pop()
        children: list[object] = []
        stack[-1][1].append((s, children))
        stack.append((depth, children))  # type: ignore[arg-type]
    return root


_WORD = re.compile(r"[a-z][a-z-]*$")


class Exact:
    """A tree leaf that matches its statement only when no unknown sub-command follows it:
    `mpls` and `ospfv3 1` are statements, `mpls foo` must not fall back to `mpls`."""

    __slots__ = ("mode",)

    def __init__(self, mode: Mode | None) -> None:
        self.mode = mode

    def __call__(self, p: object, t: list[str], i: int, ln: int, neg: bool, obj: object) -> object:
        if i < len(t) and _WORD.match(t[i]):  # an unknown sub-command, not an argument
            return UNRECOGNIZED
        return None if self.mode is None else (self.mode, obj)


_SECRET_WORDS = ("password", "key", "authentication-mode", "secret", "community")
_SECRET_KINDS = {
    "cipher": "cipher",
    "simple": "plain",
    "plain": "plain",
    "irreversible-cipher": "irreversible",
    "hash": "hash",
}


class SecretLeaf:
    """A known statement that may carry a credential (`isis authentication-mode md5 cipher X`,
    `ssh user U password cipher X`): the value after cipher|simple|plain is kept as a secret so
    that the line is known to hold one."""

    __slots__ = ()

    def __call__(self, p: object, t: list[str], i: int, ln: int, neg: bool, obj: object) -> object:
        for j in range(i, len(t) - 1):
            kind = _SECRET_KINDS.get(t[j].lower())
            if kind is not None:
                p.secret(t[j + 1], kind, ln)  # type: ignore[attr-defined]
                break
        return None


SECRET_LEAF = SecretLeaf()


def _handled_prefix(mode: Mode, path: str) -> str | None:
    """The prefix of `path` that a handler (or handled block) of `mode` matches, if any."""
    node = mode.trie
    toks = path.split()
    for n, tok in enumerate(toks, 1):
        node = node.get(tok)  # type: ignore[assignment]
        if node is None:
            return None
        leaf = node.get(END)
        if (
            leaf is not None
            and leaf is not KNOWN
            and not isinstance(leaf, (Block, Exact, SecretLeaf))
        ):
            return " ".join(toks[:n])
    return None


def load_tree(m: dict[str, Mode], text: str, attach: dict[tuple[str, str], str]) -> None:
    """Register a keyword tree: leaves become KNOWN statements; a path with children becomes a
    known block with its own child table. Paths a handler already matches are left to it, and
    their children go to the mode named by `attach[(mode name, handled path)]`."""

    def add(mode: Mode, items: list[tuple[str, list[object]]]) -> None:
        # a one-word path that also starts longer paths (`mpls` / `mpls te`) matches exactly
        heads = {path.split()[0] for path, _ in items if " " in path}
        for path, children in items:
            handled = _handled_prefix(mode, path)
            if handled is not None:
                target = attach.get((mode.name, handled))
                if target is not None and children:
                    add(m[target], children)  # type: ignore[arg-type]
                continue
            exact = " " not in path and path in heads
            node = mode._node(path)
            leaf = node.get(END)
            if not children:
                if exact:
                    if leaf is None or leaf is KNOWN:
                        node[END] = Exact(None)
                elif any(w in path for w in _SECRET_WORDS):
                    if leaf is None or leaf is KNOWN:
                        node[END] = SECRET_LEAF
                else:
                    node.setdefault(END, KNOWN)
                continue
            if isinstance(leaf, Block) or (isinstance(leaf, Exact) and leaf.mode is not None):
                sub = leaf.mode
            else:
                sub = Mode(f"{mode.name} > {path}")
                node[END] = Exact(sub) if exact else Block(sub)
            add(sub, children)  # type: ignore[arg-type]

    add(m["root"], _parse_tree(text))


ATTACH: dict[tuple[str, str], str] = {
    ("root", "interface"): "interface",
    ("root", "ip vpn-instance"): "vrf",
    ("root", "vlan"): "vlan",
    ("root", "ospf"): "ospf",
    ("root", "bgp"): "bgp",
    ("root", "isis"): "isis",
    ("root", "rip"): "rip",
    ("root", "ripng"): "ripng",
    ("root", "ospfv3"): "ospfv3",
    ("root", "acl"): "acl",
    ("root", "route-policy"): "route-policy",
    ("root", "policy-based-route"): "route-policy",
    ("root", "traffic classifier"): "classifier",
    ("root", "traffic behavior"): "behavior",
    ("root", "traffic policy"): "policy",
    ("root", "user-interface"): "line",
    ("root", "ike proposal"): "ike proposal",
    ("root", "ipsec proposal"): "ipsec proposal",
    ("root", "ike peer"): "ike peer",
    ("root", "ipsec policy"): "ipsec policy",
    ("root", "ipsec policy-template"): "ipsec policy",
    ("root", "telemetry"): "telemetry",
    ("root", "keychain"): "keychain",
    ("keychain", "key-id"): "keychain key",
    ("keychain", "key"): "keychain key",
    ("vrf", "ipv4-family"): "vrf",
    ("vrf", "ipv6-family"): "vrf",
    ("vrf", "address-family"): "vrf",
    ("ospf", "area"): "ospf area",
    ("bgp", "ipv4-family"): "bgp af",
    ("bgp", "ipv6-family"): "bgp af",
    ("bgp", "l2vpn-family"): "bgp af",
    ("bgp", "address-family"): "bgp af",
    ("bgp", "ip vpn-instance"): "bgp af",
    ("telemetry", "destination-group"): "telemetry destination",
    ("telemetry", "sensor-group"): "telemetry sensor",
    ("telemetry", "subscription"): "telemetry subscription",
}

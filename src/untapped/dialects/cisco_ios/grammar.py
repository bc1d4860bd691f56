"""The IOS grammar: modes, what each statement does, and the IosParser that walks them."""

from __future__ import annotations

from typing import Any

from untapped.collect.files import Artifact
from untapped.dialects._ioslike import ios_maps as MAPS
from untapped.dialects._ioslike.engine import KNOWN, LineParser, Mode
from untapped.dialects.cisco_ios import h_filters as F
from untapped.dialects.cisco_ios import h_interfaces as I
from untapped.dialects.cisco_ios import h_mgmt as M
from untapped.dialects.cisco_ios import h_more as X
from untapped.dialects.cisco_ios import h_routing as R
from untapped.dialects.cisco_ios import h_system as S
from untapped.dialects.cisco_ios import h_taps as T
from untapped.dialects.cisco_ios import known as K

FEATURES = frozenset(
    {
        "hostname",
        "interfaces",
        "vlans",
        "vrfs",
        "static_routes",
        "ospf",
        "bgp",
        "acls",
        "object_groups",
        "prefix_lists",
        "route_maps",
        "qos_policies",
        "users",
        "aaa",
        "snmp",
        "logging",
        "ntp",
        "dns",
        "lines",
        "services",
        "ssh",
        "banners",
        "key_chains",
        "mirror",
        "flow_export",
        "traffic_export",
        "capture",
        "lawful_intercept",
        "archive",
        "automation",
        "tunnels",
        "crypto",
        "telemetry",
        "wccp",
        "auto_config",
        "call_home",
        "references",
    }
)


class IosParser(LineParser):
    dialect_name = "cisco_ios"
    # IOS-XE platforms create their management-port VRF themselves (Catalyst: Mgmt-vrf; ASR/ISR:
    # Mgmt-intf)
    builtin_structures = (("vrf", "default"), ("vrf", "Mgmt-vrf"), ("vrf", "Mgmt-intf"))
    strict_children = True
    flat_children = True

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, ROOT)
        self.bgp_af: str | None = None
        self.bgp_vrf: str | None = None
        self.pending_transforms: dict[str, list[str]] = {}
        self.classic_flow_source: str | None = None

    def fallback(self, mode: Mode, toks: list[str], start: int) -> Any:
        # `exit` leaves any sub-mode (hand-written and tool-flattened configurations have it)
        if len(toks) == 1 and toks[0] == "exit":
            return KNOWN
        return None

    def finish(self) -> Any:
        X.resolve_interface_names(self.device)
        result = super().finish()
        result.device.features = FEATURES
        return result


def _sub(name: str, *known: str) -> Mode:
    return Mode(name).known(*known)


# ---- child modes ----------------------------------------------------------------------------
INTERFACE_MODE = Mode("interface")
LINE_MODE = Mode("line")
AAA_GROUP_MODE = Mode("aaa group server")
AAA_SERVER_MODE = Mode("aaa server")
ARCHIVE_MODE = Mode("archive")
ARCHIVE_LOG_MODE = _sub(
    "archive log config",
    "logging enable",
    "logging size",
    "notify syslog",
    "hidekeys",
    "logging persistent",
)
CALLHOME_MODE = Mode("call-home")
VIEW_MODE = _sub("parser view", "commands", "view", "li-view")
VRF_MODE = Mode("vrf")
VRF_AF_MODE = Mode("vrf address-family")
OSPF_MODE = Mode("router ospf")
OTHER_ROUTER_MODE = Mode("router")
BGP_MODE = Mode("router bgp")
BGP_AF_MODE = Mode("router bgp address-family")
ROUTE_MAP_MODE = MAPS.ROUTE_MAP_MODE
ACL_MODE = Mode("access-list")
MAC_ACL_MODE = _sub("mac access-list", "permit", "deny", "remark")
OBJECT_GROUP_MODE = Mode("object-group")
CLASS_MAP_MODE = MAPS.CLASS_MAP_MODE
POLICY_MAP_MODE = MAPS.POLICY_MAP_MODE
POLICY_CLASS_MODE = MAPS.POLICY_CLASS_MODE
CONTROL_PLANE_MODE = Mode("control-plane")
MONITOR_MODE = Mode("monitor session")
MONITOR_DEST_MODE = Mode("monitor session destination")
ERSPAN_DST_SOURCE_MODE = Mode("monitor session erspan source").known(
    "erspan-id", "ip address", "vrf", "ipv6 address"
)
FLOW_EXPORTER_MODE = Mode("flow exporter")
FLOW_MONITOR_MODE = Mode("flow monitor")
FLOW_RECORD_MODE = _sub("flow record", "match", "collect", "description")
SAMPLER_MODE = _sub("sampler", "mode", "description", "granularity")
TRAFFIC_EXPORT_MODE = Mode("ip traffic-export profile")
CRYPTO_PROPOSAL_MODE = Mode("crypto proposal")
TRANSFORM_SET_MODE = _sub("transform-set", "mode")
CRYPTO_MAP_MODE = Mode("crypto map")
ISAKMP_PROFILE_MODE = Mode("crypto isakmp profile")
IKEV2_KEYRING_MODE = Mode("crypto ikev2 keyring")
IKEV2_PEER_MODE = Mode("crypto ikev2 keyring peer")
IKEV2_PROFILE_MODE = Mode("crypto ikev2 profile")
KEYRING_MODE = Mode("crypto keyring")
TELEMETRY_SUB_MODE = Mode("telemetry subscription")
TELEMETRY_RECV_MODE = Mode("telemetry receiver")
EEM_APPLET_MODE = Mode("event manager applet")
KRON_POLICY_MODE = Mode("kron policy-list")
KRON_OCC_MODE = Mode("kron occurrence")
KEY_CHAIN_MODE = Mode("key chain")
KEY_MODE = Mode("key chain key")
VLAN_MODE = Mode("vlan").on("name", X.h_vlan_name).on("remote-span", X.h_vlan_remote_span)
VLAN_MODE.known_all(K.VLAN)
VLAN_DB_MODE = Mode("vlan database").on("vlan", X.h_vlan_database_entry).known_all(K.VLAN_DATABASE)
IP_SLA_MODE = Mode("ip sla").known_all(K.IP_SLA)
for _op in K.IP_SLA_OPERATIONS:
    IP_SLA_MODE.block(_op, IP_SLA_MODE)
TRACK_MODE = Mode("track").on("object", X.h_track_object).known_all(K.TRACK)
ZONE_MODE = Mode("zone security").known("description", "protocol")
ZONE_PAIR_MODE = Mode("zone-pair security").known("description")
ZONE_PAIR_MODE.on("service-policy type inspect", X.h_zone_pair_policy)
DHCP_POOL_MODE = _sub("ip dhcp pool", *K.DHCP_POOL)
REDUNDANCY_MODE = _sub("redundancy", *K.REDUNDANCY)
CRYPTO_PKI_MODE = _sub("crypto pki trustpoint", *K.CRYPTO_PKI)
VIRTUAL_SERVICE_MODE = _sub("virtual-service", *K.VIRTUAL_SERVICE)
GENERIC_IF_BLOCK = _sub("interface sub-block", *K.INTERFACE_SUB_BLOCK)

# ---- global ---------------------------------------------------------------------------------
ROOT = Mode("global")
ROOT.on("hostname", S.h_hostname).on("version", S.h_version)
ROOT.on("ip domain-name", S.h_domain).on("ip domain name", S.h_domain)
ROOT.on("ip domain-lookup", S.h_domain_lookup).on("ip domain lookup", S.h_domain_lookup)
ROOT.on("service", S.h_service)
ROOT.on("ip http", S.h_http)
for word, svc in (
    ("ip finger", "finger"),
    ("ip bootp server", "bootp"),
    ("ip identd", "identd"),
    ("ip source-route", "source-route"),
    ("ip rcmd rsh-enable", "rsh"),
    ("ip rcmd rcp-enable", "rcp"),
    ("ip gratuitous-arps", "gratuitous-arp"),
    ("cdp run", "cdp"),
    ("lldp run", "lldp"),
    ("ip scp server enable", "scp-server"),
    ("ip ftp server", "ftp-server"),
    ("guestshell enable", "guestshell"),
    ("iox", "iox"),
    ("netconf-yang", "netconf"),
    ("restconf", "restconf"),
    ("netconf ssh", "netconf"),
    ("gnxi", "gnmi"),
    ("ip cef", "cef"),
    ("ip routing", "ip-routing"),
):
    ROOT.on(word, S.h_ip_service(svc))
ROOT.on("tftp-server", S.h_ip_service("tftp-server"))
APP_HOSTING_MODE = _sub("app-hosting", *K.APP_HOSTING)
APP_HOSTING_MODE.block("app-resource docker", APP_HOSTING_MODE)
APP_HOSTING_MODE.block("app-vnic gateway0", APP_HOSTING_MODE)
APP_HOSTING_MODE.block("app-vnic management", APP_HOSTING_MODE)
APP_HOSTING_MODE.block("app-vnic AppGigabitEthernet", APP_HOSTING_MODE)
ROOT.on("app-hosting appid", X.h_app_hosting)
ROOT.on("vstack", S.h_vstack)
ROOT.on("username", S.h_username)
ROOT.on("enable secret", S.h_enable).on("enable password", S.h_enable)
ROOT.on("aaa new-model", S.h_aaa_new_model)
ROOT.on("aaa authentication", S.h_aaa_method("authentication"))
ROOT.on("aaa authorization", S.h_aaa_method("authorization"))
ROOT.on("aaa accounting", S.h_aaa_method("accounting"))
ROOT.on("aaa group server", S.h_aaa_group_server)
ROOT.on("tacacs-server host", S.h_legacy_server_host("tacacs+"))
ROOT.on("radius-server host", S.h_legacy_server_host("radius"))
ROOT.on("tacacs-server key", S.h_server_global_key).on("radius-server key", S.h_server_global_key)
ROOT.on("tacacs server", S.h_server_block("tacacs+")).on(
    "radius server", S.h_server_block("radius")
)
ROOT.on("line", S.h_line)
ROOT.on("banner", S.h_banner)
ROOT.on("boot system", S.h_boot_system).on("boot network", S.h_boot_network)
ROOT.known(
    "boot host",
    "boot-start-marker",
    "boot-end-marker",
    "boot bootldr",
    "boot config",
    "boot nvram",
    "boot manual",
    "boot enable-break",
    "boot buffersize",
)
ROOT.on("cns", S.h_cns)
ROOT.on("archive", S.h_archive)
ROOT.on("call-home", S.h_callhome)
ROOT.on("parser view", S.h_parser_view)
ROOT.on("li-view", S.h_li_view)
ROOT.on("snmp-server", X.h_no_snmp_server)
ROOT.on("snmp-server community", M.h_snmp_community)
ROOT.on("snmp-server view", M.h_snmp_view)
ROOT.on("snmp-server group", M.h_snmp_group)
ROOT.on("snmp-server user", M.h_snmp_user)
ROOT.on("snmp-server host", M.h_snmp_host)
ROOT.on("snmp-server trap-source", M.h_snmp_source).on(
    "snmp-server source-interface", M.h_snmp_source
)
ROOT.on("snmp-server location", M.h_snmp_location).on("snmp-server contact", M.h_snmp_contact)
ROOT.on("snmp-server enable traps", M.h_snmp_traps)
ROOT.on("logging host", M.h_logging_host).on("logging", M.h_logging_bare)
ROOT.on("logging trap", M.h_logging_trap).on("logging buffered", M.h_logging_buffered)
ROOT.on("logging console", M.h_logging_console).on("logging on", M.h_logging_on)
ROOT.on("logging source-interface", M.h_logging_source)
ROOT.on("login on-success", M.h_login_on).on("login on-failure", M.h_login_on)
ROOT.on("login block-for", M.h_login_block)
ROOT.on("ntp server", M.h_ntp_server).on("ntp peer", M.h_ntp_server)
ROOT.on("ntp authenticate", M.h_ntp_authenticate).on("ntp authentication-key", M.h_ntp_key)
ROOT.on("ntp trusted-key", M.h_ntp_trusted).on("ntp source", M.h_ntp_source)
ROOT.on("ntp master", M.h_ntp_master).on("ntp access-group", M.h_ntp_access_group)
ROOT.on("ip name-server", M.h_name_server).on("ip dns server", M.h_dns_server)
ROOT.on("ip ssh", M.h_ip_ssh)
ROOT.on("crypto key generate", M.h_crypto_key_generate)
ROOT.on("interface", I.h_interface)
ROOT.on("ip vrf", R.h_vrf).on("vrf definition", R.h_vrf)
ROOT.on("ip route", R.h_ip_route).on("ipv6 route", R.h_ipv6_route)
ROOT.on("router ospf", R.h_router_ospf).on("router bgp", R.h_router_bgp)
for proto in ("eigrp", "rip", "isis", "ospfv3", "odr", "lisp", "mobile", "igrp"):
    ROOT.on(f"router {proto}", R.h_other_router)
ROOT.on("ip prefix-list", R.h_prefix_list).on("ipv6 prefix-list", R.h_prefix_list)
ROOT.on("ip community-list", R.h_community_list).on("ip as-path", R.h_as_path)
ROOT.on("route-map", R.h_route_map)
ROOT.on("access-list", F.h_numbered_acl)
ROOT.on("ip access-list", F.h_named_acl).on("ipv6 access-list", F.h_ipv6_acl)
ROOT.on("mac access-list", F.h_mac_acl)
ROOT.on("object-group", F.h_object_group)
ROOT.on("class-map", F.h_class_map).on("policy-map", F.h_policy_map)
ROOT.on("control-plane", F.h_control_plane)
ROOT.on("monitor session", T.h_monitor_session)
ROOT.on("monitor capture", T.h_monitor_capture)
ROOT.on("flow exporter", T.h_flow_exporter).on("flow monitor", T.h_flow_monitor)
ROOT.on("flow record", T.h_flow_record).on("sampler", T.h_sampler)
ROOT.on("ip flow-export", T.h_ip_flow_export)
ROOT.on("ip traffic-export", T.h_traffic_export_profile)
ROOT.on("crypto isakmp", T.h_crypto_isakmp)
ROOT.on("crypto ipsec transform-set", T.h_transform_set)
ROOT.on("crypto ipsec profile", T.h_ipsec_profile)
ROOT.on("crypto map", T.h_crypto_map)
ROOT.on("crypto ikev2", T.h_ikev2)
ROOT.on("crypto keyring", T.h_keyring)
ROOT.on("ip wccp", T.h_wccp)
ROOT.on("telemetry ietf subscription", T.h_telemetry_subscription)
ROOT.on("telemetry receiver protocol", T.h_telemetry_named_receiver)
ROOT.on("event manager applet", T.h_eem_applet).on("event manager policy", T.h_eem_script)
ROOT.on("kron policy-list", T.h_kron_policy).on("kron occurrence", T.h_kron_occurrence)
ROOT.on("vlan", X.h_vlan).block("vlan database", VLAN_DB_MODE)
DIAL_PEER_MODE = Mode("dial-peer voice").known_all(K.DIAL_PEER)
ROOT.block("dial-peer voice", DIAL_PEER_MODE)
VOICE_SERVICE_MODE = Mode("voice service").known_all(K.VOICE_SERVICE)
for _w in ("sip", "h323", "ip address trusted list", "fax", "modem"):
    VOICE_SERVICE_MODE.block(_w, VOICE_SERVICE_MODE)
ROOT.block("voice service", VOICE_SERVICE_MODE)
VOICE_MISC_MODE = Mode("voice").known_all(K.VOICE_MISC)
for _w in (
    "voice class",
    "voice translation-rule",
    "voice translation-profile",
    "voice-card",
    "voice-port",
    "voice register global",
    "voice register pool",
    "voice register dn",
    "telephony-service",
    "ephone",
    "ephone-dn",
):
    ROOT.block(_w, VOICE_MISC_MODE)
SIP_UA_MODE = Mode("sip-ua").known_all(K.SIP_UA)
SIP_UA_MODE.on("credentials", X.h_password_in_line).on("authentication", X.h_password_in_line)
ROOT.on("sip-ua", X.bare_block("SIP_UA_MODE"))
SSH_PUBKEY_USER_MODE = Mode("ip ssh pubkey-chain username").known("key-hash", "exit")
SSH_PUBKEY_USER_MODE.on("key-string", X.h_hex_until_exit)
SSH_PUBKEY_MODE = Mode("ip ssh pubkey-chain").known("exit")
SSH_PUBKEY_MODE.block("username", SSH_PUBKEY_USER_MODE).block("server", SSH_PUBKEY_USER_MODE)
ROOT.block("ip ssh pubkey-chain", SSH_PUBKEY_MODE)
ROOT.on("macro name", X.h_macro_name).known("macro auto", "macro global")
ROOT.on("key chain", X.h_key_chain).on("interface range", X.h_interface_range)
ROOT.block("crypto dynamic-map", Mode("crypto dynamic-map").known_all(K.CRYPTO_DYNAMIC_MAP))
ROOT.block("device-tracking policy", Mode("device-tracking").known_all(K.DEVICE_TRACKING_POLICY))
ROOT.block("vlan configuration", Mode("vlan configuration").known_all(K.VLAN_CONFIGURATION))
PUBKEY_KEY_MODE = Mode("crypto key pubkey-chain key").known("address", "exit")
PUBKEY_KEY_MODE.on("key-string", S.h_certificate)  # hex lines up to `quit`
PUBKEY_MODE = Mode("crypto key pubkey-chain rsa").known("exit")
PUBKEY_MODE.block("named-key", PUBKEY_KEY_MODE).block("addressed-key", PUBKEY_KEY_MODE)
ROOT.block("crypto key pubkey-chain rsa", PUBKEY_MODE)
SDWAN_TUNNEL_MODE = Mode("sdwan tunnel-interface").known_all(K.SDWAN_TUNNEL)
SDWAN_IF_MODE = Mode("sdwan interface").known_all(K.SDWAN_INTERFACE)
SDWAN_IF_MODE.block("tunnel-interface", SDWAN_TUNNEL_MODE)
SDWAN_OMP_MODE = Mode("sdwan omp").known_all(K.SDWAN_OMP)
SDWAN_OMP_MODE.block("timers", SDWAN_OMP_MODE).block("address-family", SDWAN_OMP_MODE)
SDWAN_MODE = Mode("sdwan").known_all(K.SDWAN).block("interface", SDWAN_IF_MODE)
SDWAN_MODE.block("omp", SDWAN_OMP_MODE).block("appqoe", Mode("appqoe").known("tcpopt"))
ROOT.on("sdwan", X.bare_block("SDWAN_MODE"))
SDWAN_SYSTEM_MODE = Mode("sdwan system").known_all(K.SDWAN_SYSTEM)
SDWAN_SECURITY_MODE = Mode("sdwan security").known("exit")
SDWAN_SECURITY_MODE.block("ipsec", Mode("sdwan security ipsec").known_all(K.SDWAN_SECURITY_IPSEC))
SSLPROXY_MODE = Mode("sslproxy").known_all(K.SDWAN_SSLPROXY)
SDWAN_POLICY_MODE = Mode("sdwan policy").known_all(K.SDWAN_POLICY)
ROOT.on("system", X.bare_block("SDWAN_SYSTEM_MODE"))
ROOT.on("security", X.bare_block("SDWAN_SECURITY_MODE"))
ROOT.on("sslproxy", X.bare_block("SSLPROXY_MODE"))
ROOT.on("policy", X.bare_block("SDWAN_POLICY_MODE"))
ROOT.block("bfd color", Mode("bfd color").known_all(K.SDWAN_BFD_COLOR))
ROOT.block("endpoint-tracker", Mode("endpoint-tracker").known_all(K.ENDPOINT_TRACKER))
ROOT.on("ip sla", X.h_ip_sla).on("ip sla schedule", X.h_ip_sla_schedule)
ROOT.on("track", X.h_track)
ROOT.on("zone security", X.h_zone_security).on("zone-pair security", X.h_zone_pair)
ROOT.block("ip dhcp pool", DHCP_POOL_MODE)
ROOT.block("redundancy", REDUNDANCY_MODE)
ROOT.block("crypto pki trustpoint", CRYPTO_PKI_MODE)
ROOT.block("virtual-service", VIRTUAL_SERVICE_MODE)
ROOT.known_all(K.GLOBAL)

# crypto pki certificate chain: `certificate` blocks with hex lines up to `quit`
CERT_CHAIN_MODE = Mode("crypto pki certificate chain").on("certificate", S.h_certificate)
ROOT.block("crypto pki certificate chain", CERT_CHAIN_MODE)
ROOT.block("crypto ca certificate chain", CERT_CHAIN_MODE)

# ---- interface ------------------------------------------------------------------------------
INTERFACE_MODE.on("description", I.h_description).on("shutdown", I.h_shutdown)
INTERFACE_MODE.on("vrf forwarding", I.h_vrf_forwarding).on("ip vrf forwarding", I.h_vrf_forwarding)
INTERFACE_MODE.on("ip address", I.h_ip_address).on("ipv6 address", I.h_ipv6_address)
INTERFACE_MODE.on("ip unnumbered", I.h_unnumbered)
INTERFACE_MODE.on("ip access-group", I.h_access_group)
INTERFACE_MODE.on("ipv6 traffic-filter", I.h_ipv6_traffic_filter)
INTERFACE_MODE.on("ip policy route-map", I.h_policy_route_map)
INTERFACE_MODE.on("service-policy", I.h_service_policy)
INTERFACE_MODE.on("ip flow", I.h_ip_flow).on("ip route-cache flow", I.h_route_cache_flow)
INTERFACE_MODE.on("ip traffic-export", I.h_traffic_export)
INTERFACE_MODE.on("ip wccp", I.h_wccp_if)
INTERFACE_MODE.on("switchport", I.h_switchport)
INTERFACE_MODE.on("channel-group", I.h_channel_group)
INTERFACE_MODE.on("ip proxy-arp", I.h_ip_flag("proxy_arp"))
INTERFACE_MODE.on("ip redirects", I.h_ip_flag("redirects"))
INTERFACE_MODE.on("ip unreachables", I.h_ip_flag("unreachables"))
INTERFACE_MODE.on("ip directed-broadcast", I.h_ip_flag("directed_broadcast"))
INTERFACE_MODE.on("ip verify", I.h_verify)
INTERFACE_MODE.on("cdp enable", I.h_cdp_enable)
INTERFACE_MODE.on("lldp transmit", I.h_lldp).on("lldp receive", I.h_lldp)
INTERFACE_MODE.on("ip ospf", I.h_ospf_if)
INTERFACE_MODE.on("ip helper-address", I.h_helper)
INTERFACE_MODE.on("mtu", I.h_mtu)
INTERFACE_MODE.on("bandwidth", I.h_bandwidth)
INTERFACE_MODE.on("storm-control", I.h_storm)
INTERFACE_MODE.on("spanning-tree", I.h_spanning_tree)
INTERFACE_MODE.on("tunnel", I.h_tunnel)
INTERFACE_MODE.on("crypto map", T.h_crypto_map_if)
INTERFACE_MODE.block("service instance", GENERIC_IF_BLOCK)
# `show running-config all` prints the lines after these two one level deeper (an IOS quirk):
# they are interface statements all the same
INTERFACE_MODE.block("ipv6 nd ra interval", INTERFACE_MODE)
INTERFACE_MODE.block("arp timeout", INTERFACE_MODE)
INTERFACE_MODE.on("zone-member security", X.h_zone_member)
for _w in ("standby", "vrrp", "glbp"):
    INTERFACE_MODE.on(_w, X.h_fhrp)
INTERFACE_MODE.on("ip nhrp authentication", X.h_nhrp_auth)
INTERFACE_MODE.on("macro apply", X.h_macro_apply).on("macro trace", X.h_macro_apply)
INTERFACE_MODE.on("ip authentication key-chain", X.h_if_key_chain)
INTERFACE_MODE.on("ip ospf authentication key-chain", X.h_if_key_chain)
CTS_MODE = Mode("interface cts").known_all(K.CTS)
INTERFACE_MODE.block("cts manual", CTS_MODE).block("cts dot1x", CTS_MODE)
INTERFACE_MODE.known_all(K.INTERFACE)

# ---- lines ----------------------------------------------------------------------------------
LINE_MODE.on("transport", S.h_line_transport).on("access-class", S.h_line_access_class)
LINE_MODE.on("ipv6", S.h_line_ipv6_access_class)
LINE_MODE.on("exec-timeout", S.h_line_exec_timeout).on("login", S.h_line_login)
LINE_MODE.on("password", S.h_line_password).on("exec", S.h_line_no_exec)
LINE_MODE.on("privilege", S.h_line_privilege).on("session-limit", S.h_line_session_limit)
LINE_MODE.on("authorization", S.h_line_aaa("authorization"))
LINE_MODE.on("accounting", S.h_line_aaa("accounting"))
LINE_MODE.known_all(K.LINE)

# ---- AAA ------------------------------------------------------------------------------------
AAA_GROUP_MODE.on("server name", S.h_group_server).on("server", S.h_group_server)
AAA_GROUP_MODE.on("server-private", S.h_group_server_private)
AAA_GROUP_MODE.on("ip vrf forwarding", S.h_group_vrf).on("vrf forwarding", S.h_group_vrf)
AAA_GROUP_MODE.on("ip tacacs source-interface", S.h_group_source)
AAA_GROUP_MODE.on("ip radius source-interface", S.h_group_source)
AAA_GROUP_MODE.known(
    "deadtime",
    "load-balance",
    "accounting",
    "authorization",
    "mac-delimiter",
    "attribute",
    "cache",
    "timeout",
    "retransmit",
    "key",
)
AAA_SERVER_MODE.on("address", S.h_server_address).on("key", S.h_server_key)
AAA_SERVER_MODE.on("port", S.h_server_port)
AAA_SERVER_MODE.known(
    "timeout",
    "single-connection",
    "retransmit",
    "automate-tester",
    "send-authentication",
    "pac",
    "idle-time",
    "deadtime",
    "source",
    "nat",
    "tls",
    "dtls",
    "vrf",
    "load-balance",
)
AAA_SERVER_MODE.on("pac key", S.h_server_key)

ARCHIVE_MODE.on("path", S.h_archive_path).on("log config", S.h_archive_log)
ARCHIVE_MODE.known("write-memory", "time-period", "maximum", "rollback")
CALLHOME_MODE.on("profile", S.h_callhome)
CALLHOME_MODE.on("destination", S.h_callhome_dest)
CALLHOME_MODE.known(
    "contact-email-addr",
    "phone-number",
    "street-address",
    "customer-id",
    "site-id",
    "contract-id",
    "sender",
    "mail-server",
    "vrf",
    "source-interface",
    "source-ip-address",
    "http-proxy",
    "alert-group",
    "alert-group-config",
    "active",
    "reporting",
    "subscribe-to-alert-group",
    "data-privacy",
    "syslog-throttling",
    "rate-limit",
    "http",
    "aaa-authorization",
    "duplicate-message",
)

# ---- VRF, routing ---------------------------------------------------------------------------
VRF_MODE.on("rd", R.h_vrf_rd).on("route-target", R.h_vrf_rt)
VRF_MODE.on("import map", R.h_vrf_map).on("export map", R.h_vrf_map)
VRF_MODE.block("address-family", VRF_AF_MODE)
VRF_MODE.known_all(K.VRF)
VRF_AF_MODE.on("route-target", R.h_vrf_rt)
VRF_AF_MODE.on("import map", R.h_vrf_map).on("export map", R.h_vrf_map)
VRF_AF_MODE.known(
    "exit-address-family",
    "maximum routes",
    "mdt",
    "route-replicate",
    "import ipv4",
    "export ipv4",
    "import ipv6",
    "export ipv6",
)

OSPF_MODE.on("network", R.h_ospf_network).on("area", R.h_ospf_area)
OSPF_MODE.on("router-id", R.h_router_id).on("passive-interface", R.h_passive)
OSPF_MODE.on("redistribute", R.h_redistribute)
OSPF_MODE.on("default-information", R.h_ospf_default_info)
OSPF_MODE.on("auto-cost", R.h_auto_cost).on("distribute-list", R.h_distribute_list)
OSPF_MODE.known_all(K.ROUTER_COMMON)
OTHER_ROUTER_MODE.on("redistribute", R.h_redistribute)
OTHER_ROUTER_MODE.on("distribute-list", R.h_distribute_list)
for _w in ("address-family", "af-interface", "topology", "service-family"):
    # EIGRP named mode and IS-IS/OSPFv3 address families: router statements, one level down
    OTHER_ROUTER_MODE.block(_w, OTHER_ROUTER_MODE)
    OSPF_MODE.block(_w, OSPF_MODE)
OTHER_ROUTER_MODE.known_all(K.ROUTER_COMMON)

for m in (BGP_MODE, BGP_AF_MODE):
    m.on("neighbor", R.h_bgp_neighbor).on("network", R.h_bgp_network)
    m.on("aggregate-address", R.h_bgp_aggregate).on("redistribute", R.h_redistribute)
    m.on("maximum-paths", R.h_maximum_paths)
    m.on("bgp router-id", R.h_bgp_bgp).on("bgp default local-preference", R.h_bgp_bgp)
    m.on("bgp always-compare-med", R.h_bgp_bgp)
    m.known_all(K.BGP)
BGP_MODE.on("address-family", R.h_bgp_af)
BGP_TEMPLATE_MODE = Mode("router bgp template").known_all(K.BGP_TEMPLATE)
BGP_TEMPLATE_MODE.on("password", X.h_view_secret)
BGP_MODE.block("template peer-session", BGP_TEMPLATE_MODE)
BGP_MODE.block("template peer-policy", BGP_TEMPLATE_MODE)
BGP_AF_MODE.on("exit-address-family", R.h_bgp_exit_af)


# ---- filters --------------------------------------------------------------------------------
for word in ("permit", "deny", "remark"):
    ACL_MODE.on(word, F.h_acl_entry)
ACL_MODE.on("*", F.h_acl_entry)  # sequence number first: `10 permit ...`
ACL_MODE.on("sequence", F.h_acl_sequence)  # IPv6 ACLs: `sequence 10 permit ...`
ACL_MODE.known("statistics per-entry", "fragments", "evaluate", "dynamic")
for word in (
    "network-object",
    "port-object",
    "protocol-object",
    "service-object",
    "icmp-object",
    "group-object",
    "description",
    "host",
    "any",
    "range",
    "tcp",
    "udp",
    "icmp",
    "ip",
    "tcp-udp",
    "esp",
    "ahp",
    "gre",
    "ospf",
    "eigrp",
    "pim",
    "igmp",
    "ipinip",
    "nos",
    "pcp",
    "sctp",
    "*",
):
    OBJECT_GROUP_MODE.on(word, F.h_og_member)
CONTROL_PLANE_MODE.on("service-policy", F.h_cp_service_policy)

# ---- taps -----------------------------------------------------------------------------------
MONITOR_MODE.on("source", T.h_mon_source).on("destination", T.h_mon_destination)
MONITOR_MODE.on("shutdown", T.h_mon_shutdown).on("filter", T.h_mon_filter)
MONITOR_MODE.known(
    "description",
    "vrf",
    "erspan-id",
    "header-type",
    "mtu",
    "ip ttl",
    "ip dscp",
    "ip prec",
    "ip address",
    "origin ip address",
    "plim",
    "sampling",
    "span-port",
)
MONITOR_DEST_MODE.on("ip", T.h_mon_dest_ip).on("origin", T.h_mon_origin)
MONITOR_DEST_MODE.on("erspan-id", T.h_mon_erspan_id).on("vrf", T.h_mon_vrf)
MONITOR_DEST_MODE.known("mtu", "ip ttl", "ip dscp", "ip prec", "ip tos", "header-type", "ipv6")
FLOW_EXPORTER_MODE.on("destination", T.h_fe_destination).on("source", T.h_fe_source)
FLOW_EXPORTER_MODE.on("transport", T.h_fe_transport).on("export-protocol", T.h_fe_protocol)
FLOW_EXPORTER_MODE.known(
    "description", "template", "option", "dscp", "ttl", "output-features", "match"
)
FLOW_MONITOR_MODE.on("exporter", T.h_fm_exporter).on("record", T.h_fm_record)
FLOW_MONITOR_MODE.known("description", "cache", "statistics")
TRAFFIC_EXPORT_MODE.on("interface", T.h_te_interface).on("mac-address", T.h_te_mac)
for word in ("incoming", "outgoing", "bidirectional"):
    TRAFFIC_EXPORT_MODE.on(word, T.h_te_direction)
TRAFFIC_EXPORT_MODE.known("sample")
for word in (
    "encr",
    "encryption",
    "hash",
    "integrity",
    "group",
    "authentication",
    "lifetime",
    "prf",
    "prf-aes",
):
    CRYPTO_PROPOSAL_MODE.on(word, T.h_proposal_attr)
CRYPTO_PROPOSAL_MODE.known("match", "proposal")
CRYPTO_MAP_MODE.on("set", T.h_cmap_set).on("match", T.h_cmap_match)
CRYPTO_MAP_MODE.known("description", "reverse-route", "qos")
ISAKMP_PROFILE_MODE.on("keyring", T.h_keyring_ref).on("match identity", T.h_identity_address)
ISAKMP_PROFILE_MODE.known(
    "vrf",
    "keepalive",
    "self-identity",
    "local-address",
    "initiate",
    "qos-group",
    "virtual-template",
    "client",
    "isakmp",
)
IKEV2_KEYRING_MODE.on("peer", T.h_ikev2_peer)
IKEV2_PEER_MODE.on("address", T.h_ikev2_peer_address).on("pre-shared-key", T.h_ikev2_peer_psk)
IKEV2_PEER_MODE.known("description", "identity", "hostname")
IKEV2_PROFILE_MODE.on("keyring", T.h_keyring_ref).on("match identity", T.h_identity_address)
IKEV2_PROFILE_MODE.known(
    "match",
    "authentication",
    "identity",
    "lifetime",
    "dpd",
    "nat",
    "virtual-template",
    "aaa",
    "description",
    "ivrf",
    "config-exchange",
)
KEYRING_MODE.on("pre-shared-key", T.h_keyring_psk)
KEYRING_MODE.known("local-address", "description")
TELEMETRY_SUB_MODE.on("receiver", T.h_telemetry_receiver)
TELEMETRY_SUB_MODE.known(
    "encoding",
    "filter",
    "source-address",
    "source-vrf",
    "stream",
    "update-policy",
    "source-interface",
    "receiver-type",
)
TELEMETRY_RECV_MODE.on("host", T.h_telemetry_host).known("profile")
TELEMETRY_RECV_MODE.on("protocol", T.h_telemetry_recv_protocol)
EEM_APPLET_MODE.on("event", T.h_eem_event).on("action", T.h_eem_action)
EEM_APPLET_MODE.known("description", "trigger", "set", "attribute")
KRON_POLICY_MODE.on("cli", T.h_kron_cli)
KRON_OCC_MODE.on("policy-list", T.h_kron_occ_policy)
VIEW_MODE.on("secret", X.h_view_secret).on("password", X.h_view_secret)
KEY_CHAIN_MODE.on("key", X.h_key).known("description")
KEY_MODE.on("key-string", X.h_key_string).on("key-octet-string", X.h_key_octet_string)
KEY_MODE.on("send-lifetime", X.h_send_lifetime).on("accept-lifetime", X.h_accept_lifetime)
KEY_MODE.known("cryptographic-algorithm", "lifetime", "description")

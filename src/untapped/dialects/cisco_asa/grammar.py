"""The Cisco ASA grammar: modes, what each statement does, and the AsaParser that walks them."""

from __future__ import annotations

from typing import Any

from untapped.collect.files import Artifact
from untapped.dialects._ioslike import common as C
from untapped.dialects._ioslike.engine import Mode
from untapped.dialects.cisco_asa.features import FEATURES
from untapped.dialects.cisco_asa.handlers import (
    h_access_group,
    h_access_list,
    h_banner,
    h_enable,
    h_if_channel,
    h_if_ip,
    h_if_ipv6,
    h_if_nameif,
    h_if_security,
    h_if_vlan,
    h_interface,
    h_name,
    h_obj_host,
    h_obj_service,
    h_object,
    h_object_group,
    h_og_member,
    h_passwd,
    h_route,
    h_username,
    h_version,
)
from untapped.dialects.cisco_asa.handlers_mgmt import (
    h_aaa_host_attr,
    h_aaa_server_group,
    h_bgp_af,
    h_bgp_network,
    h_bgp_router_id,
    h_capture,
    h_class_map,
    h_cm_match,
    h_crypto_map,
    h_dns_domain,
    h_dns_group,
    h_dns_lookup,
    h_dns_name_server,
    h_flow_export,
    h_ike_attr,
    h_ike_policy,
    h_logging,
    h_logging_host,
    h_mgmt_access,
    h_ntp_attr,
    h_ntp_server,
    h_ospf_network,
    h_ospf_router_id,
    h_pm_action,
    h_pm_class,
    h_policy_map,
    h_proposal_attr,
    h_router_bgp,
    h_router_ospf,
    h_service_policy,
    h_snmp_community,
    h_snmp_host,
    h_snmp_misc,
    h_tg_psk,
    h_transform_set,
    h_tunnel_group,
)
from untapped.model.taps import CryptoPeer


class AsaParser(C.IosLikeParser):
    dialect_name = "cisco_asa"
    comment_prefixes = ("!", ":")
    FEATURES = FEATURES

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, ROOT)
        self.names: dict[str, str] = {}
        self.nameifs: dict[str, str] = {}  # nameif -> interface
        self.crypto_maps: dict[tuple[str, str], CryptoPeer] = {}
        self.crypto_map_ifs: dict[str, str] = {}
        self.tunnel_groups: dict[str, CryptoPeer] = {}

    def fallback(self, mode: Mode, toks: list[str], start: int) -> Any:
        if mode is ROOT and toks[0].startswith("Cryptochecksum:"):
            return h_checksum
        return None

    def resolve(self, name: str) -> str:
        return self.names.get(name, name)

    def finish(self) -> Any:
        # PSKs of tunnel groups named by peer address go to the crypto-map peers.
        for peer in self.device.crypto_peers:
            tg = self.tunnel_groups.get(peer.address)
            if tg is not None and tg is not peer and peer.psk is None:
                peer.psk = tg.psk
        self.device.crypto_peers = [
            p
            for p in self.device.crypto_peers
            if not (p.context.startswith("tunnel-group") and self._has_map_peer(p.address))
        ]
        return super().finish()

    def _has_map_peer(self, addr: str) -> bool:
        return any(
            p.address == addr and p.context.startswith("crypto map")
            for p in self.device.crypto_peers
        )


def h_checksum(p: AsaParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None


def _known(name: str, *paths: str) -> Mode:
    return Mode(name).known(*paths)


def _asa_secret_kind(t: list[str]) -> str:
    if "pbkdf2" in t:
        return "pbkdf2"
    if "encrypted" in t:
        return "irreversible"
    return "plain"


# ---- the grammar ------------------------------------------------------------------------------
ROOT = Mode("asa")
IF_MODE = Mode("interface")
OBJ_NET_MODE = Mode("object network")
OBJ_SVC_MODE = Mode("object service")
OG_MODE = Mode("object-group")
AAA_GROUP_MODE = _known("aaa-server protocol", "max-failed-attempts", "reactivation-mode")
AAA_GROUP_MODE.known(
    "accounting-mode", "dynamic-authorization", "merge-dacl", "interim-accounting-update"
)
AAA_HOST_MODE = Mode("aaa-server host")
DNS_GROUP_MODE = Mode("dns server-group")
PROPOSAL_MODE = Mode("ipsec-proposal")
IKE_POLICY_MODE = Mode("crypto ikev1 policy")
TG_IPSEC_MODE = Mode("tunnel-group ipsec-attributes")
TG_OTHER_MODE = _known(
    "tunnel-group attributes",
    "default-group-policy",
    "address-pool",
    "authentication-server-group",
    "authorization-server-group",
    "accounting-server-group",
    "group-alias",
    "group-url",
    "authentication",
    "dhcp-server",
    "password-management",
    "strip-realm",
    "strip-group",
    "nat-assigned-to-public-ip",
    "customization",
    "without-csd",
)
CM_MODE = Mode("class-map")
PM_MODE = Mode("policy-map")
PM_CLASS_MODE = Mode("policy-map class")
OSPF_MODE = Mode("router ospf")
BGP_MODE = Mode("router bgp")
BGP_AF_MODE = Mode("router bgp address-family")
RM_MODE = Mode("route-map")
USER_ATTR_MODE = _known(
    "username attributes",
    "service-type",
    "vpn-group-policy",
    "vpn-filter",
    "vpn-tunnel-protocol",
    "group-lock",
    "ssh",
    "password-storage",
    "vpn-simultaneous-logins",
)
GROUP_POLICY_MODE = _known(
    "group-policy attributes",
    "dns-server",
    "vpn-tunnel-protocol",
    "split-tunnel-policy",
    "split-tunnel-network-list",
    "default-domain",
    "banner",
    "vpn-filter",
    "address-pools",
    "webvpn",
    "anyconnect",
    "vpn-idle-timeout",
    "vpn-session-timeout",
    "wins-server",
    "vpn-simultaneous-logins",
    "group-lock",
    "split-dns",
    "ipv6-split-tunnel-policy",
    "client-bypass-protocol",
    "always-on-vpn",
    "user-authentication",
    "password-storage",
    "ip-comp",
    "re-xauth",
    "pfs",
    "secure-unit-authentication",
    "nem",
    "msie-proxy",
    "vlan",
    "dhcp-network-scope",
    "vpn-access-hours",
    "webvpn",
    "url-list",
    "homepage",
    "file-browsing",
    "file-entry",
    "url-entry",
)
WEBVPN_MODE = _known(
    "webvpn",
    "enable",
    "anyconnect",
    "anyconnect-essentials",
    "tunnel-group-list",
    "port",
    "dtls",
    "cache",
    "error-recovery",
    "keepalive",
    "csd",
    "hostscan",
    "certificate-validation-mismatch",
    "tunnel-group-preference",
    "no",
    "group-url",
    "http-headers",
    "login-message",
    "portal-access-rule",
    "onscreen-keyboard",
)
DAP_MODE = _known(
    "dynamic-access-policy-record",
    "description",
    "priority",
    "action",
    "user-message",
    "network-acl",
    "webvpn",
)
FAILOVER_MODE = _known("failover group", "primary", "secondary", "preempt", "interface-policy")
THREAT_MODE = _known("threat-detection")
PKI_MODE = _known(
    "crypto ca trustpoint",
    "enrollment",
    "subject-name",
    "keypair",
    "crl",
    "fqdn",
    "validation-usage",
    "revocation-check",
    "ocsp",
    "email",
    "ip-address",
    "serial-number",
    "id-usage",
    "ignore-ipsec-keyusage",
    "no",
    "proxy-ldc-issuer",
    "match",
    "auto-import",
    "ca-check",
)
CERT_MODE = Mode("certificate")
INSPECT_PARAM_MODE = _known(
    "policy-map parameters",
    "parameters",
    "message-length",
    "id-randomization",
    "id-mismatch",
    "dns-guard",
    "protocol-enforcement",
    "nat-rewrite",
    "tcp-inspection",
    "match",
    "drop",
    "reset",
    "log",
)

ROOT.on("ASA Version", h_version).on("PIX Version", h_version)
ROOT.on("hostname", C.h_hostname).known("domain-name")
ROOT.on("name", h_name).known("names")
ROOT.on("username", h_username).on("enable password", h_enable).on("passwd", h_passwd)
ROOT.on("banner", h_banner)
ROOT.on("interface", h_interface)
ROOT.on("route", h_route).on("ipv6 route", h_route)
ROOT.on("object", h_object).on("object-group", h_object_group)
ROOT.on("access-list", h_access_list).on("access-group", h_access_group)
ROOT.on("logging host", h_logging_host)
for _w in ("enable", "trap", "buffered", "console", "timestamp"):
    ROOT.on(f"logging {_w}", h_logging)
ROOT.known(
    "logging asdm",
    "logging asdm-buffer-size",
    "logging buffer-size",
    "logging monitor",
    "logging history",
    "logging facility",
    "logging queue",
    "logging device-id",
    "logging standby",
    "logging message",
    "logging emblem",
    "logging permit-hostdown",
    "logging mail",
    "logging list",
    "logging class",
    "logging flash-bufferwrap",
    "logging rate-limit",
    "logging hide",
    "logging debug-trace",
)
ROOT.on("snmp-server host", h_snmp_host).on("snmp-server community", h_snmp_community)
for _w in ("location", "contact", "enable"):
    ROOT.on(f"snmp-server {_w}", h_snmp_misc)
ROOT.known(
    "snmp-server group", "snmp-server user", "snmp-server listen-port", "snmp-server host-group"
)
ROOT.on("aaa-server", h_aaa_server_group)
for _w in ("authentication", "authorization", "accounting"):
    ROOT.on(f"aaa {_w}", C.h_aaa_method)
ROOT.on("ntp server", h_ntp_server)
for _w in ("authenticate", "trusted-key", "authentication-key"):
    ROOT.on(f"ntp {_w}", h_ntp_attr)
ROOT.on("dns server-group", h_dns_group).on("dns domain-lookup", h_dns_lookup)
ROOT.on("dns name-server", h_dns_name_server)
ROOT.known(
    "dns-group",
    "dns-guard",
    "dns retries",
    "dns timeout",
    "dns expire-entry-timer",
    "dns poll-timer",
)
ROOT.block("dns-group-map", _known("dns-group-map", "dns-to-domain"))
for _s in ("ssh", "telnet", "http"):
    ROOT.on(_s, h_mgmt_access)
ROOT.on("capture", h_capture).on("flow-export", h_flow_export)
ROOT.on("crypto ipsec ikev1 transform-set", h_transform_set)
ROOT.on("crypto ipsec transform-set", h_transform_set)
ROOT.on("crypto ipsec ikev2 ipsec-proposal", h_transform_set)
ROOT.on("crypto ikev1 policy", h_ike_policy).on("crypto ikev2 policy", h_ike_policy)
ROOT.on("crypto isakmp policy", h_ike_policy)
ROOT.on("crypto map", h_crypto_map)
ROOT.on("tunnel-group", h_tunnel_group)
ROOT.known(
    "crypto ikev1 enable",
    "crypto ikev2 enable",
    "crypto isakmp enable",
    "crypto isakmp identity",
    "crypto ipsec security-association",
    "crypto ipsec df-bit",
    "crypto ipsec fragmentation",
    "crypto ikev1 am-disable",
    "crypto ikev2 remote-access",
    "crypto dynamic-map",
    "crypto ca trustpool",
    "crypto ikev2 cookie-challenge",
    "crypto ikev1 ipsec-over-tcp",
    "crypto isakmp nat-traversal",
)
ROOT.block("crypto ca trustpoint", PKI_MODE)
ROOT.on("crypto ca certificate chain", lambda p, t, i, ln, neg, obj: (CERT_MODE, None))
ROOT.known("crypto ca certificate map")
CERT_MODE.on("certificate", lambda p, t, i, ln, neg, obj: _take_cert(p))
ROOT.on("class-map", h_class_map).on("policy-map", h_policy_map)
ROOT.on("service-policy", h_service_policy)
ROOT.on("router ospf", h_router_ospf).on("router bgp", h_router_bgp)
ROOT.on("prefix-list", C.h_prefix_list).on("ipv6 prefix-list", C.h_prefix_list)
ROOT.on("route-map", C.make_route_map_handler(RM_MODE))
ROOT.on("community-list", C.h_community_list).on("as-path access-list", C.h_community_list)
ROOT.block("webvpn", WEBVPN_MODE)
ROOT.block("group-policy", GROUP_POLICY_MODE)
ROOT.block("dynamic-access-policy-record", DAP_MODE)
ROOT.block("failover group", FAILOVER_MODE)
ROOT.block(
    "router eigrp",
    _known("router eigrp", "network", "passive-interface", "no", "redistribute", "eigrp"),
)
ROOT.known(
    "nat",
    "global",
    "static",
    "failover",
    "threat-detection",
    "same-security-traffic",
    "mtu",
    "icmp",
    "icmp unreachable",
    "arp timeout",
    "arp",
    "timeout",
    "user-identity",
    "asdm image",
    "asdm history",
    "asdm",
    "pager",
    "boot system",
    "ftp mode",
    "clock",
    "monitor-interface",
    "sysopt",
    "dhcpd",
    "dhcprelay",
    "vpdn",
    "terminal width",
    "firewall transparent",
    "mac-address",
    "console timeout",
    "management-access",
    "ip local pool",
    "ip verify",
    "ip audit",
    "ipv6 local pool",
    "service-module",
    "license",
    "prompt",
    "http server session-timeout",
    "tls-proxy",
    "fragment",
    "conn-limit",
    "ssl",
    "jumbo-frame",
    "cryptochecksum",
    "end",
    "xlate",
    "nat-control",
    "fixup",
    "username-prefix",
    "auth-prompt",
    "resource",
    "context",
    "admin-context",
    "config-url",
    "allocate-interface",
    "mode",
    "aaa-server-group",
    "dynamic-filter",
    "service",
    "object-group-search",
    "scansafe",
    "tcp-map",
    "phone-proxy",
    "ctl-file",
    "media-termination",
    "access-list alert-interval",
    "wccp",
    "packet-tracer",
    "quit",
    "exit",
    "ipsec",
    "isakmp",
)
CALL_HOME_MODE, _h_call_home = C.make_call_home_mode(True)
ROOT.on("call-home", _h_call_home)

IF_MODE.on("nameif", h_if_nameif).on("security-level", h_if_security)
IF_MODE.on("ip address", h_if_ip).on("ipv6 address", h_if_ipv6)
IF_MODE.on("description", C.h_description).on("shutdown", C.h_shutdown)
IF_MODE.on("vlan", h_if_vlan).on("channel-group", h_if_channel)
IF_MODE.known(
    "management-only",
    "speed",
    "duplex",
    "mtu",
    "ospf",
    "ipv6 enable",
    "ipv6 nd",
    "ipv6 ospf",
    "mac-address",
    "pppoe",
    "ip ospf",
    "delay",
    "member-interface",
    "lacp",
    "port-channel",
    "flowcontrol",
    "nve-only",
    "authentication",
    "summary-address",
    "zone-member",
    "bfd",
    "igmp",
    "pim",
    "vlan-id",
)
OBJ_NET_MODE.on("host", h_obj_host).on("subnet", h_obj_host)
OBJ_NET_MODE.on("range", h_obj_host).on("fqdn", h_obj_host)
OBJ_NET_MODE.known("description", "nat")
OBJ_SVC_MODE.on("service", h_obj_service).known("description")
for _w in (
    "network-object",
    "group-object",
    "port-object",
    "service-object",
    "protocol-object",
    "icmp-object",
    "description",
):
    OG_MODE.on(_w, h_og_member)
OG_MODE.known("user", "user-group")
AAA_HOST_MODE.on("key", h_aaa_host_attr).on("server-port", h_aaa_host_attr)
AAA_HOST_MODE.on("authentication-port", h_aaa_host_attr)
AAA_HOST_MODE.on("ldap-login-password", C.h_secret_last)
AAA_HOST_MODE.known(
    "timeout",
    "retry-interval",
    "accounting-port",
    "ldap-base-dn",
    "ldap-scope",
    "ldap-naming-attribute",
    "ldap-login-dn",
    "server-type",
    "ldap-attribute-map",
    "radius-common-pw",
    "acl-netmask-convert",
)
DNS_GROUP_MODE.on("name-server", h_dns_name_server).on("domain-name", h_dns_domain)
DNS_GROUP_MODE.known("timeout", "retries", "expire-entry-timer", "poll-timer")
PROPOSAL_MODE.on("protocol esp", h_proposal_attr)
for _w in ("encryption", "hash", "integrity", "group", "authentication"):
    IKE_POLICY_MODE.on(_w, h_ike_attr)
IKE_POLICY_MODE.known("lifetime", "prf")
TG_IPSEC_MODE.on("ikev1 pre-shared-key", h_tg_psk).on("pre-shared-key", h_tg_psk)
TG_IPSEC_MODE.on("ikev2 remote-authentication pre-shared-key", h_tg_psk)
TG_IPSEC_MODE.on("ikev2 local-authentication pre-shared-key", h_tg_psk)
TG_IPSEC_MODE.known(
    "isakmp keepalive",
    "ikev1 trust-point",
    "ikev2 remote-authentication certificate",
    "ikev2 local-authentication certificate",
    "peer-id-validate",
    "chain",
    "ikev1 user-authentication",
)
CM_MODE.on("match", h_cm_match).known("description")
PM_MODE.on("class", h_pm_class).known("description").block("parameters", INSPECT_PARAM_MODE)
for _a in (
    "inspect",
    "set",
    "police",
    "priority",
    "shape",
    "user-statistics",
    "ips",
    "csc",
    "flow-export",
    "drop",
    "service-policy",
):
    PM_CLASS_MODE.on(_a, h_pm_action)
OSPF_MODE.on("network", h_ospf_network).on("router-id", h_ospf_router_id)
OSPF_MODE.known(
    "area",
    "auto-cost",
    "log-adj-changes",
    "redistribute",
    "passive-interface",
    "default-information",
    "timers",
    "distance",
)
BGP_MODE.on("bgp router-id", h_bgp_router_id).on("address-family", h_bgp_af)
BGP_MODE.known("bgp", "timers", "exit-address-family")
BGP_AF_MODE.on("neighbor", C.h_bgp_neighbor).on("network", h_bgp_network)
BGP_AF_MODE.on("redistribute", C.h_bgp_redistribute)
BGP_AF_MODE.known(
    "exit-address-family",
    "aggregate-address",
    "bgp",
    "no",
    "auto-summary",
    "synchronization",
    "default-information",
    "distance",
    "maximum-paths",
)
RM_MODE.on("match", C.h_rm_match).on("set", C.h_rm_set).known("description")


def _take_cert(p: AsaParser) -> Any:
    p.take_block(lambda raw: raw.strip() == "quit")
    return None


C.strip_no(globals())

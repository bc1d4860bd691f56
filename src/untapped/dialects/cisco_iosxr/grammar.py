"""The Cisco IOS-XR grammar: modes, what each statement does, and the XrParser that walks them."""

from __future__ import annotations

from typing import Any

from untapped.collect.files import Artifact
from untapped.dialects._ioslike import common as C
from untapped.dialects._ioslike.engine import ANY, Mode
from untapped.dialects.cisco_iosxr import handlers_groups as XG
from untapped.dialects.cisco_iosxr import known as K
from untapped.dialects.cisco_iosxr.features import FEATURES
from untapped.dialects.cisco_iosxr.handlers import (
    h_ace,
    h_acl,
    h_bgp_af,
    h_bgp_neighbor,
    h_bgp_network,
    h_bgp_redistribute,
    h_bgp_router_id,
    h_bgp_vrf,
    h_eth_ace,
    h_if_access_group,
    h_if_bundle,
    h_if_flow,
    h_if_ipv4,
    h_if_ipv6,
    h_if_mon_direction,
    h_if_monitor,
    h_if_mtu,
    h_if_service_policy,
    h_if_tunnel,
    h_if_vrf,
    h_interface,
    h_nb_af,
    h_nb_attr,
    h_nb_flag,
    h_nb_route_policy,
    h_ospf_area,
    h_ospf_area_if,
    h_ospf_auth,
    h_ospf_default,
    h_ospf_if_cost,
    h_ospf_if_passive,
    h_ospf_passive,
    h_ospf_redistribute,
    h_ospf_router_id,
    h_ospf_vrf,
    h_other_set,
    h_prefix_set,
    h_rd,
    h_route_policy,
    h_router_bgp,
    h_router_ospf,
    h_router_static,
    h_rt_value,
    h_static_af,
    h_static_route,
    h_static_vrf,
    h_vrf,
    h_vrf_af,
    h_vrf_policy,
    h_vrf_rt,
    h_vrf_rt_block,
)
from untapped.dialects.cisco_iosxr.handlers_mgmt import (
    h_aaa_group,
    h_aaa_group_attr,
    h_aaa_group_server,
    h_aaa_host_key,
    h_aaa_method,
    h_banner,
    h_class_map,
    h_cm_match,
    h_domain,
    h_exp_destination,
    h_exp_source,
    h_exp_transport,
    h_exp_version,
    h_exporter_map,
    h_grpc,
    h_grpc_port,
    h_line,
    h_line_attr,
    h_logging_host,
    h_logging_source,
    h_logging_trap,
    h_mm_exporter,
    h_mm_record,
    h_mon_destination,
    h_monitor_map,
    h_monitor_session,
    h_ntp,
    h_ntp_attr,
    h_ntp_server,
    h_pm_action,
    h_pm_class,
    h_policy_map,
    h_radius_host,
    h_sampler_map,
    h_service_on,
    h_snmp_community,
    h_snmp_host,
    h_snmp_misc,
    h_snmp_user,
    h_snmp_view,
    h_snmp_vrf,
    h_ssh_misc,
    h_ssh_server,
    h_tacacs_host,
    h_tacacs_key,
    h_tel_dest_group,
    h_tel_dest_word,
    h_tel_dg_address,
    h_tel_dg_vrf,
    h_tel_sensor_group,
    h_tel_sub_ref,
    h_tel_subscription,
    h_telemetry,
    h_telnet,
    h_user_attr,
    h_username,
    h_vty_pool,
)
from untapped.model.taps import (
    MirrorSource,
    Telemetry,
)

WEEKDAYS = frozenset({"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"})


class XrParser(C.IosLikeParser):
    dialect_name = "cisco_iosxr"
    FEATURES = FEATURES

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, ROOT)
        self.mon_bindings: list[tuple[str, str, str, int]] = []  # session, iface, dir, line
        self.tel_groups: dict[str, list[Telemetry]] = {}
        self.tel_group_vrf: dict[str, str] = {}

    def fallback(self, mode: Mode, toks: list[str], start: int) -> Any:
        if mode is ROOT and toks[0] in WEEKDAYS and len(toks) >= 4:  # commit timestamp line
            return h_timestamp
        return None

    def finish(self) -> Any:
        dev = self.device
        sessions = {s.name: s for s in dev.mirror_sessions}
        for name, iface, direction, ln in self.mon_bindings:
            s = sessions.get(name)
            if s is None:
                continue
            d: Any = {"rx-only": "rx", "tx-only": "tx"}.get(direction, "both")
            s.sources.append(MirrorSource("interface", iface, d, ln))
        used_monitors = {m.split()[0] for i in dev.interfaces.values() for m in i.flow_monitors}
        used_exporters = {
            e for name, m in dev.flow_monitors.items() if name in used_monitors for e in m.exporters
        }
        for exp in dev.flow_exporters:
            exp.applied = exp.name in used_exporters
        for g in dev.aaa.groups:  # `server A` may come before `tacacs-server host A`
            for srv in dev.aaa.servers:
                if srv.group is None and srv.address in g.servers:
                    srv.group = g.name
                    srv.vrf = srv.vrf or g.vrf
                    srv.source_interface = srv.source_interface or g.source_interface
        for group, tels in self.tel_groups.items():
            vrf = self.tel_group_vrf.get(group)
            for tel in tels:
                tel.vrf = tel.vrf or vrf
        return super().finish()


def h_timestamp(p: XrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    return None


def _known(name: str, *paths: str) -> Mode:
    return Mode(name).known(*paths)


# ---- the grammar ------------------------------------------------------------------------------
ROOT = Mode("iosxr")
IF_MODE = Mode("interface")
IF_MON_MODE = Mode("interface monitor-session")
VRF_MODE = Mode("vrf")
VRF_AF_MODE = Mode("vrf address-family")
VRF_RT_MODE = Mode("vrf route-target")
STATIC_MODE = Mode("router static")
STATIC_AF_MODE = Mode("router static address-family")
OSPF_MODE = Mode("router ospf")
OSPF_AREA_MODE = Mode("router ospf area")
OSPF_IF_MODE = Mode("router ospf area interface")
BGP_MODE = Mode("router bgp")
BGP_VRF_MODE = Mode("router bgp vrf")
BGP_AF_MODE = Mode("router bgp address-family")
NBR_MODE = Mode("router bgp neighbor")
NBR_AF_MODE = Mode("router bgp neighbor address-family")
ACL_MODE = Mode("access-list")
CM_MODE = Mode("class-map")
PM_MODE = Mode("policy-map")
PM_CLASS_MODE = Mode("policy-map class")
MON_MODE = Mode("monitor-session")
EXPORTER_MODE = Mode("flow exporter-map")
MONITOR_MAP_MODE = Mode("flow monitor-map")
SAMPLER_MODE = _known("sampler-map", "random")
TEL_MODE = Mode("telemetry model-driven")
TEL_DG_MODE = Mode("telemetry destination-group")
TEL_DEST_MODE = Mode("telemetry destination")
TEL_SUB_MODE = Mode("telemetry subscription")
TEL_SENSOR_MODE = _known("telemetry sensor-group", "sensor-path")
SNMP_VRF_MODE = Mode("snmp-server vrf")
AAA_HOST_MODE = Mode("aaa server host")
AAA_GROUP_MODE = Mode("aaa group server")
NTP_MODE = Mode("ntp")
LINE_MODE = Mode("line")
USER_MODE = Mode("username")
GRPC_MODE = Mode("grpc")
AGENT_MODE = _known(
    "agent", "ssh", "tty", "session", "rate-limit", "streaming", "iteration", "in-band"
)

# Blocks the model does not detail, each with its specific child table.
_PROTO_WORDS = K.PROTO_WORDS
GENERIC_BLOCK = Mode("generic block")
for _pw in ("hello-password", "lsp-password", "password", "key", "authentication-key"):
    GENERIC_BLOCK.on(_pw, C.h_secret_last)
GENERIC_BLOCK.known(
    "generic block",
    *_PROTO_WORDS,
    "device",
    "archive-length",
    "archive-size",
    "file-size",
    "frequency",
    "severity",
    "update-source",
    "east-west",
    "core-tree-protocol",
    "wavelength",
    "relay",
    "local-install",
    "validation",
)
RT_VALUES_MODE = Mode("route-target values").on(ANY, h_rt_value)
ETH_ACL_MODE = Mode("ethernet-services access-list").on(ANY, h_eth_ace)
for _b in K.BLOCKS:
    ROOT.block(_b, GENERIC_BLOCK)

ROOT.block("ethernet-services access-list", ETH_ACL_MODE)
ROOT.known(*K.ROOT)
ROOT.on("hostname", C.h_hostname)
ROOT.on("interface", h_interface)
ROOT.on("vrf", h_vrf)
ROOT.on("router static", h_router_static)
ROOT.on("router ospf", h_router_ospf)
ROOT.on("router bgp", h_router_bgp)
ROOT.on("ipv4 access-list", h_acl).on("ipv6 access-list", h_acl)
ROOT.on("prefix-set", h_prefix_set)
ROOT.on("object-group", XG.h_object_group)
for _s in ("community-set", "extcommunity-set", "large-community-set", "as-path-set", "rd-set"):
    ROOT.on(_s, h_other_set)
ROOT.on("route-policy", h_route_policy)
ROOT.on("class-map", h_class_map).on("policy-map", h_policy_map)
ROOT.on("monitor-session", h_monitor_session)
ROOT.on("flow exporter-map", h_exporter_map).on("flow monitor-map", h_monitor_map)
ROOT.on("sampler-map", h_sampler_map)
ROOT.on("telemetry model-driven", h_telemetry)
ROOT.on(f"logging {ANY}", h_logging_host)
ROOT.on("logging source-interface", h_logging_source)
for _w in ("trap", "buffered", "console"):
    ROOT.on(f"logging {_w}", h_logging_trap)
ROOT.known(*K.ROOT_2)
ROOT.on("snmp-server community", h_snmp_community)
ROOT.on("snmp-server host", h_snmp_host).on("snmp-server vrf", h_snmp_vrf)
ROOT.on("snmp-server view", h_snmp_view).on("snmp-server user", h_snmp_user)
for _w in ("location", "contact", "trap-source", "traps"):
    ROOT.on(f"snmp-server {_w}", h_snmp_misc)
ROOT.known(*K.ROOT_3)
ROOT.on("tacacs-server host", h_tacacs_host).on("radius-server host", h_radius_host)
ROOT.on("tacacs-server key", h_tacacs_key).on("radius-server key", h_tacacs_key)
ROOT.known("tacacs-server timeout", "radius-server timeout", "radius-server retransmit")
ROOT.known("tacacs source-interface", "radius source-interface", "radius-server dead-criteria")
ROOT.known("radius-server vsa", "tacacs-server ipv4", "radius-server deadtime")
ROOT.on("aaa group server", h_aaa_group)
for _w in ("authentication", "authorization", "accounting"):
    ROOT.on(f"aaa {_w}", h_aaa_method)
ROOT.known("aaa default-taskgroup", "aaa display-login-failed", "aaa password-policy")
ROOT.on("ntp", h_ntp).on("ntp server", h_ntp_server).on("ntp peer", h_ntp_server)
ROOT.on("domain", h_domain)
ROOT.on("line", h_line).on("vty-pool", h_vty_pool)
ROOT.on("ssh server", h_ssh_server).on("ssh timeout", h_ssh_misc)
ROOT.on("telnet", h_telnet)
ROOT.on("xml agent", h_service_on).on("netconf-yang agent", h_service_on)
ROOT.on("netconf agent", h_service_on).on("http server", h_service_on)
ROOT.on("grpc", h_grpc)
CALL_HOME_MODE, _h_call_home = C.make_call_home_mode(False)
ROOT.on("call-home", _h_call_home)
ROOT.on("username", h_username)
ROOT.on("banner", h_banner)

IF_MODE.on("ipv4 address", h_if_ipv4).on("ipv6 address", h_if_ipv6)
IF_MODE.on("vrf", h_if_vrf)
IF_MODE.on("ipv4 access-group", h_if_access_group).on("ipv6 access-group", h_if_access_group)
IF_MODE.on("shutdown", C.h_shutdown).on("description", C.h_description)
IF_MODE.on("monitor-session", h_if_monitor)
IF_MODE.on("flow ipv4 monitor", h_if_flow).on("flow ipv6 monitor", h_if_flow)
IF_MODE.on("flow mpls monitor", h_if_flow).on("flow datalinkframesection monitor", h_if_flow)
IF_MODE.on("service-policy", h_if_service_policy).on("mtu", h_if_mtu)
IF_MODE.on("bundle id", h_if_bundle)
for _w in ("source", "destination", "mode", "vrf"):
    IF_MODE.on(f"tunnel {_w}", h_if_tunnel)
IF_MODE.known(*K.IF)
IF_MON_MODE.on("direction", h_if_mon_direction).known("acl", "port-level", "mirror")

VRF_MODE.on("address-family", h_vrf_af).on("description", C.h_description)
VRF_MODE.on("rd", h_rd).known("vpn id", "mhost", "fallback-vrf", "evpn-route-sync", "mode")
VRF_AF_MODE.on("import route-target", h_vrf_rt_block).on("export route-target", h_vrf_rt_block)
VRF_AF_MODE.on("import route-policy", h_vrf_policy).on("export route-policy", h_vrf_policy)
VRF_AF_MODE.known(
    "maximum prefix", "import from", "export to", "import default-vrf", "export default-vrf"
)
VRF_RT_MODE.on(ANY, h_vrf_rt)

STATIC_MODE.on("vrf", h_static_vrf).on("address-family", h_static_af)
STATIC_AF_MODE.on(ANY, h_static_route)

OSPF_MODE.on("router-id", h_ospf_router_id).on("area", h_ospf_area)
OSPF_MODE.on("vrf", h_ospf_vrf).on("redistribute", h_ospf_redistribute)
OSPF_MODE.on("default-information originate", h_ospf_default)
OSPF_MODE.on("passive", h_ospf_passive).on("message-digest-key", h_ospf_auth)
OSPF_MODE.on("authentication", h_ospf_auth)
_OSPF_KNOWN = K.OSPF
OSPF_MODE.known(*_OSPF_KNOWN)
OSPF_AREA_MODE.on("interface", h_ospf_area_if).on("authentication", h_ospf_auth)
OSPF_AREA_MODE.on("message-digest-key", h_ospf_auth)
OSPF_AREA_MODE.known(
    *_OSPF_KNOWN, "stub", "nssa", "range", "virtual-link", "default-cost", "passive"
)
OSPF_IF_MODE.on("passive", h_ospf_if_passive).on("cost", h_ospf_if_cost)
OSPF_IF_MODE.on("authentication", h_ospf_auth).on("message-digest-key", h_ospf_auth)
OSPF_IF_MODE.known(*_OSPF_KNOWN)

BGP_MODE.on("bgp router-id", h_bgp_router_id).on("address-family", h_bgp_af)
BGP_MODE.on("neighbor", h_bgp_neighbor).on("neighbor-group", h_bgp_neighbor)
BGP_MODE.on("vrf", h_bgp_vrf)
BGP_MODE.block(
    "af-group",
    _known(
        "bgp af-group",
        *_PROTO_WORDS,
        "route-policy",
        "next-hop-self",
        "soft-reconfiguration",
        "route-reflector-client",
        "maximum-prefix",
        "as-override",
        "send-community-ebgp",
        "remove-private-AS",
        "default-originate",
        "allowas-in",
        "send-extended-community-ebgp",
    ),
)
BGP_MODE.block(
    "session-group",
    _known("bgp session-group", *_PROTO_WORDS, "update-source", "password", "ebgp-multihop"),
)
BGP_MODE.known(*K.BGP)
BGP_VRF_MODE.on("bgp router-id", h_bgp_router_id).on("address-family", h_bgp_af)
BGP_VRF_MODE.on("neighbor", h_bgp_neighbor)
BGP_VRF_MODE.known("rd", "bgp", "timers", "label", "default-information", "description")
_AF_WORDS = K.BGP_AF_WORDS
BGP_AF_MODE.on("network", h_bgp_network).on("redistribute", h_bgp_redistribute)
BGP_AF_MODE.known(*_AF_WORDS)
BGP_AF_MODE.block("import route-target", RT_VALUES_MODE)
BGP_AF_MODE.block("export route-target", RT_VALUES_MODE)
BGP_MODE.on("redistribute", h_bgp_redistribute).on("network", h_bgp_network)
_NB_WORDS = K.NEIGHBOR_WORDS
for _w in _NB_WORDS:
    NBR_MODE.on(_w, h_nb_attr)
NBR_MODE.on("address-family", h_nb_af)
NBR_MODE.known(*K.NBR)
NBR_AF_MODE.on("route-policy", h_nb_route_policy)
for _w in ("next-hop-self", "route-reflector-client", "send-community-ebgp", "maximum-prefix"):
    NBR_AF_MODE.on(_w, h_nb_flag)
NBR_AF_MODE.on("send-community", h_nb_flag).on("send-extended-community-ebgp", h_nb_flag)
NBR_AF_MODE.known(*K.NBR_AF)

ACL_MODE.on(ANY, h_ace)
ACL_MODE.known("remark")

CM_MODE.on("match", h_cm_match).known("end-class-map", "description")
CM_MODE.known("ma-com")
PM_MODE.on("class", h_pm_class).known("end-policy-map", "description")
for _a in K.POLICY_CLASS_ACTIONS:
    PM_CLASS_MODE.on(_a, h_pm_action)
PM_CLASS_MODE.known("end-policy-map")

MON_MODE.on("destination", h_mon_destination)
MON_MODE.known("description", "mirror", "traffic", "rate-limit", "drops", "inject-interface")

EXPORTER_MODE.on("destination", h_exp_destination).on("transport", h_exp_transport)
EXPORTER_MODE.on("source", h_exp_source).on("version", h_exp_version)
EXPORTER_MODE.known("dscp", "options", "template", "packet-length", "dfbit")
MONITOR_MAP_MODE.on("exporter", h_mm_exporter).on("record", h_mm_record)
MONITOR_MAP_MODE.known("cache", "option", "sflow", "c-come")

TEL_MODE.on("destination-group", h_tel_dest_group).on("subscription", h_tel_subscription)
TEL_MODE.on("sensor-group", h_tel_sensor_group).known(
    "strict-timer", "include", "max-containers-per-path"
)
TEL_DG_MODE.on("address-family", h_tel_dg_address).on("vrf", h_tel_dg_vrf)
TEL_DG_MODE.known("destination")
TEL_DEST_MODE.on("encoding", h_tel_dest_word).on("protocol", h_tel_dest_word)
TEL_SUB_MODE.on("sensor-group-id", h_tel_sub_ref).on("destination-id", h_tel_sub_ref)
TEL_SUB_MODE.known("source-interface", "source-qos-marking", "strict-timer")

SNMP_VRF_MODE.on("host", h_snmp_host).known("context", "community-map")
SNMP_VRF_MODE.on("community", h_snmp_community)

AAA_HOST_MODE.on("key", h_aaa_host_key).on("port", h_aaa_host_key)
AAA_HOST_MODE.on("auth-port", h_aaa_host_key)
AAA_HOST_MODE.known("timeout", "retransmit", "single-connection", "acct-port")
AAA_GROUP_MODE.on("server", h_aaa_group_server).on("server-private", h_aaa_group_server)
AAA_GROUP_MODE.on("vrf", h_aaa_group_attr).on("source-interface", h_aaa_group_attr)
AAA_GROUP_MODE.known("deadtime", "timeout", "accounting", "authorization")

NTP_MODE.on("server", h_ntp_server).on("peer", h_ntp_server)
for _w in ("authenticate", "source", "trusted-key", "authentication-key", "master", "access-group"):
    NTP_MODE.on(_w, h_ntp_attr)
NTP_MODE.known(
    "update-calendar", "log-internal-sync", "max-associations", "ipv4", "ipv6", "interface"
)

for _w in (
    "access-class",
    "transport",
    "exec-timeout",
    "login",
    "session-limit",
    "password",
):
    LINE_MODE.on(_w, h_line_attr)
LINE_MODE.known(*K.LINE)
for _w in ("group", "secret", "password"):
    USER_MODE.on(_w, h_user_attr)
USER_MODE.known("description", "policy")
GRPC_MODE.on("port", h_grpc_port).known(
    "address-family", "no-tls", "tls", "service-layer", "vrf", "max-request-total", "tls-trustpoint"
)


C.strip_no(globals())

"""The NX-OS grammar: its modes, wired to the shared data-centre handlers and NX-OS specifics."""

from __future__ import annotations

from typing import ClassVar

from untapped.collect.files import Artifact
from untapped.dialects._ioslike import dc
from untapped.dialects._ioslike import ios_interfaces as iosI
from untapped.dialects._ioslike import ios_maps as maps
from untapped.dialects._ioslike import ios_mgmt as iosM
from untapped.dialects._ioslike import ios_routing as iosR
from untapped.dialects._ioslike import ios_system as iosS
from untapped.dialects._ioslike.engine import Mode
from untapped.dialects.cisco_nxos import handlers as N
from untapped.dialects.cisco_nxos import known as K
from untapped.dialects.cisco_nxos.features import FEATURES
from untapped.model.mgmt import Service

# Everything the model has but: RITE, EPC, LI, archive, crypto, WCCP,
# auto-config and call-home (not parsed for NX-OS yet).

# Config that only takes effect when its feature is enabled.
GATED = {"netflow": "flow exporter", "sflow": "sflow", "telemetry": "telemetry"}


class NxosParser(dc.DcParser):
    dialect_name = "cisco_nxos"
    builtin_structures = (("vrf", "default"), ("vrf", "management"))
    declared = FEATURES

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, ROOT)

    modes: ClassVar[dict[str, Mode]] = {}

    def post(self) -> None:
        dev = self.device
        feats = self.enabled_features
        if self.erspan_origin:
            for s in dev.mirror_sessions:
                if s.kind == "erspan-source" and s.origin is None:
                    s.origin = self.erspan_origin
        for e in dev.flow_exporters:
            need = "sflow" if e.protocol == "sflow" else "netflow"
            if need not in feats:
                e.applied = False
                self.warn(e.span.line, f"{GATED[need]} configured but `feature {need}` is not")
            elif need == "netflow":
                used = any(e.name in m.exporters for m in dev.flow_monitors.values())
                e.applied = used
        if "telnet" not in dev.services:  # NX-OS runs no Telnet server without `feature telnet`
            dev.services["telnet"] = Service(
                "telnet", False, 0, detail="default: no feature telnet"
            )
        nxapi = "nxapi" in feats
        for svc in dev.services.values():
            if svc.detail == "nxapi":  # NX-API's web server runs only with `feature nxapi`
                svc.enabled = svc.enabled and nxapi
        vrf = self.group_vrf.get("<telemetry>")
        for tel in dev.telemetry:
            if tel.vrf is None:
                tel.vrf = vrf
        if any(s.protocol == "tacacs+" for s in dev.aaa.servers) and "tacacs+" not in feats:
            self.warn(dev.aaa.servers[0].span.line, "TACACS+ servers but not `feature tacacs+`")
        jobs = [a for a in dev.automations if a.kind.startswith("scheduler")]
        if jobs and "scheduler" not in feats:
            self.warn(jobs[0].span.line, "scheduler jobs but not `feature scheduler`")
        if dev.telemetry and "telemetry" not in feats:
            self.warn(
                dev.telemetry[0].span.line, "telemetry configured but not `feature telemetry`"
            )


def _k(name: str, *paths: str) -> Mode:
    return Mode(name).known(*paths)


# ---- modes ---------------------------------------------------------------------------------
ROOT = Mode("global")
INTERFACE = Mode("interface")
VLAN = Mode("vlan")
VRF = Mode("vrf context")
VRF_AF = Mode("vrf context address-family")
OSPF = Mode("router ospf")
BGP = Mode("router bgp")
BGP_AF = Mode("router bgp address-family")
BGP_NB = Mode("router bgp neighbor")
BGP_NB_AF = Mode("router bgp neighbor address-family")
ACL = Mode("ip access-list")
OBJECT_GROUP = Mode("object-group")
AAA_GROUP = Mode("aaa group server")
LINE = Mode("line")
KEY_CHAIN = Mode("key chain")
KEY = Mode("key chain key")
MONITOR = Mode("monitor session")
FLOW_EXPORTER = Mode("flow exporter")
FLOW_VERSION = _k("flow exporter version", "template data timeout", "option")
FLOW_MONITOR = Mode("flow monitor")
FLOW_RECORD = _k("flow record", "match", "collect", "description")
TELEMETRY = Mode("telemetry")
TELEMETRY_DEST = Mode("telemetry destination-group")
TELEMETRY_SUB = Mode("telemetry subscription")
EEM = Mode("event manager applet")
OTHER_ROUTER = Mode("router")
SCHEDULE = Mode("scheduler schedule")

NxosParser.modes = {
    "interface": INTERFACE,
    "vlan": VLAN,
    "vrf": VRF,
    "ospf": OSPF,
    "bgp": BGP,
    "bgp_af": BGP_AF,
    "bgp_nb": BGP_NB,
    "bgp_nb_af": BGP_NB_AF,
    "acl": ACL,
    "object_group": OBJECT_GROUP,
    "aaa_group": AAA_GROUP,
    "line": LINE,
    "key_chain": KEY_CHAIN,
    "key": KEY,
    "monitor": MONITOR,
    "flow_exporter": FLOW_EXPORTER,
    "flow_version": FLOW_VERSION,
    "flow_monitor": FLOW_MONITOR,
    "flow_record": FLOW_RECORD,
    "telemetry": TELEMETRY,
    "telemetry_dest": TELEMETRY_DEST,
    "telemetry_sub": TELEMETRY_SUB,
    "eem": EEM,
    "schedule": SCHEDULE,
    "other_router": OTHER_ROUTER,
    "prefix_list": Mode("ip prefix-list").on("seq", dc.h_prefix_seq),
}

# ---- global --------------------------------------------------------------------------------
R = ROOT
R.on("hostname", dc.h_hostname).on("switchname", dc.h_hostname)
R.on("version", iosS.h_version)
R.on("feature", N.h_feature)
R.on("key config-key", dc.h_secret_last)
R.on("nxapi", N.h_nxapi)
R.on("guestshell", N.h_guestshell)
R.on("telnet server enable", N.h_service_flag("telnet"))
R.on("ssh server enable", N.h_service_flag("ssh"))
for w in ("key", "login-attempts", "ciphers", "macs", "kexalgos"):
    R.on(f"ssh {w}", dc.h_ssh)
R.on("ip http server", N.h_service_flag("http"))
R.on("cdp enable", N.h_service_flag("cdp")).on("lldp", N.h_service_flag("lldp"))
R.on("ip domain-name", dc.h_domain_name).on("ip domain-lookup", dc.h_domain_lookup)
R.on("ip name-server", dc.h_name_server)
R.on("username", dc.h_username)
R.on("tacacs-server host", dc.h_server_host("tacacs+"))
R.on("radius-server host", dc.h_server_host("radius"))
R.on("tacacs-server key", dc.h_server_global_key).on("radius-server key", dc.h_server_global_key)
R.on("aaa group server", dc.h_aaa_group)
R.on("aaa authentication", dc.h_aaa_method("authentication"))
R.on("aaa authorization", dc.h_aaa_method("authorization"))
R.on("aaa accounting", dc.h_aaa_method("accounting"))
R.on("snmp-server community", dc.h_snmp_community)
R.on("snmp-server host", dc.h_snmp_host)
R.on("snmp-server user", dc.h_snmp_user)
R.on("snmp-server location", iosM.h_snmp_location).on("snmp-server contact", iosM.h_snmp_contact)
R.on("snmp-server enable traps", iosM.h_snmp_traps)
R.on("logging server", dc.h_logging_server)
R.on("logging source-interface", dc.h_logging_source)
for w in ("logfile", "console", "timestamp"):
    R.on(f"logging {w}", dc.h_logging_level)
R.on("ntp server", dc.h_ntp_server).on("ntp peer", dc.h_ntp_server)
R.on("ntp source-interface", dc.h_ntp_source).on("ntp source", dc.h_ntp_source)
R.on("ntp authentication-key", dc.h_ntp_auth_key)
R.on("ntp authenticate", iosM.h_ntp_authenticate).on("ntp trusted-key", iosM.h_ntp_trusted)
R.on("line", N.h_line_vty)
R.on("banner", dc.h_banner_delim)
R.on("key chain", dc.h_key_chain)
R.on("interface", dc.h_interface)
R.on("vlan", dc.h_vlan)
R.on("vrf context", dc.h_vrf_block)
R.on("ip route", dc.h_ip_route).on("ipv6 route", dc.h_ip_route)
R.on("router ospf", dc.h_router_ospf).on("router ospfv3", dc.h_router_ospf)
R.on("router bgp", dc.h_router_bgp)
for proto in ("eigrp", "rip", "isis"):
    R.on(f"router {proto}", dc.h_other_router)
R.on("ip prefix-list", dc.h_prefix_list).on("ipv6 prefix-list", dc.h_prefix_list)
R.on("ip community-list", dc.h_community_list)
R.on("ip extcommunity-list", dc.h_community_list)
R.on("ip large-community-list", dc.h_community_list)
R.on("ip as-path access-list", dc.h_as_path)
R.on("route-map", maps.h_route_map)
R.on("ip access-list", dc.h_acl).on("ipv6 access-list", dc.h_acl).on("mac access-list", dc.h_acl)
R.on("object-group", dc.h_object_group)
R.on("class-map", maps.h_class_map).on("policy-map", maps.h_policy_map)
R.on("monitor session", N.h_monitor_session)
R.on("monitor erspan origin", N.h_erspan_origin)
R.on("flow exporter", dc.h_flow_exporter).on("flow monitor", dc.h_flow_monitor)
R.on("flow record", dc.h_flow_record)
R.on("sflow", N.h_sflow)
R.on("telemetry", N.h_telemetry)
R.on("event manager applet", N.h_eem_applet)
R.on("scheduler", N.h_scheduler)
R.known_all(K.GLOBAL)
for path, children in K.GLOBAL_BLOCKS.items():
    R.block(path, _k(path, *children))
R.block("evpn", Mode("evpn").block("vni", _k("evpn vni", "rd", "route-target")))

# ---- interface -----------------------------------------------------------------------------
IF = INTERFACE
IF.on("description", iosI.h_description).on("shutdown", iosI.h_shutdown)
IF.on("vrf member", dc.h_if_vrf)
IF.on("ip address", dc.h_if_ip_address).on("ipv6 address", dc.h_if_ipv6_address)
IF.on("ip access-group", dc.h_if_access_group)
IF.on("ip port access-group", dc.h_if_access_group)
IF.on("ipv6 traffic-filter", dc.h_if_access_group)
IF.on("ipv6 port traffic-filter", dc.h_if_access_group)
IF.on("ip policy route-map", dc.h_if_policy)
IF.on("service-policy", iosI.h_service_policy)
IF.on("ip flow monitor", dc.h_if_flow_monitor)
IF.on("switchport", iosI.h_switchport)
IF.on("channel-group", iosI.h_channel_group)
IF.on("ip proxy-arp", iosI.h_ip_flag("proxy_arp"))
IF.on("ip redirects", iosI.h_ip_flag("redirects"))
IF.on("ip unreachables", iosI.h_ip_flag("unreachables"))
IF.on("ip directed-broadcast", iosI.h_ip_flag("directed_broadcast"))
IF.on("cdp enable", iosI.h_cdp_enable)
IF.on("lldp transmit", iosI.h_lldp).on("lldp receive", iosI.h_lldp)
IF.on("ip ospf", iosI.h_ospf_if)
IF.on("ip router ospf", N.h_ip_router_ospf).on("ip ospf passive-interface", N.h_ip_ospf_passive)
IF.on("ip dhcp relay address", iosI.h_helper)
IF.on("mtu", iosI.h_mtu)
IF.on("storm-control", iosI.h_storm)
IF.on("spanning-tree", iosI.h_spanning_tree)
IF.on("tunnel", dc.h_if_tunnel)
IF.known_all(K.INTERFACE)
for path, children in K.INTERFACE_BLOCKS.items():
    child = _k(path, *children)
    if path in ("hsrp", "vrrp"):  # `authentication text K` / `authentication md5 key-string K`
        child.on("authentication", dc.h_secret_last)
    IF.block(path, child)

VLAN.on("name", dc.h_vlan_name).on("remote-span", dc.h_vlan_rspan)
VLAN.known_all(K.VLAN)

# ---- VRF, routing --------------------------------------------------------------------------
VRF.on("rd", dc.h_vrf_rd).on("route-target", dc.h_vrf_rt)
VRF.on("ip route", dc.h_ip_route).on("ipv6 route", dc.h_ip_route)
VRF.on("ip name-server", dc.h_name_server)
VRF.on("ip domain-name", dc.h_domain_name).on("ip domain-lookup", dc.h_domain_lookup)
VRF.block("address-family", VRF_AF)
VRF.known_all(K.VRF)
VRF_AF.on("route-target", dc.h_vrf_rt)
VRF_AF.known("maximum routes", "export map", "import map", "import vrf", "export vrf")
VRF.block("vni", _k("vrf vni", "rd", "route-target"))

OSPF.on("network", dc.h_ospf_network).on("area", iosR.h_ospf_area)
OSPF.on("router-id", iosR.h_router_id).on("passive-interface", iosR.h_passive)
OSPF.on("redistribute", iosR.h_redistribute)
OSPF.on("default-information", iosR.h_ospf_default_info)
OSPF.on("auto-cost", iosR.h_auto_cost).on("distribute-list", iosR.h_distribute_list)
OSPF.on("vrf", dc.h_ospf_vrf)
OSPF.known_all(K.OSPF)
OTHER_ROUTER.on("redistribute", dc.h_other_redistribute)
OTHER_ROUTER.block("vrf", OTHER_ROUTER).block("address-family", OTHER_ROUTER)
OTHER_ROUTER.known_all(K.OTHER_ROUTER)
OSPF.block("address-family", _k("ospfv3 af", *K.OSPF_AF, "area"))

for m in (BGP, BGP_AF):
    m.on("neighbor", dc.h_bgp_neighbor_block)
    m.on("template peer", dc.h_bgp_neighbor_block)
    m.on("template peer-session", dc.h_bgp_neighbor_block)
    m.on("template peer-policy", dc.h_bgp_neighbor_block)
    m.on("network", dc.bgp_wrap(iosR.h_bgp_network))
    m.on("aggregate-address", dc.bgp_wrap(iosR.h_bgp_aggregate))
    m.on("redistribute", dc.h_bgp_redistribute)
    m.on("maximum-paths", dc.bgp_wrap(iosR.h_maximum_paths))
    m.known_all(K.BGP)
BGP.on("router-id", dc.h_bgp_router_id)
BGP.on("vrf", dc.h_bgp_vrf).on("address-family", dc.h_bgp_af)
BGP_NB.on("address-family", dc.h_nb_af)
for m in (BGP_NB, BGP_NB_AF):
    for word in (
        "remote-as",
        "description",
        "update-source",
        "route-map",
        "prefix-list",
        "filter-list",
        "next-hop-self",
        "route-reflector-client",
        "password",
        "ebgp-multihop",
        "maximum-prefix",
        "shutdown",
        "send-community",
        "local-as",
        "weight",
        "default-originate",
        "inherit",
        "ttl-security",
    ):
        m.on(word, dc.h_nb_attr)
    for word in dc.NEIGHBOR_FLAGS:
        m.on(word, dc.h_nb_attr)

# ---- filters -------------------------------------------------------------------------------
for word in ("permit", "deny", "remark", "*"):
    ACL.on(word, dc.h_acl_entry)
ACL.known("statistics per-entry", "fragments", "ignore routable")
for word in ("*", "host", "eq", "range", "gt", "lt", "neq"):
    OBJECT_GROUP.on(word, dc.h_og_entry)

# ---- management ----------------------------------------------------------------------------
AAA_GROUP.on("server", dc.h_group_server).on("use-vrf", dc.h_group_vrf)
AAA_GROUP.on("source-interface", dc.h_group_source)
AAA_GROUP.known("deadtime")
LINE.on("access-class", iosS.h_line_access_class)
LINE.on("ip access-class", iosS.h_line_access_class)
LINE.on("ipv6", iosS.h_line_ipv6_access_class)
LINE.on("exec-timeout", iosS.h_line_exec_timeout).on("session-limit", iosS.h_line_session_limit)
LINE.known("speed", "stopbits", "databits", "parity", "modem", "terminal", "absolute-timeout")
KEY_CHAIN.on("key", dc.h_key)
KEY.on("key-string", dc.h_key_string)
KEY.on("send-lifetime", dc.h_key_string).on("accept-lifetime", dc.h_key_string)
KEY.known("cryptographic-algorithm")

# ---- taps ----------------------------------------------------------------------------------
MONITOR.on("source", N.h_mon_source).on("destination", N.h_mon_destination)
MONITOR.on("vrf", N.h_mon_vrf).on("erspan-id", N.h_mon_erspan_id)
MONITOR.on("shut", N.h_mon_shut).on("shutdown", N.h_mon_shut)
MONITOR.on("filter", N.h_mon_filter)
MONITOR.on("origin ip-address", N.h_mon_origin)
MONITOR.known("description", "ip ttl", "ip dscp", "mtu", "header-type", "rate-limit")
FLOW_EXPORTER.on("destination", dc.h_fe_destination).on("source", dc.h_fe_source)
FLOW_EXPORTER.on("transport", dc.h_fe_transport).on("version", dc.h_fe_version)
FLOW_EXPORTER.known("description", "dscp")
FLOW_MONITOR.on("exporter", dc.h_fm_exporter).on("record", dc.h_fm_record)
FLOW_MONITOR.known("description", "cache")
TELEMETRY.on("destination-group", N.h_tm_destination_group)
TELEMETRY.on("subscription", N.h_tm_subscription)
TELEMETRY.block("sensor-group", _k("sensor-group", "path", "data-source"))
TELEMETRY.block(
    "destination-profile",
    Mode("dest-profile").on("use-vrf", N.h_tm_profile_vrf).known("source-interface"),
)
TELEMETRY.known("certificate", "use-compression", "use-chunking")
TELEMETRY_DEST.on("ip address", N.h_tm_dest_ip).on("ipv6 address", N.h_tm_dest_ip)
TELEMETRY_DEST.on("host", N.h_tm_dest_ip).on("use-vrf", N.h_tm_use_vrf)
TELEMETRY_SUB.on("dst-grp", N.h_tm_dst_grp).known("snsr-grp")
EEM.on("event", N.h_eem_event).on("action", N.h_eem_action)
EEM.known("description", "tag")
SCHEDULE.on("job", N.h_sched_job).on("time", N.h_sched_time)

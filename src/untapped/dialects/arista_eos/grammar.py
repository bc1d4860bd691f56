"""The EOS grammar: its modes, wired to the shared data-centre handlers and EOS specifics."""

from __future__ import annotations

from typing import ClassVar

from untapped.collect.files import Artifact
from untapped.dialects._ioslike import dc
from untapped.dialects._ioslike import ios_interfaces as iosI
from untapped.dialects._ioslike import ios_maps as maps
from untapped.dialects._ioslike import ios_mgmt as iosM
from untapped.dialects._ioslike import ios_routing as iosR
from untapped.dialects._ioslike.dc import set_service
from untapped.dialects._ioslike.engine import Mode
from untapped.dialects.arista_eos import handlers as E
from untapped.dialects.arista_eos import known as K
from untapped.dialects.arista_eos.features import FEATURES

# Everything the model has but: object groups, key chains, RITE, EPC, LI, archive,
# WCCP, auto-config and call-home (not parsed for EOS yet).


class EosParser(dc.DcParser):
    dialect_name = "arista_eos"
    declared = FEATURES
    modes: ClassVar[dict[str, Mode]] = {}

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, ROOT)

    def post(self) -> None:
        E.crypto_peers(self)
        for tr in self.transports:  # a grpc-tunnel dials out only once `no shutdown`
            if not tr.running:
                self.device.telemetry = [x for x in self.device.telemetry if x not in tr.tels]
        services = self.device.services
        eapi = services.get("eapi")
        if eapi is not None:  # the web server follows the API: shut API, no server
            if eapi.enabled and not any(s.detail == "eapi" for s in services.values()):
                set_service(self, "https", True, eapi.line, detail="eapi")
            for s in services.values():
                if s.detail == "eapi":
                    s.enabled = s.enabled and eapi.enabled
                    s.vrf = eapi.vrf
        if self.sflow_running is None:
            for e in self.device.flow_exporters:
                if e.protocol == "sflow":
                    e.applied = False


def _k(name: str, *paths: str) -> Mode:
    return Mode(name).known(*paths)


def _tree(name: str, spec: dict[str, object]) -> Mode:
    """A child mode from a nested dict: keys are statements, values None (a leaf), "DATA" (a
    block of field-set data lines) or a dict (the statement opens a block with those children)."""
    mode = Mode(name)
    for path, sub in spec.items():
        if sub == "DATA":
            mode.block(path, FIELD_SET)
        elif sub == "SECRET":
            mode.on(path, dc.h_secret_last)
        elif isinstance(sub, dict):
            mode.block(path, _tree(f"{name} {path}", sub))
        else:
            mode.known(path)
    return mode


ROOT = Mode("global")
INTERFACE = Mode("interface")
VLAN = Mode("vlan")
VRF = Mode("vrf instance")
OSPF = Mode("router ospf")
BGP = Mode("router bgp")
BGP_AF = Mode("router bgp address-family")
ACL = Mode("ip access-list")
AAA_GROUP = Mode("aaa group server")
FT = Mode("flow tracking")
FT_TRACKER = Mode("flow tracking tracker")
FT_EXPORTER = Mode("flow tracking exporter")
DAEMON = Mode("daemon")
MANAGEMENT = Mode("management")
MANAGEMENT_TRANSPORT = Mode("management api transport")
EVENT_HANDLER = Mode("event-handler")
OTHER_ROUTER = Mode("router")
PREFIX_LIST = Mode("ip prefix-list").on("seq", dc.h_prefix_seq)
FIELD_SET = Mode("field-set").on("*", dc.h_data_line)
TRAFFIC_POLICIES = Mode("traffic-policies")
TP_MATCH = Mode("traffic-policy match")

EosParser.modes = {
    "interface": INTERFACE,
    "vlan": VLAN,
    "vrf": VRF,
    "ospf": OSPF,
    "bgp": BGP,
    "bgp_af": BGP_AF,
    "acl": ACL,
    "aaa_group": AAA_GROUP,
    "ft": FT,
    "ft_tracker": FT_TRACKER,
    "ft_exporter": FT_EXPORTER,
    "daemon": DAEMON,
    "management": MANAGEMENT,
    "management_transport": MANAGEMENT_TRANSPORT,
    "event_handler": EVENT_HANDLER,
    "other_router": OTHER_ROUTER,
    "prefix_list": PREFIX_LIST,
}


# ---- global --------------------------------------------------------------------------------
R = ROOT
R.on("hostname", dc.h_hostname)
R.on("ip domain-name", dc.h_domain_name).on("dns domain", dc.h_domain_name)
R.on("ip domain lookup", E.h_vrf_ref)
R.on("ip name-server", dc.h_name_server)
R.on("username", dc.h_username)
R.on("enable password", dc.h_enable_secret).on("enable secret", dc.h_enable_secret)
R.on("tacacs-server host", dc.h_server_host("tacacs+"))
R.on("radius-server host", dc.h_server_host("radius"))
R.on("tacacs-server key", dc.h_server_global_key).on("radius-server key", dc.h_server_global_key)
R.on("ip tacacs", E.h_ip_aaa_source).on("ip radius", E.h_ip_aaa_source)
R.on("aaa group server", dc.h_aaa_group)
R.on("aaa authentication", dc.h_aaa_method("authentication"))
R.on("aaa authorization", dc.h_aaa_method("authorization"))
R.on("aaa accounting", dc.h_aaa_method("accounting"))
R.on("snmp-server community", dc.h_snmp_community)
R.on("snmp-server host", dc.h_snmp_host)
R.on("snmp-server user", dc.h_snmp_user)
R.on("snmp-server view", iosM.h_snmp_view).on("snmp-server group", iosM.h_snmp_group)
R.on("snmp-server location", iosM.h_snmp_location).on("snmp-server contact", iosM.h_snmp_contact)
R.on("snmp-server enable traps", iosM.h_snmp_traps)
R.on("logging host", dc.h_logging_server).on("logging vrf", E.h_vrf_ref)
R.on("logging vrf * host", dc.h_logging_server)
R.on("logging source-interface", dc.h_logging_source)
R.on("logging vrf * source-interface", dc.h_logging_source)
for w in ("trap", "console", "buffered", "format"):
    R.on(f"logging {w}", dc.h_logging_level)
R.on("ntp server", dc.h_ntp_server)
R.on("ntp source", dc.h_ntp_source).on("ntp local-interface", dc.h_ntp_source)
R.on("ntp authentication-key", dc.h_ntp_auth_key)
R.on("ntp authenticate", iosM.h_ntp_authenticate).on("ntp trusted-key", iosM.h_ntp_trusted)
R.on("banner", dc.h_banner_eof)
R.on("interface", dc.h_interface)
R.on("vlan", dc.h_vlan)
R.on("vrf instance", dc.h_vrf_block).on("vrf definition", dc.h_vrf_block)
R.on("ip route", dc.h_ip_route).on("ipv6 route", dc.h_ip_route)
R.on("router ospf", dc.h_router_ospf).on("router bgp", dc.h_router_bgp)
for proto in ("isis", "ospfv3", "rip", "pim", "msdp", "igmp", "bfd", "multicast"):
    R.on(f"router {proto}", dc.h_other_router)
R.on("ip prefix-list", dc.h_prefix_list).on("ipv6 prefix-list", dc.h_prefix_list)
R.on("ip community-list", dc.h_community_list)
R.on("ip extcommunity-list", dc.h_community_list)
R.on("ip large-community-list", dc.h_community_list)
R.on("ip as-path access-list", dc.h_as_path)
R.on("route-map", maps.h_route_map)
R.on("ip access-list", dc.h_acl).on("ipv6 access-list", dc.h_acl).on("mac access-list", dc.h_acl)
R.on("class-map", maps.h_class_map).on("policy-map", maps.h_policy_map)
R.on("monitor session", E.h_monitor_session)
R.on("sflow", E.h_sflow)
R.on("flow tracking", E.h_flow_tracking)
R.on("daemon", E.h_daemon)
R.on("management", E.h_management)
R.on("event-handler", E.h_event_handler)
R.on("schedule", E.h_schedule)
R.on("ip routing", E.h_vrf_ref).on("ipv6 unicast-routing", E.h_vrf_ref)
R.known_all(K.GLOBAL)
for path, spec in K.GLOBAL_BLOCKS.items():
    R.block(path, _tree(path, spec))

# ---- interface -----------------------------------------------------------------------------
IF = INTERFACE
IF.on("description", iosI.h_description).on("shutdown", iosI.h_shutdown)
IF.on("vrf", dc.h_if_vrf)
IF.on("ip address", dc.h_if_ip_address).on("ipv6 address", dc.h_if_ipv6_address)
IF.on("ip directed-broadcast", iosI.h_ip_flag("directed_broadcast"))
IF.on("ip access-group", dc.h_if_access_group).on("ipv6 access-group", dc.h_if_access_group)
IF.on("service-policy", iosI.h_service_policy)
IF.on("switchport", iosI.h_switchport)
IF.on("channel-group", iosI.h_channel_group)
IF.on("ip proxy-arp", iosI.h_ip_flag("proxy_arp"))
IF.on("ip redirects", iosI.h_ip_flag("redirects"))
IF.on("lldp transmit", iosI.h_lldp).on("lldp receive", iosI.h_lldp)
IF.on("ip ospf", iosI.h_ospf_if)
IF.on("ip helper-address", iosI.h_helper)
IF.on("mtu", iosI.h_mtu)
IF.on("storm-control", iosI.h_storm)
IF.on("spanning-tree", iosI.h_spanning_tree)
IF.on("tunnel", dc.h_if_tunnel)
IF.on("flow tracker", E.h_if_flow_tracker)
IF.on("isis authentication key", dc.h_secret_last)
IF.on("ip ospf authentication-key", dc.h_secret_last)
IF.on("ip ospf message-digest-key", dc.h_secret_last)
OTHER_ROUTER.on("authentication key", dc.h_secret_last)
IF.known_all(K.INTERFACE)
for path, spec in K.INTERFACE_BLOCKS.items():
    IF.block(path, _tree(path, spec))

VLAN.on("name", dc.h_vlan_name)
VLAN.known_all(K.VLAN)

# ---- VRF, routing --------------------------------------------------------------------------
VRF.on("rd", dc.h_vrf_rd).known("description")

OSPF.on("network", dc.h_ospf_network).on("area", iosR.h_ospf_area)
OSPF.on("router-id", iosR.h_router_id).on("passive-interface", iosR.h_passive)
OSPF.on("redistribute", iosR.h_redistribute)
OSPF.on("default-information", iosR.h_ospf_default_info)
OSPF.on("auto-cost", iosR.h_auto_cost).on("distribute-list", iosR.h_distribute_list)
OSPF.known_all(K.OSPF)
OTHER_ROUTER.on("redistribute", dc.h_other_redistribute)
OTHER_ROUTER.block("vrf", OTHER_ROUTER).block("address-family", OTHER_ROUTER)
OTHER_ROUTER.known_all(K.OTHER_ROUTER)

for m in (BGP, BGP_AF):
    m.on("neighbor", dc.h_bgp_neighbor_oneliner)
    m.on("network", dc.bgp_wrap(iosR.h_bgp_network))
    m.on("aggregate-address", dc.bgp_wrap(iosR.h_bgp_aggregate))
    m.on("redistribute", dc.h_bgp_redistribute)
    m.on("maximum-paths", dc.bgp_wrap(iosR.h_maximum_paths))
    m.on("router-id", dc.h_bgp_router_id)
    m.on("rd", dc.h_vrf_rd)
    m.known_all(K.BGP)
BGP.on("vrf", dc.h_bgp_vrf).on("address-family", dc.h_bgp_af)
for path, spec in K.BGP_BLOCKS.items():
    BGP.block(path, _tree(path, spec))

# ---- filters -------------------------------------------------------------------------------
for word in ("permit", "deny", "remark", "*"):
    ACL.on(word, dc.h_acl_entry)
ACL.known("statistics per-entry", "counters per-entry", "fragment-rules")

# ---- management ----------------------------------------------------------------------------
AAA_GROUP.on("server", dc.h_group_server)
FT.on("shutdown", E.h_ft_shutdown).on("tracker", E.h_ft_tracker)
FT.known("sample", "hardware offload")
FT_TRACKER.on("exporter", E.h_ft_exporter)
FT_TRACKER.known("record export", "flow table", "sample")
FT_EXPORTER.on("collector", E.h_ft_collector).on("local interface", E.h_ft_local)
FT_EXPORTER.known("template interval", "format", "dscp")
DAEMON.on("exec", E.h_daemon_exec).on("shutdown", E.h_daemon_shutdown)
DAEMON.known("option")
MANAGEMENT.on("shutdown", E.h_mgmt_shutdown).on("vrf", E.h_mgmt_vrf)
MANAGEMENT.on("ip access-group", E.h_mgmt_acl).on("ipv6 access-group", E.h_mgmt_acl)
MANAGEMENT.on("protocol", E.h_mgmt_protocol).on("idle-timeout", E.h_mgmt_idle)
MANAGEMENT.on("transport", E.h_mgmt_transport)
for w in ("cipher", "key-exchange", "mac", "server-port"):
    MANAGEMENT.on(w, dc.h_ssh)
MANAGEMENT.known_all(K.MANAGEMENT)
for path, mspec in K.MANAGEMENT_BLOCKS.items():
    if isinstance(mspec, dict):
        MANAGEMENT.block(path, _tree(path, mspec))
    else:
        MANAGEMENT.on(path, dc.h_secret_last)
MANAGEMENT_TRANSPORT.on("vrf", E.h_mgmt_tr_vrf).on("port", E.h_mgmt_tr_port)
MANAGEMENT_TRANSPORT.on("shutdown", E.h_mgmt_tr_shutdown)
MANAGEMENT_TRANSPORT.on("destination", E.h_mgmt_tr_destination)
MANAGEMENT_TRANSPORT.known(
    "ssl profile",
    "ip access-group",
    "authorization",
    "certificate",
    "tunnel ssl profile",
    "gnmi ssl profile",
    "local interface",
    "target",
    "notification timestamp",
)
INFLUX_DEST = Mode("influx destination").on("url", E.h_influx_url).on("vrf", E.h_influx_vrf)
INFLUX_DEST.on("username", E.h_influx_user).known("database name", "retention policy")
EosParser.modes["influx_dest"] = INFLUX_DEST
R.block(
    "monitor telemetry influx",
    Mode("monitor telemetry influx")
    .on("destination influxdb", E.h_influx_destination)
    .known("source group", "tag global")
    .block("source socket", _k("influx source socket", "url", "connection limit")),
)
EVENT_HANDLER.on("trigger", E.h_eh_trigger).on("action", E.h_eh_action)
EVENT_HANDLER.known("delay", "timeout", "asynchronous", "threshold", "poll interval")
EVENT_HANDLER.block("trigger on-counters", _k("on-counters", "poll interval", "condition"))

# ---- traffic policies and field-sets -------------------------------------------------------
for fs in ("field-set ipv4 prefix", "field-set ipv6 prefix", "field-set l4-port", "field-set ipv4"):
    TRAFFIC_POLICIES.block(fs, FIELD_SET)
    R.block(f"application traffic recognition {fs}", FIELD_SET)
TRAFFIC_POLICIES.block("traffic-policy", _tree("traffic-policy", {"match": {}}))
TP_MATCH.known(
    "source prefix",
    "destination prefix",
    "protocol",
    "ttl",
    "fragment",
    "dscp",
    "packet-length",
    "source port",
    "destination port",
)
TP_MATCH.block(
    "actions",
    _k(
        "actions",
        "drop",
        "set traffic class",
        "set dscp",
        "log",
        "count",
        "redirect",
        "police",
        "mirror",
    ),
)
TP = Mode("traffic-policy").block("match", TP_MATCH).known("counter", "description")
TRAFFIC_POLICIES.block("traffic-policy", TP)
TRAFFIC_POLICIES.known("counter interface")
R.block("traffic-policies", TRAFFIC_POLICIES)

# ---- IPsec ---------------------------------------------------------------------------------
IKE_POLICY = Mode("ip security policy")
for w in ("encryption", "integrity", "dh-group", "esp", "pfs"):
    IKE_POLICY.on(w, E.h_prop_attr)
IKE_POLICY.known("local-id", "ike-lifetime", "version", "sa lifetime", "anti-replay", "sa")
IPSEC_PROFILE = Mode("ip security profile")
for w in ("shared-key", "ike-policy", "sa-policy"):
    IPSEC_PROFILE.on(w, E.h_profile_attr)
IPSEC_PROFILE.known("connection", "dpd", "mode", "flow")
EosParser.modes["ike_policy"] = IKE_POLICY
EosParser.modes["ipsec_profile"] = IPSEC_PROFILE
R.block(
    "ip security",
    Mode("ip security")
    .on("ike policy", E.h_ike_policy)
    .on("sa policy", E.h_ike_policy)
    .on("profile", E.h_ipsec_profile)
    .block("key controller", _k("key controller", "profile"))
    .known("hardware"),
)

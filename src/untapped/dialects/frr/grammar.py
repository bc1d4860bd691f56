"""The FRRouting grammar (frr.conf / per-daemon *.conf, SONiC and Cumulus `frr.conf`), plus the
ifupdown2 stanzas and NCLU `net add` lines that Cumulus configuration dumps carry alongside."""

from __future__ import annotations

from typing import Any

from untapped.collect.files import Artifact
from untapped.dialects._ioslike import common as C
from untapped.dialects._ioslike.addr import is_ip
from untapped.dialects._ioslike.engine import KNOWN, UNRECOGNIZED, Block, Mode
from untapped.dialects.frr.features import FEATURES
from untapped.dialects.frr.handlers import (
    h_access_list,
    h_agentx,
    h_bgp_af,
    h_bgp_aggregate,
    h_bgp_max_paths,
    h_bgp_network,
    h_bgp_router_id,
    h_bmp_connect,
    h_bmp_monitor,
    h_bmp_targets,
    h_exec_timeout,
    h_exit,
    h_frr_version,
    h_if_address,
    h_if_ospf_area,
    h_if_ospf_auth,
    h_if_ospf_cost,
    h_if_pbr_policy,
    h_if_vrf,
    h_iface,
    h_iface_address,
    h_iface_vrf,
    h_iface_vrf_table,
    h_interface,
    h_ip_route,
    h_line_acl,
    h_line_vty,
    h_log_syslog,
    h_nclu,
    h_nexthop_group,
    h_nhg_nexthop,
    h_ospf_default,
    h_ospf_network,
    h_ospf_passive,
    h_ospf_redistribute,
    h_ospf_router_id,
    h_password,
    h_pbr_map,
    h_pbr_match,
    h_router_bgp,
    h_router_ospf,
    h_service,
    h_username,
    h_vrf,
)


class FrrParser(C.IosLikeParser):
    dialect_name = "frr"
    comment_prefixes = ("!", "#")
    FEATURES = FEATURES

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, ROOT)
        self.nhg: dict[str, list[str]] = {}
        self.ospf_vrf: str | None = None
        self.node: tuple[Mode, Any] | None = None

    def fallback(self, mode: Mode, toks: list[str], start: int) -> Any:
        # The first line of a Cumulus concatenated dump is the bare host name.
        if mode is ROOT and self.i == 1 and len(toks) == 1 and not self.device.name:
            return h_bare_hostname
        if mode is ROOT and len(toks) == 1 and "=" in toks[0]:  # ports.conf `1=100G`
            return h_ports_conf
        if mode is ROOT and self.node is not None:
            # vtysh reads by node, not by indentation: an unindented statement that the root
            # does not know belongs to the last `router`/`interface`/`vrf` node still open.
            node_mode, node_obj = self.node
            leaf, argi = node_mode.lookup(toks, start)
            if leaf is None or leaf is KNOWN or isinstance(leaf, Block):
                return leaf

            def in_node(p: FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
                return leaf(p, t, argi, ln, neg, node_obj)

            return in_node
        return None

    def enter(self, mode: Mode, obj: Any) -> tuple[Mode, Any]:
        self.node = (mode, obj)
        return mode, obj

    def finish(self) -> Any:
        # pbr-map `set nexthop-group G`: the group's next hops are where traffic is sent.
        for rm in self.device.route_maps.values():
            for clause in rm.clauses:
                for key, vals in list(clause.sets):
                    if key == "next-hop-group" and vals:
                        hops = tuple(h for h in self.nhg.get(vals[0], []) if is_ip(h))
                        if hops:
                            clause.sets.append(("ip next-hop", hops))
        return super().finish()


def h_bare_hostname(p: FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.name = t[0]
    p.device.hostname_line = ln
    return None


def h_ports_conf(p: FrrParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    port, _, speed = t[0].partition("=")
    return None if port and speed else UNRECOGNIZED


def _known(name: str, *paths: str) -> Mode:
    return Mode(name).known(*paths)


# ---- the grammar ---------------------------------------------------------------------------
ROOT = Mode("frr")
IF_MODE = Mode("interface")
VRF_MODE = Mode("vrf")
BGP_MODE = Mode("router bgp")
BGP_AF_MODE = Mode("router bgp address-family")
BMP_MODE = Mode("bmp targets")
OSPF_MODE = Mode("router ospf")
RM_MODE = Mode("route-map")
PBR_MODE = Mode("pbr-map")
NHG_MODE = Mode("nexthop-group")
LINE_MODE = Mode("line vty")
IFACE_MODE = Mode("ifupdown2 iface")

LINK_PARAMS = _known(
    "link-params",
    "enable",
    "metric",
    "max-bw",
    "max-rsv-bw",
    "unrsv-bw",
    "admin-grp",
    "affinity",
    "affinity-mode",
    "delay",
    "delay-variation",
    "packet-loss",
    "res-bw",
    "ava-bw",
    "use-bw",
    "neighbor",
    "srlg",
    "exit-link-params",
)
EVPN_MH = ("evpn mh",)

ROOT.on("frr version", h_frr_version).known("frr defaults")
ROOT.on("hostname", C.h_hostname).known("domainname")
ROOT.on("password", h_password).on("enable password", h_password)
ROOT.on("service", h_service)
ROOT.on("log syslog", h_log_syslog).known(
    "log file",
    "log stdout",
    "log monitor",
    "log timestamp precision",
    "log commands",
    "log record-priority",
    "log facility",
    "log unique-id",
    "log extended",
    "log filter-text",
    "log-filter",
    "log trap",
    "log daemon",
    "log immediate-mode",
)
ROOT.on("username", h_username)
ROOT.on("agentx", h_agentx)
ROOT.on("line vty", h_line_vty)
ROOT.on("interface", h_interface).on("int", h_interface)
ROOT.on("vrf", h_vrf)
ROOT.on("ip route", h_ip_route).on("ipv6 route", h_ip_route)
ROOT.on("router bgp", h_router_bgp)
ROOT.on("router ospf", h_router_ospf).on("router ospf6", h_router_ospf)
ROOT.on("ip prefix-list", C.h_prefix_list).on("ipv6 prefix-list", C.h_prefix_list)
ROOT.on("route-map", C.make_route_map_handler(RM_MODE))
for _cl in (
    "bgp community-list",
    "bgp extcommunity-list",
    "bgp large-community-list",
    "ip community-list",
    "ip extcommunity-list",
    "ip large-community-list",
    "bgp as-path access-list",
    "ip as-path access-list",
):
    ROOT.on(_cl, C.h_community_list)
ROOT.on("access-list", h_access_list).on("ipv6 access-list", h_access_list)
ROOT.on("pbr-map", h_pbr_map)
ROOT.on("nexthop-group", h_nexthop_group)
ROOT.on("end", h_exit).on("exit", h_exit).on("exit-vrf", h_exit)
ROOT.known(
    "ip forwarding",
    "ipv6 forwarding",
    "ip nht resolve-via-default",
    "ipv6 nht resolve-via-default",
    "ip nht",
    "ip protocol",
    "ipv6 protocol",
    "ip import-table",
    "ipv6 import-table",
    "ip table",
    "ip router-id",
    "router-id",
    "ip multicast",
    "ip pim",
    "ip msdp",
    "ip igmp",
    "ipv6 mld",
    "ipv6 pim",
    "ip mroute",
    "ip ssmpingd",
    "mpls label",
    "mpls lsp",
    "mpls fec",
    "zebra nexthop-group",
    "zebra nexthop",
    "zebra route-map",
    "zebra dplane",
    "zebra kernel",
    "zebra work-queue",
    "bgp send-extra-data",
    "bgp input-queue-limit",
    "bgp graceful-restart",
    "bgp route-map",
    "bgp no-rib",
    "bgp session-dscp",
    "bgp community alias",
    "bgp community",
    "allow-external-route-update",
    "allow-reserved-ranges",
    "fpm address",
    "fpm connection",
    "table range",
    "evpn mh",
    "ip mroute",
    "pbr table range",
    "vni",
    "vrrp autoconfigure",
    "ptm-enable",
    "rpki",
    "terminal paginate",
    "configure terminal",
    "conf t",
    "sharp",
    "srv6",
)
for _d in (
    "bgp",
    "ospf",
    "ospf6",
    "zebra",
    "isis",
    "pim",
    "igmp",
    "mld",
    "rip",
    "ripng",
    "bfd",
    "bfdd",
    "static",
    "pbr",
    "mpls",
    "vrrp",
    "sharp",
    "nhrp",
    "eigrp",
    "babel",
    "ldp",
    "route-map",
    "mroute",
    "msdp",
    "northbound",
    "evpn",
    "vxlan",
    "fpm",
    "srv6",
    "mgmt",
    "memstats-at-exit",
    "pathd",
    "openfabric",
    "fabricd",
    "rpki",
    "ipv6",
    "ip",
    "vrf",
    "nexthop-group",
    "bmp",
    "distributed",
    "sr-policy",
    "pcep",
    "ptm",
    "affinity-map",
    "static-route",
    "tracelog",
    "mtrace",
    "ibgp",
    "interface",
    "frr",
    "dataplane",
    "staticd",
    "snmp",
    "route",
    "label",
    "hooks",
    "pim6",
    "gm",
    "mlag",
    "router",
    "keys",
    "rib",
    "kernel",
):
    ROOT.known(f"debug {_d}")
ROOT.known("dump bgp", "affinity-map", "log-adjacency-changes", "sudo", "source")
ROOT.known("ip ospf", "ipv6 ospf6")  # unindented interface statements in old topotest files

# Routing daemons the model does not detail: a specific child table each.
_ISIS = _known(
    "router isis",
    "net",
    "is-type",
    "metric-style",
    "redistribute",
    "lsp-gen-interval",
    "lsp-refresh-interval",
    "lsp-timers",
    "max-lsp-lifetime",
    "spf-interval",
    "spf-delay-ietf",
    "topology",
    "segment-routing",
    "fast-reroute",
    "mpls-te",
    "distribute",
    "dataplane",
    "flex-algo",
    "advertise-definition",
    "affinity",
    "locator",
    "node-msd",
    "max-end-d",
    "max-end-pop",
    "max-h-encaps",
    "max-segs-left",
    "default-information",
    "log-adjacency-changes",
    "set-overload-bit",
    "purge-originator",
    "hostname",
    "lsp-mtu",
    "priority-metric",
    "srv6",
    "advertise-high-metrics",
    "attached-bit",
    "set-attached-bit",
    "exit",
    "admin-group",
    "prefix-metric",
    "exclude-admin-group",
    "include-any-admin-group",
    "include-all-admin-group",
    "algorithm",
    "bit-flag",
    "metric",
    "priority",
    "mpls",
    "lsp-gen",
)
_GENERIC_ROUTER = (
    "network",
    "redistribute",
    "passive-interface",
    "timers",
    "distance",
    "version",
    "default-information",
    "allow-ecmp",
    "log-neighbor-changes",
    "route-map",
    "neighbor",
    "default-metric",
    "offset-list",
    "distribute-list",
    "route",
    "metric",
    "router-id",
    "variance",
    "maximum-paths",
    "aggregate-address",
    "exit",
    "rp",
    "ssm",
    "bsr",
    "autorp",
    "join-prune-interval",
    "keep-alive-timer",
    "register-suppress-time",
    "rpf-lookup-mode",
    "msdp",
    "spt-switchover",
    "packets",
    "ecmp",
    "send-v6-secondary",
    "register-accept-list",
    "embedded-rp",
    "babel",
    "ip",
    "ipv6",
    "resend-delay",
    "smoothing-half-life",
    "dmvpn",
    "net",
    "is-type",
    "area-password",
    "domain-password",
    "lsp-gen-interval",
    "spf-interval",
    "fabric-tier",
    "set-overload-bit",
    "purge-originator",
)
_ISIS.on("area-password", C.h_secret_last).on("domain-password", C.h_secret_last)
for _r in ("isis", "openfabric"):
    ROOT.block(f"router {_r}", _ISIS)
for _r in ("rip", "ripng", "pim", "pim6", "eigrp", "babel", "nhrp", "igmp"):
    ROOT.block(f"router {_r}", _known(f"router {_r}", *_GENERIC_ROUTER))

_BFD = _known(
    "bfd",
    "peer",
    "profile",
    "detect-multiplier",
    "receive-interval",
    "transmit-interval",
    "echo-mode",
    "echo",
    "echo-interval",
    "echo receive-interval",
    "echo transmit-interval",
    "passive-mode",
    "shutdown",
    "minimum-ttl",
    "log-session-changes",
    "label",
    "exit",
    "sbfd",
    "remote",
    "local-address",
    "interface",
    "multihop",
)
ROOT.block("bfd", _BFD)
_SR = _known(
    "segment-routing",
    "traffic-eng",
    "srv6",
    "locators",
    "locator",
    "prefix",
    "behavior",
    "format",
    "encapsulation",
    "source-address",
    "segment-list",
    "index",
    "policy",
    "candidate-path",
    "color",
    "endpoint",
    "binding-sid",
    "name",
    "mpls-te",
    "pcep",
    "pce",
    "pcc",
    "pce-config",
    "peer",
    "address",
    "timer",
    "tcp-md5-auth",
    "sr-draft07",
    "config",
    "sid",
    "static-sids",
    "exit",
    "block-len",
    "node-len",
    "func-bits",
    "usid",
    "mpls",
    "global-block",
    "local-block",
    "srlb",
    "srgb",
    "msd",
    "affinity",
    "metric",
    "bandwidth",
    "objective-function",
    "precedence",
    "capabilities",
    "delegation",
)
ROOT.block("segment-routing", _SR)
_LDP = _known(
    "mpls ldp",
    "router-id",
    "dual-stack",
    "address-family",
    "discovery",
    "label",
    "interface",
    "ordered-control",
    "exit-address-family",
    "neighbor",
    "session",
    "exit",
    "l2vpn",
)
ROOT.block("mpls ldp", _LDP)
ROOT.block(
    "l2vpn",
    _known("l2vpn", "bridge", "member", "vc", "neighbor", "control-word", "mtu", "exit", "pw-id"),
)
ROOT.block(
    "key chain",
    _known("key chain", "key", "cryptographic-algorithm", "exit").on("key-string", C.h_secret_last),
)
ROOT.block("affinity-map", _known("affinity-map", "bit-position"))
ROOT.block("router-info", _known("router-info"))
ROOT.block("sharp", _known("sharp"))
ROOT.block("mgmt", _known("mgmt", "debug", "exit"))

# interface
IF_MODE.on("ip address", h_if_address).on("ipv6 address", h_if_address)
IF_MODE.on("ip addr", h_if_address).on("address", h_if_address)
IF_MODE.on("description", C.h_description).on("descriptoin", C.h_description)
IF_MODE.on("shutdown", C.h_shutdown).on("shut", C.h_shutdown)
IF_MODE.on("ip ospf area", h_if_ospf_area).on("ip ospf cost", h_if_ospf_cost)
IF_MODE.on("ip ospf authentication", h_if_ospf_auth)
IF_MODE.on("ip ospf message-digest-key", h_if_ospf_auth)
IF_MODE.on("ip ospf authentication-key", h_if_ospf_auth)
IF_MODE.on("pbr-policy", h_if_pbr_policy).on("vrf", h_if_vrf)
IF_MODE.known(
    "exit-link-params",
    "ipv6 ospf",
    "ip ospf",
    "ipv6 ospf6",
    "ip pim",
    "ipv6 pim",
    "ip igmp",
    "ipv6 mld",
    "ip rip",
    "ipv6 ripng",
    "ip router",
    "ipv6 router",
    "ipv6 nd",
    "ip multicast",
    "ip mroute",
    "ip nhrp",
    "ipv6 nhrp",
    "ip ssmpingd",
    "ip irdp",
    "ip rpf",
    "isis",
    "openfabric",
    "link-detect",
    "multicast",
    "bandwidth",
    "mpls",
    "mpls-te",
    "babel",
    "evpn",
    "vrrp",
    "bfd",
    "exit",
    "exit-vrf",
    "tunnel",
    "mtu",
    "ip igmp",
    "ipv6 ra",
)
IF_MODE.block("link-params", LINK_PARAMS)

VRF_MODE.on("ip route", h_ip_route).on("ipv6 route", h_ip_route)
VRF_MODE.known("vni", "exit-vrf", "exit", "ip protocol", "ipv6 protocol", "ip router-id", "ip nht")
VRF_MODE.known(
    "ip table", "ip import-table", "ip mroute", "ip pim", "ip msdp", "ip igmp", "ip ssmpingd"
)
VRF_MODE.known("netns", "ip multicast", "ipv6 mld", "ipv6 pim", "ip ospf")

# BGP
BGP_MODE.on("bgp router-id", h_bgp_router_id).on("router-id", h_bgp_router_id)
BGP_MODE.on("neighbor", C.h_bgp_neighbor)
BGP_MODE.on("address-family", h_bgp_af)
BGP_MODE.on("network", h_bgp_network).on("redistribute", C.h_bgp_redistribute)
BGP_MODE.on("aggregate-address", h_bgp_aggregate).on("maximum-paths", h_bgp_max_paths)
BGP_MODE.on("bmp targets", h_bmp_targets)
BGP_MODE.known(
    "bgp",
    "timers",
    "coalesce-time",
    "read-quanta",
    "write-quanta",
    "update-delay",
    "distance",
    "table-map",
    "exit",
    "bmp mirror buffer-limit",
    "exit-address-family",
    "vnc",
)
_AF_KNOWN = (
    "exit-address-family",
    "exit",
    "advertise-all-vni",
    "advertise-default-gw",
    "advertise-svi-ip",
    "advertise",
    "advertise-pip",
    "default-originate",
    "distribute",
    "export",
    "import",
    "label",
    "rd",
    "route-target",
    "rt",
    "vni",
    "exit-vni",
    "flooding",
    "local-install",
    "table-map",
    "distance",
    "bgp",
    "use-underlays-nexthop-weight",
    "sid",
    "nexthop",
    "dup-addr-detection",
    "autort",
    "ead-es-frag",
    "ead-es-route-target",
    "disable-ead-evi-rx",
    "disable-ead-evi-tx",
    "mac-vrf",
    "segment-routing",
    "aggregate-address",
    "l3vni",
)
BGP_AF_MODE.on("neighbor", C.h_bgp_neighbor).on("network", h_bgp_network)
BGP_AF_MODE.on("redistribute", C.h_bgp_redistribute)
BGP_AF_MODE.on("aggregate-address", h_bgp_aggregate).on("maximum-paths", h_bgp_max_paths)
BGP_AF_MODE.known(*_AF_KNOWN)
BGP_AF_MODE.known("vni")  # vni blocks nest their rd/route-target lines
BMP_MODE.on("bmp connect", h_bmp_connect).on("bmp monitor", h_bmp_monitor)
BMP_MODE.known("bmp stats", "bmp mirror", "bmp listener", "ip access-list", "ipv6 access-list")
BMP_MODE.known("exit")

# OSPF
OSPF_MODE.on("ospf router-id", h_ospf_router_id).on("router-id", h_ospf_router_id)
OSPF_MODE.on("network", h_ospf_network).on("passive-interface", h_ospf_passive)
OSPF_MODE.on("redistribute", h_ospf_redistribute)
OSPF_MODE.on("default-information originate", h_ospf_default)
OSPF_MODE.known(
    "area",
    "capability",
    "distance",
    "forwarding-address-self",
    "graceful-restart",
    "log-adjacency-changes",
    "mpls-te",
    "neighbor",
    "ospf",
    "ospf6",
    "refresh",
    "router-info",
    "segment-routing",
    "timers",
    "auto-cost",
    "compatible",
    "default-metric",
    "max-metric",
    "maximum-paths",
    "write-multiplier",
    "exit",
    "interface",
    "stub-router",
    "distribute-list",
    "proactive-arp",
    "opaque",
    "aggregation",
    "summary-address",
    "fast-reroute",
    "ospf6",
)

# route-map / pbr-map / nexthop-group
RM_MODE.on("match", C.h_rm_match).on("set", C.h_rm_set).on("call", C.h_rm_call)
RM_MODE.on("continue", C.h_rm_continue).on("on-match next", C.h_rm_continue)
RM_MODE.known("on-match goto", "description", "exit")
PBR_MODE.on("match", h_pbr_match).on("set", C.h_rm_set)
PBR_MODE.known("exit", "description")
NHG_MODE.on("nexthop", h_nhg_nexthop).known("resilient", "exit", "backup-group")

LINE_MODE.on("access-class", h_line_acl).on("ipv6 access-class", h_line_acl)
LINE_MODE.on("exec-timeout", h_exec_timeout).known("exit", "login")

# Cumulus: /etc/network/interfaces (ifupdown2) and NCLU
ROOT.known("auto", "source", "allow-hotplug").on("iface", h_iface)
IFACE_MODE.on("address", h_iface_address).on("vrf", h_iface_vrf)
IFACE_MODE.on("vrf-table", h_iface_vrf_table)
IFACE_MODE.known(
    "gateway",
    "alias",
    "bridge-access",
    "bridge-ports",
    "bridge-vids",
    "bridge-pvid",
    "bridge-vlan-aware",
    "bridge-stp",
    "bridge-learning",
    "bridge-arp-nd-suppress",
    "vlan-id",
    "vlan-raw-device",
    "vxlan-id",
    "vxlan-local-tunnelip",
    "link-autoneg",
    "link-speed",
    "link-duplex",
    "mtu",
    "bond-slaves",
    "bond-mode",
    "bond-miimon",
    "bond-min-links",
    "bond-lacp-rate",
    "bond-lacp-bypass-allow",
    "clag-id",
    "clagd-peer-ip",
    "clagd-backup-ip",
    "clagd-sys-mac",
    "clagd-priority",
    "address-virtual",
    "hwaddress",
    "post-up",
    "pre-up",
    "up",
    "down",
    "mstpctl-bpduguard",
    "mstpctl-portadminedge",
    "mstpctl-portbpdufilter",
    "ip-forward",
    "ip6-forward",
    "ip",
)
ROOT.on("net", h_nclu)


C.strip_no(globals())

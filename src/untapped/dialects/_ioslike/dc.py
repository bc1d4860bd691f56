"""Handlers shared by the data-centre IOS-like dialects (Cisco NX-OS, Arista EOS).

Both write interface addresses as `A/len`, name VRFs in blocks (`vrf context` / `vrf instance`),
number ACL entries, put management services in VRFs and configure BGP neighbors either as blocks
(NX-OS) or one-liners (EOS). The handlers here fill the vendor-neutral model; each dialect's grammar
wires them into its own `Mode` tries. A handler that opens a child block finds the dialect's mode
in `p.modes` (a dict the dialect's parser class carries), so one handler serves both grammars.
"""

from __future__ import annotations

from untapped.dialects._ioslike.dc_base import (
    TYPE_KINDS as TYPE_KINDS,
)
from untapped.dialects._ioslike.dc_base import (
    after as after,
)
from untapped.dialects._ioslike.dc_base import (
    hash_kind as hash_kind,
)
from untapped.dialects._ioslike.dc_base import (
    known_child as known_child,
)
from untapped.dialects._ioslike.dc_base import (
    secret_after as secret_after,
)
from untapped.dialects._ioslike.dc_base import (
    set_service as set_service,
)
from untapped.dialects._ioslike.dc_base import (
    unq as unq,
)
from untapped.dialects._ioslike.dc_filters import (
    h_acl as h_acl,
)
from untapped.dialects._ioslike.dc_filters import (
    h_acl_entry as h_acl_entry,
)
from untapped.dialects._ioslike.dc_filters import (
    h_as_path as h_as_path,
)
from untapped.dialects._ioslike.dc_filters import (
    h_community_list as h_community_list,
)
from untapped.dialects._ioslike.dc_filters import (
    h_object_group as h_object_group,
)
from untapped.dialects._ioslike.dc_filters import (
    h_og_entry as h_og_entry,
)
from untapped.dialects._ioslike.dc_interfaces import (
    expand_vlans as expand_vlans,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_hostname as h_hostname,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_if_access_group as h_if_access_group,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_if_flow_monitor as h_if_flow_monitor,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_if_ip_address as h_if_ip_address,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_if_ipv6_address as h_if_ipv6_address,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_if_policy as h_if_policy,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_if_tunnel as h_if_tunnel,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_if_vrf as h_if_vrf,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_interface as h_interface,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_ip_route as h_ip_route,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_vlan as h_vlan,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_vlan_name as h_vlan_name,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_vlan_rspan as h_vlan_rspan,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_vrf_block as h_vrf_block,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_vrf_rd as h_vrf_rd,
)
from untapped.dialects._ioslike.dc_interfaces import (
    h_vrf_rt as h_vrf_rt,
)
from untapped.dialects._ioslike.dc_interfaces import (
    route_from as route_from,
)
from untapped.dialects._ioslike.dc_mgmt import (
    BUILTIN_ROLES as BUILTIN_ROLES,
)
from untapped.dialects._ioslike.dc_mgmt import (
    RW_GROUPS as RW_GROUPS,
)
from untapped.dialects._ioslike.dc_mgmt import (
    SSH_LISTS as SSH_LISTS,
)
from untapped.dialects._ioslike.dc_mgmt import (
    _group_servers as _group_servers,
)
from untapped.dialects._ioslike.dc_mgmt import (
    _vrf_tail as _vrf_tail,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_aaa_group as h_aaa_group,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_aaa_method as h_aaa_method,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_banner_delim as h_banner_delim,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_banner_eof as h_banner_eof,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_domain_lookup as h_domain_lookup,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_domain_name as h_domain_name,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_group_server as h_group_server,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_group_source as h_group_source,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_group_vrf as h_group_vrf,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_key as h_key,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_key_chain as h_key_chain,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_key_string as h_key_string,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_line as h_line,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_logging_level as h_logging_level,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_logging_server as h_logging_server,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_logging_source as h_logging_source,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_name_server as h_name_server,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_ntp_auth_key as h_ntp_auth_key,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_ntp_server as h_ntp_server,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_ntp_source as h_ntp_source,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_secret_last as h_secret_last,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_server_global_key as h_server_global_key,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_server_host as h_server_host,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_snmp_community as h_snmp_community,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_snmp_host as h_snmp_host,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_snmp_user as h_snmp_user,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_ssh as h_ssh,
)
from untapped.dialects._ioslike.dc_mgmt import (
    h_username as h_username,
)
from untapped.dialects._ioslike.dc_parser import (
    DcParser as DcParser,
)
from untapped.dialects._ioslike.dc_parser import (
    H as H,
)
from untapped.dialects._ioslike.dc_routing import (
    IOS_NEIGHBOR_WORDS as IOS_NEIGHBOR_WORDS,
)
from untapped.dialects._ioslike.dc_routing import (
    NEIGHBOR_FLAGS as NEIGHBOR_FLAGS,
)
from untapped.dialects._ioslike.dc_routing import (
    BgpVrfCtx as BgpVrfCtx,
)
from untapped.dialects._ioslike.dc_routing import (
    NbCtx as NbCtx,
)
from untapped.dialects._ioslike.dc_routing import (
    _bgp as _bgp,
)
from untapped.dialects._ioslike.dc_routing import (
    _vrf_of as _vrf_of,
)
from untapped.dialects._ioslike.dc_routing import (
    bgp_neighbor as bgp_neighbor,
)
from untapped.dialects._ioslike.dc_routing import (
    bgp_wrap as bgp_wrap,
)
from untapped.dialects._ioslike.dc_routing import (
    h_bgp_af as h_bgp_af,
)
from untapped.dialects._ioslike.dc_routing import (
    h_bgp_neighbor_block as h_bgp_neighbor_block,
)
from untapped.dialects._ioslike.dc_routing import (
    h_bgp_neighbor_oneliner as h_bgp_neighbor_oneliner,
)
from untapped.dialects._ioslike.dc_routing import (
    h_bgp_redistribute as h_bgp_redistribute,
)
from untapped.dialects._ioslike.dc_routing import (
    h_bgp_router_id as h_bgp_router_id,
)
from untapped.dialects._ioslike.dc_routing import (
    h_bgp_vrf as h_bgp_vrf,
)
from untapped.dialects._ioslike.dc_routing import (
    h_data_line as h_data_line,
)
from untapped.dialects._ioslike.dc_routing import (
    h_enable_secret as h_enable_secret,
)
from untapped.dialects._ioslike.dc_routing import (
    h_nb_af as h_nb_af,
)
from untapped.dialects._ioslike.dc_routing import (
    h_nb_attr as h_nb_attr,
)
from untapped.dialects._ioslike.dc_routing import (
    h_ospf_network as h_ospf_network,
)
from untapped.dialects._ioslike.dc_routing import (
    h_ospf_vrf as h_ospf_vrf,
)
from untapped.dialects._ioslike.dc_routing import (
    h_other_redistribute as h_other_redistribute,
)
from untapped.dialects._ioslike.dc_routing import (
    h_other_router as h_other_router,
)
from untapped.dialects._ioslike.dc_routing import (
    h_prefix_list as h_prefix_list,
)
from untapped.dialects._ioslike.dc_routing import (
    h_prefix_seq as h_prefix_seq,
)
from untapped.dialects._ioslike.dc_routing import (
    h_router_bgp as h_router_bgp,
)
from untapped.dialects._ioslike.dc_routing import (
    h_router_ospf as h_router_ospf,
)
from untapped.dialects._ioslike.dc_routing import (
    neighbor_attr as neighbor_attr,
)
from untapped.dialects._ioslike.dc_routing import (
    prefix_entry as prefix_entry,
)
from untapped.dialects._ioslike.dc_taps import (
    __all__ as __all__,
)
from untapped.dialects._ioslike.dc_taps import (
    action as action,
)
from untapped.dialects._ioslike.dc_taps import (
    automation as automation,
)
from untapped.dialects._ioslike.dc_taps import (
    extend as extend,
)
from untapped.dialects._ioslike.dc_taps import (
    flow_exporter as flow_exporter,
)
from untapped.dialects._ioslike.dc_taps import (
    h_fe_destination as h_fe_destination,
)
from untapped.dialects._ioslike.dc_taps import (
    h_fe_source as h_fe_source,
)
from untapped.dialects._ioslike.dc_taps import (
    h_fe_transport as h_fe_transport,
)
from untapped.dialects._ioslike.dc_taps import (
    h_fe_version as h_fe_version,
)
from untapped.dialects._ioslike.dc_taps import (
    h_flow_exporter as h_flow_exporter,
)
from untapped.dialects._ioslike.dc_taps import (
    h_flow_monitor as h_flow_monitor,
)
from untapped.dialects._ioslike.dc_taps import (
    h_flow_record as h_flow_record,
)
from untapped.dialects._ioslike.dc_taps import (
    h_fm_exporter as h_fm_exporter,
)
from untapped.dialects._ioslike.dc_taps import (
    h_fm_record as h_fm_record,
)
from untapped.dialects._ioslike.dc_taps import (
    h_telemetry_dest as h_telemetry_dest,
)
from untapped.dialects._ioslike.dc_taps import (
    host_port as host_port,
)
from untapped.dialects._ioslike.dc_taps import (
    mirror_session as mirror_session,
)
from untapped.dialects._ioslike.dc_taps import (
    mirror_sources as mirror_sources,
)
from untapped.dialects._ioslike.engine import UNRECOGNIZED as UNRECOGNIZED

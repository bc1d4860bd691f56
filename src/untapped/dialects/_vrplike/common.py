"""Handlers of the statements VRP and Comware spell alike, gathered from the topic modules
(h_interfaces, h_routing, h_filters, h_mgmt, h_security; helpers in base). Each handler has the
engine signature `(p, toks, i, line, neg, obj)`."""

from untapped.dialects._vrplike.base import (
    DIRECTIONS as DIRECTIONS,
)
from untapped.dialects._vrplike.base import (
    P as P,
)
from untapped.dialects._vrplike.base import (
    kw as kw,
)
from untapped.dialects._vrplike.base import (
    rest as rest,
)
from untapped.dialects._vrplike.base import (
    secret_after as secret_after,
)
from untapped.dialects._vrplike.h_filters import (
    _PROTOS as _PROTOS,
)
from untapped.dialects._vrplike.h_filters import (
    _VRP_PORTS as _VRP_PORTS,
)
from untapped.dialects._vrplike.h_filters import (
    _acl_kind as _acl_kind,
)
from untapped.dialects._vrplike.h_filters import (
    _find_interface as _find_interface,
)
from untapped.dialects._vrplike.h_filters import (
    _port as _port,
)
from untapped.dialects._vrplike.h_filters import (
    _rule_addr as _rule_addr,
)
from untapped.dialects._vrplike.h_filters import (
    _rule_ports as _rule_ports,
)
from untapped.dialects._vrplike.h_filters import (
    h_acl as h_acl,
)
from untapped.dialects._vrplike.h_filters import (
    h_acl_description as h_acl_description,
)
from untapped.dialects._vrplike.h_filters import (
    h_beh_action as h_beh_action,
)
from untapped.dialects._vrplike.h_filters import (
    h_beh_mirror_observe as h_beh_mirror_observe,
)
from untapped.dialects._vrplike.h_filters import (
    h_beh_mirror_to as h_beh_mirror_to,
)
from untapped.dialects._vrplike.h_filters import (
    h_beh_redirect as h_beh_redirect,
)
from untapped.dialects._vrplike.h_filters import (
    h_behavior as h_behavior,
)
from untapped.dialects._vrplike.h_filters import (
    h_classifier as h_classifier,
)
from untapped.dialects._vrplike.h_filters import (
    h_cls_if_match as h_cls_if_match,
)
from untapped.dialects._vrplike.h_filters import (
    h_pol_classifier as h_pol_classifier,
)
from untapped.dialects._vrplike.h_filters import (
    h_policy as h_policy,
)
from untapped.dialects._vrplike.h_filters import (
    h_rule as h_rule,
)
from untapped.dialects._vrplike.h_filters import (
    resolve_policies as resolve_policies,
)
from untapped.dialects._vrplike.h_interfaces import (
    _acl_bind as _acl_bind,
)
from untapped.dialects._vrplike.h_interfaces import (
    _direction as _direction,
)
from untapped.dialects._vrplike.h_interfaces import (
    _tunnel as _tunnel,
)
from untapped.dialects._vrplike.h_interfaces import (
    _vlan as _vlan,
)
from untapped.dialects._vrplike.h_interfaces import (
    _vlan_ids as _vlan_ids,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_header as h_header,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_access_vlan as h_if_access_vlan,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_binding as h_if_binding,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_description as h_if_description,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_ip_address as h_if_ip_address,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_ipsec_policy as h_if_ipsec_policy,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_ipsec_profile as h_if_ipsec_profile,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_ipv6_address as h_if_ipv6_address,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_link_mode as h_if_link_mode,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_link_type as h_if_link_type,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_lldp as h_if_lldp,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_mtu as h_if_mtu,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_netstream as h_if_netstream,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_ospf_auth as h_if_ospf_auth,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_ospf_cost as h_if_ospf_cost,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_packet_filter as h_if_packet_filter,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_port_mirroring as h_if_port_mirroring,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_portswitch as h_if_portswitch,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_pvid as h_if_pvid,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_shutdown as h_if_shutdown,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_traffic_filter as h_if_traffic_filter,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_traffic_policy as h_if_traffic_policy,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_trunk_member as h_if_trunk_member,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_trunk_vlans as h_if_trunk_vlans,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_tunnel_destination as h_if_tunnel_destination,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_tunnel_key as h_if_tunnel_key,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_tunnel_protocol as h_if_tunnel_protocol,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_if_tunnel_source as h_if_tunnel_source,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_interface as h_interface,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_observe_port_index as h_observe_port_index,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_sysname as h_sysname,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vlan as h_vlan,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vlan_batch as h_vlan_batch,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vlan_mirroring as h_vlan_mirroring,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vlan_name as h_vlan_name,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vlan_remote_probe as h_vlan_remote_probe,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vpn_instance as h_vpn_instance,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vrf_af as h_vrf_af,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vrf_policy as h_vrf_policy,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vrf_rd as h_vrf_rd,
)
from untapped.dialects._vrplike.h_interfaces import (
    h_vrf_target as h_vrf_target,
)
from untapped.dialects._vrplike.h_mgmt import (
    _LINE_KINDS as _LINE_KINDS,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_capture as h_capture,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_dns_domain as h_dns_domain,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_dns_proxy as h_dns_proxy,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_dns_resolve as h_dns_resolve,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_dns_server as h_dns_server,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_info_center_enable as h_info_center_enable,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_info_center_logbuffer as h_info_center_logbuffer,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_info_center_timestamp as h_info_center_timestamp,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_line as h_line,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_line_acl as h_line_acl,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_line_auth as h_line_auth,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_line_password as h_line_password,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_line_privilege as h_line_privilege,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_line_protocol as h_line_protocol,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_line_role as h_line_role,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_line_shell as h_line_shell,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_line_timeout as h_line_timeout,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_loghost as h_loghost,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_netstream_host as h_netstream_host,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_netstream_source as h_netstream_source,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ntp_auth as h_ntp_auth,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ntp_key as h_ntp_key,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ntp_master as h_ntp_master,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ntp_reliable as h_ntp_reliable,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ntp_server as h_ntp_server,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ntp_source as h_ntp_source,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_sflow_collector as h_sflow_collector,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_sflow_source as h_sflow_source,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_agent as h_snmp_agent,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_community as h_snmp_community,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_group as h_snmp_group,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_sysinfo as h_snmp_sysinfo,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_target as h_snmp_target,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_trap_source as h_snmp_trap_source,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_traps as h_snmp_traps,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_usm as h_snmp_usm,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_version as h_snmp_version,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_snmp_view as h_snmp_view,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ssh_acl as h_ssh_acl,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ssh_algos as h_ssh_algos,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ssh_retry as h_ssh_retry,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ssh_source as h_ssh_source,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_ssh_timeout as h_ssh_timeout,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_tel_address as h_tel_address,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_tel_dest_group as h_tel_dest_group,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_tel_sensor_group as h_tel_sensor_group,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_tel_sub_ref as h_tel_sub_ref,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_tel_subscription as h_tel_subscription,
)
from untapped.dialects._vrplike.h_mgmt import (
    h_telemetry as h_telemetry,
)
from untapped.dialects._vrplike.h_mgmt import (
    port_handler as port_handler,
)
from untapped.dialects._vrplike.h_mgmt import (
    service as service,
)
from untapped.dialects._vrplike.h_mgmt import (
    svc_handler as svc_handler,
)
from untapped.dialects._vrplike.h_routing import (
    _MATCH_KEYS as _MATCH_KEYS,
)
from untapped.dialects._vrplike.h_routing import (
    _ROUTE_SETTINGS as _ROUTE_SETTINGS,
)
from untapped.dialects._vrplike.h_routing import (
    PEER_KNOWN as PEER_KNOWN,
)
from untapped.dialects._vrplike.h_routing import (
    _area_id as _area_id,
)
from untapped.dialects._vrplike.h_routing import (
    _neighbor as _neighbor,
)
from untapped.dialects._vrplike.h_routing import (
    _redistribution as _redistribution,
)
from untapped.dialects._vrplike.h_routing import (
    h_apply as h_apply,
)
from untapped.dialects._vrplike.h_routing import (
    h_bgp as h_bgp,
)
from untapped.dialects._vrplike.h_routing import (
    h_bgp_af as h_bgp_af,
)
from untapped.dialects._vrplike.h_routing import (
    h_bgp_group as h_bgp_group,
)
from untapped.dialects._vrplike.h_routing import (
    h_bgp_import as h_bgp_import,
)
from untapped.dialects._vrplike.h_routing import (
    h_bgp_local_pref as h_bgp_local_pref,
)
from untapped.dialects._vrplike.h_routing import (
    h_bgp_multipath as h_bgp_multipath,
)
from untapped.dialects._vrplike.h_routing import (
    h_bgp_network as h_bgp_network,
)
from untapped.dialects._vrplike.h_routing import (
    h_bgp_peer as h_bgp_peer,
)
from untapped.dialects._vrplike.h_routing import (
    h_bgp_router_id as h_bgp_router_id,
)
from untapped.dialects._vrplike.h_routing import (
    h_if_match as h_if_match,
)
from untapped.dialects._vrplike.h_routing import (
    h_if_pbr as h_if_pbr,
)
from untapped.dialects._vrplike.h_routing import (
    h_ip_prefix as h_ip_prefix,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf as h_ospf,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_abr_summary as h_ospf_abr_summary,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_area as h_ospf_area,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_area_auth as h_ospf_area_auth,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_area_kind as h_ospf_area_kind,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_default as h_ospf_default,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_import as h_ospf_import,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_network as h_ospf_network,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_refbw as h_ospf_refbw,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_router_id as h_ospf_router_id,
)
from untapped.dialects._vrplike.h_routing import (
    h_ospf_silent as h_ospf_silent,
)
from untapped.dialects._vrplike.h_routing import (
    h_path_filter as h_path_filter,
)
from untapped.dialects._vrplike.h_routing import (
    h_pbr as h_pbr,
)
from untapped.dialects._vrplike.h_routing import (
    h_route_policy as h_route_policy,
)
from untapped.dialects._vrplike.h_routing import (
    h_route_static as h_route_static,
)
from untapped.dialects._vrplike.h_routing import (
    h_route_static6 as h_route_static6,
)
from untapped.dialects._vrplike.h_security import (
    PASSWORD_KINDS as PASSWORD_KINDS,
)
from untapped.dialects._vrplike.h_security import (
    _proposal as _proposal,
)
from untapped.dialects._vrplike.h_security import (
    aaa_group as aaa_group,
)
from untapped.dialects._vrplike.h_security import (
    aaa_group_key as aaa_group_key,
)
from untapped.dialects._vrplike.h_security import (
    aaa_server as aaa_server,
)
from untapped.dialects._vrplike.h_security import (
    finish_aaa as finish_aaa,
)
from untapped.dialects._vrplike.h_security import (
    finish_crypto as finish_crypto,
)
from untapped.dialects._vrplike.h_security import (
    h_ike_peer as h_ike_peer,
)
from untapped.dialects._vrplike.h_security import (
    h_ike_proposal as h_ike_proposal,
)
from untapped.dialects._vrplike.h_security import (
    h_ipsec_policy as h_ipsec_policy,
)
from untapped.dialects._vrplike.h_security import (
    h_ipsec_proposal as h_ipsec_proposal,
)
from untapped.dialects._vrplike.h_security import (
    h_key_code as h_key_code,
)
from untapped.dialects._vrplike.h_security import (
    h_key_lifetime as h_key_lifetime,
)
from untapped.dialects._vrplike.h_security import (
    h_key_string as h_key_string,
)
from untapped.dialects._vrplike.h_security import (
    h_keychain as h_keychain,
)
from untapped.dialects._vrplike.h_security import (
    h_keychain_key as h_keychain_key,
)
from untapped.dialects._vrplike.h_security import (
    h_peer_key as h_peer_key,
)
from untapped.dialects._vrplike.h_security import (
    h_peer_proposal as h_peer_proposal,
)
from untapped.dialects._vrplike.h_security import (
    h_peer_psk as h_peer_psk,
)
from untapped.dialects._vrplike.h_security import (
    h_peer_remote as h_peer_remote,
)
from untapped.dialects._vrplike.h_security import (
    h_pol_acl as h_pol_acl,
)
from untapped.dialects._vrplike.h_security import (
    h_pol_ike_peer as h_pol_ike_peer,
)
from untapped.dialects._vrplike.h_security import (
    h_pol_ike_profile as h_pol_ike_profile,
)
from untapped.dialects._vrplike.h_security import (
    h_pol_proposal as h_pol_proposal,
)
from untapped.dialects._vrplike.h_security import (
    h_pol_remote as h_pol_remote,
)
from untapped.dialects._vrplike.h_security import (
    h_prop_auth as h_prop_auth,
)
from untapped.dialects._vrplike.h_security import (
    h_prop_dh as h_prop_dh,
)
from untapped.dialects._vrplike.h_security import (
    h_prop_enc as h_prop_enc,
)
from untapped.dialects._vrplike.h_security import (
    h_prop_integ as h_prop_integ,
)
from untapped.dialects._vrplike.h_security import (
    known_tree as known_tree,
)
from untapped.dialects._vrplike.h_security import (
    local_user as local_user,
)

"""Interfaces, VLANs, VRFs and routing: what the data plane analyses read."""

from __future__ import annotations

import msgspec

from untapped.model.core import Secret, Span


class IfAddress(msgspec.Struct, frozen=True):
    """An interface address as text (`10.0.0.1/24`, `2001:db8::1/64`) and whether it is secondary."""

    address: str
    secondary: bool = False


class Tunnel(msgspec.Struct):
    source: str | None = None  # address or interface name
    destination: str | None = None  # address or host name
    destination_line: int = 0
    mode: str = "gre"  # gre, gre-ipv6, ipip, ipsec, mpls, vxlan, dmvpn, ...
    protection: str | None = None  # IPsec profile name when protected
    vrf: str | None = None  # underlay (transport) VRF
    key: Secret | None = None


class Interface(msgspec.Struct):
    name: str
    span: Span
    description: str | None = None
    shutdown: bool = False
    vrf: str | None = None
    addresses: list[IfAddress] = msgspec.field(default_factory=list)
    addresses6: list[IfAddress] = msgspec.field(default_factory=list)
    unnumbered: str | None = None
    dhcp: bool = False
    mtu: int | None = None
    bandwidth: int | None = None  # kbit/s, as configured (`bandwidth N`); None: the default
    switchport: bool | None = None  # None: not said
    switchport_mode: str | None = None  # access, trunk, dynamic desirable|auto, routed...
    access_vlan: int | None = None
    voice_vlan: int | None = None
    trunk_vlans: str | None = None  # allowed list as configured ("1-10,20")
    native_vlan: int | None = None
    channel_group: str | None = None
    acl_in: str | None = None
    acl_out: str | None = None
    acl6_in: str | None = None
    acl6_out: str | None = None
    policy_route_map: str | None = None  # `ip policy route-map`
    service_policy_in: str | None = None
    service_policy_out: str | None = None
    flow_monitors: list[str] = msgspec.field(default_factory=list)  # "NAME input|output"
    flow_classic: list[str] = msgspec.field(default_factory=list)  # "ingress", "egress"
    sampler: str | None = None
    traffic_export: str | None = None  # `ip traffic-export apply P`
    tunnel: Tunnel | None = None
    nameif: str | None = None  # ASA
    security_level: int | None = None  # ASA
    proxy_arp: bool | None = None
    redirects: bool | None = None
    unreachables: bool | None = None
    directed_broadcast: bool | None = None
    urpf: str | None = None
    cdp: bool | None = None
    lldp: bool | None = None
    ospf_cost: int | None = None
    ospf_area: str | None = None
    ospf_passive: bool | None = None
    ospf_auth: bool = False
    helper_addresses: list[str] = msgspec.field(default_factory=list)
    wccp: list[str] = msgspec.field(default_factory=list)
    storm_control: bool = False
    bpdu_guard: bool | None = None
    portfast: bool = False
    spanning_tree: list[str] = msgspec.field(default_factory=list)
    mirror_observe: list[str] = msgspec.field(
        default_factory=list
    )  # vendor-neutral mirror binding notes
    extra: dict[str, str] = msgspec.field(default_factory=dict)


class Vlan(msgspec.Struct):
    id: int
    span: Span
    name: str | None = None
    remote_span: bool = False


class Vrf(msgspec.Struct):
    name: str
    span: Span
    rd: str | None = None
    import_targets: list[str] = msgspec.field(default_factory=list)
    export_targets: list[str] = msgspec.field(default_factory=list)
    import_map: str | None = None
    export_map: str | None = None


class StaticRoute(msgspec.Struct):
    prefix: str  # "10.0.0.0/8" or "::/0"
    span: Span
    vrf: str | None = None
    next_hop: str | None = None  # address
    interface: str | None = None  # outgoing interface, Null0 for discard
    distance: int = 1
    tag: int | None = None
    name: str | None = None
    nh_vrf: str | None = None  # next hop looked up in another VRF (leaking)
    permanent: bool = False
    track: int | None = None


class Redistribution(msgspec.Struct):
    protocol: str  # connected, static, ospf, bgp, ...
    process: str | None = None
    route_map: str | None = None
    metric: int | None = None
    metric_type: int | None = None
    subnets: bool = True


class OspfNetwork(msgspec.Struct, frozen=True):
    prefix: str  # network as prefix (wildcard converted), "10.0.0.0/8"
    area: str


class OspfRange(msgspec.Struct, frozen=True):
    """An ABR's summary of an area's routes (IOS `area A range`, VRP/Comware `abr-summary`, Junos
    `area-range`): one inter-area route for the range instead of its components, or none
    (`not-advertise` / `restrict`); the cost is the components' largest unless configured."""

    prefix: str  # "10.1.0.0/16"
    advertise: bool = True
    cost: int | None = None


class OspfArea(msgspec.Struct):
    id: str
    kind: str = "normal"  # normal, stub, totally-stub, nssa, totally-nssa
    default_cost: int | None = None
    # Whether an ABR of this area originates a default route into it: None = the vendor's rule for
    # the kind (stub and totally-stubby areas get a summary default, plain NSSA none); True on an
    # NSSA = a type-7 default (IOS `nssa default-information-originate`, VRP
    # `nssa default-route-advertise`, Junos `nssa default-lsa`); False = none (Junos without
    # `default-metric` / `default-lsa`).
    default_lsa: bool | None = None
    ranges: list[OspfRange] = msgspec.field(default_factory=list)
    auth: str | None = None  # message-digest, plain


class Ospf(msgspec.Struct):
    process: str
    span: Span
    vrf: str | None = None
    router_id: str | None = None
    networks: list[OspfNetwork] = msgspec.field(default_factory=list)
    areas: dict[str, OspfArea] = msgspec.field(default_factory=dict)
    passive_default: bool = False
    passive: list[str] = msgspec.field(default_factory=list)
    non_passive: list[str] = msgspec.field(default_factory=list)
    redistribute: list[Redistribution] = msgspec.field(default_factory=list)
    default_originate: bool = False
    default_originate_always: bool = False
    reference_bandwidth: int | None = None  # Mbit/s
    distance: int | None = None
    max_metric: bool = False
    export_policies: list[str] = msgspec.field(default_factory=list)  # Junos `export` policies


class BgpNeighbor(msgspec.Struct):
    address: str  # address, or interface for unnumbered, or peer-group name
    span: Span
    remote_as: str | None = None
    peer_group: str | None = None
    is_group: bool = False
    description: str | None = None
    update_source: str | None = None
    route_map_in: str | None = None
    route_map_out: str | None = None
    prefix_list_in: str | None = None
    prefix_list_out: str | None = None
    filter_list_in: str | None = None
    filter_list_out: str | None = None
    next_hop_self: bool = False
    route_reflector_client: bool = False
    password: Secret | None = None
    ebgp_multihop: int | None = None
    ttl_security: int | None = None
    max_prefix: int | None = None
    shutdown: bool = False
    send_community: bool = False
    local_as: str | None = None
    activated: list[str] = msgspec.field(default_factory=list)  # address families
    weight: int | None = None
    vrf: str | None = None


class BgpNetwork(msgspec.Struct, frozen=True):
    prefix: str
    route_map: str | None = None
    vrf: str | None = None


class BgpAggregate(msgspec.Struct, frozen=True):
    prefix: str
    summary_only: bool = False
    as_set: bool = False
    vrf: str | None = None


class Bgp(msgspec.Struct):
    asn: str
    span: Span
    router_id: str | None = None
    neighbors: list[BgpNeighbor] = msgspec.field(default_factory=list)
    networks: list[BgpNetwork] = msgspec.field(default_factory=list)
    aggregates: list[BgpAggregate] = msgspec.field(default_factory=list)
    redistribute: list[Redistribution] = msgspec.field(default_factory=list)
    multipath: int | None = None
    default_local_pref: int | None = None
    always_compare_med: bool = False
    vrfs: list[str] = msgspec.field(default_factory=list)


class RoutingProcess(msgspec.Struct):
    """A routing protocol the model knows exists but does not detail (eigrp, isis, rip...)."""

    protocol: str
    process: str
    span: Span
    vrf: str | None = None
    redistribute: list[Redistribution] = msgspec.field(default_factory=list)

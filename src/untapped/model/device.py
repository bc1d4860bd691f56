"""The Device: one box's vendor-neutral configuration model, and what a parse returns."""

from __future__ import annotations

import msgspec

from untapped.model.core import Definition, Diagnostic, LineCounts, Reference, Span
from untapped.model.filters import (
    Acl,
    ClassMap,
    CommunityList,
    ObjectGroup,
    PolicyMap,
    PrefixList,
    RouteMap,
)
from untapped.model.mgmt import (
    Aaa,
    Banner,
    Dns,
    EnablePassword,
    KeyChain,
    Line,
    Logging,
    Ntp,
    Service,
    Snmp,
    SshSettings,
    User,
)
from untapped.model.net import Bgp, Interface, Ospf, RoutingProcess, StaticRoute, Vlan, Vrf
from untapped.model.taps import (
    AutoConfig,
    Automation,
    BootImage,
    CallHome,
    ConfigArchive,
    CryptoPeer,
    CryptoProposal,
    FlowExporter,
    FlowMonitor,
    LawfulIntercept,
    MirrorSession,
    PacketCapture,
    Telemetry,
    TrafficExport,
    Wccp,
)


class Device(msgspec.Struct):
    """Everything untapped knows about one device from its configuration.

    Dialects fill it; analyses only read it. Dictionaries are keyed by the object's name as the
    vendor spells it. `features` lists the feature names (see `untapped.dialects.base.FEATURES`)
    that the dialect populated for this device, so that analyses can say "unknown" for the rest.
    """

    name: str
    file: str
    dialect: str
    hostname_line: int = 0
    version: str | None = None
    domain: str | None = None
    features: frozenset[str] = frozenset()
    interfaces: dict[str, Interface] = msgspec.field(default_factory=dict)
    vlans: dict[int, Vlan] = msgspec.field(default_factory=dict)
    vrfs: dict[str, Vrf] = msgspec.field(default_factory=dict)
    static_routes: list[StaticRoute] = msgspec.field(default_factory=list)
    ospf: list[Ospf] = msgspec.field(default_factory=list)
    bgp: Bgp | None = None
    other_routing: list[RoutingProcess] = msgspec.field(default_factory=list)
    acls: dict[str, Acl] = msgspec.field(default_factory=dict)
    object_groups: dict[str, ObjectGroup] = msgspec.field(default_factory=dict)
    prefix_lists: dict[str, PrefixList] = msgspec.field(default_factory=dict)
    community_lists: dict[str, CommunityList] = msgspec.field(default_factory=dict)
    route_maps: dict[str, RouteMap] = msgspec.field(default_factory=dict)
    class_maps: dict[str, ClassMap] = msgspec.field(default_factory=dict)
    policy_maps: dict[str, PolicyMap] = msgspec.field(default_factory=dict)
    users: list[User] = msgspec.field(default_factory=list)
    enable: list[EnablePassword] = msgspec.field(default_factory=list)
    aaa: Aaa = msgspec.field(default_factory=Aaa)
    snmp: Snmp = msgspec.field(default_factory=Snmp)
    logging: Logging = msgspec.field(default_factory=Logging)
    ntp: Ntp = msgspec.field(default_factory=Ntp)
    dns: Dns = msgspec.field(default_factory=Dns)
    lines: list[Line] = msgspec.field(default_factory=list)
    services: dict[str, Service] = msgspec.field(default_factory=dict)
    ssh: SshSettings = msgspec.field(default_factory=SshSettings)
    banners: list[Banner] = msgspec.field(default_factory=list)
    key_chains: dict[str, KeyChain] = msgspec.field(default_factory=dict)
    mirror_sessions: list[MirrorSession] = msgspec.field(default_factory=list)
    flow_exporters: list[FlowExporter] = msgspec.field(default_factory=list)
    flow_monitors: dict[str, FlowMonitor] = msgspec.field(default_factory=dict)
    traffic_exports: list[TrafficExport] = msgspec.field(default_factory=list)
    captures: list[PacketCapture] = msgspec.field(default_factory=list)
    lawful_intercept: list[LawfulIntercept] = msgspec.field(default_factory=list)
    archives: list[ConfigArchive] = msgspec.field(default_factory=list)
    automations: list[Automation] = msgspec.field(default_factory=list)
    crypto_peers: list[CryptoPeer] = msgspec.field(default_factory=list)
    crypto_proposals: list[CryptoProposal] = msgspec.field(default_factory=list)
    telemetry: list[Telemetry] = msgspec.field(default_factory=list)
    wccp: list[Wccp] = msgspec.field(default_factory=list)
    auto_config: list[AutoConfig] = msgspec.field(default_factory=list)
    boot: list[BootImage] = msgspec.field(default_factory=list)
    call_home: list[CallHome] = msgspec.field(default_factory=list)
    definitions: list[Definition] = msgspec.field(default_factory=list)
    references: list[Reference] = msgspec.field(default_factory=list)
    secret_lines: list[int] = msgspec.field(default_factory=list)  # lines that hold a secret
    mgmt_vrf: str | None = None

    def span(self, line: int, end: int = 0) -> Span:
        return Span(self.file, line, end)


class ParseResult(msgspec.Struct):
    """What a dialect returns for one artifact. A parser never drops input silently: each line is
    counted in `lines`, and each unrecognized line has a `Diagnostic`."""

    device: Device
    lines: LineCounts
    diagnostics: list[Diagnostic] = msgspec.field(default_factory=list)

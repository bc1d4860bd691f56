"""Mechanisms that copy, divert or send traffic or data off the box (the raw material of the tap map).

Each is vendor-neutral; the channels analysis turns them into `Channel`s and judges them.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from untapped.model.core import Secret, Span

MirrorKind = Literal[
    "local",
    "rspan-source",
    "rspan-destination",
    "erspan-source",
    "erspan-destination",
    "gre",
    "cpu",
    "other",
]


class MirrorSource(msgspec.Struct, frozen=True):
    kind: Literal["interface", "vlan", "port-channel", "cpu", "filter", "other"]
    name: str  # interface name, VLAN id(s) as text...
    direction: Literal["rx", "tx", "both"] = "both"
    line: int = 0


class MirrorDestination(msgspec.Struct, frozen=True):
    kind: Literal["interface", "vlan", "ip", "cpu", "tunnel"]
    value: str  # interface name, VLAN id, IP address
    line: int
    vrf: str | None = None


class MirrorSession(msgspec.Struct):
    """SPAN / RSPAN / ERSPAN / GRE mirror / VRP observe-port / Comware mirroring-group / Junos analyzer."""

    name: str
    span: Span
    kind: MirrorKind = "local"
    sources: list[MirrorSource] = msgspec.field(default_factory=list)
    destinations: list[MirrorDestination] = msgspec.field(default_factory=list)
    filter_acl: str | None = None
    filter_vlans: str | None = None
    origin: str | None = None  # ERSPAN origin / GRE source address
    erspan_id: int | None = None
    vrf: str | None = None
    shutdown: bool = False


class FlowExporter(msgspec.Struct):
    """A flow/sFlow/NetStream/IPFIX collector. Classic `ip flow-export destination` is an exporter
    named `<classic>`."""

    name: str
    span: Span
    protocol: str = "netflow"  # netflow, ipfix, sflow, netstream, jflow
    destination: str | None = None
    destination_line: int = 0
    port: int | None = None
    vrf: str | None = None
    source: str | None = None
    transport: str = "udp"
    version: str | None = None
    applied: bool = True  # False when the exporter is defined but nothing uses it


class FlowMonitor(msgspec.Struct):
    name: str
    span: Span
    exporters: list[str] = msgspec.field(default_factory=list)
    record: str | None = None


class TrafficExport(msgspec.Struct):
    """Cisco IP Traffic Export (RITE) profile: raw packets copied to a MAC on an interface."""

    name: str
    span: Span
    interface: str | None = None
    mac: str | None = None
    direction: str = "incoming"
    acl: str | None = None


class PacketCapture(msgspec.Struct):
    name: str
    span: Span
    interfaces: list[str] = msgspec.field(default_factory=list)
    acl: str | None = None
    export_url: str | None = None
    export_line: int = 0
    destination: str | None = None  # file/buffer name or remote


class LawfulIntercept(msgspec.Struct):
    """LI evidence: `parser view ... li-view`, LI users, TAP MIB views, Junos flow-tap."""

    kind: str  # li-view, tap-mib-view, flow-tap, dtcp, li-source
    name: str
    span: Span
    detail: str | None = None
    destination: str | None = None


class ConfigArchive(msgspec.Struct):
    """Where configurations are copied automatically: IOS archive path, VRP auto-save backup-to-server,
    Junos archive-sites."""

    url: str
    span: Span
    kind: str = "archive"  # archive, auto-save, transfer-on-commit
    host: str | None = None
    scheme: str | None = None  # tftp, ftp, http, https, scp, sftp, flash...
    vrf: str | None = None
    password: Secret | None = None


class AutomationAction(msgspec.Struct, frozen=True):
    line: int
    kind: str  # cli, syslog, mail, snmp-trap, script, copy...
    text: str  # the command or action text (redacted)
    url: str | None = None  # a remote URL the action sends to / pulls from, when any
    host: str | None = None


class Automation(msgspec.Struct):
    """EEM applet, kron policy, VRP OPS/assistant, Comware EAA, Junos event policy/script."""

    name: str
    span: Span
    kind: str  # eem-applet, eem-script, kron-policy, kron-occurrence, ops, assistant, eaa, event-script
    trigger: str | None = None  # syslog pattern / timer / system-startup / recurring / none
    actions: list[AutomationAction] = msgspec.field(default_factory=list)


class CryptoPeer(msgspec.Struct):
    """An IPsec/IKE peer (crypto map `set peer`, ISAKMP key address, IKEv2 keyring/profile peer)."""

    address: str
    span: Span
    context: str  # crypto map NAME SEQ, isakmp key, ikev2 keyring, ike peer NAME, tunnel-group
    vrf: str | None = None
    psk: Secret | None = None
    transforms: list[str] = msgspec.field(default_factory=list)
    acl: str | None = None


class CryptoProposal(msgspec.Struct):
    """ISAKMP policy / IKEv2 proposal / transform-set: algorithms for the weak-crypto rules."""

    name: str
    span: Span
    kind: str  # isakmp-policy, ikev2-proposal, transform-set, ike-proposal, ipsec-proposal
    encryption: list[str] = msgspec.field(default_factory=list)
    integrity: list[str] = msgspec.field(default_factory=list)
    group: list[str] = msgspec.field(default_factory=list)
    auth: str | None = None


class Telemetry(msgspec.Struct):
    """Model-driven telemetry dial-out receiver, gRPC client, TerminAttr collector."""

    name: str
    address: str
    span: Span
    port: int | None = None
    protocol: str | None = None  # grpc, tcp, udp, http
    vrf: str | None = None
    encoding: str | None = None


class Wccp(msgspec.Struct):
    service: str
    span: Span
    redirect_list: str | None = None
    group_list: str | None = None
    vrf: str | None = None


class AutoConfig(msgspec.Struct):
    """Configuration or images pulled from the network: `service config`, `boot network`, CNS,
    `boot system tftp://`, VRP `load configuration server`, ZTP."""

    kind: str  # service-config, boot-network, cns, boot-system, ztp
    span: Span
    url: str | None = None
    host: str | None = None
    detail: str | None = None


class BootImage(msgspec.Struct):
    span: Span
    location: str  # flash:..., tftp://...
    remote: bool = False


class CallHome(msgspec.Struct):
    span: Span
    destination: str | None = None  # URL / address / email
    profile: str | None = None
    enabled: bool = True

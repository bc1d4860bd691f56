"""Cisco IOS-XR."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.markers import NOT_XR_OR_ASA
from untapped.dialects.base import Marker, MarkerDialect
from untapped.dialects.cisco_iosxr.features import FEATURES
from untapped.model.device import ParseResult

MARKERS = [
    Marker(r"^!! IOS XR Configuration", 8.0, "'!! IOS XR Configuration' header"),
    Marker(r"^!RANCID-CONTENT-TYPE: cisco-xr\s*$", 6.0, "RANCID content type cisco-xr"),
    Marker(r"^ipv4 access-list \S+\s*$", 3.0, "'ipv4 access-list' block"),
    Marker(r"^route-policy [^\s(]+(\(.*\))?\s*$", 3.0, "RPL route-policy"),
    Marker(r"^end-(policy|set)\s*$", 3.0, "RPL end-policy / end-set"),
    Marker(r"^(prefix-set|community-set|as-path-set|extcommunity-set|rd-set) ", 3.0, "RPL sets"),
    Marker(r"^router static\s*$", 3.0, "'router static' block"),
    Marker(r"^ ipv4 address \d+\.\d+\.\d+\.\d+", 3.0, "interface 'ipv4 address'"),
    Marker(
        r"^\s*interface [A-Za-z-]+\d+/\d+/\d+/\d+", 3.0, "rack/slot/module/port interface names"
    ),
    Marker(r"^interface (MgmtEth|Bundle-Ether|TenGigE|HundredGigE|FortyGigE)", 2.0, "XR names"),
    Marker(r"^ ipv4 access-group \S+ (ingress|egress)", 3.0, "access-group ingress/egress"),
    Marker(r"^ route-policy \S+ (in|out)\s*$|^   route-policy \S+ (in|out)", 2.0, "route-policy"),
    Marker(r"^(flow exporter-map|flow monitor-map|sampler-map) ", 3.0, "XR flow maps"),
    Marker(r"^monitor-session \S+", 3.0, "monitor-session"),
    Marker(r"^telemetry model-driven", 3.0, "model-driven telemetry"),
    Marker(r"^(line template|vty-pool|taskgroup|usergroup) ", 3.0, "XR line/task groups"),
    Marker(r"^ group root-(lr|system)", 3.0, "root-lr user group"),
    Marker(r"^(end-policy-map|end-class-map)\s*$", 2.0, "end-policy-map"),
    Marker(r"^ *(use (neighbor|session|af)-group|neighbor-group) ", 2.0, "BGP groups"),
    Marker(r"^domain (name-server|name|vrf) ", 1.5, "'domain name-server'"),
    Marker(r"^ssh server (v2|vrf)", 1.5, "'ssh server v2'"),
    Marker(r"^(hostname \S+)", 0.5, "hostname"),
    Marker(r"^\s+neighbor \S+\s*$", 2.5, "BGP neighbor block"),
    Marker(r"^ +(export|import) route-(target|policy)", 3.0, "import/export route-target"),
    Marker(r"^router (igmp|mld|msdp)\s*$|^router pim\s*\n\s+address-family", 3.0, "XR multicast"),
    Marker(r"^(multicast-routing|ntp)\s*$", 2.0, "bare multicast-routing / ntp block"),
    Marker(r"^(ethernet-services|tftp client|logging archive\s*$)", 2.0, "XR"),
    Marker(r"^snmp-server mibs ", 2.0, "snmp-server mibs"),
    Marker(r"^snmp-server vrf |^ipv6 access-list \S+\s*$", 1.0, "snmp-server vrf / v6 ACL"),
    Marker(
        r"^\s+log adjacency changes|^\s+network (broadcast|non-broadcast|point-to)", 2.0, "XR ospf"
    ),
    Marker(r"^  +(dead|hello)-interval \d+", 1.5, "ospf timers in router block"),
    Marker(r"^ vrf \S+\s*$", 1.5, "vrf under a router block"),
    Marker(r"^vrf \S+\s*$", 0.5, "bare vrf block"),
    Marker(r"^ +address-family (ipv4|ipv6) (unicast|multicast)\s*$", 0.5, "address-family unicast"),
    Marker(r"^ nsr\s*$|^ *maximum groups-per-interface", 1.5, "XR nsr / igmp"),
    Marker(r"^mpls ldp\s*\n\s+(log|nsr)\s*$", 2.0, "XR mpls ldp"),
    Marker(r"^ *\d+ (permit|deny) ", 0.5, "sequence-numbered entries"),
    Marker(r"^(ASA Version|nameif )|^ nameif ", -6.0, "ASA"),
    Marker(r"^[!#]RANCID-CONTENT-TYPE: (?!cisco-xr\s*$)", -6.0, "RANCID type of another dialect"),
    *NOT_XR_OR_ASA,
    Marker(
        r"^interface (Management1|Ethernet\d+(/\d+)*|Port-Channel\d+)\s*$", -2.5, "EOS/NX-OS names"
    ),
    Marker(r"^interface \S+\n {3}[a-z]", -2.0, "3-space indentation (EOS)"),
    Marker(r"use-vrf |^line console\s*$|^ip route vrf ", -2.0, "NX-OS/EOS forms"),
]


def _parse(artifact: Artifact) -> ParseResult:
    from untapped.dialects.cisco_iosxr.grammar import XrParser  # on first use: startup stays light

    return XrParser(artifact).run()


DIALECT = MarkerDialect("cisco_iosxr", "Cisco IOS-XR", FEATURES, MARKERS, _parse)

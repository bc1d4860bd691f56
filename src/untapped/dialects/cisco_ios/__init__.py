"""Cisco IOS and IOS-XE."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects.base import Marker, MarkerSniffer, Sniff
from untapped.dialects.cisco_ios.grammar import FEATURES, IosParser
from untapped.model.device import ParseResult

MARKERS = [
    Marker(r"^version 1[0-9]\.[0-9]+\s*$", 3.0, "'version 1x.y' header (IOS/IOS-XE)"),
    Marker(r"^Building configuration\.\.\.", 1.0, "'Building configuration...' (IOS show run)"),
    Marker(r"^Current configuration : \d+ bytes", 2.0, "'Current configuration : N bytes'"),
    Marker(r"^boot-start-marker", 3.0, "boot-start-marker"),
    Marker(r"^service timestamps (debug|log) datetime", 1.5, "service timestamps"),
    Marker(r"^ip cef\s*$|^no ip domain[- ]lookup", 1.0, "ip cef / ip domain lookup"),
    Marker(
        r"^interface (GigabitEthernet|FastEthernet|TenGigabitEthernet|Serial)\d",
        1.5,
        "IOS interface names",
    ),
    Marker(r"^ ip address \d+\.\d+\.\d+\.\d+ \d+\.\d+\.\d+\.\d+", 1.5, "ip address with netmask"),
    Marker(r"^line (con|vty|aux) \d", 1.5, "line con/vty/aux"),
    Marker(r"^ip (http|ssh|domain|route|access-list|vrf|prefix-list) ", 0.5, "ip commands"),
    Marker(r"^end\s*$", 0.5, "'end'"),
    Marker(r"^hostname \S+", 0.5, "hostname"),
    Marker(r"^ ?(switchport mode|spanning-tree portfast)", 0.5, "switchport"),
    Marker(r"^(license udi|platform |redundancy\s*$|control-plane\s*$)", 1.0, "IOS platform lines"),
    Marker(r"^(router (ospf|bgp|eigrp) \d|ip vrf \S+|vrf definition \S+)", 1.0, "IOS routing"),
    Marker(r"^(feature |vrf context )", -4.0, "NX-OS 'feature'/'vrf context'"),
    Marker(r"^(nameif |security-level )|^ nameif |^ASA Version", -5.0, "ASA nameif"),
    Marker(r"^(ipv4 access-list|router static|route-policy |end-policy)", -4.0, "IOS-XR syntax"),
    Marker(r"^(vrf instance|daemon TerminAttr|management api)", -4.0, "EOS syntax"),
    Marker(r"^(sysname |#\s*$|return\s*$|info-center )", -4.0, "VRP/Comware syntax"),
    Marker(r"^(frr version|frr defaults)", -6.0, "FRR header"),
]


class CiscoIos:
    name = "cisco_ios"
    title = "Cisco IOS / IOS-XE"
    features = FEATURES

    def __init__(self) -> None:
        self._sniff = MarkerSniffer(MARKERS)

    def sniff(self, text: str) -> Sniff:
        return self._sniff(text)

    def parse(self, artifact: Artifact) -> ParseResult:
        return IosParser(artifact).run()


DIALECT = CiscoIos()

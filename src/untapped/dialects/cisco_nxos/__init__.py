"""Cisco NX-OS (Nexus)."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects.base import Marker, MarkerDialect
from untapped.dialects.cisco_nxos.features import FEATURES
from untapped.model.device import ParseResult

MARKERS = [
    Marker(r"^!RANCID-CONTENT-TYPE: cisco-nx", 6.0, "RANCID content type cisco-nx"),
    Marker(r"^!Command: show running-config", 3.0, "'!Command: show running-config' header"),
    Marker(r"^!Time: ", 0.5, "'!Time:' header"),
    Marker(r"^version \d+\.\d+\(\d+\)", 3.0, "NX-OS version 'N.N(N)'"),
    Marker(r"^feature \S+", 3.0, "'feature X'"),
    Marker(r"^vrf context \S+", 3.0, "'vrf context'"),
    Marker(r"^switchname \S+", 3.0, "'switchname'"),
    Marker(r"^boot (nxos|kickstart) ", 3.0, "'boot nxos/kickstart'"),
    Marker(r"^interface mgmt0\s*$", 2.0, "interface mgmt0"),
    Marker(r"^  vrf member \S+", 2.0, "interface 'vrf member'"),
    Marker(r"^ +(ip address|ntp server|ip name-server|logging server).*use-vrf ", 1.5, "use-vrf"),
    Marker(r"\buse-vrf \S+", 1.5, "'use-vrf'"),
    Marker(
        r"^(copp profile|system default switchport|password strength-check)", 2.0, "NX-OS system"
    ),
    Marker(r"^snmp-server user \S+ network-(admin|operator)", 2.0, "SNMP user in an NX-OS role"),
    Marker(r"^username \S+ password 5 \S+ +role ", 2.0, "'username ... role'"),
    Marker(r"^interface Ethernet\d+/\d+(/\d+)?\s*$", 1.0, "interface EthernetS/P"),
    Marker(r"^  ip address \d+\.\d+\.\d+\.\d+/\d+", 1.0, "2-space 'ip address A/len'"),
    Marker(r"^  (no )?shutdown\s*$", 0.5, "2-space indentation"),
    Marker(r"^  ip router (ospf|eigrp|isis) ", 1.5, "interface 'ip router ospf'"),
    Marker(r"^  (neighbor \S+ remote-as|address-family ipv4 unicast)", 0.5, "NX-OS BGP"),
    Marker(r"^ip route \S+/\d+ ", 0.5, "ip route A/len"),
    Marker(r"^(vrf instance|daemon TerminAttr|management api|! device: )", -6.0, "EOS syntax"),
    Marker(r"^!RANCID-CONTENT-TYPE: (arista|cisco\s*$)", -6.0, "RANCID type of another dialect"),
    Marker(r"^(ipv4 access-list|router static|route-policy |end-policy|!! IOS XR)", -4.0, "IOS-XR"),
    Marker(r"^(ASA Version|nameif |security-level )", -5.0, "ASA"),
    Marker(r"^(frr version|frr defaults)", -6.0, "FRR header"),
    Marker(r"remote-as (external|internal)\s*$|^exit-vrf\s*$|^interface lo\s*$", -3.0, "FRR/Linux"),
]


def _parse(artifact: Artifact) -> ParseResult:
    from untapped.dialects.cisco_nxos.grammar import NxosParser  # on first use: startup stays light

    return NxosParser(artifact).run()


DIALECT = MarkerDialect("cisco_nxos", "Cisco NX-OS", FEATURES, MARKERS, _parse)

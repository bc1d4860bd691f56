"""Arista EOS."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects.arista_eos.features import FEATURES
from untapped.dialects.base import Marker, MarkerDialect
from untapped.model.device import ParseResult

MARKERS = [
    Marker(r"^!RANCID-CONTENT-TYPE: arista", 6.0, "RANCID content type arista"),
    Marker(r"^! device: \S+ \(.*EOS", 6.0, "'! device: NAME (..., EOS-x)' header"),
    Marker(r"^! Command: show running-config", 2.0, "'! Command: show running-config' header"),
    Marker(r"^vrf instance \S+", 3.0, "'vrf instance'"),
    Marker(r"^daemon TerminAttr", 3.0, "'daemon TerminAttr'"),
    Marker(
        r"^management (api http-commands|api gnmi|ssh|telnet|console|security|cvx)",
        3.0,
        "'management ...' blocks",
    ),
    Marker(r"^service routing protocols model (multi-agent|ribd)", 3.0, "routing protocols model"),
    Marker(r"^transceiver qsfp default-mode", 3.0, "'transceiver qsfp default-mode'"),
    Marker(r"^username \S+ privilege \d+ role \S+ (secret|nopassword)", 2.0, "EOS username"),
    Marker(r"^username \S+ .*secret sha512 ", 2.0, "'secret sha512'"),
    Marker(r"^aaa (root|authorization exec default local)", 1.0, "'aaa root'"),
    Marker(r"^interface (Ethernet\d+|Port-Channel\d+)\s*$", 1.0, "EOS interface names"),
    Marker(r"^interface Management\d+\s*$", 1.5, "interface ManagementN"),
    Marker(
        r"^   (ip address \S+/\d+|no shutdown|description |switchport|neighbor )",
        1.5,
        "3-space indentation",
    ),
    Marker(r"^ +neighbor \S+ peer group( \S+)?\s*$", 2.0, "'neighbor X peer group' (two words)"),
    Marker(r"^ +maximum-paths \d+ ecmp \d+", 1.5, "'maximum-paths N ecmp N'"),
    Marker(r"^ +neighbor \S+ maximum-routes \d+", 1.0, "'neighbor X maximum-routes'"),
    Marker(r"^mlag configuration", 2.0, "'mlag configuration'"),
    Marker(
        r"^(queue-monitor length|hardware counter feature|spanning-tree mode mstp)",
        1.0,
        "EOS system lines",
    ),
    Marker(r"^ip routing vrf \S+", 1.5, "'ip routing vrf'"),
    Marker(r"^boot system flash:? ?\S*\.swi", 3.0, "'boot system flash ... .swi' (EOS image)"),
    Marker(r"^EOF\s*$", 2.5, "banner text closed by 'EOF'"),
    Marker(r"^ntp server vrf \S+ ", 2.5, "'ntp server vrf V A'"),
    Marker(r"^ntp server \S+ .*(local-interface|iburst)", 1.0, "'ntp server ... iburst'"),
    Marker(r"^ {3,4}\d+ (permit|deny|remark) ", 2.0, "3-space numbered ACL entries"),
    Marker(r"^ ip address \d+\.\d+\.\d+\.\d+/\d+", 0.5, "'ip address A/len'"),
    Marker(r"^  ip address \d+\.\d+\.\d+\.\d+/\d+", 1.0, "2-space 'ip address A/len'"),
    Marker(
        r"^    (no )?neighbor \S+ activate",
        1.5,
        "'neighbor A activate' in a 2-space address-family",
    ),
    Marker(
        r"^snmp-server community \S+ (view \S+ )?(ro|rw)\b", 1.0, "lower-case ro/rw community (EOS)"
    ),
    Marker(r"^interface Vxlan\d", 2.0, "interface Vxlan"),
    Marker(r"^ +vxlan (source-interface|udp-port|vlan|vrf) ", 1.0, "vxlan settings"),
    Marker(r"^ +bgp advertise-inactive|^peer-filter ", 2.0, "EOS BGP"),
    Marker(r"^(feature |vrf context |switchname |boot nxos)", -6.0, "NX-OS syntax"),
    Marker(r"^!RANCID-CONTENT-TYPE: cisco", -6.0, "RANCID type of a Cisco dialect"),
    Marker(r"^(ipv4 access-list|router static|route-policy |end-policy|!! IOS XR)", -4.0, "IOS-XR"),
    Marker(r"^(ASA Version|nameif |security-level )", -5.0, "ASA"),
    Marker(r"^(frr version|frr defaults)", -6.0, "FRR header"),
    Marker(r"remote-as (external|internal)\s*$|^exit-vrf\s*$|^interface lo\s*$", -3.0, "FRR/Linux"),
    Marker(r"^version 1[0-9]\.[0-9]+\s*$|^boot-start-marker", -4.0, "IOS header"),
]


def _parse(artifact: Artifact) -> ParseResult:
    from untapped.dialects.arista_eos.grammar import EosParser  # on first use: startup stays light

    return EosParser(artifact).run()


DIALECT = MarkerDialect("arista_eos", "Arista EOS", FEATURES, MARKERS, _parse)

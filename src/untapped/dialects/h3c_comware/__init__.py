"""H3C Comware 5 and 7 (also HPE FlexNetwork / 3Com / HP A-series on Comware)."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects.base import Marker, MarkerDialect
from untapped.dialects.h3c_comware.features import FEATURES
from untapped.model.device import ParseResult

MARKERS = [
    Marker(r"^ ?sysname \S+", 1.5, "sysname"),
    Marker(r"^#\s*$", 0.5, "'#' separators"),
    Marker(r"^return\s*$", 0.5, "'return' at the end"),
    Marker(
        r"^ ?version \d+\.\d+(\.\d+)?, (Release|ESS|Feature) ", 5.0, "'version 7.1.x, Release N'"
    ),
    Marker(
        r"^ ?address-family (ipv4|ipv6|vpnv4)", 1.0, "bgp/vpn address-family (VRP: ipv4-family)"
    ),
    Marker(r"^ ?mirroring-group \d+", 3.0, "mirroring-group"),
    Marker(r"^ ?(hwtacacs|radius) scheme \S+", 3.0, "hwtacacs/radius scheme"),
    Marker(r"^ ?local-user \S+ class (manage|network)", 4.0, "local-user ... class"),
    Marker(r"^ ?line (vty|class|aux|con) ", 2.0, "line vty/class"),
    Marker(r"^ ?irf (member|mac-address|domain|auto-update)|^ ?irf-port ", 3.0, "IRF"),
    Marker(r"^ port link-mode (bridge|route)", 3.0, "port link-mode"),
    Marker(r"^ port trunk permit vlan|^ port access vlan", 2.0, "port trunk permit/access vlan"),
    Marker(r"^ ?rtm (cli|tcl)-policy ", 3.0, "EAA rtm policy"),
    Marker(r"^ ?domain default enable |^ authorization-attribute ", 2.0, "domain default/attr"),
    Marker(r"^ ?interface Vlan-interface\d+", 3.0, "Vlan-interface"),
    Marker(
        r"^ ?(ip http enable|ip https enable|ssh server enable|password-recovery enable)",
        1.5,
        "ip http/ssh server enable",
    ),
    Marker(r"^ ?(hwtacacs|radius) nas-ip ", 2.0, "hwtacacs/radius nas-ip"),
    Marker(r"^ ?user-interface (aux|vty) \d", 1.0, "user-interface aux/vty"),
    Marker(r"^ ?super password ", 2.0, "super password"),
    Marker(
        r"^ ?undo copyright-info enable|^ ?load (xml|tr069)-configuration",
        3.0,
        "Comware footer lines",
    ),
    Marker(r"^ ?info-center (loghost|source) ", 0.5, "info-center"),
    Marker(r"^ ?ntp-service (enable|unicast-server)", 0.5, "ntp-service"),
    Marker(r"^ ?qos policy \S+|^ ?qos apply policy ", 2.0, "qos policy"),
    Marker(r"^ ?header motd ", 0.5, "header motd"),
    Marker(r"^ ?rsa peer-public-key \S+", 1.0, "Comware 5 'rsa peer-public-key' view"),
    Marker(r"^ ?(acl (basic|advanced) |acl number \d+ name )", 1.5, "Comware acl basic/advanced"),
    # VRP evidence (against Comware)
    Marker(r"^ ?user-interface (vty|con|console) \d+ \d+", 0.0, "user-interface range"),
    Marker(
        r"^ ?hwtacacs-server template |^ ?radius-server template ", -3.0, "VRP server templates"
    ),
    Marker(
        r"^ local-user \S+ (privilege level|password irreversible-cipher)", -3.0, "VRP local-user"
    ),
    Marker(r"^ ?observe-port |^ port-mirroring ", -3.0, "VRP observe-port"),
    Marker(
        r"^ ?vlan batch |^ port trunk allow-pass|^ port default vlan",
        -2.5,
        "VRP vlan batch/allow-pass",
    ),
    Marker(r"^ ?stelnet server enable", -2.0, "VRP stelnet"),
    Marker(r"^interface (100GE|10GE|25GE|40GE|Eth-Trunk|Vlanif)", -2.0, "VRP interface names"),
    Marker(r"^ ?mpls lsr-id |^ ?ipv4-family ", -1.0, "VRP mpls/ipv4-family"),
    Marker(r"^ ip binding vpn-instance ", -0.5, "ip binding vpn-instance"),
    Marker(r"^ ?(hostname \S+|end)\s*$", -1.5, "IOS hostname/end"),
    Marker(r"^ ?(switchport |ip access-list |line vty \d+ \d+\s*$)", -3.0, "IOS syntax"),
]


def _parse(artifact: Artifact) -> ParseResult:
    from untapped.dialects.h3c_comware.grammar import (
        ComwareParser,  # on first use: startup stays light
    )

    return ComwareParser(artifact).run()


DIALECT = MarkerDialect("h3c_comware", "H3C Comware 5/7", FEATURES, MARKERS, _parse)

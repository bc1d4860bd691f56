"""Huawei VRP (V5/V8: S, AR, CE, NE series)."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects.base import Marker, MarkerDialect
from untapped.dialects.huawei_vrp.features import FEATURES
from untapped.model.device import ParseResult

MARKERS = [
    Marker(r"^ ?sysname \S+", 1.5, "sysname"),
    Marker(r"^#\s*$", 1.0, "'#' separators"),
    Marker(r"^return\s*$", 1.5, "'return' at the end"),
    Marker(r"^ ?undo \S+", 0.5, "'undo' forms"),
    Marker(r"^ ?aaa\s*$", 0.5, "aaa view"),
    Marker(
        r"^ local-user \S+ (privilege level|password irreversible-cipher)", 2.0, "VRP local-user"
    ),
    Marker(r"^ ?hwtacacs-server template ", 2.0, "hwtacacs-server template"),
    Marker(r"^ ?radius-server template ", 2.0, "radius-server template"),
    Marker(r"^ ?user-interface (vty|con|console) \d", 1.5, "user-interface"),
    Marker(r"^ ?observe-port |^ port-mirroring (to )?observe-port", 2.0, "observe-port"),
    Marker(r"^ ?traffic (classifier|behavior|policy) \S+", 1.0, "MQC traffic classifier/behavior"),
    Marker(r"^ ?stelnet server enable", 1.5, "stelnet server enable"),
    Marker(r"^ ?ip vpn-instance \S+", 1.0, "ip vpn-instance"),
    Marker(r"^ ip binding vpn-instance ", 1.0, "ip binding vpn-instance"),
    Marker(r"^ ?vlan batch ", 1.5, "vlan batch"),
    Marker(r"^ port (link-type|default vlan|trunk allow-pass)", 1.5, "port link-type/allow-pass"),
    Marker(r"^ ?ip route-static ", 1.0, "ip route-static"),
    Marker(r"^ ?(ip ip-prefix|route-policy \S+ (permit|deny) node)", 1.0, "ip-prefix/route-policy"),
    Marker(r"^ ?mpls lsr-id |^ ?isis \d|^ network-entity ", 1.0, "mpls lsr-id / isis"),
    Marker(
        r"^interface (100GE|10GE|25GE|40GE|Eth-Trunk|Vlanif|LoopBack|GigabitEthernet\d+/\d+/\d+)",
        1.0,
        "VRP interface names",
    ),
    Marker(r"^ ?ipv4-family |^ ?peer \S+ as-number ", 1.0, "ipv4-family / peer as-number"),
    Marker(r"^ ?info-center |^ ?snmp-agent ", 0.5, "info-center / snmp-agent"),
    Marker(r"^ ?(portswitch|undo portswitch)\s*$|^ undo shutdown", 0.5, "portswitch/undo shutdown"),
    Marker(r"^ ?acl (number|name) \S+|^ rule \d+ (permit|deny)", 0.5, "acl/rule"),
    Marker(r"^ +sensor-path huawei-", 2.0, "telemetry sensor-path of a huawei-* YANG model"),
    Marker(r"^ virtual-system \S+", 1.5, "NE virtual-system (admin view)"),
    # Comware evidence (against VRP)
    Marker(r"^ ?mirroring-group \d+", -3.0, "Comware mirroring-group"),
    Marker(r"^ ?(hwtacacs|radius) scheme \S+", -3.0, "Comware hwtacacs/radius scheme"),
    Marker(r"^ ?local-user \S+ class (manage|network)", -4.0, "Comware local-user class"),
    Marker(r"^ ?line (vty|class|aux|con) ", -2.0, "Comware line vty/class"),
    Marker(
        r"^ ?version \d+\.\d+(\.\d+)?, (Release|ESS|Feature) ",
        -5.0,
        "Comware 'version N, Release N'",
    ),
    Marker(r"^ ?irf (member|mac-address|domain|auto-update)|^ ?irf-port ", -3.0, "Comware IRF"),
    Marker(
        r"^ port link-mode (bridge|route)|^ port trunk permit vlan|^ port access vlan",
        -2.5,
        "Comware port link-mode/permit vlan",
    ),
    Marker(
        r"^ ?rtm cli-policy |^ ?domain default enable |^ authorization-attribute ",
        -3.0,
        "Comware EAA/domain",
    ),
    Marker(r"^ ?interface Vlan-interface\d+", -3.0, "Comware Vlan-interface"),
    Marker(
        r"^ ?(ip http enable|ip https enable|ssh server enable|password-recovery enable)",
        -2.0,
        "Comware service syntax",
    ),
    Marker(r"^ ?(hostname \S+|end)\s*$", -1.5, "IOS hostname/end"),
    Marker(r"^ ?(switchport |ip access-list |line vty )", -3.0, "IOS syntax"),
]


def _parse(artifact: Artifact) -> ParseResult:
    from untapped.dialects.huawei_vrp.grammar import VrpParser  # on first use: startup stays light

    return VrpParser(artifact).run()


DIALECT = MarkerDialect("huawei_vrp", "Huawei VRP", FEATURES, MARKERS, _parse)

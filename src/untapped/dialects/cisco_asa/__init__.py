"""Cisco ASA (and PIX / FTD LINA) firewalls."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.markers import NOT_XR_OR_ASA
from untapped.dialects.base import Marker, MarkerDialect
from untapped.dialects.cisco_asa.features import FEATURES
from untapped.model.device import ParseResult

MARKERS = [
    Marker(r"^(ASA|PIX) Version \S+", 8.0, "'ASA Version' header"),
    Marker(r"^: Saved|^: Serial Number|^: Hardware:", 4.0, "': Saved' header"),
    Marker(r"^ nameif \S+", 4.0, "interface nameif"),
    Marker(r"^ security-level \d+", 3.0, "interface security-level"),
    Marker(r"^object network \S+|^object service \S+", 3.0, "named objects"),
    Marker(r"^object-group (network|service|protocol|icmp-type) \S+", 0.5, "object-group"),
    Marker(r"^ (network|port|service|protocol|icmp)-object ", 0.5, "object-group members"),
    Marker(
        r"^access-list \S+ (line \d+ )?extended (permit|deny) ", 1.5, "access-list NAME extended"
    ),
    Marker(r"^access-group \S+ (in|out) interface ", 3.0, "access-group ... interface"),
    Marker(r"^route \S+ \d+\.\d+\.\d+\.\d+ \d+\.\d+\.\d+\.\d+ ", 2.0, "route IF A M NH"),
    Marker(r"^(logging|snmp-server) host \S+ \d", 1.5, "logging/snmp host IF A"),
    Marker(
        r"^same-security-traffic|^nat \(|^tunnel-group |^threat-detection|^failover", 3.0, "ASA"
    ),
    Marker(
        r"^(names|dns server-group|aaa-server \S+ protocol|http server enable)", 2.5, "ASA mgmt"
    ),
    Marker(r"^(ssh|telnet|http) \d+\.\d+\.\d+\.\d+ \d+\.\d+\.\d+\.\d+ \S+", 2.0, "mgmt access"),
    Marker(r"^ (subnet|host) \d+\.\d+\.\d+\.\d+", 0.5, "object host/subnet"),
    Marker(r"^community-list (standard|expanded) ", 1.0, "community-list"),
    Marker(r"^hostname \S+", 0.25, "hostname"),
    Marker(r"^group-policy \S+ (attributes|internal)|^ banner value ", 3.0, "group-policy"),
    Marker(r"^(ipv4 access-list|route-policy |end-policy|router static\s*$)", -5.0, "IOS-XR"),
    *NOT_XR_OR_ASA,
]


def _parse(artifact: Artifact) -> ParseResult:
    from untapped.dialects.cisco_asa.grammar import AsaParser  # on first use: startup stays light

    return AsaParser(artifact).run()


DIALECT = MarkerDialect("cisco_asa", "Cisco ASA", FEATURES, MARKERS, _parse)

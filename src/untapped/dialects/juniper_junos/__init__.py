"""Juniper Junos: the brace form (`show configuration`) and the set form (`display set`)."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects.base import Marker, MarkerDialect
from untapped.dialects.juniper_junos.features import FEATURES
from untapped.model.device import ParseResult

MARKERS = [
    Marker(
        r"^set (policy-options|routing-options|routing-instances|forwarding-options|"
        r"class-of-service|event-options|chassis|apply-groups|groups \S+ |switch-options|"
        r"bridge-domains|applications|"
        r"snmp (community \S+ (authorization|clients|client-list-name|view)|trap-group|v3)) ",
        4.0,
        "'set <junos-only hierarchy>' statements",
    ),
    Marker(r"^set interfaces \S+ unit \d+ ", 4.0, "'set interfaces IF unit N'"),
    Marker(r"^set firewall (family|filter|policer) ", 4.0, "'set firewall family|filter'"),
    Marker(
        r"^set protocols (bgp group|ospf3? area \S+ interface|isis interface|mpls|lldp|rstp|"
        r"evpn|igmp-snooping|router-advertisement) ",
        3.0,
        "'set protocols <junos syntax>'",
    ),
    Marker(
        r"^set security (zones|policies|nat|ike|ipsec|screen|address-book) ",
        3.0,
        "'set security <junos hierarchy>'",
    ),
    Marker(r"^set vlans \S+ vlan-id ", 3.0, "'set vlans V vlan-id N'"),
    Marker(
        r"^set system (host-name|login|services|syslog|root-authentication|ntp) ",
        2.0,
        "'set system ...' statements",
    ),
    Marker(r"^deactivate \S+ ", 2.0, "'deactivate' statements"),
    Marker(
        r"^delete (policy-options|routing-options|routing-instances|forwarding-options|"
        r"firewall family|groups) ",
        2.0,
        "'delete <junos-only hierarchy>'",
    ),
    Marker(
        r"^set interfaces (ethernet|loopback|bonding|bridge|tunnel|vti|wireguard|pppoe|dummy) ",
        -4.0,
        "VyOS interface types",
    ),
    Marker(
        r"^set (service|nat|vpn|high-availability|container|load-balancing) ",
        -3.0,
        "VyOS top-level nodes",
    ),
    Marker(
        r"^set (port|spantree|cdp|logout|password|enablepass|prompt|length|module|vtp|vlan \d)",
        -4.0,
        "CatOS 'set' commands",
    ),
    Marker(r"^(add|bind|enable) (ns|lb|vserver|service|server) ", -4.0, "NetScaler commands"),
    Marker(
        r"^(system|interfaces|protocols|policy-options|routing-options|firewall|snmp|"
        r"security|chassis|forwarding-options|routing-instances|groups|vlans|"
        r"class-of-service|services|event-options|applications) \{\s*$",
        4.0,
        "top-level Junos hierarchy block '... {'",
    ),
    Marker(r"^(inactive|replace|protect): ", 2.0, "'inactive:'/'replace:' prefix"),
    Marker(r"^\s+host-name \S+;", 2.0, "'host-name X;'"),
    Marker(r"^## Last (commit|changed):", 3.0, "'## Last commit:' header"),
    Marker(r"^version \d+\.\d+[RDXIF]", 2.0, "Junos version string"),
    Marker(r"^set version ", 2.0, "'set version'"),
    Marker(
        r"\b(ge|xe|et|ae|fxp|em|irb|lo)-?\d*/?\d+/\d+\b.*\bunit \d+",
        1.5,
        "Junos interface/unit names",
    ),
    Marker(r"^\s+unit \d+ \{\s*$", 1.5, "'unit N {'"),
    Marker(r"^\s*\}\s*$", 0.5, "closing braces"),
    Marker(r"^[#!]RANCID-CONTENT-TYPE: juniper", 4.0, "RANCID juniper header"),
    Marker(r"^(interface |router |hostname |ip route )", -3.0, "IOS-style statements"),
    Marker(r"^(sysname |info-center |return\s*$)", -4.0, "VRP/Comware syntax"),
]


def _parse(artifact: Artifact) -> ParseResult:
    from untapped.dialects.juniper_junos.parser import parse  # on first use: startup stays light

    return parse(artifact)


DIALECT = MarkerDialect("juniper_junos", "Juniper Junos", FEATURES, MARKERS, _parse)

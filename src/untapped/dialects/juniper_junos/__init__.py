"""Juniper Junos: the brace form (`show configuration`) and the set form (`display set`)."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects.base import Marker, MarkerSniffer, Sniff
from untapped.dialects.juniper_junos.parser import FEATURES, parse
from untapped.model.device import ParseResult

MARKERS = [
    Marker(
        r"^set (system|interfaces|protocols|policy-options|routing-options|firewall|"
        r"snmp|security|chassis|forwarding-options|routing-instances|groups|apply-groups|"
        r"vlans|class-of-service|services|event-options|applications|bridge-domains) ",
        4.0,
        "'set <junos hierarchy>' statements",
    ),
    Marker(
        r"^(deactivate|delete) (system|interfaces|protocols|policy-options|routing-options|"
        r"firewall|snmp|security|routing-instances|groups) ",
        2.0,
        "'deactivate|delete <junos hierarchy>'",
    ),
    Marker(
        r"^(system|interfaces|protocols|policy-options|routing-options|firewall|snmp|"
        r"security|chassis|forwarding-options|routing-instances|groups|vlans|"
        r"class-of-service|services|event-options|applications) \{\s*$",
        4.0,
        "top-level Junos hierarchy block '... {'",
    ),
    Marker(r"^(inactive|replace|protect): ", 2.0, "'inactive:'/'replace:' prefix"),
    Marker(r"^\s+host-name \S+;\s*$", 2.0, "'host-name X;'"),
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
    Marker(r"^#RANCID-CONTENT-TYPE: juniper", 4.0, "RANCID juniper header"),
    Marker(r"^(interface |router |hostname |ip route |!\s*$)", -3.0, "IOS-style statements"),
    Marker(r"^(sysname |info-center |return\s*$)", -4.0, "VRP/Comware syntax"),
]


class JuniperJunos:
    name = "juniper_junos"
    title = "Juniper Junos"
    features = FEATURES

    def __init__(self) -> None:
        self._sniff = MarkerSniffer(MARKERS)

    def sniff(self, text: str) -> Sniff:
        return self._sniff(text)

    def parse(self, artifact: Artifact) -> ParseResult:
        return parse(artifact)


DIALECT = JuniperJunos()

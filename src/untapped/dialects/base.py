"""The Dialect protocol: what every vendor dialect provides, and the feature vocabulary.

A dialect declares the features it populates; the conformance suite (tests/dialects) checks each
declared feature against the dialect's golden cases and fails on an undeclared feature that is
silently empty. Analyses read `Device.features` to say "unknown" instead of passing silently.
"""

from __future__ import annotations

import re
from typing import Protocol

import msgspec

from untapped.collect.files import Artifact
from untapped.model.device import ParseResult

# Feature name -> the Device fields it covers.
FEATURES: dict[str, tuple[str, ...]] = {
    "hostname": ("name",),
    "interfaces": ("interfaces",),
    "vlans": ("vlans",),
    "vrfs": ("vrfs",),
    "static_routes": ("static_routes",),
    "ospf": ("ospf",),
    "bgp": ("bgp",),
    "acls": ("acls",),
    "object_groups": ("object_groups",),
    "prefix_lists": ("prefix_lists",),
    "route_maps": ("route_maps",),
    "qos_policies": ("class_maps", "policy_maps"),
    "users": ("users", "enable"),
    "aaa": ("aaa",),
    "snmp": ("snmp",),
    "logging": ("logging",),
    "ntp": ("ntp",),
    "dns": ("dns",),
    "lines": ("lines",),
    "services": ("services",),
    "ssh": ("ssh",),
    "banners": ("banners",),
    "key_chains": ("key_chains",),
    "mirror": ("mirror_sessions",),
    "flow_export": ("flow_exporters", "flow_monitors"),
    "traffic_export": ("traffic_exports",),
    "capture": ("captures",),
    "lawful_intercept": ("lawful_intercept",),
    "archive": ("archives",),
    "automation": ("automations",),
    "tunnels": ("interfaces",),
    "crypto": ("crypto_peers", "crypto_proposals"),
    "telemetry": ("telemetry",),
    "wccp": ("wccp",),
    "auto_config": ("auto_config", "boot"),
    "call_home": ("call_home",),
    "references": ("definitions", "references"),
}


class Sniff(msgspec.Struct, frozen=True):
    """How strongly a text looks like a dialect, and the evidence (marker descriptions)."""

    score: float
    evidence: tuple[str, ...] = ()


class Dialect(Protocol):
    name: str
    title: str
    features: frozenset[str]

    def sniff(self, text: str) -> Sniff: ...

    def parse(self, artifact: Artifact) -> ParseResult: ...


class Marker(msgspec.Struct, frozen=True):
    """A line pattern that is evidence for (positive weight) or against (negative) a dialect."""

    pattern: str
    weight: float
    why: str


class MarkerSniffer:
    """Score a text by line markers (vendor knowledge as data). Only the first `window` lines are
    read; each marker counts once. The score is the sum of the weights of the markers seen."""

    def __init__(self, markers: list[Marker], window: int = 3000) -> None:
        self.markers = markers
        self.window = window
        self._res = [(re.compile(m.pattern, re.MULTILINE), m) for m in markers]

    def __call__(self, text: str) -> Sniff:
        head = text if len(text) < 200_000 else text[:200_000]
        if self.window:
            cut = 0
            for _ in range(self.window):
                cut = head.find("\n", cut + 1)
                if cut < 0:
                    break
            if cut > 0:
                head = head[:cut]
        score = 0.0
        evidence: list[str] = []
        for rx, m in self._res:
            if rx.search(head):
                score += m.weight
                evidence.append(f"{m.why} ({m.weight:+g})")
        return Sniff(score, tuple(evidence))

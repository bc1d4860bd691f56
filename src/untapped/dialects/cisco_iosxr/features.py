"""What the dialect fills in the model (light: no grammar is imported to know it)."""

from __future__ import annotations

FEATURES = frozenset(
    {
        "hostname",
        "interfaces",
        "vrfs",
        "static_routes",
        "ospf",
        "bgp",
        "acls",
        "prefix_lists",
        "route_maps",
        "qos_policies",
        "users",
        "aaa",
        "snmp",
        "logging",
        "ntp",
        "dns",
        "lines",
        "services",
        "ssh",
        "banners",
        "mirror",
        "flow_export",
        "tunnels",
        "telemetry",
        "call_home",
        "references",
    }
)

"""What the dialect fills in the model (light: no grammar is imported to know it)."""

from __future__ import annotations

FEATURES = frozenset(
    {
        "hostname",
        "interfaces",
        "vlans",
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
        "key_chains",
        "mirror",
        "flow_export",
        "capture",
        "archive",
        "automation",
        "tunnels",
        "crypto",
        "telemetry",
        "references",
    }
)

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
        "services",
        "ssh",
        "banners",
        "mirror",
        "capture",
        "flow_export",
        "lawful_intercept",
        "archive",
        "automation",
        "auto_config",
        "tunnels",
        "crypto",
        "telemetry",
        "references",
    }
)

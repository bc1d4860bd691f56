"""What the dialect fills in the model (light: no grammar is imported to know it)."""

from __future__ import annotations

FEATURES = frozenset(
    {
        "hostname",
        "interfaces",
        "static_routes",
        "ospf",
        "bgp",
        "acls",
        "object_groups",
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
        "flow_export",
        "capture",
        "call_home",
        "crypto",
        "references",
    }
)

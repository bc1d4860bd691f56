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
        "users",
        "logging",
        "snmp",  # Cumulus NCLU
        "ntp",  # Cumulus NCLU
        "dns",  # Cumulus NCLU
        "lines",
        "services",
        "telemetry",
        "references",
    }
)

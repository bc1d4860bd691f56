"""What the dialect fills in the model (light: no grammar is imported to know it)."""

from __future__ import annotations

from untapped.dialects.base import FEATURES as ALL_FEATURES

# every feature of the model but these
FEATURES = frozenset(ALL_FEATURES) - {
    "archive",
    "auto_config",
    "automation",
    "key_chains",
    "lawful_intercept",
    "lines",
    "mirror",
    "telemetry",
    "traffic_export",
    "tunnels",
    "vlans",
    "vrfs",
    "wccp",
}

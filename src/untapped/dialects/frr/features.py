"""What the dialect fills in the model (light: no grammar is imported to know it)."""

from __future__ import annotations

from untapped.dialects.base import FEATURES as ALL_FEATURES

# every feature of the model but these
FEATURES = frozenset(ALL_FEATURES) - {
    "aaa",
    "archive",
    "auto_config",
    "automation",
    "banners",
    "call_home",
    "capture",
    "crypto",
    "flow_export",
    "key_chains",
    "lawful_intercept",
    "mirror",
    "object_groups",
    "qos_policies",
    "ssh",
    "traffic_export",
    "tunnels",
    "vlans",
    "wccp",
}

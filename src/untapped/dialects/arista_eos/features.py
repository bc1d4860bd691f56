"""What the dialect fills in the model (light: no grammar is imported to know it)."""

from __future__ import annotations

from untapped.dialects.base import FEATURES as ALL_FEATURES

# every feature of the model but these
FEATURES = frozenset(ALL_FEATURES) - {
    "archive",
    "auto_config",
    "call_home",
    "capture",
    "key_chains",
    "lawful_intercept",
    "object_groups",
    "traffic_export",
    "wccp",
}

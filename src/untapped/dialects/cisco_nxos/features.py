"""What the dialect fills in the model (light: no grammar is imported to know it)."""

from __future__ import annotations

from untapped.dialects.base import FEATURES as ALL_FEATURES

FEATURES = frozenset(ALL_FEATURES) - {
    "traffic_export",
    "capture",
    "lawful_intercept",
    "archive",
    "crypto",
    "wccp",
    "auto_config",
    "call_home",
}

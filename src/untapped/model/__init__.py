"""The vendor-neutral model. Dialects fill it, analyses read it; nothing here knows a vendor."""

from untapped.model.core import (
    SEVERITIES,
    SEVERITY_RANK,
    Definition,
    Diagnostic,
    LineCounts,
    Reference,
    Secret,
    Severity,
    Span,
    Trust,
)
from untapped.model.device import Device, ParseResult

__all__ = [
    "SEVERITIES",
    "SEVERITY_RANK",
    "Definition",
    "Device",
    "Diagnostic",
    "LineCounts",
    "ParseResult",
    "Reference",
    "Secret",
    "Severity",
    "Span",
    "Trust",
]

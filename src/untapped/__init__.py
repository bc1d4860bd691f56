"""untapped: a network trust auditor.

    >>> import untapped
    >>> result = untapped.audit("configs/")          # doctest: +SKIP
    >>> [c.destination for c in result.channels if c.trust == "external"]  # doctest: +SKIP

The CLI and the web UI are thin layers over this API.
"""

from untapped.errors import InputError, PolicyError, UntappedError, UsageError
from untapped.model.core import Diagnostic, LineCounts, Span
from untapped.model.device import Device, ParseResult
from untapped.model.results import AuditResult, Channel, DeviceSummary, Finding
from untapped.pipeline import audit
from untapped.policy import Policy, load_policy, parse_policy
from untapped.version import __version__

__all__ = [
    "AuditResult",
    "Channel",
    "Device",
    "DeviceSummary",
    "Diagnostic",
    "Finding",
    "InputError",
    "LineCounts",
    "ParseResult",
    "Policy",
    "PolicyError",
    "Span",
    "UntappedError",
    "UsageError",
    "__version__",
    "audit",
    "load_policy",
    "parse_policy",
]

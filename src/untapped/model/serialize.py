"""Plain-data views of model objects (for golden files, the store and JSON dumps).

Secrets are redacted unless asked: every `Secret` becomes {"kind": ..., "value": "<redacted:...>"}.
"""

from __future__ import annotations

from typing import Any

import msgspec

from untapped.model.core import Secret
from untapped.model.device import Device


def to_builtins(obj: Any, show_secrets: bool = False) -> Any:
    from untapped.redact import token

    def walk(value: Any) -> Any:
        if isinstance(value, Secret):
            return {
                "kind": value.kind,
                "value": value.value if show_secrets else token(value.value),
            }
        if isinstance(value, msgspec.Struct):
            out = {}
            for field in value.__struct_fields__:
                out[field] = walk(getattr(value, field))
            return out
        if isinstance(value, dict):
            return {str(k): walk(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [walk(v) for v in value]
        if isinstance(value, (set, frozenset)):
            return sorted(walk(v) for v in value)
        return value

    return walk(obj)


def device_to_builtins(
    device: Device, show_secrets: bool = False, drop_empty: bool = True
) -> dict[str, Any]:
    data = to_builtins(device, show_secrets)
    if drop_empty:
        data = _prune(data)
    assert isinstance(data, dict)
    return data


def _prune(value: Any) -> Any:
    """Drop None, empty containers and False flags, so that golden files show what was parsed."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            v = _prune(v)
            if v is None or v is False or v == [] or v == {} or v == "":
                continue
            out[k] = v
        return out
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value

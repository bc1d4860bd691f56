"""Dialect registry: every sub-package of `untapped.dialects` whose name does not start with `_`
is a dialect and defines `DIALECT`. Packages are found without importing them, and imported
lazily by name."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from untapped.dialects.base import FEATURES, Dialect, Sniff


@cache
def names() -> list[str]:
    return sorted(
        m.name for m in pkgutil.iter_modules(__path__) if m.ispkg and not m.name.startswith("_")
    )


@cache
def get(name: str) -> Dialect:
    if name not in names():
        raise KeyError(name)
    module = importlib.import_module(f"{__name__}.{name}")
    dialect: Dialect = module.DIALECT
    return dialect


def all_dialects() -> list[Dialect]:
    return [get(n) for n in names()]


__all__ = ["FEATURES", "Dialect", "Sniff", "all_dialects", "get", "names"]

"""Kept for imports of the IOS-like packages: the shared Dialect shape lives in dialects/base.py."""

from untapped.dialects.base import MarkerDialect

__all__ = ["MarkerDialect"]

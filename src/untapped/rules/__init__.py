"""The rule catalog: rules as typed data (catalog.toml), loaded once."""

from untapped.rules.catalog import Rule, catalog, get_rule

__all__ = ["Rule", "catalog", "get_rule"]

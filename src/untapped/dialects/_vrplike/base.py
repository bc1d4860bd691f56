"""Helpers shared by the VRP/Comware handler modules."""

from __future__ import annotations

from typing import Any

from untapped.model.core import Secret

P = Any  # the VrpLikeParser (kept loose to avoid an import cycle)

DIRECTIONS = {"inbound": "rx", "outbound": "tx", "both": "both"}


def rest(t: list[str], i: int) -> str:
    return " ".join(t[i:])


def kw(t: list[str], word: str, start: int = 0) -> str | None:
    """The token after keyword `word` (first occurrence at or after `start`), or None."""
    try:
        j = t.index(word, start)
    except ValueError:
        return None
    return t[j + 1] if j + 1 < len(t) else None


def secret_after(p: P, t: list[str], j: int, ln: int) -> Secret:
    """`[cipher|simple|hash|irreversible-cipher|plain] VALUE` at t[j]."""
    kinds = {
        "cipher": "cipher",
        "simple": "plain",
        "plain": "plain",
        "hash": "hash",
        "irreversible-cipher": "irreversible",
    }
    kind = kinds.get(t[j].lower())
    if kind is None:
        out: Secret = p.secret(t[j], "unknown", ln)
        return out
    res: Secret = p.secret(t[j + 1], kind, ln)
    return res

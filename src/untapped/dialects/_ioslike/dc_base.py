"""Data-centre IOS-like handlers (NX-OS, EOS): base (see dc.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.dc_parser import DcParser
from untapped.dialects._ioslike.engine import Mode
from untapped.model.core import Secret
from untapped.model.mgmt import (
    Service,
)


# ---- small helpers ------------------------------------------------------------------------
def unq(tok: str) -> str:
    if len(tok) >= 2 and tok[0] == tok[-1] and tok[0] in "\"'":
        return tok[1:-1]
    return tok


def hash_kind(value: str, default: str = "plain") -> str:
    v = unq(value)
    if v.startswith("$1$"):
        return "md5"
    if v.startswith("$5$"):
        return "sha256"
    if v.startswith(("$6$", "$y$", "$8$", "$9$", "$sha512$")):
        return "hash"
    return default


# NX-OS / EOS type codes before a password or key
TYPE_KINDS = {
    "0": "plain",
    "3": "cipher",
    "7": "type7",
    "5": "hash",
    "6": "cipher",
    "8": "pbkdf2",
    "8a": "cipher",
}


def secret_after(p: DcParser, t: list[str], j: int, ln: int) -> tuple[Secret, int]:
    """`[TYPE] VALUE` at t[j] -> (Secret, next index). Quotes are removed."""
    kind = "plain"
    if j + 1 < len(t) and t[j] in TYPE_KINDS:
        kind = TYPE_KINDS[t[j]]
        j += 1
    value = unq(t[j])
    if kind in ("hash", "plain"):
        kind = hash_kind(value, kind)
    return p.secret(value, kind, ln), j + 1


def set_service(p: DcParser, name: str, enabled: bool, ln: int, **kw: Any) -> Service:
    svc = p.device.services.get(name)
    if svc is None:
        svc = p.device.services[name] = Service(name, enabled, ln, **kw)
    else:
        svc.enabled, svc.line = enabled, ln
        for k, v in kw.items():
            if v is not None:
                setattr(svc, k, v)
    return svc


def known_child(name: str, *paths: str) -> Mode:
    return Mode(name).known(*paths)


def after(t: list[str], word: str) -> str | None:
    """The token after `word` in t, if any."""
    for k in range(len(t) - 1):
        if t[k] == word:
            return t[k + 1]
    return None

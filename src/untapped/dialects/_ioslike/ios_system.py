"""Secrets, line and version statements IOS, NX-OS and EOS write alike (moved here from
cisco_ios)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.engine import LineParser
from untapped.model.mgmt import (
    Line,
)

# type codes of `password N X` / `secret N X`
SECRET_KINDS = {
    "0": "plain",
    "7": "type7",
    "5": "md5",
    "4": "sha256",
    "8": "pbkdf2",
    "9": "scrypt",
    "6": "cipher",
}


def secret_at(p: LineParser, t: list[str], i: int, ln: int, default_kind: str) -> tuple[Any, int]:
    """`[N] VALUE` at t[i] -> (Secret, next index)."""
    kind = default_kind
    if i + 1 < len(t) and t[i] in SECRET_KINDS:
        kind = SECRET_KINDS[t[i]]
        i += 1
    return p.secret(t[i], kind, ln), i + 1


def h_version(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.version = t[i]


def h_line_access_class(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    name, direction = t[i], t[i + 1] if i + 1 < len(t) else "in"
    if neg:
        return None
    if direction == "in":
        line.access_class_in = name
    else:
        line.access_class_out = name
    p.ref("ip access-list", name, f"line {line.kind} access-class {direction}", ln)
    return None


def h_line_ipv6_access_class(
    p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any
) -> Any:
    line: Line = obj
    if t[i] == "access-class" and not neg:
        line.access_class6_in = t[i + 1]
        p.ref("ipv6 access-list", t[i + 1], f"line {line.kind} ipv6 access-class", ln)
    return None


def h_line_exec_timeout(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    minutes = int(t[i])
    seconds = int(t[i + 1]) if i + 1 < len(t) else 0
    line.exec_timeout = 600 if neg else minutes * 60 + seconds


def h_line_session_limit(p: LineParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    line.session_limit = int(t[i])

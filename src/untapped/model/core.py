"""Core value types shared by every part of the model: spans, diagnostics, secrets, references."""

from __future__ import annotations

from typing import Literal

import msgspec


class Span(msgspec.Struct, frozen=True, array_like=True):
    """Where an object comes from: a file (relative to the input PATH) and 1-based lines."""

    file: str
    line: int
    end: int = 0  # last line (inclusive); 0 means "same as line"

    @property
    def last(self) -> int:
        return self.end or self.line

    def lines(self) -> list[int]:
        return list(range(self.line, self.last + 1))


DiagnosticKind = Literal["unrecognized", "unsupported", "encoding", "input", "warning"]


class Diagnostic(msgspec.Struct, frozen=True):
    """Something the tool could not take in as it should. `text` is already redacted."""

    file: str
    line: int
    kind: DiagnosticKind
    text: str


class LineCounts(msgspec.Struct):
    """Every line of a file is exactly one of these (contract §3)."""

    total: int = 0
    recognized: int = 0
    unrecognized: int = 0
    blank_or_comment: int = 0

    @property
    def coverage(self) -> float:
        parsed = self.recognized + self.unrecognized
        return 1.0 if parsed == 0 else self.recognized / parsed


class Secret(msgspec.Struct, frozen=True):
    """A credential as configured. `value` is what the config holds (clear text, type-7, hash).

    Never printed directly: report code goes through `untapped.redact`.
    `kind` says how it is stored: plain, type7, md5, sha256, scrypt, pbkdf2, cipher (reversible
    vendor cipher), irreversible (vendor hash), hash (other one-way), unknown.
    """

    value: str
    kind: str = "unknown"

    @property
    def reversible(self) -> bool:
        return self.kind in ("plain", "type7", "cipher")


class Definition(msgspec.Struct, frozen=True):
    """A named structure defined in the config (an ACL, a route-map, a flow exporter...)."""

    type: str
    name: str
    lines: tuple[int, ...]


class Reference(msgspec.Struct, frozen=True):
    """A use of a named structure, with the context that uses it (e.g. 'interface ip access-group in')."""

    type: str
    name: str
    context: str
    line: int


Trust = Literal["trusted", "internal", "external", "local", "unknown"]
Severity = Literal["critical", "high", "medium", "low", "info"]
SEVERITIES: tuple[Severity, ...] = ("critical", "high", "medium", "low", "info")
SEVERITY_RANK: dict[str, int] = {s: i for i, s in enumerate(reversed(SEVERITIES))}

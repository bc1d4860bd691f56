"""Helpers shared by the reports."""

from __future__ import annotations

import os
from pathlib import PurePath

from untapped.model.results import AuditResult


def locate(result: AuditResult, file: str) -> tuple[str, bool]:
    """(`file` relative to the audited PATH, True) when it is under PATH, else (file, False).

    Device files already are relative (returned unchanged); another file named under PATH (the
    default policy file, `PATH/untapped.toml`, which POL-001 findings point at) is made relative;
    a file outside PATH (a policy given elsewhere) keeps its name as given."""
    if any(d.file == file for d in result.devices):
        return file, True
    base = result.input
    if os.path.isabs(file) != os.path.isabs(base):
        file, base = os.path.abspath(file), os.path.abspath(base)
    if os.path.isfile(base):
        base = os.path.dirname(base) or "."
    try:
        rel = PurePath(os.path.normpath(file)).relative_to(os.path.normpath(base))
    except ValueError:
        return file, False
    return rel.as_posix(), True


def relative_file(result: AuditResult, file: str) -> str:
    """`file` relative to the audited PATH (contract §3) when it is under PATH, else as given."""
    return locate(result, file)[0]

"""Helpers shared by the reports."""

from __future__ import annotations

import os
from pathlib import PurePath

from untapped.model.results import AuditResult


def relative_file(result: AuditResult, file: str) -> str:
    """`file` relative to the audited PATH (contract §3).

    Device files already are (they are returned unchanged); another file named under PATH (the
    default policy file, `PATH/untapped.toml`, which POL-001 findings point at) is made relative;
    a file outside PATH (a policy given elsewhere) keeps its name as given."""
    if any(d.file == file for d in result.devices):
        return file
    base = result.input
    if os.path.isabs(file) != os.path.isabs(base):
        file, base = os.path.abspath(file), os.path.abspath(base)
    try:
        return PurePath(os.path.normpath(file)).relative_to(os.path.normpath(base)).as_posix()
    except ValueError:
        return file

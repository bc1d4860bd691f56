"""Parse one Junos artifact: read (either form) -> tree -> prune inactive -> groups -> model."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.engine import split_lines
from untapped.dialects.juniper_junos.features import FEATURES
from untapped.dialects.juniper_junos.mapping import Mapper
from untapped.dialects.juniper_junos.reader import Reader, redact_junos
from untapped.dialects.juniper_junos.tree import apply_groups, prune_inactive
from untapped.model.core import Diagnostic
from untapped.model.device import ParseResult


def parse(artifact: Artifact) -> ParseResult:
    reader = Reader(artifact.origin, split_lines(artifact.text))
    root = reader.run()
    diagnostics = reader.diagnostics
    if artifact.note:
        diagnostics.insert(0, Diagnostic(artifact.origin, 0, "encoding", artifact.note))
    inactive: list[tuple[int, str]] = []
    if reader.inactive_paths:
        prune_inactive(root, reader.inactive_paths, inactive)
    for line, path in inactive:
        diagnostics.append(
            Diagnostic(
                artifact.origin,
                line,
                "warning",
                redact_junos(f"inactive (not applied): {path}")[:240],
            )
        )
    mapper = Mapper(artifact.origin, root)
    if reader.has_apply or "groups" in root.kids:
        mapper.groups(apply_groups(root))
    device = mapper.run()
    device.features = FEATURES
    return ParseResult(device, reader.counts, diagnostics)

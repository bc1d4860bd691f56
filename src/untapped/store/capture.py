"""What a snapshot holds besides the audit: each file's configuration text with every secret
redacted, and a hash of the inputs (so that `watch` can tell nothing changed without auditing)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import msgspec

from untapped.analyses.drift import REDACTED, redact_config
from untapped.collect.files import decode_bytes, list_files
from untapped.model.results import AuditResult
from untapped.policy import Policy


class Capture(msgspec.Struct):
    """An audit ready to store: the result, redacted texts by device file, the inputs' hash."""

    result: AuditResult
    configs: dict[str, str]
    input_hash: str | None = None


def input_hash(path: str | Path, policy: Policy | str | Path | None = None) -> str:
    """sha256 over every input file (name and bytes) and the policy file."""
    from untapped.pipeline import resolve_policy

    root = Path(path)
    h = hashlib.sha256()
    for full, origin in list_files(root):
        try:
            data = full.read_bytes()
        except OSError:
            data = b"\0unreadable"
        h.update(origin.encode("utf-8", "surrogateescape") + b"\0")
        h.update(hashlib.sha256(data).digest())
    pol = resolve_policy(root, policy)
    if pol.file:
        try:
            h.update(b"\0policy\0" + Path(pol.file).read_bytes())
        except OSError:
            h.update(b"\0policy-unreadable\0" + pol.file.encode())
    return h.hexdigest()


def read_configs(path: str | Path, result: AuditResult) -> dict[str, str]:
    """The redacted configuration text of each device file of `result`."""
    root = Path(path)
    out: dict[str, str] = {}
    for dev in result.devices:
        full = root if root.is_file() else root / dev.file
        try:
            data = full.read_bytes()
        except OSError:
            continue
        text, _, _ = decode_bytes(data)
        if text is None:
            continue
        facts = result.facts.get(dev.file, {})
        out[dev.file] = redact_config(text, facts.get(REDACTED, ()))
    return out


def capture(
    path: str | Path,
    policy: Policy | str | Path | None = None,
    *,
    dialect: str | None = None,
    jobs: int | None = None,
) -> Capture:
    """Audit `path` and gather what a snapshot stores."""
    from untapped.pipeline import audit

    digest = input_hash(path, policy)
    result = audit(path, policy, dialect=dialect, jobs=jobs)
    return Capture(result, read_configs(path, result), digest)


def config_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()

"""Run a per-device function over every configuration under a path, in worker processes for
large inputs. Workers send back the function's (small) result, never the parsed model."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar

import msgspec

from untapped import dialects
from untapped.collect.files import ReadProblem, list_files, read_artifact
from untapped.dialects._ioslike.engine import split_lines
from untapped.errors import InputError, UsageError
from untapped.model.core import Diagnostic
from untapped.model.device import Device

T = TypeVar("T")
PARALLEL_MIN_BYTES = 4 * 1024 * 1024


class Mapped(msgspec.Struct, Generic[T]):
    name: str
    file: str
    dialect: str
    value: T | None
    diagnostics: list[Diagnostic]


def _one(
    fn: Callable[[Device, list[str]], Any], dialect: str | None, path: str, origin: str
) -> Mapped[Any]:
    from untapped.pipeline import parse_artifact

    item = read_artifact(Path(path), origin)
    if isinstance(item, ReadProblem):
        return Mapped(
            origin, origin, "unknown", None, [Diagnostic(origin, 0, "input", item.message)]
        )
    try:
        result, _, name = parse_artifact(item, dialect)
    except Exception as exc:  # a parser bug must not stop the other files
        msg = f"internal error while parsing ({type(exc).__name__}); please report this file"
        return Mapped(
            origin, origin, dialect or "unknown", None, [Diagnostic(origin, 0, "input", msg)]
        )
    if result is None:
        diag = Diagnostic(origin, 0, "unsupported", "no supported dialect recognises this file")
        return Mapped(origin, origin, "unknown", None, [diag])
    return Mapped(result.device.name, origin, name, fn(result.device, split_lines(item.text)), [])


def map_devices(
    path: str | Path,
    fn: Callable[[Device, list[str]], T],
    *,
    dialect: str | None = None,
    jobs: int | None = None,
) -> list[Mapped[T]]:
    """`fn(device, lines)` for every configuration file under `path` (a top-level function, so
    that worker processes can run it)."""
    root = Path(path)
    if not root.exists():
        raise InputError(f"no such file or directory: {path}")
    if dialect is not None and dialect not in dialects.names():
        raise UsageError(f"unknown dialect {dialect!r} (known: {', '.join(dialects.names())})")
    files = list_files(root)
    if not files:
        raise InputError(f"nothing to analyse under {path}: no files")
    total = sum(p.stat().st_size for p, _ in files if p.exists())
    ncpu = jobs if jobs is not None else (os.cpu_count() or 1)
    work = partial(_one, fn, dialect)
    from untapped import redact
    from untapped.pipeline import _worker_init, parsing_gc

    if ncpu <= 1 or total < PARALLEL_MIN_BYTES or len(files) < 4:
        with parsing_gc():
            return [work(str(p), o) for p, o in files]
    for name in {dialect} if dialect else set(dialects.names()):
        dialects.get(name)  # imported before the workers fork: grammars are built once
    with ProcessPoolExecutor(
        max_workers=ncpu, initializer=_worker_init, initargs=(redact.policy_salt(),)
    ) as pool:
        chunk = max(1, len(files) // (ncpu * 8))
        return list(
            pool.map(work, [str(p) for p, _ in files], [o for _, o in files], chunksize=chunk)
        )


def _encode_device(device: Device, lines: list[str]) -> bytes:
    return msgspec.msgpack.encode(device)


def load_devices(
    path: str | Path, dialect: str | None = None, jobs: int | None = None
) -> tuple[list[Device], list[Diagnostic]]:
    """Parse every configuration under `path` (in worker processes for large inputs) and return
    the devices with the diagnostics of files that gave none (unreadable, unknown dialect).
    Workers send the parsed models back as msgpack."""
    devices: list[Device] = []
    diags: list[Diagnostic] = []
    decoder = msgspec.msgpack.Decoder(Device)
    for m in map_devices(path, _encode_device, dialect=dialect, jobs=jobs):
        if m.value is None:
            diags.extend(m.diagnostics)
            continue
        dev = decoder.decode(m.value)
        dev.file = m.file
        devices.append(dev)
    return devices, diags

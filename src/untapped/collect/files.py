"""Read configuration files safely: encodings (UTF-8, UTF-16, GBK), CRLF, binary and huge files.

One bad file never stops the others: problems come back as `ReadProblem`s, not exceptions.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import msgspec

MAX_BYTES = 64 * 1024 * 1024  # a device config larger than this is not a config
SKIP_NAMES = frozenset({"untapped.toml"})  # contract §2: hidden files and the policy are skipped


class Artifact(msgspec.Struct, frozen=True):
    """Raw input: `origin` is the file path relative to the input PATH, `text` decoded, with the
    encoding that decoded it (and a note when it was not UTF-8)."""

    origin: str
    text: str
    encoding: str = "utf-8"
    note: str | None = None


class ReadProblem(msgspec.Struct, frozen=True):
    origin: str
    message: str


def decode_bytes(data: bytes) -> tuple[str | None, str, str | None]:
    """Return (text, encoding, note). text is None when the bytes are not text at all."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", "decoded as UTF-16"
        except UnicodeDecodeError:
            return None, "binary", None
    sample = data[:65536]
    if b"\x00" in sample:
        return None, "binary", None
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030", "not UTF-8: decoded as GB18030/GBK"
    except UnicodeDecodeError:
        pass
    # Latin-1 always decodes; say so, since characters may be wrong.
    text = data.decode("latin-1")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 9 or 13 < ord(ch) < 32)
    if controls > len(text[:65536]) // 20:
        return None, "binary", None
    return text, "latin-1", "not UTF-8 nor GBK: decoded as Latin-1"


def read_artifact(path: Path, origin: str) -> Artifact | ReadProblem:
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
            return ReadProblem(origin, "not a regular file")
        size = st.st_size
        if size > MAX_BYTES:
            return ReadProblem(origin, f"file is {size} bytes, over the {MAX_BYTES}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        return ReadProblem(origin, f"cannot read: {exc.strerror or exc}")
    text, encoding, note = decode_bytes(data)
    if text is None:
        return ReadProblem(origin, "binary file, not a configuration")
    return Artifact(origin, text, encoding, note)


def _skip(name: str) -> bool:
    return name.startswith(".") or name in SKIP_NAMES


def list_files(root: Path) -> list[tuple[Path, str]]:
    """Files under `root` (recursively; hidden files and `untapped.toml` skipped), sorted,
    with their names relative to root. A single-file root gives its base name."""
    if root.is_file():
        return [(root, root.name)]
    out: list[tuple[Path, str]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in sorted(filenames):
            if _skip(fn):
                continue
            full = Path(dirpath) / fn
            out.append((full, full.relative_to(root).as_posix()))
    return out


def iter_artifacts(root: Path) -> Iterator[Artifact | ReadProblem]:
    for path, origin in list_files(root):
        yield read_artifact(path, origin)

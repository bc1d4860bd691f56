"""Load a dialect's "known statements" data file: vendor knowledge as data.

The file holds one statement path per line under `[SECTION]` headers (`#` starts a comment line);
each section becomes a tuple of paths. Used by the dialect packages' known.py modules."""

from __future__ import annotations

from importlib import resources


def load_sections(package: str, filename: str) -> dict[str, tuple[str, ...]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    text = resources.files(package).joinpath(filename).read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        if current is None:
            raise ValueError(f"{filename}: statement outside a section: {line!r}")
        current.append(line)
    return {name: tuple(paths) for name, paths in sections.items()}

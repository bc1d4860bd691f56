"""Golden cases of the dialects: tests/dialects/<dialect>/cases/<case>/{input.*, expected.json,
case.toml}. `case.toml` (optional) lists the features the input exercises:
`exercises = ["mirror", "logging"]`."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import msgspec

HERE = Path(__file__).resolve().parent


class Case(msgspec.Struct):
    dialect: str
    name: str
    dir: Path
    input: Path
    exercises: list[str]

    @property
    def id(self) -> str:
        return f"{self.dialect}/{self.name}"


def cases() -> list[Case]:
    out: list[Case] = []
    for ddir in sorted(p for p in HERE.iterdir() if (p / "cases").is_dir()):
        for cdir in sorted(p for p in (ddir / "cases").iterdir() if p.is_dir()):
            inputs = sorted(p for p in cdir.iterdir() if p.name.startswith("input"))
            if not inputs:
                continue
            meta: dict[str, Any] = {}
            if (cdir / "case.toml").exists():
                meta = tomllib.loads((cdir / "case.toml").read_text("utf-8"))
            out.append(Case(ddir.name, cdir.name, cdir, inputs[0], list(meta.get("exercises", []))))
    return out

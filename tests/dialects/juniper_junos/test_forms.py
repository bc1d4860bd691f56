"""The brace form and the set form of the same configuration give the same model (lines aside)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from untapped.collect.files import read_artifact
from untapped.dialects import get
from untapped.model.serialize import device_to_builtins

CASES = Path(__file__).resolve().parent / "cases"
PAIRS = [
    ("edge_brace", "edge_set"),
    ("inactive_brace", "inactive_set"),
    ("groups_brace", "groups_set"),
]
LINE_KEYS = {"span", "line", "lines", "destination_line", "hostname_line", "secret_lines", "end"}


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in LINE_KEYS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _model(case: str) -> tuple[Any, Any]:
    path = next(p for p in (CASES / case).iterdir() if p.name.startswith("input"))
    art = read_artifact(path, "input")
    result = get("juniper_junos").parse(art)  # type: ignore[arg-type]
    warnings = sorted(d.text for d in result.diagnostics if d.kind == "warning")
    return _strip(device_to_builtins(result.device)), warnings


@pytest.mark.parametrize(("brace", "flat"), PAIRS)
def test_both_forms_give_the_same_model(brace: str, flat: str) -> None:
    if not (CASES / brace).is_dir() or not (CASES / flat).is_dir():
        pytest.skip("pair missing")
    a, wa = _model(brace)
    b, wb = _model(flat)
    assert a == b
    assert wa == wb


def _display_set(text: str) -> str:
    """`show configuration | display set` of a brace-form text, from the reader's raw tree."""
    import re

    from untapped.dialects._ioslike.engine import split_lines
    from untapped.dialects.juniper_junos.reader import Reader
    from untapped.dialects.juniper_junos.tree import Node

    def q(tok: str) -> str:
        if not tok or re.search(r'[\s;{}\[\]#"$]', tok):
            return '"' + tok.replace('"', '\\"') + '"'
        return tok

    out: list[str] = []

    def walk(node: Node, path: list[str]) -> None:
        if not node.kids:
            out.append("set " + " ".join(q(t) for t in path))
            return
        for key, kid in node.kids.items():
            walk(kid, [*path, key])
            if kid.inactive:
                out.append("deactivate " + " ".join(q(t) for t in [*path, key]))

    walk(Reader("x", split_lines(text)).run(), [])
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    "case", sorted(p.name for p in CASES.iterdir() if (p / "input.conf").exists())
)
def test_display_set_of_every_brace_case_gives_the_same_model(case: str) -> None:
    from untapped.collect.files import Artifact

    text = (CASES / case / "input.conf").read_text("utf-8")
    dialect = get("juniper_junos")
    a = dialect.parse(Artifact("input", text))  # type: ignore[attr-defined]
    b = dialect.parse(Artifact("input", _display_set(text)))  # type: ignore[attr-defined]
    assert _strip(device_to_builtins(a.device)) == _strip(device_to_builtins(b.device))
    assert b.lines.unrecognized <= a.lines.unrecognized

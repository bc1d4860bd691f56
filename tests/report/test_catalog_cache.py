"""The rule catalog is read from catalog.json when that was made from the very catalog.toml
shipped beside it, and from the TOML otherwise: the shortcut never changes the rules."""

from __future__ import annotations

import importlib
import tomllib
from importlib import resources

import msgspec
import pytest

from untapped.rules.catalog import _Catalog, catalog, compile_catalog, load_catalog
from untapped.tools import gentables

# (the package exports the function `catalog` under the module's name)
catalog_module = importlib.import_module("untapped.rules.catalog")
ROOT = resources.files("untapped.rules")
TOML = ROOT.joinpath("catalog.toml").read_bytes()


def _from_toml(text: bytes) -> _Catalog:
    return msgspec.convert(tomllib.loads(text.decode("utf-8")), _Catalog)


def test_shipped_catalog_json_is_current() -> None:
    assert ROOT.joinpath("catalog.json").read_bytes() == gentables.render_catalog(), (
        "src/untapped/rules/catalog.json is stale: run `make docs` (or "
        "`python -m untapped.tools.gentables`) and commit it"
    )


def test_catalog_from_json_equals_catalog_from_toml() -> None:
    assert load_catalog(TOML, compile_catalog(TOML)) == _from_toml(TOML)
    assert list(catalog().values()) == _from_toml(TOML).rule


def test_json_of_another_toml_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    edited = TOML.replace(b'title = "', b'title = "EDITED ', 1)
    assert edited != TOML
    got = load_catalog(edited, compile_catalog(TOML))  # catalog.json left over from before
    assert got == _from_toml(edited) != _from_toml(TOML)
    assert got.rule[0].title.startswith("EDITED ")


def test_json_is_used_when_it_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_toml(_text: str) -> None:
        raise AssertionError("the TOML was parsed")

    compiled = compile_catalog(TOML)
    monkeypatch.setattr(catalog_module.tomllib, "loads", no_toml)
    assert load_catalog(TOML, compiled).rule  # read from the JSON alone


@pytest.mark.parametrize("compiled", [None, b"", b"\xff\xfe", b'{"source": "x"}', b"[1, 2]"])
def test_missing_or_broken_json_falls_back_to_toml(compiled: bytes | None) -> None:
    assert load_catalog(TOML, compiled) == _from_toml(TOML)

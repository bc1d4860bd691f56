"""Fixtures of the store tests: a database per test on SQLite (always) and on PostgreSQL (when
UNTAPPED_TEST_PG_URL names a server: .ci/run starts one), and generated networks."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store.netgen import write_network

PG_URL = os.environ.get("UNTAPPED_TEST_PG_URL")
PG_SKIP = (
    "UNTAPPED_TEST_PG_URL is not set: no PostgreSQL server to test against "
    "(.ci/run installs and starts one)"
)


def pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema on the test PostgreSQL server (dropped afterwards)."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # the server went away: say so rather than fail obscurely
        admin.dispose()
        pytest.fail(f"PostgreSQL at UNTAPPED_TEST_PG_URL is not usable: {exc}")
    try:
        yield pg_schema_url(PG_URL, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def nets(tmp_path: Path) -> tuple[Path, Path]:
    """Two versions of a 3-device network: base and changed (device r0000 drifts)."""
    return (
        write_network(tmp_path / "base", 3, "base"),
        write_network(tmp_path / "changed", 3, "changed"),
    )


@pytest.fixture(autouse=True)
def _no_user_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data directory from a test."""
    monkeypatch.setenv("UNTAPPED_DB", str(tmp_path / "default.db"))

"""The snapshot store against SQLite and PostgreSQL: faithful round trip, history, migrations,
redaction, and the schema in step with its migrations."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from tests.store.netgen import SECRETS, write_network
from untapped.cli import render
from untapped.errors import UsageError
from untapped.store import StoreError, capture, open_store
from untapped.store import schema as t
from untapped.store.engine import make_engine, upgrade


def test_roundtrip_renders_identically(db_url: str, nets: tuple[Path, Path]) -> None:
    cap = capture(nets[1])
    with open_store(db_url) as store:
        info = store.save(cap, "after")
        stored = store.load("after")
    assert info.devices == 3 and info.channels == len(cap.result.channels)
    for fmt in ("json", "sarif", "terminal"):
        assert render(stored.result, fmt) == render(cap.result, fmt), fmt
    # everything the drift needs survives too (minus the worker-only redacted lines)
    for file, facts in cap.result.facts.items():
        want = {k: v for k, v in facts.items() if k in ("user", "acl", "binding")}
        assert stored.result.facts.get(file, {}) == want
    assert stored.result.waived == cap.result.waived
    assert set(stored.config_hashes) == set(cap.configs)


def test_history_and_refs(db_url: str, nets: tuple[Path, Path]) -> None:
    with open_store(db_url) as store:
        a = store.save(capture(nets[0]), "base")
        b = store.save(capture(nets[1]))  # named after the time
        c = store.save(capture(nets[1]))  # same second: gets a suffix, never a clash
        rows = store.snapshots()
        assert [r.id for r in rows] == [a.id, b.id, c.id]
        assert len({r.name for r in rows}) == 3
        assert rows[0].by_severity == a.by_severity
        assert sum(rows[1].by_severity.values()) == rows[1].findings
        assert store.resolve("latest") == c.id
        assert store.resolve("latest~2") == a.id
        assert store.resolve(f"#{b.id}") == b.id
        one = store.snapshots(device="r0000")
        assert len(one) == 3 and all(r.devices == 1 for r in one)
        assert one[2].channels > one[0].channels  # the drifted device gained channels
        assert store.snapshots(device="nope") == []
        with pytest.raises(StoreError):
            store.resolve("no-such-snapshot")
        with pytest.raises(UsageError):
            store.save(capture(nets[0]), "base")


def test_identical_configs_stored_once(sqlite_url: str, nets: tuple[Path, Path]) -> None:
    with open_store(sqlite_url) as store:
        store.save(capture(nets[0]))
        store.save(capture(nets[0]))
        store.save(capture(nets[1]))
        counts = store.counts()
    assert counts["snapshot"] == 3
    assert counts["config_blob"] == 4  # 3 devices + the changed r0000


def test_no_secret_survives_in_the_database(tmp_path: Path, nets: tuple[Path, Path]) -> None:
    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        info = store.save(capture(nets[1]))
        texts = [store.config_text(info.id, f"r000{i}") for i in range(3)]
        with store.engine.connect() as conn:
            blobs = [
                zlib.decompress(r[0]) for r in conn.execute(text("SELECT data FROM config_blob"))
            ]
    assert all(texts) and "hostname r0000" in (texts[0] or "")
    raw = db.read_bytes() + b"".join(blobs)
    for p in (Path(str(db) + "-wal"),):
        if p.exists():
            raw += p.read_bytes()
    for key, value in SECRETS.items():
        assert value.encode() not in raw, f"secret {key} survived"
        for txt in texts:
            assert value not in (txt or "")
    assert "<redacted:" in (texts[0] or "")


def test_schema_matches_migrations(db_url: str) -> None:
    with open_store(db_url) as store:
        insp = inspect(store.engine)
        for table in t.metadata.sorted_tables:
            cols = {c["name"] for c in insp.get_columns(table.name)}
            assert cols == set(table.c.keys()), table.name
            pk = set(insp.get_pk_constraint(table.name)["constrained_columns"])
            assert pk == {c.name for c in table.primary_key.columns}, table.name
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(t.__file__).parent / "migrations"))
        assert ScriptDirectory.from_config(cfg).get_current_head() == t.SCHEMA_HEAD


def test_older_database_is_upgraded(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0001")  # a database written by the first schema
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO snapshot (name, created_at, input, tool_version, owner_networks,"
                " owner_networks_inferred, n_devices, n_channels, n_findings, n_waived,"
                " n_diagnostics, n_critical, n_high, n_medium, n_low, n_info) VALUES"
                " ('old', '2026-01-01T00:00:00Z', 'configs', '0.0.9', '[]', false,"
                " 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)"
            )
        )
        sid = conn.execute(text("SELECT id FROM snapshot")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO device (snapshot_id, ord, name, file, dialect, lines_total,"
                " lines_recognized, lines_unrecognized, lines_blank, evidence) VALUES"
                " (:s, 0, 'r1', 'r1.cfg', 'cisco_ios', 10, 9, 0, 1, '[]')"
            ),
            {"s": sid},
        )
    engine.dispose()
    with open_store(db_url) as store:
        with store.engine.connect() as conn:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert rev == t.SCHEMA_HEAD
        old = store.load("old")
        assert old.result.devices[0].name == "r1" and old.result.facts == {}
        assert old.info.input_hash is None


def test_newer_database_is_refused(db_url: str) -> None:
    with open_store(db_url) as store, store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StoreError, match="newer than this untapped"):
        open_store(db_url)


def test_bad_urls_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store("mysql://x@127.0.0.1/db")
    with pytest.raises(StoreError):
        open_store("postgresql+psycopg://nobody:x@127.0.0.1:1/none")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        open_store(str(blocker / "sub" / "db.sqlite"))


def test_empty_inputs_round_trip(db_url: str, tmp_path: Path) -> None:
    """A device with nothing recognised (unknown dialect) and diagnostics survive too."""
    root = write_network(tmp_path / "mixed", 1, policy=False)
    (root / "notes.txt").write_text("this is not a configuration\nat all\n")
    cap = capture(root)
    with open_store(db_url) as store:
        store.save(cap, "mixed")
        back = store.load("mixed").result
    assert render(back, "json") == render(cap.result, "json")
    assert any(d.dialect == "unknown" for d in back.devices)

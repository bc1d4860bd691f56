"""Opening a store: the database URL, the engine (SQLite in WAL mode with a busy timeout, or
PostgreSQL through psycopg 3), and the schema upgrade run on every open.

A database whose schema revision this version does not know (written by a newer untapped) is
refused with a clear error rather than touched.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from untapped.errors import UntappedError
from untapped.store.schema import SCHEMA_HEAD

ENV_DB = "UNTAPPED_DB"
BUSY_TIMEOUT_S = 60.0
_PG_MIGRATION_LOCK = 0x756E7461  # pg_advisory_xact_lock key: serialises concurrent upgrades


class StoreError(UntappedError):
    """The database cannot be used: unreachable, newer than this tool, or a bad reference."""

    exit_code = 3


def default_url() -> str:
    """UNTAPPED_DB (a URL or a file path), else SQLite in the user data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return to_url(env)
    import platformdirs

    return to_url(str(Path(platformdirs.user_data_dir("untapped")) / "untapped.db"))


def to_url(value: str) -> str:
    """A database URL from a URL or a plain file path (taken as SQLite)."""
    if "://" in value:
        if value.startswith(("postgresql://", "postgres://")):
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    return "sqlite:///" + str(Path(value).expanduser().absolute())


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def make_engine(url: str) -> Engine:
    try:
        u = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    backend = u.get_backend_name()
    try:
        if backend == "sqlite":
            return _sqlite_engine(url, u.database)
        if backend == "postgresql":
            return create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        hint = " (install untapped[pg])" if backend == "postgresql" else ""
        raise StoreError(f"no driver for {describe(url)}{hint}: {exc}") from exc
    raise StoreError(f"unsupported database {backend!r}: use sqlite or postgresql+psycopg")


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        try:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder of {database}: {exc}") from exc
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin() emit our BEGIN: pysqlite's own would be deferred.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        _enter_wal(cur, BUSY_TIMEOUT_S)
        cur.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process in WAL mode
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the lock up front (waiting up to the busy timeout), so that two
        # processes saving at once queue instead of failing on a lock upgrade.
        mode = "DEFERRED" if conn.get_execution_options().get("readonly") else "IMMEDIATE"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _enter_wal(cur: Any, timeout: float) -> None:
    """PRAGMA journal_mode=WAL, waiting for other connections as the busy timeout would.

    On a database not yet in WAL mode (a new file) the switch reads the header, then rewrites it.
    When another process is switching the same file at that moment, SQLite answers "database is
    locked" AT ONCE, whatever the busy timeout: a connection that holds a read lock and wants the
    write lock never waits (the writer may be waiting for that very read lock to go). Two
    `untapped` commands opening a new store together failed so. The switch is tried again (its
    read lock released meanwhile) until the busy timeout: the other's switch commits within
    milliseconds, and once the file is in WAL mode the switch writes nothing.
    """
    deadline = time.monotonic() + timeout
    delay = 0.001
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.fetchall()
            return
        except sqlite3.OperationalError as exc:
            remaining = deadline - time.monotonic()
            if not _busy(exc) or remaining <= 0:
                raise
        time.sleep(min(delay, remaining))
        delay = min(delay * 2, 0.05)


def _busy(exc: sqlite3.OperationalError) -> bool:
    # (errors SQLite raised carry their code, Python >= 3.11; others are not "busy")
    code = getattr(exc, "sqlite_errorcode", 0)
    return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection"] = conn
    return cfg


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target` (in one transaction; concurrent openers wait)."""
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            current = current_revision(conn)
            if current == SCHEMA_HEAD and target == "head":
                return
            from alembic import command
            from alembic.script import ScriptDirectory
            from alembic.util import CommandError

            cfg = _alembic_config(conn)
            script = ScriptDirectory.from_config(cfg)
            if current is not None:
                try:
                    known = script.get_revision(current) is not None
                except CommandError:
                    known = False
                if not known:
                    raise StoreError(
                        f"database {describe(str(engine.url))} has schema revision {current!r}, "
                        f"newer than this untapped knows (up to {SCHEMA_HEAD}): "
                        "upgrade untapped to use it"
                    )
            command.upgrade(cfg, target)
    except OperationalError as exc:
        raise StoreError(f"cannot open {describe(str(engine.url))}: {exc.orig}") from exc

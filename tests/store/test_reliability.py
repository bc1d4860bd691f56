"""A save is one transaction: killed with SIGKILL at random points it leaves the database as it was
or with the complete snapshot; two processes saving at once both land, nothing lost or doubled."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import msgspec
import pytest
from sqlalchemy import create_engine, text

from tests.store.netgen import write_network
from untapped.errors import UsageError
from untapped.store import Capture, SnapshotInfo, Store, StoreError, capture, open_store
from untapped.store import engine as store_engine

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys, msgspec
from untapped.store import Capture, open_store
cap = msgspec.msgpack.decode(open(sys.argv[1], 'rb').read(), type=Capture)
store = open_store(sys.argv[2])
print('ready', flush=True)
for i in range(int(sys.argv[3])):
    print('saving', i, flush=True)
    store.save(cap)
    print('saved', i, flush=True)
print('done', flush=True)
"""

COUNTS = (
    ("device", "n_devices", ""),
    ("channel", "n_channels", ""),
    ("finding", "n_findings", " AND NOT waived"),
    ("finding", "n_waived", " AND waived"),
    ("diagnostic", "n_diagnostics", ""),
    ("device_fact", "n_facts", ""),
)


def _start_and_wait_ready(cap: Path, url: str, saves: int) -> tuple[subprocess.Popen[bytes], bytes]:
    """Start a child and read (unbuffered) until it says 'ready'; return it and what it said."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(cap), url, str(saves)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        bufsize=0,
        env=env,
    )
    assert proc.stdout is not None
    got = b""
    while b"ready\n" not in got:
        chunk = os.read(proc.stdout.fileno(), 4096)
        if not chunk:
            break
        got += chunk
    return proc, got


def _kill_and_read(proc: subprocess.Popen[bytes], got: bytes) -> str:
    proc.send_signal(signal.SIGKILL)
    assert proc.stdout is not None
    while chunk := os.read(proc.stdout.fileno(), 4096):
        got += chunk
    proc.wait(timeout=30)
    proc.stdout.close()
    return got.decode()


def check_consistent(url: str) -> int:
    """Every snapshot complete (child counts equal the counts it records), no orphan rows,
    no duplicate name; returns the number of snapshots."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            snaps = conn.execute(text("SELECT * FROM snapshot")).mappings().all()
            ids = {s["id"] for s in snaps}
            for table, col, cond in COUNTS:
                got = dict(
                    conn.execute(
                        text(
                            f"SELECT snapshot_id, count(*) FROM {table} WHERE 1=1{cond}"
                            " GROUP BY snapshot_id"
                        )
                    ).all()
                )
                assert set(got) <= ids, f"orphan rows in {table}"
                for s in snaps:
                    assert got.get(s["id"], 0) == s[col], (table, s["name"])
            names = [s["name"] for s in snaps]
            assert len(names) == len(set(names))
            missing = conn.execute(
                text(
                    "SELECT count(*) FROM device d WHERE d.config_sha IS NOT NULL AND NOT EXISTS"
                    " (SELECT 1 FROM config_blob b WHERE b.sha = d.config_sha)"
                )
            ).scalar_one()
            assert missing == 0
            return len(snaps)
    finally:
        engine.dispose()


def _capture_file(tmp_path: Path, devices: int) -> Path:
    root = write_network(tmp_path / "net", devices, interfaces=24)
    cap = capture(root, jobs=1)
    path = tmp_path / "capture.msgpack"
    path.write_bytes(msgspec.msgpack.encode(cap))
    return path


def _child(cap: Path, url: str, saves: int = 1, errors: bool = True) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(cap), url, str(saves)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if errors else subprocess.DEVNULL,
        text=True,
        env=env,
    )


def test_sigkill_during_save_never_leaves_a_partial_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    url = f"sqlite:///{db}"
    cap = _capture_file(tmp_path, 150)
    open_store(url).close()  # schema in place, so kills land in the saves themselves
    # the child works: two complete saves
    proc, _ = _start_and_wait_ready(cap, url, 2)
    assert proc.wait(timeout=60) == 0
    assert proc.stdout is not None
    proc.stdout.close()
    assert check_consistent(url) == 2
    # then children that save without end, each killed at a random moment
    forever = 100_000
    rng = random.Random(20261127)
    before = 2
    mid_save = 0
    iterations = 0
    deadline = time.monotonic() + 30
    while iterations < 24 and (iterations < 20 or time.monotonic() < deadline):
        iterations += 1
        if iterations % 5 == 0:  # anywhere: start-up, schema check, saves
            proc = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(cap), url, str(forever)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                bufsize=0,
                env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
            )
            got = b""
            time.sleep(rng.uniform(0.0, 1.0))
        else:
            proc, got = _start_and_wait_ready(cap, url, forever)
            time.sleep(rng.uniform(0.0, 0.4))
        out = _kill_and_read(proc, got)
        lines = out.split("\n")
        saved = sum(1 for ln in lines if ln.startswith("saved"))
        started = sum(1 for ln in lines if ln.startswith("saving"))
        if "done" not in out and started > saved:
            mid_save += 1
        n = check_consistent(url)
        # a kill between COMMIT and the 'saved' print may leave one more complete snapshot
        assert n - before in (saved, saved + 1), (before, n, saved)
        before = n
        with sqlite3.connect(db) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    assert iterations >= 20
    assert mid_save >= 10, f"only {mid_save} of {iterations} kills landed inside a save"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_processes_saving_at_once_both_land(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'conc.db'}"
        if backend == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    cap = _capture_file(tmp_path, 40)
    # no schema yet: both processes also race to create it
    procs = [_child(cap, url, saves=3) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    said = "\n".join(
        f"child {i}: exit {p.returncode}\n--- stdout\n{out}--- stderr\n{err}"
        for i, (p, (out, err)) in enumerate(zip(procs, outs, strict=True))
    )
    for p, (out, _) in zip(procs, outs, strict=True):
        assert p.returncode == 0, said
        assert out.count("saving") == 3 and "done" in out, said
    assert check_consistent(url) == 6
    with open_store(url) as store:
        rows = store.snapshots()
        assert len(rows) == 6 and len({r.name for r in rows}) == 6
        counts = store.counts()
    assert counts["device"] == 6 * 40
    assert counts["config_blob"] == 40


def _hold_write_lock(db: Path) -> sqlite3.Connection:
    """A connection holding the write lock of a new database file (not in WAL mode yet), as
    another process does while it switches that file to WAL mode."""
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_opening_a_new_store_waits_while_another_process_switches_it_to_wal(
    tmp_path: Path,
) -> None:
    """The race of two processes opening a new store at once, made deterministic: the switch to
    WAL mode reads the header then writes it, and SQLite refuses that lock upgrade at once when
    another connection holds the write lock (it failed with "database is locked" in 30 ms,
    whatever the busy timeout). Opening must wait for the other, then succeed."""
    db = tmp_path / "new.db"
    other = _hold_write_lock(db)
    release = threading.Timer(0.5, other.execute, ("COMMIT",))
    release.start()
    started = time.monotonic()
    try:
        with open_store(f"sqlite:///{db}") as store:
            assert store.snapshots() == []
            waited = time.monotonic() - started
    finally:
        release.join()
        other.close()
    assert waited >= 0.4, waited
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_wait_for_wal_mode_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write lock never released: opening gives up after the busy timeout, with a clear error."""
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_S", 0.3)
    db = tmp_path / "held.db"
    other = _hold_write_lock(db)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match="database is locked"):
            open_store(f"sqlite:///{db}")
        assert 0.25 <= time.monotonic() - started < 10
    finally:
        other.execute("ROLLBACK")
        other.close()


OPENER = """
import sys, time
from untapped.store import open_store
from untapped.store.engine import make_engine
make_engine("sqlite://").dispose()  # imports done before the first start
print("ready", flush=True)
folder, files, gap = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
t0 = float(sys.stdin.readline())
for i in range(files):
    start = t0 + i * gap
    time.sleep(max(0.0, start - time.time() - 0.002))
    while time.time() < start:
        pass
    try:
        open_store(f"sqlite:///{folder}/{i}.db").close()
        print(i, "ok", flush=True)
    except Exception as exc:
        print(i, type(exc).__name__, exc, flush=True)
"""


def test_processes_opening_new_stores_at_the_same_instant_all_succeed(tmp_path: Path) -> None:
    """The race itself, at high probability: four processes open each of 20 new SQLite files at
    the same instant (to the millisecond). Every open must succeed: before the fix some 5% of them
    failed with "database is locked" while another switched the file to WAL mode."""
    procs, files, gap = 4, 20, 0.2
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    children = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(tmp_path), str(files), str(gap)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(procs)
    ]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
    t0 = time.time() + 0.2
    for child in children:  # all told the start before any is waited for
        assert child.stdin is not None
        child.stdin.write(f"{t0}\n")
        child.stdin.flush()
    outs = [child.communicate(timeout=120) for child in children]
    lines = [line for out, _ in outs for line in out.splitlines()]
    failed = [line for line in lines if not line.endswith(" ok")]
    assert failed == [] and len(lines) == procs * files, (failed, [err for _, err in outs])


def _save_at_once(
    store: Store, caps: list[Capture], prefix: str = "", name: str | None = None
) -> list[SnapshotInfo | BaseException]:
    """Save each capture from its own thread, all starting together; what each returned or
    raised, in the order they finished."""
    barrier = threading.Barrier(len(caps))
    outcomes: list[SnapshotInfo | BaseException] = []

    def save(c: Capture) -> None:
        barrier.wait()
        try:
            outcomes.append(store.save(c, name=name, prefix=prefix))
        except BaseException as exc:  # reported by the caller
            outcomes.append(exc)

    threads = [threading.Thread(target=save, args=(c,)) for c in caps]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return outcomes


def test_saves_of_the_same_texts_in_opposite_orders_both_land(
    db_url: str, nets: tuple[Path, Path]
) -> None:
    """Two saves at once holding the same new configuration texts, listed in opposite orders (the
    same devices under other file names): on PostgreSQL each insert of a text the other save has
    just inserted waits for that save, so inserting them in list order deadlocked (one save failed
    with "deadlock detected"). Both must land."""
    cap = capture(nets[0], jobs=1)
    with open_store(db_url) as store:
        for round_ in range(3):
            texts = [f"hostname r{i}\n! round {round_}\n" for i in range(300)]
            caps = [
                msgspec.structs.replace(
                    cap, configs={f"r{i}.cfg": text for i, text in enumerate(order)}
                )
                for order in (texts, texts[::-1])
            ]
            outcomes = _save_at_once(store, caps, prefix=f"round{round_}-")
            assert all(isinstance(o, SnapshotInfo) for o in outcomes), outcomes
        counts = store.counts()
    assert counts["snapshot"] == 6
    assert counts["config_blob"] == 900


def test_two_saves_at_once_under_one_name(db_url: str, nets: tuple[Path, Path]) -> None:
    """Two saves at once asking for the same name: one lands, the other is told the name is
    taken (a UsageError, as when it comes second), whichever wins the race on the name."""
    cap = capture(nets[0], jobs=1)
    with open_store(db_url) as store:
        for round_ in range(3):
            name = f"same-{round_}"
            outcomes = _save_at_once(store, [cap, cap], name=name)
            saved = [o for o in outcomes if isinstance(o, SnapshotInfo)]
            refused = [o for o in outcomes if isinstance(o, UsageError)]
            assert len(saved) == 1 and saved[0].name == name, outcomes
            assert len(refused) == 1 and "already exists" in str(refused[0]), outcomes
        assert [s.name for s in store.snapshots()] == ["same-0", "same-1", "same-2"]


class _FakeCursor:
    """Raises the given errors from `execute`, one per call, then succeeds."""

    def __init__(self, errors: list[sqlite3.OperationalError]) -> None:
        self.errors = errors
        self.calls = 0

    def execute(self, _sql: str) -> None:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)

    def fetchall(self) -> list[tuple[str]]:
        return [("wal",)]


def _sqlite_error(code: int, message: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


def test_wal_switch_retries_only_busy_errors() -> None:
    """Busy/locked answers are retried; any other error of the switch is raised at once."""
    busy = _FakeCursor([_sqlite_error(sqlite3.SQLITE_BUSY, "database is locked")] * 3)
    store_engine._enter_wal(busy, 5.0)
    assert busy.calls == 4
    other = _FakeCursor([_sqlite_error(sqlite3.SQLITE_IOERR, "disk I/O error")])
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        store_engine._enter_wal(other, 5.0)
    assert other.calls == 1 and time.monotonic() - started < 1
    codeless = _FakeCursor([sqlite3.OperationalError("no code")])
    with pytest.raises(sqlite3.OperationalError, match="no code"):
        store_engine._enter_wal(codeless, 5.0)
    assert codeless.calls == 1

"""The store's commands end to end: snapshot save, history, show, diff (untapped/diff-v1, drift
rules, --fail-on), watch --once, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from untapped.cli import main


def run(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, list(args))
    return res.exit_code, res.output


def test_save_history_show(db_url: str, nets: tuple[Path, Path]) -> None:
    base, changed = nets
    code, out = run("snapshot", "save", str(base), "--name", "base", "--db", db_url)
    assert code == 0 and "saved snapshot base" in out
    code, out = run("snapshot", "save", str(changed), "--db", db_url)
    assert code == 0, out
    code, out = run("history", "--db", db_url, "--format", "json")
    doc = json.loads(out)
    assert doc["schema"] == "untapped/history-v1"
    assert doc["snapshots"][0]["name"] == "base"
    assert doc["snapshots"][1]["findings"]["critical"] >= 1
    code, out = run("history", "--db", db_url, "--device", "r0001")
    assert code == 0 and "base" in out
    # show re-renders exactly what audit prints
    code, shown = run("show", "base", "--db", db_url, "--format", "json")
    code2, audited = run("audit", str(base), "--format", "json")
    assert code == 0 and code2 == 0 and shown == audited
    code, sarif = run("show", "latest", "--db", db_url, "--format", "sarif")
    assert code == 0 and json.loads(sarif)["version"] == "2.1.0"
    code, cfg = run("show", "base", "--db", db_url, "--config", "r0000")
    assert code == 0 and "hostname r0000" in cfg and "<redacted:" in cfg


def test_diff_snapshots_and_paths(sqlite_url: str, nets: tuple[Path, Path]) -> None:
    base, changed = nets
    run("snapshot", "save", str(base), "--name", "base", "--db", sqlite_url)
    code, out = run("diff", "base", str(changed), "--db", sqlite_url, "--format", "json")
    assert code == 0, out
    doc = json.loads(out)
    assert doc["schema"] == "untapped/diff-v1"
    assert doc["old"]["kind"] == "snapshot" and doc["new"]["kind"] == "path"
    assert doc["devices"]["changed"] == ["r0000"]
    added = {(c["kind"], c["destination"]) for c in doc["channels"]["added"]}
    assert ("mirror-erspan", "192.0.2.77") in added and ("syslog", "198.51.100.99") in added
    assert [c["destination"] for c in doc["channels"]["removed"]] == ["10.9.0.20"]
    assert {c["kind"] for c in doc["management"]["added"]} == {"syslog"}
    assert doc["users"]["added"] == [
        {
            "device": "r0000",
            "name": "support",
            "privilege": 15,
            "role": None,
            "secret": doc["users"]["added"][0]["secret"],
            "privileged": True,
        }
    ]
    assert doc["users"]["added"][0]["secret"].startswith("<redacted:")
    assert doc["acl_lines"]["added"] == [
        {"device": "r0000", "acl": "MGMT-IN", "text": "permit tcp host 203.0.113.5 any eq 22"}
    ]
    assert any(b["binding"].startswith("mirror-source 7") for b in doc["bindings"]["added"])
    rules = {(f["rule"], f["severity"]) for f in doc["drift"]}
    assert ("TAP-023", "critical") in rules  # external ERSPAN added: catalog high, raised
    assert ("EXF-022", "critical") in rules  # syslog to a foreign host
    assert ("EXF-022", "high") in rules  # the approved syslog host removed
    assert ("AAA-006", "critical") in rules
    assert ("HYG-006", "low") in rules
    assert doc["summary"]["drift"]["critical"] == 3
    # the CI gate: fail the change when it adds an external channel
    code, _ = run("diff", "base", str(changed), "--db", sqlite_url, "--fail-on", "critical")
    assert code == 1
    code, text = run("diff", "base", str(base), "--db", sqlite_url, "--fail-on", "info")
    assert code == 0 and "No change." in text
    # two paths need no database at all
    code, text = run("diff", str(base), str(changed), "--db", "/nonexistent/dir/x.db")
    assert code == 0 and "AAA-006" in text and "Drift findings: 3 critical" in text


def test_watch_once(tmp_path: Path, sqlite_url: str) -> None:
    from tests.store.netgen import write_network

    folder = write_network(tmp_path / "backup", 2)
    code, out = run("watch", str(folder), "--once", "--db", sqlite_url)
    assert code == 0 and "first snapshot" in out
    code, out = run("watch", str(folder), "--once", "--db", sqlite_url)
    assert code == 0 and "no change since" in out
    write_network(folder, 2, "changed")  # the backup system fetched new configs
    code, out = run("watch", str(folder), "--once", "--db", sqlite_url, "--fail-on", "critical")
    assert code == 1 and "changed: saved" in out and "TAP-023" in out
    code, out = run("history", "--db", sqlite_url)
    assert out.count("watch-") == 2
    code, out = run("watch", str(folder), "--count", "2", "--every", "0.1s", "--db", sqlite_url)
    assert code == 0 and out.count("no change since") == 2


def test_errors_are_clear(tmp_path: Path, nets: tuple[Path, Path]) -> None:
    db = str(tmp_path / "e.db")
    code, out = run("show", "nope", "--db", db)
    assert code == 3 and "no snapshot 'nope'" in out
    code, out = run("snapshot", "save", str(tmp_path / "missing"), "--db", db)
    assert code == 3
    run("snapshot", "save", str(nets[0]), "--name", "x", "--db", db)
    code, out = run("snapshot", "save", str(nets[0]), "--name", "x", "--db", db)
    assert code == 2 and "already exists" in out
    code, out = run("history", "--db", "mysql://u@127.0.0.1/x")
    assert code == 3 and "unsupported database" in out
    code, out = run("watch", str(nets[0]), "--every", "soon", "--once", "--db", db)
    assert code == 2
    from sqlalchemy import create_engine, text

    eng = create_engine(f"sqlite:///{db}")
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zz99'"))
    eng.dispose()
    code, out = run("history", "--db", db)
    assert code == 3 and "newer than this untapped" in out
    assert "Traceback" not in out


def test_default_database_from_env(nets: tuple[Path, Path], tmp_path: Path) -> None:
    # UNTAPPED_DB is set by the autouse fixture to tmp_path/default.db
    code, _ = run("snapshot", "save", str(nets[0]), "--name", "env")
    assert code == 0 and (tmp_path / "default.db").exists()
    code, out = run("history")
    assert "env" in out


def test_parse_interval() -> None:
    import click

    from untapped.cli_store import parse_interval

    assert parse_interval("15m") == 900
    assert parse_interval("1h30m") == 5400
    assert parse_interval("90") == 90
    assert parse_interval("0.5s") == 0.5
    for bad in ("", "soon", "15x", "0", "m15"):
        with pytest.raises(click.BadParameter):
            parse_interval(bad)


def test_snapshot_prefix_forces_the_store(
    sqlite_url: str, nets: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = nets[1]
    run("snapshot", "save", str(changed), "--name", "base", "--db", sqlite_url)
    monkeypatch.chdir(tmp_path)  # ./base is now a folder AND a snapshot name
    code, out = run("diff", "base", "snapshot:base", "--db", sqlite_url, "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["old"]["kind"] == "path" and doc["new"]["kind"] == "snapshot"
    assert doc["summary"]["drift"]["critical"] == 3
    code, out = run("history", "--db", f"sqlite:///{tmp_path / 'empty.db'}")
    assert code == 0 and "No snapshots." in out

"""Commands of the snapshot store: `snapshot save`, `history`, `show`, `diff`, `watch`.

Registered on the main group by `register(main)` (called at the end of untapped.cli).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any

import click

from untapped.cli_common import fail as _fail
from untapped.errors import UntappedError, UsageError
from untapped.model.core import SEVERITY_RANK

DB_HELP = (
    "Database URL or SQLite file (default: $UNTAPPED_DB, else untapped.db in the user data dir)."
)
FAIL_ON = ("critical", "high", "medium", "low", "info", "never")


def _open(db: str | None) -> Any:
    from untapped.store import open_store

    return open_store(db)


def _gate(findings: list[Any], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    limit = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] >= limit for f in findings)


def _emit(text: str, output: str | None) -> None:
    from untapped.cli import _write

    _write(text, output)


# ---------------------------------------------------------------------------------- snapshot


@click.group("snapshot")
def snapshot_group() -> None:
    """Store audits as snapshots in a database (history, show, diff, watch read them)."""


@snapshot_group.command("save")
@click.argument("path", type=click.Path(path_type=str))
@click.option("--name", default=None, help="Snapshot name (default: the UTC time).")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--policy", type=click.Path(path_type=str), default=None, help="Policy file.")
@click.option("--dialect", default=None, help="Force a dialect instead of detecting it.")
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes.")
def snapshot_save(
    path: str,
    name: str | None,
    db: str | None,
    policy: str | None,
    dialect: str | None,
    jobs: int | None,
) -> None:
    """Audit PATH and store the result (devices, channels, findings, redacted configs)."""
    from untapped.store import capture

    try:
        cap = capture(path, policy, dialect=dialect, jobs=jobs)
        with _open(db) as store:
            info = store.save(cap, name)
    except UntappedError as exc:
        _fail(exc)
        return
    click.echo(
        f"saved snapshot {info.name} (#{info.id}): {info.devices} devices, "
        f"{info.channels} channels, {info.findings} findings"
    )


# ---------------------------------------------------------------------------------- history


def _history_text(rows: list[Any], device: str | None) -> str:
    if not rows:
        return "No snapshots" + (f" of {device}" if device else "") + ".\n"
    head = f"{'#':>4}  {'name':<24} {'created (UTC)':<20} {'dev':>5} {'chan':>5} {'find':>5}  crit/high/med/low/info"
    out = [head]
    for r in rows:
        s = r.by_severity
        sev = f"{s['critical']}/{s['high']}/{s['medium']}/{s['low']}/{s['info']}"
        out.append(
            f"{r.id:>4}  {r.name:<24} {r.created_at[:19].replace('T', ' '):<20} "
            f"{r.devices:>5} {r.channels:>5} {r.findings:>5}  {sev}"
        )
    return "\n".join(out) + "\n"


@click.command("history")
@click.option("--device", default=None, help="Only snapshots holding this device (its own counts).")
@click.option("--db", default=None, help=DB_HELP)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json")),
    default="terminal",
    show_default=True,
)
def history(device: str | None, db: str | None, fmt: str) -> None:
    """List stored snapshots with their counts of devices, channels and findings by severity."""
    import msgspec

    try:
        with _open(db) as store:
            rows = store.snapshots(device)
    except UntappedError as exc:
        _fail(exc)
        return
    if fmt == "json":
        doc = {
            "schema": "untapped/history-v1",
            "device": device,
            "snapshots": [
                {
                    "id": r.id,
                    "name": r.name,
                    "created": r.created_at,
                    "input": r.input,
                    "tool_version": r.tool_version,
                    "devices": r.devices,
                    "channels": r.channels,
                    "findings": r.by_severity,
                }
                for r in rows
            ],
        }
        _emit(msgspec.json.format(msgspec.json.encode(doc).decode(), indent=2) + "\n", None)
    else:
        _emit(_history_text(rows, device), None)


# ---------------------------------------------------------------------------------- show


@click.command("show")
@click.argument("snapshot")
@click.option("--db", default=None, help=DB_HELP)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json", "sarif", "html", "junit")),
    default="terminal",
    show_default=True,
)
@click.option("--output", "-o", type=click.Path(path_type=str), default=None)
@click.option("--config", "config_of", default=None, help="Print this device's stored config.")
def show(
    snapshot: str, db: str | None, fmt: str, output: str | None, config_of: str | None
) -> None:
    """Re-render a stored audit (by name, #ID, latest or latest~N) in any report format."""
    from untapped.cli import render

    try:
        with _open(db) as store:
            if config_of is not None:
                text = store.config_text(snapshot, config_of)
                if text is None:
                    raise UsageError(f"no stored configuration of {config_of!r} in {snapshot!r}")
                _emit(text, output)
                return
            stored = store.load(snapshot)
            # the html report's excerpts come from the stored (redacted) configurations, not
            # from files that may have changed since the snapshot
            texts = (
                {d.file: store.config_text(snapshot, d.file) for d in stored.result.devices}
                if fmt == "html"
                else {}
            )
    except UntappedError as exc:
        _fail(exc)
        return
    _emit(render(stored.result, fmt, read=texts.get), output)


# ---------------------------------------------------------------------------------- diff


class _Sides:
    """Resolves a diff side: an existing path is audited on the fly, else a stored snapshot
    (`snapshot:NAME` forces the store when a path of that name exists)."""

    def __init__(self, db: str | None, policy: str | None, jobs: int | None) -> None:
        self.db = db
        self.policy = policy
        self.jobs = jobs
        self.store: Any = None

    def get(self, ref: str) -> Any:
        from untapped.analyses.drift import Side
        from untapped.store import capture
        from untapped.store.capture import config_hash

        if not ref.startswith("snapshot:") and Path(ref).exists():
            cap = capture(ref, self.policy, jobs=self.jobs)
            hashes = {f: config_hash(t) for f, t in cap.configs.items()}
            return Side(ref, "path", cap.result, hashes)
        name = ref.removeprefix("snapshot:")
        if self.store is None:
            self.store = _open(self.db)
        return self.store.load(name, diagnostics=False).side(ref)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--db", default=None, help=DB_HELP)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json")),
    default="terminal",
    show_default=True,
)
@click.option("--output", "-o", type=click.Path(path_type=str), default=None)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="never",
    show_default=True,
    help="Exit with 1 when a drift finding at or above this severity exists "
    "(critical: an external interception or management channel was added).",
)
@click.option("--policy", type=click.Path(path_type=str), default=None, help="Policy for paths.")
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes for paths.")
def diff(
    old: str,
    new: str,
    db: str | None,
    fmt: str,
    output: str | None,
    fail_on: str,
    policy: str | None,
    jobs: int | None,
) -> None:
    """What changed from OLD to NEW (each a stored snapshot or a path), with drift findings."""
    from untapped.analyses import drift
    from untapped.report import diff_report

    sides = _Sides(db, policy, jobs)
    try:
        a = sides.get(old)
        b = sides.get(new)
    except UntappedError as exc:
        _fail(exc)
        return
    finally:
        sides.close()
    d = drift.diff(a, b)
    text = diff_report.render_diff_json(d) if fmt == "json" else diff_report.render_diff_text(d)
    _emit(text, output)
    if _gate(d.drift, fail_on):
        sys.exit(1)


# ---------------------------------------------------------------------------------- watch

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")


def parse_interval(text: str) -> float:
    """`15m`, `1h30m`, `90s`, `90` (seconds) -> seconds."""
    text = text.strip().lower()
    pos = 0
    total = 0.0
    for m in _INTERVAL.finditer(text):
        if m.start() != pos or not m.group(0):
            break
        total += float(m.group(1)) * _UNITS[m.group(2) or "s"]
        pos = m.end()
    if pos != len(text) or total <= 0:
        raise click.BadParameter(f"{text!r} is not an interval like 15m, 1h, 90s")
    return total


def watch_once(store: Any, path: str, policy: str | None, prefix: str, jobs: int | None) -> Any:
    """One round: returns (status, info, diff) with status one of first, same, changed."""
    from untapped.analyses import drift
    from untapped.store import capture, input_hash
    from untapped.store.snapshots import audit_hash

    root = str(Path(path).absolute())
    digest = input_hash(root, policy)
    last = store.latest(root)
    if last is not None and last.input_hash == digest:
        return "same", last, None
    cap = capture(root, policy, jobs=jobs)
    if last is not None and last.audit_hash == audit_hash(cap.result):
        prev = store.load(last.id, diagnostics=False)
        from untapped.store.capture import config_hash

        if prev.config_hashes == {f: config_hash(t) for f, t in cap.configs.items()}:
            return "same", last, None
    info = store.save(cap, prefix=prefix)
    if last is None:
        return "first", info, None
    before = store.load(last.id, diagnostics=False)
    after = store.load(info.id, diagnostics=False)
    return "changed", info, drift.diff(before.side(last.name), after.side(info.name))


@click.command("watch")
@click.argument("path", type=click.Path(path_type=str))
@click.option("--every", "every", default="15m", show_default=True, help="Interval: 15m, 1h, 90s.")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--once", is_flag=True, help="One round, then exit (for cron and tests).")
@click.option("--count", type=int, default=None, help="Stop after this many rounds.")
@click.option("--policy", type=click.Path(path_type=str), default=None, help="Policy file.")
@click.option("--prefix", default="watch-", show_default=True, help="Snapshot name prefix.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json")),
    default="terminal",
    show_default=True,
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="never",
    show_default=True,
    help="With --once/--count: exit 1 when drift at or above this severity was seen.",
)
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes.")
def watch(
    path: str,
    every: str,
    db: str | None,
    once: bool,
    count: int | None,
    policy: str | None,
    prefix: str,
    fmt: str,
    fail_on: str,
    jobs: int | None,
) -> None:
    """Re-audit PATH (a folder RANCID or Oxidized keeps current) every interval; save a snapshot
    when anything changed and print the drift since the previous one. Ctrl-C stops it."""
    from untapped.report import diff_report

    interval = parse_interval(every)
    rounds = 1 if once else count
    if rounds is not None and rounds < 1:
        raise click.BadParameter("--count must be at least 1")
    if not Path(path).exists():
        _fail(UsageError(f"no such file or directory: {path}"))
        return
    failed = False
    done = 0
    try:
        with _open(db) as store:
            while True:
                try:
                    status, info, d = watch_once(store, path, policy, prefix, jobs)
                except UntappedError as exc:
                    if rounds == 1:
                        raise
                    click.echo(f"untapped: {exc}", err=True)
                    status, info, d = "error", None, None
                stamp = time.strftime("%H:%M:%S")
                if status == "same":
                    click.echo(f"[{stamp}] no change since {info.name}", err=fmt == "json")
                elif status == "first":
                    click.echo(
                        f"[{stamp}] first snapshot {info.name}: {info.devices} devices, "
                        f"{info.channels} channels, {info.findings} findings",
                        err=fmt == "json",
                    )
                elif status == "changed":
                    click.echo(f"[{stamp}] changed: saved {info.name}", err=fmt == "json")
                    click.echo(
                        diff_report.render_diff_json(d)
                        if fmt == "json"
                        else diff_report.render_diff_text(d),
                        nl=False,
                    )
                    failed = failed or _gate(d.drift, fail_on)
                done += 1
                if rounds is not None and done >= rounds:
                    break
                deadline = time.monotonic() + interval
                while (left := deadline - time.monotonic()) > 0:
                    time.sleep(min(left, 1.0))
    except UntappedError as exc:
        _fail(exc)
        return
    except KeyboardInterrupt:
        click.echo("untapped: watch stopped", err=True)
    if failed:
        sys.exit(1)


def register(main: click.Group) -> None:
    """Add the store's commands to the `untapped` group."""
    for cmd in (snapshot_group, history, show, diff, watch):
        main.add_command(cmd)

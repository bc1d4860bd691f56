"""Save, list and load snapshots (SQLAlchemy 2 Core, one executemany per table)."""

from __future__ import annotations

import datetime as _dt
import hashlib
import zlib
from collections.abc import Iterable
from typing import Any

import msgspec
from sqlalchemy import Engine, Table, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError

from untapped.analyses.drift import FACT_KINDS, Side
from untapped.errors import UsageError
from untapped.model.core import Diagnostic, LineCounts
from untapped.model.results import AuditResult, Channel, DeviceSummary, Finding, Impact
from untapped.store import schema as t
from untapped.store.capture import Capture, config_hash
from untapped.store.engine import StoreError, default_url, describe, make_engine, upgrade
from untapped.version import __version__

_json = msgspec.json.Encoder()
_SEVS = ("critical", "high", "medium", "low", "info")


class SnapshotInfo(msgspec.Struct):
    id: int
    name: str
    created_at: str
    input: str
    tool_version: str
    devices: int
    channels: int
    findings: int
    waived: int
    diagnostics: int
    by_severity: dict[str, int]
    input_hash: str | None = None
    audit_hash: str | None = None


class StoredSnapshot(msgspec.Struct):
    info: SnapshotInfo
    result: AuditResult
    config_hashes: dict[str, str]  # device file -> sha256 of its redacted text

    def side(self, ref: str) -> Side:
        return Side(
            ref, "snapshot", self.result, self.config_hashes, self.info.name, self.info.created_at
        )


def _enc(value: Any) -> str:
    return _json.encode(value).decode()


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def audit_hash(result: AuditResult) -> str:
    """A hash of what the audit found (not where or when): equal audits, equal hashes."""
    body = msgspec.structs.replace(result, input="")
    return hashlib.sha256(msgspec.json.encode(body)).hexdigest()


def _info(row: Any) -> SnapshotInfo:
    m = row._mapping
    return SnapshotInfo(
        m["id"],
        m["name"],
        m["created_at"],
        m["input"],
        m["tool_version"],
        m["n_devices"],
        m["n_channels"],
        m["n_findings"],
        m["n_waived"],
        m["n_diagnostics"],
        {s: m[f"n_{s}"] for s in _SEVS},
        m["input_hash"],
        m["audit_hash"],
    )


def _bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]], sid: int) -> None:
    """One executemany of `rows` (all with the same keys) into `table` for snapshot `sid`.

    The INSERT is compiled once by SQLAlchemy for the connection's dialect; the rows go to the
    driver's executemany as plain tuples (or dicts for named paramstyles), skipping SQLAlchemy's
    per-row parameter processing, which costs more than the database write itself here. Values
    are already plain str/int/bool/bytes/None, so no type processing is lost.
    """
    cols = ["snapshot_id", *rows[0].keys()]
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        # COPY inside the same transaction: several times faster than executemany there
        raw = conn.connection.driver_connection
        assert raw is not None
        names = ", ".join(f'"{c}"' for c in cols)
        with raw.cursor() as cur, cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as cp:
            for r in rows:
                cp.write_row((sid, *r.values()))
        return
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=cols)
    sql = str(compiled)
    params: list[Any]
    if compiled.positional:
        order = [c for c in (compiled.positiontup or ()) if c != "snapshot_id"]
        first = list(compiled.positiontup or ()).index("snapshot_id")
        params = []
        for r in rows:
            vals = [r[c] for c in order]
            vals.insert(first, sid)
            params.append(tuple(vals))
    else:
        params = [dict(r, snapshot_id=sid) for r in rows]
    conn.exec_driver_sql(sql, params)


class Store:
    """A snapshot database. Open with `open_store(url)`; close with `close()` (or `with`)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = str(engine.url)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ------------------------------------------------------------------ save

    def save(self, cap: Capture, name: str | None = None, prefix: str = "") -> SnapshotInfo:
        """Store an audit as one snapshot, in ONE transaction. `name` must be new; without it the
        snapshot is named `prefix` + the UTC time (with a suffix when that name is taken)."""
        result = cap.result
        created = _now()
        blobs: dict[str, dict[str, Any]] = {}
        sha_of: dict[str, str] = {}
        for file, text in cap.configs.items():
            raw = text.encode("utf-8", "surrogateescape")
            sha = config_hash(text)
            sha_of[file] = sha
            if sha not in blobs:
                blobs[sha] = {"sha": sha, "size": len(raw), "data": zlib.compress(raw, 3)}
        devices = []
        facts = []
        for ord_, d in enumerate(result.devices):
            devices.append(
                {
                    "ord": ord_,
                    "name": d.name,
                    "file": d.file,
                    "dialect": d.dialect,
                    "lines_total": d.lines.total,
                    "lines_recognized": d.lines.recognized,
                    "lines_unrecognized": d.lines.unrecognized,
                    "lines_blank": d.lines.blank_or_comment,
                    "evidence": _enc(d.evidence),
                    "config_sha": sha_of.get(d.file),
                }
            )
            seq = 0
            for kind in FACT_KINDS:
                for item in result.facts.get(d.file, {}).get(kind, ()):
                    key, _, value = item.partition("\t")
                    facts.append(
                        {"device_ord": ord_, "seq": seq, "kind": kind, "key": key, "value": value}
                    )
                    seq += 1
        channels = [
            {
                "ord": c.id,
                "device": c.device,
                "file": c.file,
                "line": c.line,
                "kind": c.kind,
                "destination": c.destination,
                "vrf": c.vrf,
                "source": c.source,
                "trust": c.trust,
                "attrs": _enc(c.attrs),
            }
            for c in result.channels
        ]
        findings = [
            {
                "ord": i,
                "waived": f.waived,
                "rule": f.rule,
                "severity": f.severity,
                "category": f.category,
                "device": f.device,
                "file": f.file,
                "line": f.line,
                "title": f.title,
                "message": f.message,
                "channel": f.channel,
                "waiver_reason": f.waiver_reason,
                "evidence": _enc(f.evidence),
                "rating": _enc(f.rating) if f.rating is not None else None,
            }
            for i, f in enumerate([*result.findings, *result.waived])
        ]
        diags = [
            {"ord": i, "file": d.file, "line": d.line, "kind": d.kind, "text": d.text}
            for i, d in enumerate(result.diagnostics)
        ]
        sev = {s: 0 for s in _SEVS}
        for f in result.findings:
            sev[f.severity] += 1
        head: dict[str, Any] = {
            "created_at": created,
            "input": result.input,
            "tool_version": __version__,
            "policy_file": result.policy_file,
            "owner_networks": _enc(result.owner_networks),
            "owner_networks_inferred": result.owner_networks_inferred,
            "n_devices": len(devices),
            "n_channels": len(channels),
            "n_findings": len(result.findings),
            "n_waived": len(result.waived),
            "n_diagnostics": len(diags),
            **{f"n_{s}": n for s, n in sev.items()},
            "input_hash": cap.input_hash,
            "audit_hash": audit_hash(result),
            "n_facts": len(facts),
        }
        base = name or prefix + created[:19] + "Z"
        for attempt in range(1000):
            candidate = base if attempt == 0 else f"{base}-{attempt + 1}"
            try:
                with self.engine.begin() as conn:
                    if conn.execute(
                        select(t.snapshot.c.id).where(t.snapshot.c.name == candidate)
                    ).first():
                        if name is not None:
                            raise UsageError(f"a snapshot named {name!r} already exists")
                        continue
                    if blobs:
                        # in sha order: on PostgreSQL an insert of a text another save inserts
                        # too waits for that save, so two saves taking the same texts in opposite
                        # orders would deadlock (and one fail); one order for all never does
                        self._insert_blobs(conn, [blobs[sha] for sha in sorted(blobs)])
                    pk = conn.execute(
                        insert(t.snapshot).values(name=candidate, **head)
                    ).inserted_primary_key
                    assert pk is not None
                    sid = pk[0]
                    for table, rows in (
                        (t.device, devices),
                        (t.channel, channels),
                        (t.finding, findings),
                        (t.diagnostic, diags),
                        (t.device_fact, facts),
                    ):
                        if rows:
                            _bulk_insert(conn, table, rows, sid)
                return self.info(int(sid))
            except IntegrityError as exc:
                # a concurrent writer took the name between our check and our insert (PostgreSQL)
                if "name" not in str(exc.orig).lower():
                    raise StoreError(f"cannot save the snapshot: {exc.orig}") from exc
                if name is not None:  # as when the other had saved first
                    raise UsageError(f"a snapshot named {name!r} already exists") from exc
            except DBAPIError as exc:
                raise StoreError(f"cannot save the snapshot: {exc.orig}") from exc
        raise StoreError(f"no free snapshot name after {base!r}")

    def _insert_blobs(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        if conn.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            conn.execute(pg_insert(t.config_blob).on_conflict_do_nothing(), rows)
        elif conn.dialect.name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as lite_insert

            conn.execute(lite_insert(t.config_blob).on_conflict_do_nothing(), rows)
        else:  # pragma: no cover - only sqlite and postgresql are supported
            have = set(conn.execute(select(t.config_blob.c.sha)).scalars())
            rows = [r for r in rows if r["sha"] not in have]
            if rows:
                conn.execute(insert(t.config_blob), rows)

    # ------------------------------------------------------------------ read

    def _read(self) -> Any:
        return self.engine.execution_options(readonly=True).begin()

    def info(self, snapshot_id: int) -> SnapshotInfo:
        with self._read() as conn:
            row = conn.execute(select(t.snapshot).where(t.snapshot.c.id == snapshot_id)).first()
        if row is None:
            raise StoreError(f"no snapshot #{snapshot_id}")
        return _info(row)

    def snapshots(self, device: str | None = None) -> list[SnapshotInfo]:
        """All snapshots, oldest first. With `device`: only those holding it, with that device's
        own counts (its channels and findings)."""
        s = t.snapshot
        with self._read() as conn:
            if device is None:
                return [_info(r) for r in conn.execute(select(s).order_by(s.c.id))]
            ids = list(
                conn.execute(
                    select(t.device.c.snapshot_id)
                    .where(t.device.c.name == device)
                    .distinct()
                    .order_by(t.device.c.snapshot_id)
                ).scalars()
            )
            if not ids:
                return []
            rows = {r.id: _info(r) for r in conn.execute(select(s).where(s.c.id.in_(ids)))}
            ch = dict(
                conn.execute(  # type: ignore[arg-type]
                    select(t.channel.c.snapshot_id, func.count())
                    .where(t.channel.c.snapshot_id.in_(ids), t.channel.c.device == device)
                    .group_by(t.channel.c.snapshot_id)
                ).all()
            )
            fnd: dict[int, dict[str, int]] = {}
            for sid, sev, n in conn.execute(
                select(t.finding.c.snapshot_id, t.finding.c.severity, func.count())
                .where(
                    t.finding.c.snapshot_id.in_(ids),
                    t.finding.c.device == device,
                    t.finding.c.waived.is_(False),
                )
                .group_by(t.finding.c.snapshot_id, t.finding.c.severity)
            ):
                fnd.setdefault(sid, {})[sev] = n
        out = []
        for sid in ids:
            info = rows[sid]
            by = {k: fnd.get(sid, {}).get(k, 0) for k in _SEVS}
            out.append(
                msgspec.structs.replace(
                    info,
                    devices=1,
                    channels=ch.get(sid, 0),
                    findings=sum(by.values()),
                    by_severity=by,
                )
            )
        return out

    def resolve(self, ref: str) -> int:
        """A snapshot id from a name, `#ID`, `latest`, or `latest~N` (N snapshots before)."""
        s = t.snapshot
        with self._read() as conn:
            row = conn.execute(select(s.c.id).where(s.c.name == ref)).first()
            if row is not None:
                return int(row[0])
            if ref.startswith("#") and ref[1:].isdigit():
                row = conn.execute(select(s.c.id).where(s.c.id == int(ref[1:]))).first()
                if row is not None:
                    return int(row[0])
            if ref == "latest" or ref.startswith("latest~"):
                back = ref.partition("~")[2]
                n = int(back) if back.isdigit() else 0
                row = conn.execute(select(s.c.id).order_by(s.c.id.desc()).offset(n)).first()
                if row is not None:
                    return int(row[0])
        raise StoreError(f"no snapshot {ref!r} in {describe(self.url)} (see `untapped history`)")

    def latest(self, input_: str | None = None) -> SnapshotInfo | None:
        s = t.snapshot
        q = select(s).order_by(s.c.id.desc()).limit(1)
        if input_ is not None:
            q = q.where(s.c.input == input_)
        with self._read() as conn:
            row = conn.execute(q).first()
        return None if row is None else _info(row)

    def load(self, ref: str | int, *, diagnostics: bool = True) -> StoredSnapshot:
        """Rebuild a stored audit exactly as it was saved (without its diagnostics when
        `diagnostics` is False: a diff does not compare them, and they are most of the rows)."""
        sid = ref if isinstance(ref, int) else self.resolve(ref)
        with self._read() as conn:
            head = conn.execute(select(t.snapshot).where(t.snapshot.c.id == sid)).first()
            if head is None:
                raise StoreError(f"no snapshot #{sid}")
            devrows = conn.execute(
                select(t.device).where(t.device.c.snapshot_id == sid).order_by(t.device.c.ord)
            ).all()
            chrows = conn.execute(
                select(t.channel).where(t.channel.c.snapshot_id == sid).order_by(t.channel.c.ord)
            ).all()
            frows = conn.execute(
                select(t.finding).where(t.finding.c.snapshot_id == sid).order_by(t.finding.c.ord)
            ).all()
            drows = (
                conn.execute(
                    select(
                        t.diagnostic.c.file,
                        t.diagnostic.c.line,
                        t.diagnostic.c.kind,
                        t.diagnostic.c.text,
                    )
                    .where(t.diagnostic.c.snapshot_id == sid)
                    .order_by(t.diagnostic.c.ord)
                ).all()
                if diagnostics
                else []
            )
            factrows = conn.execute(
                select(
                    t.device_fact.c.device_ord,
                    t.device_fact.c.kind,
                    t.device_fact.c.key,
                    t.device_fact.c.value,
                )
                .where(t.device_fact.c.snapshot_id == sid)
                .order_by(t.device_fact.c.device_ord, t.device_fact.c.seq)
            ).all()
        dec_list = msgspec.json.Decoder(list[str])
        dec_ints = msgspec.json.Decoder(list[int])
        dec_rating = msgspec.json.Decoder(Impact)
        dec_attrs = msgspec.json.Decoder(dict[str, str])
        devices = [
            DeviceSummary(
                r.name,
                r.file,
                r.dialect,
                LineCounts(r.lines_total, r.lines_recognized, r.lines_unrecognized, r.lines_blank),
                dec_list.decode(r.evidence),
            )
            for r in devrows
        ]
        channels = [
            Channel(
                r.ord,
                r.device,
                r.file,
                r.line,
                r.kind,
                r.destination,
                r.vrf,
                r.source,
                r.trust,
                dec_attrs.decode(r.attrs),
            )
            for r in chrows
        ]
        findings: list[Finding] = []
        waived: list[Finding] = []
        for r in frows:
            f = Finding(
                r.rule,
                r.severity,
                r.category,
                r.device,
                r.file,
                r.line,
                r.title,
                r.message,
                r.channel,
                bool(r.waived),
                r.waiver_reason,
                dec_ints.decode(r.evidence),
                rating=dec_rating.decode(r.rating) if r.rating else None,
            )
            (waived if f.waived else findings).append(f)
        diags = [Diagnostic(*r) for r in drows]
        facts: dict[str, dict[str, list[str]]] = {}
        files = [d.file for d in devices]
        for ord_, kind, key, value in factrows:
            facts.setdefault(files[ord_], {}).setdefault(kind, []).append(f"{key}\t{value}")
        m = head._mapping
        result = AuditResult(
            m["input"],
            devices,
            channels,
            findings,
            diags,
            policy_file=m["policy_file"],
            owner_networks=dec_list.decode(m["owner_networks"]),
            owner_networks_inferred=bool(m["owner_networks_inferred"]),
            waived=waived,
            facts=facts,
        )
        hashes = {r.file: r.config_sha for r in devrows if r.config_sha}
        return StoredSnapshot(_info(head), result, hashes)

    def config_text(self, snapshot: str | int, device: str) -> str | None:
        """The stored (redacted) configuration text of one device (by name or file)."""
        sid = snapshot if isinstance(snapshot, int) else self.resolve(snapshot)
        with self._read() as conn:
            row = conn.execute(
                select(t.config_blob.c.data)
                .join(t.device, t.device.c.config_sha == t.config_blob.c.sha)
                .where(
                    t.device.c.snapshot_id == sid,
                    (t.device.c.name == device) | (t.device.c.file == device),
                )
                .limit(1)
            ).first()
        return None if row is None else zlib.decompress(row[0]).decode("utf-8", "surrogateescape")

    def counts(self) -> dict[str, int]:
        """Rows per table (for integrity checks and benchmarks)."""
        out = {}
        with self._read() as conn:
            for table in (t.snapshot, t.config_blob, *t.CHILD_TABLES):
                out[table.name] = int(
                    conn.execute(select(func.count()).select_from(table)).scalar_one()
                )
        return out


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (creating or upgrading) the store at `url` (default: `default_url()`)."""
    from untapped.store.engine import to_url

    engine = make_engine(to_url(url) if url else default_url())
    if migrate:
        upgrade(engine)
    return Store(engine)


def sides_from(snapshots: Iterable[StoredSnapshot]) -> list[Side]:
    return [s.side(s.info.name) for s in snapshots]

"""The store's tables (SQLAlchemy 2 Core). Alembic migrations in `migrations/` create them; this
module is what the code reads and writes with. Keep both in step: a test compares them.

Children of a snapshot are keyed by (snapshot_id, ord): no surrogate ids, so that a whole snapshot
is written with one executemany per table. Configuration texts are stored once per content hash
(zlib-compressed, redacted), so that unchanged devices cost nothing in later snapshots.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_HEAD = "0003"  # the newest alembic revision this version of untapped knows

metadata = MetaData()

snapshot = Table(
    "snapshot",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),  # ISO 8601 UTC
    Column("input", Text, nullable=False),
    Column("tool_version", String(40), nullable=False),
    Column("policy_file", Text),
    Column("owner_networks", Text, nullable=False),  # JSON list
    Column("owner_networks_inferred", Boolean, nullable=False),
    Column("n_devices", Integer, nullable=False),
    Column("n_channels", Integer, nullable=False),
    Column("n_findings", Integer, nullable=False),
    Column("n_waived", Integer, nullable=False),
    Column("n_diagnostics", Integer, nullable=False),
    Column("n_critical", Integer, nullable=False),
    Column("n_high", Integer, nullable=False),
    Column("n_medium", Integer, nullable=False),
    Column("n_low", Integer, nullable=False),
    Column("n_info", Integer, nullable=False),
    # revision 0002
    Column("input_hash", String(64)),
    Column("audit_hash", String(64)),
    Column("n_facts", Integer, nullable=False, server_default="0"),
)

config_blob = Table(
    "config_blob",
    metadata,
    Column("sha", String(64), primary_key=True),  # sha256 of the redacted text
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),  # zlib(redacted text, utf-8)
)

device = Table(
    "device",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshot.id", ondelete="CASCADE"), primary_key=True),
    Column("ord", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("file", Text, nullable=False),
    Column("dialect", String(40), nullable=False),
    Column("lines_total", Integer, nullable=False),
    Column("lines_recognized", Integer, nullable=False),
    Column("lines_unrecognized", Integer, nullable=False),
    Column("lines_blank", Integer, nullable=False),
    Column("evidence", Text, nullable=False),  # JSON list
    Column("config_sha", String(64), ForeignKey("config_blob.sha")),
    Index("ix_device_name", "name"),
)

channel = Table(
    "channel",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshot.id", ondelete="CASCADE"), primary_key=True),
    Column("ord", Integer, primary_key=True),  # Channel.id
    Column("device", Text, nullable=False),
    Column("file", Text, nullable=False),
    Column("line", Integer, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("destination", Text),
    Column("vrf", Text),
    Column("source", Text),
    Column("trust", String(20), nullable=False),
    Column("attrs", Text, nullable=False),  # JSON object
)

finding = Table(
    "finding",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshot.id", ondelete="CASCADE"), primary_key=True),
    Column("ord", Integer, primary_key=True),  # findings first, then waived ones
    Column("waived", Boolean, nullable=False),
    Column("rule", String(20), nullable=False),
    Column("severity", String(10), nullable=False),
    Column("category", String(40), nullable=False),
    Column("device", Text, nullable=False),
    Column("file", Text, nullable=False),
    Column("line", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("channel", Integer),
    Column("waiver_reason", Text),
    Column("evidence", Text, nullable=False),  # JSON list of lines
    Column("rating", Text),  # JSON Impact (untapped.rules.rating), null before 0003
)

diagnostic = Table(
    "diagnostic",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshot.id", ondelete="CASCADE"), primary_key=True),
    Column("ord", Integer, primary_key=True),
    Column("file", Text, nullable=False),
    Column("line", Integer, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("text", Text, nullable=False),
)

# revision 0002: per-device drift facts (users, ACL lines, interface bindings)
device_fact = Table(
    "device_fact",
    metadata,
    Column("snapshot_id", Integer, primary_key=True),
    Column("device_ord", Integer, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("key", Text, nullable=False),
    Column("value", Text, nullable=False),
    ForeignKeyConstraint(
        ["snapshot_id", "device_ord"], ["device.snapshot_id", "device.ord"], ondelete="CASCADE"
    ),
)

CHILD_TABLES = (device, channel, finding, diagnostic, device_fact)

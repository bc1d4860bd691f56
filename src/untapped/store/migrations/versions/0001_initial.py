"""Snapshots with devices, channels, findings, diagnostics and redacted configuration texts.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _child(name: str, *cols: sa.Column[object]) -> None:
    op.create_table(
        name,
        sa.Column(
            "snapshot_id",
            sa.Integer,
            sa.ForeignKey("snapshot.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("ord", sa.Integer, primary_key=True),
        *cols,
    )


def upgrade() -> None:
    op.create_table(
        "snapshot",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("tool_version", sa.String(40), nullable=False),
        sa.Column("policy_file", sa.Text),
        sa.Column("owner_networks", sa.Text, nullable=False),
        sa.Column("owner_networks_inferred", sa.Boolean, nullable=False),
        sa.Column("n_devices", sa.Integer, nullable=False),
        sa.Column("n_channels", sa.Integer, nullable=False),
        sa.Column("n_findings", sa.Integer, nullable=False),
        sa.Column("n_waived", sa.Integer, nullable=False),
        sa.Column("n_diagnostics", sa.Integer, nullable=False),
        sa.Column("n_critical", sa.Integer, nullable=False),
        sa.Column("n_high", sa.Integer, nullable=False),
        sa.Column("n_medium", sa.Integer, nullable=False),
        sa.Column("n_low", sa.Integer, nullable=False),
        sa.Column("n_info", sa.Integer, nullable=False),
    )
    op.create_table(
        "config_blob",
        sa.Column("sha", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    _child(
        "device",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("dialect", sa.String(40), nullable=False),
        sa.Column("lines_total", sa.Integer, nullable=False),
        sa.Column("lines_recognized", sa.Integer, nullable=False),
        sa.Column("lines_unrecognized", sa.Integer, nullable=False),
        sa.Column("lines_blank", sa.Integer, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("config_sha", sa.String(64), sa.ForeignKey("config_blob.sha")),
    )
    _child(
        "channel",
        sa.Column("device", sa.Text, nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("destination", sa.Text),
        sa.Column("vrf", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("trust", sa.String(20), nullable=False),
        sa.Column("attrs", sa.Text, nullable=False),
    )
    _child(
        "finding",
        sa.Column("waived", sa.Boolean, nullable=False),
        sa.Column("rule", sa.String(20), nullable=False),
        sa.Column("severity", sa.String(10), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("device", sa.Text, nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("channel", sa.Integer),
        sa.Column("waiver_reason", sa.Text),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    _child(
        "diagnostic",
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for name in ("diagnostic", "finding", "channel", "device", "config_blob", "snapshot"):
        op.drop_table(name)

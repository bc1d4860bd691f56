"""Drift facts per device (users, ACL lines, interface bindings), input/audit hashes for
`untapped watch`, and an index on device names for `history --device`.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("snapshot") as batch:
        batch.add_column(sa.Column("input_hash", sa.String(64)))
        batch.add_column(sa.Column("audit_hash", sa.String(64)))
        batch.add_column(sa.Column("n_facts", sa.Integer, nullable=False, server_default="0"))
    op.create_index("ix_device_name", "device", ["name"])
    op.create_table(
        "device_fact",
        sa.Column("snapshot_id", sa.Integer, primary_key=True),
        sa.Column("device_ord", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(
            ["snapshot_id", "device_ord"],
            ["device.snapshot_id", "device.ord"],
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    op.drop_table("device_fact")
    op.drop_index("ix_device_name", "device")
    with op.batch_alter_table("snapshot") as batch:
        batch.drop_column("n_facts")
        batch.drop_column("audit_hash")
        batch.drop_column("input_hash")

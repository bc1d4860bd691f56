"""The rating (impact / ease / fix / exposure) a finding's severity is derived from, as JSON.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("finding") as batch:
        batch.add_column(sa.Column("rating", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("finding") as batch:
        batch.drop_column("rating")

"""Alembic environment: always run programmatically by untapped.store.engine with an open
connection (already inside the transaction that serialises concurrent upgrades)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

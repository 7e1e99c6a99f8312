"""Alembic environment: runs the migrations on the connection that the application hands in."""

from __future__ import annotations

from alembic import context

from lazeo_desk.store.models import Base
from lazeo_desk.store.search import not_index_table

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True, include_name=not_index_table
)
with context.begin_transaction():
    context.run_migrations()

"""Alembic environment: runs on the connection the store hands over (never from a .ini file)."""

from alembic import context
from sqlmodel import SQLModel

from digiamt_desk.store import tables

_ = tables  # the tables register themselves on SQLModel.metadata
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata,
                  render_as_batch=True, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()

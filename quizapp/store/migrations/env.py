"""Alembic environment: migrates in the transaction the store opened, batch mode for SQLite."""

from alembic import context
from sqlalchemy import Connection

from quizapp.store.models import Base

connection: Connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()

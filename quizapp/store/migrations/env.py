"""Alembic environment: migrates the engine the store hands over, in batch mode for SQLite."""

from alembic import context
from sqlalchemy import Engine

from quizapp.store.models import Base

engine: Engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()

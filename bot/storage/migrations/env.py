"""Alembic environment: run migrations on the connection the bot hands over (see database.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from bot.storage.tables import Base

config = context.config


def run_migrations(connection: Connection) -> None:
    """Run every pending migration on ``connection``."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through bot.storage.database.Database.migrate()")
run_migrations(connection)

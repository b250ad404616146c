"""Persistent storage: SQLAlchemy tables, the async database, Alembic migrations, and the core's ports."""

"""Persistent storage: SQLAlchemy tables, the async database, migrations and the repository."""

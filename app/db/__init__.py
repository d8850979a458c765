"""The database layer: engine and sessions, SQLAlchemy models, Alembic migrations. No Qt here."""

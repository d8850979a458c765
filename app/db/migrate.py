"""Bringing a database to the current schema with Alembic, on start and from `dormdesk init`.

Each domain area adds its own revisions; areas built side by side branch from the revision they
need and `upgrade heads` applies them all. On SQLite a backup is taken before any migration runs.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.db.engine import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(db: Database | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def current_revisions(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def needs_upgrade(db: Database) -> bool:
    current = current_revisions(db)
    if current == head_revisions():
        return False
    script = ScriptDirectory.from_config(alembic_config())
    # Already at or beyond every head (e.g. heads merged later) counts as current.
    known = {rev.revision for rev in script.walk_revisions()}
    return not current or not current <= known or current != head_revisions()


def upgrade(db: Database, before: Callable[[Database], object] | None = None) -> bool:
    """Upgrade to the heads; `before(db)` (the backup) runs first when there is work to do.

    Returns True when migrations ran."""
    if not needs_upgrade(db):
        return False
    if before is not None and current_revisions(db):
        before(db)
    cfg = alembic_config(db)
    with db.engine.execution_options(dormdesk_write=True).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return True

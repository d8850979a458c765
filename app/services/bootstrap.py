"""Opening DormDesk's database the same way for the GUI, the command line and the tests:
connect, back up and migrate, seed reference rows, and check it."""
from __future__ import annotations

import logging
from pathlib import Path

from app import paths
from app.db.engine import Database, open_database
from app.db.migrate import upgrade
from app.services import backup, catalog

log = logging.getLogger(__name__)
SEED_STAMP_KEY = "system.seed_stamp"


database_url = paths.database_url  # --db, DORMDESK_DB, the saved URL, the local file


def prepare(url: str, *, migrate: bool = True) -> Database:
    """Open and bring the database to the current schema (backing SQLite up first)."""
    db = open_database(url)
    if migrate and not db.read_only_reason:
        ran = upgrade(db, before=lambda d: backup.backup(d, reason="before-migration") if d.is_sqlite else None)
        if ran:
            log.info("database %s migrated", db.display_name())
        seed(db)
    return db


def _seed_stamp() -> str:
    """Changes whenever the code that seeds could have changed (version, migrations, service files)."""
    import hashlib

    from app import __version__
    from app.db.migrate import head_revisions
    services = Path(catalog.__file__).parent
    parts = [__version__, *sorted(head_revisions())]
    parts += [f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(services.glob("*.py"))]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def seed(db: Database, *, force: bool = False) -> None:
    """Insert missing reference rows (every module's SEEDS). Skipped when nothing changed since the
    last time, so a normal start does not import every module before the window shows."""
    import datetime as dt
    import json

    from app.db.models.core import ConfigValue
    stamp = _seed_stamp()
    session = db.write_session()
    try:
        with session.begin():
            row = session.get(ConfigValue, SEED_STAMP_KEY)
            if row is not None and json.loads(row.value) == stamp and not force:
                return
            for fn in catalog.seeds():
                fn(session, dt.datetime.now())
            if row is None:
                row = ConfigValue(key=SEED_STAMP_KEY, value="null", created_by="system")
                session.add(row)
            row.value = json.dumps(stamp)
    finally:
        session.close()


def test_connection(url: str) -> str:
    """Connect to `url` without changing it; returns its display name or raises DatabaseUnavailable."""
    db = open_database(url, create=False)
    try:
        return db.display_name()
    finally:
        db.dispose()

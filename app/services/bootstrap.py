"""Opening DormDesk's database the same way for the GUI, the command line and the tests:
connect, back up and migrate, seed reference rows, and check it."""
from __future__ import annotations

import logging
import os

from app import paths
from app.db.engine import Database, open_database
from app.db.migrate import upgrade
from app.services import backup, catalog

log = logging.getLogger(__name__)


def database_url(cli_url: str | None = None, saved_url: str | None = None) -> str:
    """--db wins, then DORMDESK_DB, then the URL saved in the settings dialog, then the local file."""
    return cli_url or os.environ.get("DORMDESK_DB") or saved_url or paths.default_database_url()


def prepare(url: str, *, migrate: bool = True) -> Database:
    """Open and bring the database to the current schema (backing SQLite up first)."""
    db = open_database(url)
    if migrate and not db.read_only_reason:
        ran = upgrade(db, before=lambda d: backup.backup(d, reason="before-migration") if d.is_sqlite else None)
        if ran:
            log.info("database %s migrated", db.display_name())
        seed(db)
    return db


def seed(db: Database) -> None:
    import datetime as dt
    fns = catalog.seeds()
    if not fns:
        return
    session = db.write_session()
    try:
        with session.begin():
            for fn in fns:
                fn(session, dt.datetime.now())
    finally:
        session.close()


def test_connection(url: str) -> str:
    """Connect to `url` without changing it; returns its display name or raises DatabaseUnavailable."""
    db = open_database(url, create=False)
    try:
        return db.display_name()
    finally:
        db.dispose()

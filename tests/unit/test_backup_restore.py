"""Backups with the online API, restore with a safety copy, integrity check, retention."""
import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text

from app.errors import ValidationError
from app.services import auth, backup, config


def _counts(db):
    with db.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() for n in names}


def test_backup_restore_round_trip_preserves_every_row(ctx, tmp_path):
    auth.save_user(ctx, user_id=None, username="u1", display_name="甲", role="clerk", password="secret1")
    config.set_value(ctx, "org.name", "备份前")
    before = _counts(ctx.db)
    saved = backup.backup(ctx.db, tmp_path / "b.sqlite3")
    config.set_value(ctx, "org.name", "备份后")
    auth.save_user(ctx, user_id=None, username="u2", display_name="乙", role="clerk", password="secret2")
    safety = backup.restore(ctx, saved)
    after = _counts(ctx.db)
    assert safety.exists()
    assert config.get(ctx, "org.name") == "备份前"
    assert after["app_user"] == before["app_user"]
    # the restore itself is audited in the restored database
    assert after["audit_log"] == before["audit_log"] + 1
    assert {k: v for k, v in after.items() if k != "audit_log"} == {k: v for k, v in before.items() if k != "audit_log"}


def test_restore_refuses_a_file_that_is_not_a_backup(ctx, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ValidationError):
        backup.restore(ctx, junk)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ValidationError):
        backup.restore(ctx, other)


def test_check_passes_on_a_sound_database(db):
    assert backup.check(db).ok


def test_retention_keeps_daily_weekly_monthly(tmp_path):
    now = dt.datetime(2026, 11, 27, 12, 0)
    for days in range(0, 400, 1):
        stamp = now - dt.timedelta(days=days)
        (tmp_path / f"dormdesk-{stamp:%Y%m%d-%H%M%S}-auto.sqlite3").write_bytes(b"x")
    removed = backup.prune(tmp_path, now)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(left) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY
    assert f"dormdesk-{now:%Y%m%d-%H%M%S}-auto.sqlite3" in left
    assert removed

"""SQLite backups (online backup API), restore with a safety copy, retention, integrity checks.

On PostgreSQL the server's own tools (pg_dump) back up the shared database; `check` still runs.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from app import paths
from app.db.engine import Database
from app.db.models.core import AuditLog
from app.errors import ValidationError
from app.services.context import ServiceContext
from app.texts import QT_TRANSLATE_NOOP

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
PREFIX = "dormdesk-"


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: list[str]


def _require_sqlite(db: Database) -> Path:
    if db.file_path is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "PostgreSQL 数据库请由服务器管理员用 pg_dump 备份；本功能只用于本机 SQLite 数据库。"))
    return db.file_path


def _copy(source: Path, dest: Path) -> None:
    """Copy one SQLite database over another with the online backup API (page by page, locked)."""
    src = sqlite3.connect(str(source))
    try:
        out = sqlite3.connect(str(dest))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()


def backup(db: Database, dest: Path | None = None, reason: str = "manual", clock=None) -> Path:
    """Copy the live database with SQLite's online backup API (safe while it is in use)."""
    source = _require_sqlite(db)
    now = (clock.now() if clock else dt.datetime.now())
    if dest is None:
        dest = paths.backup_dir() / f"{PREFIX}{now:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    _copy(source, tmp)
    tmp.replace(dest)
    if dest.parent == paths.backup_dir():
        prune(dest.parent, now)
    return dest


def prune(folder: Path, now: dt.datetime) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 5 weeks and 12 months; remove the rest."""
    files = sorted(folder.glob(f"{PREFIX}*.sqlite3"), reverse=True)
    keep: set[Path] = set()
    seen_days, seen_weeks, seen_months = set(), set(), set()
    for f in files:
        try:
            stamp = dt.datetime.strptime(f.name[len(PREFIX):len(PREFIX) + 15], "%Y%m%d-%H%M%S")
        except ValueError:
            keep.add(f)
            continue
        day, week, month = stamp.date(), stamp.isocalendar()[:2], (stamp.year, stamp.month)
        if day not in seen_days and len(seen_days) < KEEP_DAILY:
            seen_days.add(day)
            keep.add(f)
        if week not in seen_weeks and len(seen_weeks) < KEEP_WEEKLY:
            seen_weeks.add(week)
            keep.add(f)
        if month not in seen_months and len(seen_months) < KEEP_MONTHLY:
            seen_months.add(month)
            keep.add(f)
    removed = [f for f in files if f not in keep]
    for f in removed:
        f.unlink(missing_ok=True)
    return removed


def list_backups() -> list[Path]:
    return sorted(paths.backup_dir().glob(f"{PREFIX}*.sqlite3"), reverse=True)


def _check_file(path: Path) -> None:
    """Refuse a file that is not a sound DormDesk database."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = con.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} 不是有效的 DormDesk 备份文件：{detail}"),
                              path=str(path), detail=str(exc)) from exc
    if status != "ok" or "alembic_version" not in tables or "audit_log" not in tables:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} 不是有效的 DormDesk 备份文件：{detail}"),
                              path=str(path), detail=status if status != "ok" else "缺少数据表")


def restore(ctx: ServiceContext, source: Path) -> Path:
    """Replace the live database with `source`, after a safety backup; returns the safety copy."""
    ctx.require("system.restore")
    live = _require_sqlite(ctx.db)
    source = Path(source)
    if not source.exists():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "文件不存在：{path}"), path=str(source))
    _check_file(source)
    safety = backup(ctx.db, reason="before-restore", clock=ctx.clock)
    ctx.db.engine.dispose()
    _copy(source, live)
    from app.db.migrate import upgrade
    upgrade(ctx.db)
    with ctx.action("system.restore") as tx:
        tx.audit("backup", source.name, summary=f"从 {source} 恢复；恢复前备份 {safety.name}")
    return safety


def check(db: Database) -> CheckResult:
    """Integrity and foreign-key checks (SQLite); on PostgreSQL, that the schema answers."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            status = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if status != ["ok"]:
                problems.extend(status[:20])
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"外键错误：表 {row[0]} 第 {row[1]} 行引用 {row[2]}")
        else:
            conn.execute(text("SELECT 1"))
        try:
            conn.execute(select(func.count()).select_from(AuditLog))
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            problems.append(str(exc).splitlines()[0])
    return CheckResult(not problems, problems)


def last_change_id(db: Database) -> int:
    """The newest audit id: a backup is due when it moved since the last backup."""
    with db.engine.connect() as conn:
        return conn.execute(select(func.max(AuditLog.id))).scalar() or 0

"""Opening a database: SQLite (WAL, foreign keys, synchronous FULL) or PostgreSQL.

`Database` wraps the engine and hands out short sessions, one per user action. Writes on SQLite
start with BEGIN IMMEDIATE so two PCs never deadlock on a lock upgrade.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseUnavailable, ReadOnlyDatabase
from app.texts import QT_TRANSLATE_NOOP

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs"}

NETWORK_SHARE_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库文件 {path} 位于网络共享上。SQLite 文件在网络共享上被多台电脑同时写入会损坏数据，"
    "因此只能只读打开。多台电脑共用数据时，请使用 PostgreSQL 服务器（--db postgresql+psycopg://...）。")


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_network_path(path: Path) -> bool:
    """True when the file lives on a network share (UNC path, mapped drive, NFS/SMB mount)."""
    text_path = str(path)
    if text_path.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes
        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    resolved = str(path.resolve().parent)
    best, best_fs = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (resolved == parts[1] or resolved.startswith(parts[1].rstrip("/") + "/")):
            if len(parts[1]) > len(best):
                best, best_fs = parts[1], parts[2]
    return best_fs in NETWORK_FS


def _sqlite_pragmas(dbapi_connection, _record):
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except Exception:  # a read-only file cannot switch journal mode
        pass
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(conn):
    if conn.get_execution_options().get("dormdesk_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


@dataclass
class Database:
    """An open database: engine, session factories, and whether it may be written."""

    url: str
    engine: Engine
    read_only_reason: str | None = None
    _read: sessionmaker = field(init=False, repr=False)
    _write: sessionmaker = field(init=False, repr=False)

    def __post_init__(self):
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self.engine.execution_options(dormdesk_write=True),
                                   expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def file_path(self) -> Path | None:
        return sqlite_path(self.url)

    def display_name(self) -> str:
        """File path or server/database, without any password."""
        if self.file_path:
            return str(self.file_path)
        return make_url(self.url).render_as_string(hide_password=True)

    def read_session(self) -> Session:
        return self._read()

    def write_session(self) -> Session:
        if self.read_only_reason:
            raise ReadOnlyDatabase(self.read_only_reason, path=self.display_name())
        return self._write()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, create: bool = True) -> Database:
    """Open (and for SQLite create the folder of) the database at `url`; check it answers."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "数据库地址无效：{url}"), url=url) from exc
    read_only_reason = None
    path = sqlite_path(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            if path is not None:
                if not path.exists() and not create:
                    raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "数据库文件不存在：{url}"), url=str(path))
                path.parent.mkdir(parents=True, exist_ok=True)
                if is_network_path(path):
                    read_only_reason = NETWORK_SHARE_MESSAGE
                elif path.exists() and not os.access(path, os.W_OK):
                    read_only_reason = QT_TRANSLATE_NOOP("Errors", "数据库文件 {path} 是只读的，无法保存修改。")
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5}
                                   if parsed.get_backend_name() == "postgresql" else {})
    except NoSuchModuleError as exc:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "不支持的数据库类型：{url}"),
                                  url=parsed.render_as_string(hide_password=True)) from exc
    except ModuleNotFoundError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "缺少数据库驱动 {module}。请安装：pip install \"dormdesk[postgres]\""),
            module=exc.name) from exc
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                conn.execute(text("SELECT count(*) FROM sqlite_master"))
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "无法连接数据库 {url}：{detail}"),
            url=parsed.render_as_string(hide_password=True), detail=str(exc.orig).strip()[:300]) from exc
    except Exception as exc:  # a corrupt file says "file is not a database"
        engine.dispose()
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "无法打开数据库 {url}：{detail}"),
            url=parsed.render_as_string(hide_password=True), detail=str(exc).strip()[:300]) from exc
    return Database(url=url, engine=engine, read_only_reason=read_only_reason)

"""Loading the heavy half of DormDesk on a worker thread while the login dialog waits for input.

The login (or first-run) dialog is shown before SQLAlchemy, the services and the catalog are
imported; `StartupLoader` then imports them, opens and migrates the database, runs the SQLite
integrity check and imports the main window, so that pressing Enter only checks the password and
builds the window. Nothing here touches a widget from the worker thread: the result comes back
through `sig_finished`, queued to the GUI thread.
"""
from __future__ import annotations

import importlib
import importlib.util
import logging
import re
import threading
import time
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QEventLoop, QObject, Signal

log = logging.getLogger(__name__)

# Imported on the worker thread (with the catalog and every page), so that Enter only builds widgets.
PRELOAD = ("app.controllers.main_window", "app.controllers.app_state", "app.tasks")


def sqlite_file(url: str) -> Path | None:
    """The file of a sqlite:/// URL, or None (another database or an in-memory one)."""
    if not url.startswith("sqlite:///"):
        return None
    name = unquote(url[len("sqlite:///"):].split("?", 1)[0])
    return Path(name) if name and name != ":memory:" else None


def database_label(url: str) -> str:
    """What the login dialog shows as the database: the file, or the URL without its password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def probably_first_run(url: str) -> bool:
    """A cheap guess before the database is opened: a SQLite file that does not exist yet or has
    no user. Other databases are asked after loading (the login then gives way to the first run)."""
    path = sqlite_file(url)
    if path is None:
        return False
    if not path.exists():
        return True
    import sqlite3
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2) as conn:
            return conn.execute("SELECT count(*) FROM app_user").fetchone()[0] == 0
    except sqlite3.Error:
        return True  # no user table yet: a new database


class StartupLoader(QObject):
    """Opens the database and imports the application on a worker thread.

    After `sig_finished`: `ctx` (a ServiceContext without actor) and `user_count`, or `error`
    (the exception; the database could not be opened). `integrity_problems` lists what the SQLite
    check found (the database is then open read-only)."""

    sig_finished = Signal()

    def __init__(self, url: str, parent=None):
        super().__init__(parent)
        self.url = url
        self.label = database_label(url)
        self.ctx = None
        self.user_count = 0
        self.error: BaseException | None = None
        self.integrity_problems: list[str] = []
        self.seconds = 0.0
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="dormdesk-startup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            self._load()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            log.warning("start-up loading failed: %s", exc, exc_info=True)
            self.error = exc
        self.seconds = time.perf_counter() - started
        self._done.set()
        try:
            self.sig_finished.emit()
        except RuntimeError:  # the application closed meanwhile
            pass

    def _load(self) -> None:
        from app.services import auth, backup, catalog
        from app.services.bootstrap import prepare
        from app.services.context import ServiceContext
        db = prepare(self.url)
        if db.is_sqlite:
            result = backup.check(db)
            if not result.ok:
                db.read_only_reason = ("数据库检查未通过，已以只读方式打开：{path}。"
                                       "请在“设置 → 数据库”中从备份恢复。")
                self.integrity_problems = list(result.problems)
        self.ctx = ServiceContext(db=db)
        self.user_count = auth.user_count(self.ctx)
        catalog.badges()  # imports every service module (the catalog), as the first page would
        for name in PRELOAD:
            importlib.import_module(name)
        from app.controllers import navigation
        for entry in navigation.PAGES:  # the page shown first is the one last used: any of them
            if importlib.util.find_spec(entry.module) is not None:
                importlib.import_module(entry.module)
        _warm_qt_enums()

    def wait(self) -> None:
        """Block (keeping the window painted) until loading has finished."""
        if self.done:
            return
        loop = QEventLoop()
        self.sig_finished.connect(loop.quit)
        if not self.done:  # it may have finished between the check and the connect
            loop.exec()


def _warm_qt_enums() -> None:
    """PySide6 builds its Python enum types on first use, some 150 of them while the main window
    is built (the Qt namespace alone takes 15-30 ms). Building them here (plain Python objects, no
    widget) keeps that out of the time between Enter and the main window."""
    import enum

    from PySide6 import QtCore, QtGui, QtWidgets
    for module in (QtCore, QtGui, QtWidgets):
        for class_name in dir(module):
            holder = getattr(module, class_name, None)
            if not isinstance(holder, type) or issubclass(holder, enum.Enum):
                continue
            for name in dir(holder):
                if name[:1].isupper():
                    getattr(holder, name, None)

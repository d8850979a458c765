"""Starting the GUI: build forms and translations, one instance per data folder, open the
database (migrating it), first-run administrator, login, main window; and `screenshots`."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def _application(args):
    from PySide6.QtWidgets import QApplication

    from app import APP_NAME, APP_ORG, i18n
    from app.settings import Settings
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORG)
    settings = Settings(os.environ.get("DORMDESK_SETTINGS"))
    i18n.install(app, getattr(args, "lang", None) or settings.language)
    return app, settings


def _open_database(args, settings, parent=None):
    """Open and migrate; a failing integrity check opens read-only and offers a restore."""
    from PySide6.QtCore import QCoreApplication

    from app import feedback
    from app.errors import DormDeskError
    from app.services import backup
    from app.services.bootstrap import database_url, prepare
    try:
        db = prepare(database_url(getattr(args, "db", None), settings.db_url))
    except DormDeskError as exc:
        feedback.show_error(parent, exc, QCoreApplication.translate("Startup", "无法打开数据库"))
        return None
    if db.is_sqlite:
        result = backup.check(db)
        if not result.ok:
            db.read_only_reason = "数据库检查未通过，已以只读方式打开：{path}。请在“设置 → 数据库”中从备份恢复。"
            feedback.warn(parent, QCoreApplication.translate(
                "Startup", "数据库完整性检查未通过，已以只读方式打开。请从备份恢复。") + "\n" + "\n".join(result.problems[:5]))
    return db


def run_gui(args) -> int:
    from app import feedback, logging_setup
    from app.controllers.app_state import AppState
    from app.controllers.first_run_dialog import FirstRunDialog
    from app.controllers.login_dialog import LoginDialog
    from app.controllers.main_window import MainWindow
    from app.services import auth
    from app.services.context import ServiceContext
    from app.single_instance import SingleInstance
    from app.tasks import TaskRunner

    logging_setup.setup()
    app, settings = _application(args)
    feedback.install_excepthook()
    guard = SingleInstance(app)
    if guard.another_is_running():
        return 0
    db = _open_database(args, settings)
    if db is None:
        return 1
    base_ctx = ServiceContext(db=db)
    if not db.read_only_reason and auth.user_count(base_ctx) == 0 and not FirstRunDialog.ask(base_ctx):
        return 0
    tasks = TaskRunner(app)
    while True:
        actor = LoginDialog.ask(base_ctx)
        if actor is None:
            return 0
        window = MainWindow(AppState(base_ctx.as_actor(actor), tasks, settings))
        logout = []
        window.sig_logout_requested.connect(lambda: logout.append(True))
        guard.sig_raise_requested.connect(lambda w=window: (w.showNormal(), w.raise_(), w.activateWindow()))
        window.show()
        app.exec()
        tasks.wait_all()
        if not logout:
            return 0


def take_screenshots(args) -> int:
    """Every main screen as a PNG, offscreen, logged in as an administrator."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.controllers.app_state import AppState
    from app.controllers.login_dialog import LoginDialog
    from app.controllers.main_window import MainWindow
    from app.services.context import Actor, ServiceContext
    from app.tasks import TaskRunner

    app, settings = _application(args)
    db = _open_database(args, settings)
    if db is None:
        return 1
    out = Path(args.dir)
    out.mkdir(parents=True, exist_ok=True)
    ctx = ServiceContext(db=db, actor=Actor("admin", "系统管理员", "admin"))
    tasks = TaskRunner(app)
    login = LoginDialog(ctx)
    login.show()
    app.processEvents()
    login.grab().save(str(out / "00-login.png"))
    login.close()
    window = MainWindow(AppState(ctx, tasks, settings))
    window.resize(1366, 820)
    window.show()
    for index, entry in enumerate(window.entries, start=1):
        window.show_page(entry.key)
        for _ in range(5):
            app.processEvents()
        tasks.wait_all(10000)
        app.processEvents()
        path = out / f"{index:02d}-{entry.key}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    return 0

"""Starting the GUI: one instance per data folder, the login (or first-run) dialog at once, the
database and the application loaded on a worker thread meanwhile, then the main window; and
`screenshots`.

Start-up order matters for speed: only Qt, the settings and the two dialogs' forms are imported
before the first dialog shows; SQLAlchemy, the services and the catalog are imported by
`StartupLoader` while the user types (see benchmarks/bench_startup.py). `--smoke` runs the same
path offscreen and exits 0 once the first-run dialog is reached or the given user is logged in and
every page has opened.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def _application(args):
    from app import preflight
    preflight.check_gui()
    from PySide6.QtWidgets import QApplication

    from app import APP_NAME, APP_ORG, i18n
    from app.settings import Settings
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORG)
    preflight.register_bundled_font()
    settings = Settings(os.environ.get("DORMDESK_SETTINGS"))
    lang = getattr(args, "lang", None)
    i18n.install(app, lang or settings.language, from_command_line=bool(lang))
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
            _warn_integrity(result.problems, parent)
    return db


def _warn_integrity(problems, parent=None):
    from PySide6.QtCore import QCoreApplication

    from app import feedback
    feedback.warn(parent, QCoreApplication.translate(
        "Startup", "数据库完整性检查未通过，已以只读方式打开。请从备份恢复。") + "\n" + "\n".join(problems[:5]))


class _Smoke:
    """`dormdesk --smoke`: prints what start-up reached, with timings, and drives the dialogs."""

    def __init__(self, args):
        self.enabled = bool(getattr(args, "smoke", False))
        self.user = getattr(args, "smoke_user", None)
        password_file = getattr(args, "smoke_password_file", None)
        self.password = Path(password_file).read_text(encoding="utf-8").strip() if password_file else ""
        self.failed = False
        self.enter_at = 0.0

    def install_excepthook(self) -> None:
        """An error in smoke mode prints its traceback and ends the run with 1 (no crash dialog)."""
        import traceback

        def hook(exc_type, exc, tb):
            traceback.print_exception(exc_type, exc, tb)
            sys.stderr.flush()
            os._exit(1)

        sys.excepthook = hook

    def say(self, what: str, **figures) -> None:
        if self.enabled:
            extra = " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items())
            print(f"smoke: {what} {extra}".rstrip(), flush=True)

    def shown(self, kind: str) -> None:
        self.say(f"{kind} dialog shown", at=time.time(), sqlalchemy_loaded="sqlalchemy" in sys.modules)


def _show_now(dialog, app) -> None:
    """Show and paint the dialog before anything heavy starts."""
    dialog.show()
    app.processEvents()


def _first_dialog(app, settings, loader, smoke, after_shown):
    """The first-run or login dialog, shown at once; returns ("login", actor, dialog) or
    ("first-run", accepted, dialog), or ("failed", None, None) when the database did not open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from app.controllers.startup_loader import probably_first_run
    switch = 2  # dialog result: the loaded database has no user after all, show the first run
    known = loader.url == settings.get("ui/last_login_database")  # logged in there before: skip the probe
    kind = "login" if known else ("first-run" if probably_first_run(loader.url) else "login")
    while True:
        if kind == "first-run":  # only the dialog shown is imported before it shows
            from app.controllers.first_run_dialog import FirstRunDialog
            dialog = FirstRunDialog(None, loader=loader)
        else:
            from app.controllers.login_dialog import LoginDialog
            dialog = LoginDialog(None, loader=loader)
        _show_now(dialog, app)
        smoke.shown(kind)

        def on_loaded(dialog=dialog, kind=kind):
            if loader.error is not None:
                dialog.done(QDialog.Rejected)
            elif kind == "login" and loader.user_count == 0 and not loader.ctx.db.read_only_reason:
                dialog.done(switch)

        loader.sig_finished.connect(on_loaded)
        if loader._thread is None:
            after_shown()
            loader.start()
        elif loader.done:
            QTimer.singleShot(0, on_loaded)
        if smoke.enabled:
            QTimer.singleShot(0, lambda d=dialog, k=kind: _smoke_drive(d, k, loader, smoke))
        code = dialog.exec()
        loader.sig_finished.disconnect(on_loaded)
        if loader.error is not None:
            return "failed", None, None
        if code == switch:
            kind = "first-run"
            continue
        if kind == "first-run":
            return kind, code == QDialog.Accepted, dialog
        return kind, dialog.actor if code == QDialog.Accepted else None, dialog


def _smoke_drive(dialog, kind, loader, smoke) -> None:
    """Wait for loading as a user would type; then log in as the given user, or stop here."""
    from PySide6.QtWidgets import QDialog
    loader.wait()
    if loader.error is not None or not dialog.isVisible():
        return
    smoke.say("loaded", seconds=loader.seconds, users=loader.user_count)
    if kind == "login" and smoke.user:
        dialog.ui.username_edit.setText(smoke.user)
        dialog.ui.password_edit.setText(smoke.password)
        smoke.enter_at = time.perf_counter()
        dialog._on_button_box_accepted()
        if dialog.actor is None:
            smoke.say("login refused", message=dialog.ui.error_label.text())
            smoke.failed = True
            dialog.done(QDialog.Rejected)
        return
    smoke.say(f"{kind} dialog reached")
    dialog.done(3)  # neither accepted nor rejected: the smoke run ends here with success


def run_gui(args) -> int:
    from app import preflight  # no Qt import before preflight.check_gui() has looked at Qt
    from app.paths import database_url
    smoke = _Smoke(args)
    if smoke.enabled:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        app, settings = _application(args)
    except preflight.MissingLibrary as exc:
        print(exc, file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer

    from app import feedback
    from app.controllers.startup_loader import StartupLoader
    from app.single_instance import SingleInstance
    feedback.install_excepthook()
    if smoke.enabled:
        smoke.install_excepthook()
    guard = SingleInstance(app)
    if not smoke.enabled and guard.another_is_running(listen=False):
        return 0  # (a smoke run goes on beside a running instance and does not disturb it)
    loader = StartupLoader(database_url(getattr(args, "db", None), settings.db_url))

    def after_shown():
        """What can wait until the first dialog is on screen."""
        from app import logging_setup, preflight
        logging_setup.setup()
        preflight.check_fonts()
        if guard.lock is not None:
            guard.listen()

    try:
        kind, result, dialog = _first_dialog(app, settings, loader, smoke, after_shown)
    except (ImportError, SyntaxError) as exc:
        return preflight.report_broken_module(exc)
    if smoke.failed:
        return 1
    if kind == "failed":
        return _report_load_failure(loader.error, smoke)
    if loader.integrity_problems:
        _warn_integrity(loader.integrity_problems)
    if kind == "first-run":
        if not result:
            return 0  # closed, or the smoke run reached it
        actor = None
    else:
        actor = result
        if actor is None:
            return 0
    from app.controllers.app_state import AppState
    from app.controllers.login_dialog import LoginDialog
    from app.controllers.main_window import MainWindow
    from app.tasks import TaskRunner
    base_ctx = loader.ctx
    tasks = TaskRunner(app)
    while True:
        if actor is None:
            actor = LoginDialog.ask(base_ctx)
            if actor is None:
                return 0
        if settings.get("ui/last_login_database") != loader.url:
            settings.set("ui/last_login_database", loader.url)
        window = MainWindow(AppState(base_ctx.as_actor(actor), tasks, settings))
        logout = []
        window.sig_logout_requested.connect(lambda lo=logout: lo.append(True))
        guard.sig_raise_requested.connect(lambda w=window: (w.showNormal(), w.raise_(), w.activateWindow()))
        window.show()
        if smoke.enabled:
            QTimer.singleShot(0, lambda w=window, d=dialog: _smoke_main_window(w, d, tasks, smoke))
        app.exec()
        tasks.wait_all()
        if not logout or smoke.enabled:
            return 0
        actor = None


def _smoke_main_window(window, dialog, tasks, smoke) -> None:
    """The window is interactive (the event loop runs it): report, open every page, quit."""
    from PySide6.QtWidgets import QApplication
    ready = time.perf_counter() - smoke.enter_at
    smoke.say("main window interactive", enter_to_window=ready - dialog.password_seconds,
              password_check=dialog.password_seconds)
    for entry in window.entries:
        window.show_page(entry.key)
        QApplication.processEvents()
    tasks.wait_all(20000)
    smoke.say("every page opened", pages=len(window.entries))
    window.close()
    QApplication.quit()


def _report_load_failure(error, smoke) -> int:
    from PySide6.QtCore import QCoreApplication

    from app import feedback, preflight
    from app.errors import DormDeskError
    if isinstance(error, (ImportError, SyntaxError)):
        return preflight.report_broken_module(error)
    if smoke.enabled:
        print(f"dormdesk: {feedback.error_text(error)}", file=sys.stderr)
    elif isinstance(error, DormDeskError):
        feedback.show_error(None, error, QCoreApplication.translate("Startup", "无法打开数据库"))
    else:
        feedback.crash(None, type(error), error, error.__traceback__)
    return 1


def take_screenshots(args) -> int:
    """Every main screen as a PNG, offscreen, logged in as an administrator."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app import preflight
    try:
        app, settings = _application(args)
    except preflight.MissingLibrary as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        from app.controllers.app_state import AppState
        from app.controllers.login_dialog import LoginDialog
        from app.controllers.main_window import MainWindow
        from app.services.context import Actor, ServiceContext
        from app.tasks import TaskRunner
    except (ImportError, SyntaxError) as exc:
        return preflight.report_broken_module(exc)
    preflight.check_fonts()
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
    window.resize(1280, 800)  # the most common office screen (issue 15)
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

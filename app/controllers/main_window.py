"""The main window: navigation list, page stack, status bar (user and database), idle lock,
automatic backups and the counts shown beside the navigation entries."""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow

from app import feedback
from app.controllers import navigation
from app.controllers.app_state import AppState
from app.services import backup, catalog, config
from app.services.permissions import ROLE_LABELS
from ui.generated.ui_main_window import Ui_MainWindow

log = logging.getLogger(__name__)
BADGE_INTERVAL_MS = 60_000
BACKUP_CHECK_MS = 5 * 60_000


class _IdleWatcher(QObject):
    """Notes the time of the last keyboard or mouse input anywhere in the application."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.last_input = time.monotonic()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() in (QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel):
            self.last_input = time.monotonic()
        return False


class MainWindow(QMainWindow):
    sig_logout_requested = Signal()

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.ctx = state.ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[str, object] = {}
        self.entries: list[navigation.PageEntry] = []
        self._locked = False
        self._last_backup_change = None
        self._last_backup_time = time.monotonic()
        self._init_widgets()
        self._connect_signals()
        self._restore_state()

    # Set-up ------------------------------------------------------------------------------------
    def _init_widgets(self):
        self.entries = navigation.available(self.ctx.can)
        for entry in self.entries:
            item = QListWidgetItem(QCoreApplication.translate("Navigation", entry.title))
            item.setData(Qt.UserRole, entry.key)
            self.ui.navigation_list.addItem(item)
        self.ui.navigation_list.setStyleSheet("QListWidget { outline: 0; } QListWidget::item { padding: 8px; }")
        self.ui.main_splitter.setStretchFactor(1, 1)
        self.ui.main_splitter.setSizes([170, 1100])
        actor = self.ctx.actor
        role = QCoreApplication.translate("Roles", ROLE_LABELS.get(actor.role, actor.role))
        self.user_label = QLabel(self.tr("用户：%1（%2）").replace("%1", actor.display_name).replace("%2", role))
        self.db_label = QLabel(self.tr("数据库：%1").replace("%1", self.ctx.db.display_name()))
        if self.ctx.db.read_only_reason:
            self.db_label.setText(self.db_label.text() + self.tr("（只读）"))
            self.db_label.setStyleSheet("color: #c0392b;")
        self.ui.status_bar.addPermanentWidget(self.user_label)
        self.ui.status_bar.addPermanentWidget(self.db_label)
        sqlite = self.ctx.db.is_sqlite
        for action in (self.ui.backup_action, self.ui.restore_action):
            action.setVisible(sqlite)
        self.idle = _IdleWatcher(self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle_timer = QTimer(self)
        self.idle_timer.start(15_000)
        self.badge_timer = QTimer(self)
        self.badge_timer.start(BADGE_INTERVAL_MS)
        self.backup_timer = QTimer(self)
        if sqlite and not self.ctx.db.read_only_reason:
            self.backup_timer.start(BACKUP_CHECK_MS)
        QTimer.singleShot(0, self.refresh_badges)

    def _connect_signals(self):
        self.ui.navigation_list.currentRowChanged.connect(self._on_navigation_list_current_row_changed)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.logout_action.triggered.connect(self._on_logout_action_triggered)
        self.ui.lock_action.triggered.connect(self.lock_screen)
        self.ui.backup_action.triggered.connect(self._on_backup_action_triggered)
        self.ui.restore_action.triggered.connect(self._on_restore_action_triggered)
        self.ui.check_action.triggered.connect(self._on_check_action_triggered)
        self.ui.about_action.triggered.connect(self._on_about_action_triggered)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.badge_timer.timeout.connect(self.refresh_badges)
        self.backup_timer.timeout.connect(self._on_backup_timer_timeout)

    def _restore_state(self):
        geometry = self.state.settings.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        last = self.state.settings.get("ui/last_page")
        keys = [e.key for e in self.entries]
        self.show_page(last if last in keys else (keys[0] if keys else None))

    # Pages ---------------------------------------------------------------------------------------
    def page(self, key: str):
        """The page widget for `key`, created on first use."""
        if key not in self.pages:
            entry = next(e for e in self.entries if e.key == key)
            widget = navigation.page_class(entry)(self.state, self)
            widget.sig_badge_changed.connect(self.refresh_badges)
            self.pages[key] = widget
            self.ui.page_stack.addWidget(widget)
        return self.pages[key]

    def show_page(self, key: str | None):
        if key is None:
            return
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                self.ui.navigation_list.setCurrentRow(row)
                return

    @Slot(int)
    def _on_navigation_list_current_row_changed(self, row: int):
        if not 0 <= row < len(self.entries):
            return
        key = self.entries[row].key
        widget = self.page(key)
        self.ui.page_stack.setCurrentWidget(widget)
        self.state.settings.set("ui/last_page", key)

    # Navigation counts ------------------------------------------------------------------------------
    @Slot()
    def refresh_badges(self):
        ctx = self.ctx
        pages = {e.key for e in self.entries}

        def count(_progress, _cancelled):
            totals: dict[str, int] = {}
            for badge in catalog.badges():  # the first call imports every module: off the UI thread
                if badge.page not in pages:
                    continue
                try:
                    totals[badge.page] = totals.get(badge.page, 0) + int(badge.count(ctx) or 0)
                except Exception:  # noqa: BLE001 - a count must never break the window
                    log.exception("badge %s", badge.page)
            return totals

        self.state.tasks.run(count, on_done=self._show_badges, on_error=lambda exc: log.warning("badges: %s", exc))

    def _show_badges(self, totals: dict):
        for row, entry in enumerate(self.entries):
            item = self.ui.navigation_list.item(row)
            title = QCoreApplication.translate("Navigation", entry.title)
            n = totals.get(entry.key, 0)
            item.setText(f"{title}  ({n})" if n else title)
            item.setForeground(Qt.red if n else self.palette().text().color())

    # Idle lock ---------------------------------------------------------------------------------------
    @Slot()
    def _on_idle_timer_timeout(self):
        minutes = config.get(self.ctx, "screen.idle_lock_minutes") or 0
        if minutes and not self._locked and time.monotonic() - self.idle.last_input > minutes * 60:
            self.lock_screen()

    @Slot()
    def lock_screen(self):
        from app.controllers.login_dialog import LoginDialog
        self._locked = True
        self.ui.page_stack.setVisible(False)
        try:
            if LoginDialog.ask(self.ctx, self, lock_for=self.ctx.actor) is None:
                self.close()
                return
        finally:
            self._locked = False
            self.idle.last_input = time.monotonic()
        self.ui.page_stack.setVisible(True)

    # Backups -------------------------------------------------------------------------------------------
    @Slot()
    def _on_backup_timer_timeout(self):
        interval = (config.get(self.ctx, "backup.interval_minutes") or 30) * 60
        if time.monotonic() - self._last_backup_time < interval:
            return
        db = self.ctx.db

        def run(_p, _c):
            change = backup.last_change_id(db)
            if change == self._last_backup_change:
                return None
            path = backup.backup(db, reason="auto")
            self._last_backup_change = change
            return path

        self._last_backup_time = time.monotonic()
        self.state.tasks.run(run, on_error=lambda exc: log.warning("auto backup failed: %s", exc))

    @Slot()
    def _on_backup_action_triggered(self):
        self.state.tasks.run(lambda _p, _c: backup.backup(self.ctx.db), parent=self, label=self.tr("正在备份…"),
                             on_done=lambda path: feedback.status(self, self.tr("已备份到 %1").replace("%1", str(path))))

    @Slot()
    def _on_restore_action_triggered(self):
        self.show_page("settings")
        page = self.pages.get("settings")
        if page is not None:
            page.restore_from_file()

    @Slot()
    def _on_check_action_triggered(self):
        from app.controllers.settings_page import check_database
        check_database(self.state, self)

    @Slot()
    def _on_about_action_triggered(self):
        from app import __version__
        feedback.info(self, self.tr("DormDesk 宿管台 %1\n学生公寓与物业服务中心的日常管理工具。").replace("%1", __version__),
                      self.tr("关于"))

    @Slot()
    def _on_logout_action_triggered(self):
        self.sig_logout_requested.emit()
        self.close()

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.state.settings.save_geometry("main_window", self.saveGeometry())
        QApplication.instance().removeEventFilter(self.idle)
        super().closeEvent(event)

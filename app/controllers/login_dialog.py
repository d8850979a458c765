"""The login dialog; in lock mode it unlocks the idle screen for the same user only.

At start-up it is shown before the services are imported: it then gets a `StartupLoader` instead of
a context, and pressing Enter waits for the loader if the database is not open yet.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app import feedback
from app.errors import DormDeskError
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_login_dialog import Ui_LoginDialog

if TYPE_CHECKING:
    from app.controllers.startup_loader import StartupLoader
    from app.services.context import Actor, ServiceContext


class LoginDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext | None, parent=None, *, lock_for: Actor | None = None,
                 loader: StartupLoader | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loader = loader
        self.lock_for = lock_for
        self.actor: Actor | None = None
        self.password_seconds = 0.0  # the password check itself (argon2), for the start-up benchmark
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self):
        feedback.show_inline(self.ui.error_label, None)
        name = self.ctx.db.display_name() if self.ctx is not None else self.loader.label
        self.ui.database_label.setText(self.tr("数据库：%1").replace("%1", name))
        if self.lock_for is not None:
            self.setWindowTitle(self.tr("屏幕已锁定"))
            self.ui.username_edit.setText(self.lock_for.username)
            self.ui.username_edit.setReadOnly(True)
            self.ui.password_edit.setFocus()
            # QtCore.Qt here, not imported above: building the Qt namespace costs 14 ms at start-up
            self.setWindowFlag(QtCore.Qt.WindowCloseButtonHint, False)
            self.ui.button_box.button(QDialogButtonBox.Cancel).setText(self.tr("退出程序"))

    def _connect_signals(self):
        self.rules = DialogRules(self, save=self._on_button_box_accepted, return_saves=True,
                                 ask_discard=False)
        self.ui.button_box.rejected.connect(self.reject)

    @Slot()
    def _on_button_box_accepted(self):
        username = self.ui.username_edit.text().strip()
        password = self.ui.password_edit.text()
        if not username:
            feedback.show_inline(self.ui.error_label, self.tr("请输入用户名。"))
            return
        if self.ctx is None and not self._wait_for_loader():
            return
        from app.services import auth
        started = time.perf_counter()
        try:
            self.actor = auth.login(self.ctx, username, password)
        except DormDeskError as exc:
            self.password_seconds = time.perf_counter() - started
            self.ui.password_edit.clear()
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.password_seconds = time.perf_counter() - started
        self.accept()

    def _wait_for_loader(self) -> bool:
        """Enter pressed before the database is open: wait for it (the start-up shows its error)."""
        if not self.loader.done:
            self.ui.button_box.setEnabled(False)
            feedback.show_inline(self.ui.error_label, self.tr("正在打开数据库，请稍候……"))
            self.loader.wait()
            self.ui.button_box.setEnabled(True)
            feedback.show_inline(self.ui.error_label, None)
        if self.loader.error is not None or self.loader.ctx is None:
            return False
        self.ctx = self.loader.ctx
        return True

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None, lock_for: Actor | None = None) -> Actor | None:
        dialog = cls(ctx, parent, lock_for=lock_for)
        return dialog.actor if dialog.exec() == QDialog.Accepted else None

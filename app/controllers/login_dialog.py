"""The login dialog; in lock mode it unlocks the idle screen for the same user only."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app import feedback
from app.errors import DormDeskError
from app.services import auth
from app.services.context import Actor, ServiceContext
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_login_dialog import Ui_LoginDialog


class LoginDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None, *, lock_for: Actor | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lock_for = lock_for
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self):
        feedback.show_inline(self.ui.error_label, None)
        self.ui.database_label.setText(self.tr("数据库：%1").replace("%1", self.ctx.db.display_name()))
        if self.lock_for is not None:
            self.setWindowTitle(self.tr("屏幕已锁定"))
            self.ui.username_edit.setText(self.lock_for.username)
            self.ui.username_edit.setReadOnly(True)
            self.ui.password_edit.setFocus()
            self.setWindowFlag(Qt.WindowCloseButtonHint, False)
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
        try:
            self.actor = auth.login(self.ctx, username, password)
        except DormDeskError as exc:
            self.ui.password_edit.clear()
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None, lock_for: Actor | None = None) -> Actor | None:
        dialog = cls(ctx, parent, lock_for=lock_for)
        return dialog.actor if dialog.exec() == QDialog.Accepted else None

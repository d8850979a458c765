"""First start on an empty database: create the system administrator (and name the organisation).

At start-up it is shown before the services are imported (with a `StartupLoader` instead of a
context); the organisation's saved name is filled in when the database is open."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog

from app import feedback
from app.errors import DormDeskError
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_first_run_dialog import Ui_FirstRunDialog

if TYPE_CHECKING:
    from app.controllers.startup_loader import StartupLoader
    from app.services.context import ServiceContext


class FirstRunDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext | None, parent=None, *, loader: StartupLoader | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loader = loader
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        self.ui.username_edit.setText("admin")
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.username_edit, self.tr("用户名")),
            (self.ui.display_name_edit, self.tr("姓名")),
            (self.ui.password_edit, self.tr("密码")),
            (self.ui.password_again_edit, self.tr("再次输入密码")),
        ])
        self.ui.button_box.rejected.connect(self.reject)
        if ctx is not None:
            self._fill_org_name()
        elif loader.done:
            self._on_loader_finished()
        else:
            loader.sig_finished.connect(self._on_loader_finished)

    def _fill_org_name(self):
        from app.services import config
        if not self.ui.org_name_edit.text():
            self.ui.org_name_edit.setText(config.get(self.ctx, "org.name"))

    @Slot()
    def _on_loader_finished(self):
        if self.ctx is None and self.loader.ctx is not None:
            self.ctx = self.loader.ctx
            self._fill_org_name()

    @Slot()
    def _on_button_box_accepted(self):
        if self.ui.password_edit.text() != self.ui.password_again_edit.text():
            feedback.show_inline(self.ui.error_label, self.tr("两次输入的密码不一致。"))
            return
        if self.ctx is None:
            self.ui.button_box.setEnabled(False)
            self.loader.wait()
            self.ui.button_box.setEnabled(True)
            self._on_loader_finished()
            if self.ctx is None:
                return  # the database could not be opened: the start-up shows why
        from app.services import auth, config
        try:
            auth.create_first_admin(self.ctx, self.ui.username_edit.text(), self.ui.display_name_edit.text(),
                                    self.ui.password_edit.text())
            org = self.ui.org_name_edit.text().strip()
            if org and org != config.get(self.ctx, "org.name"):
                config.set_value(self.ctx, "org.name", org)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None) -> bool:
        return cls(ctx, parent).exec() == QDialog.Accepted

"""First start on an empty database: create the system administrator (and name the organisation)."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog

from app import feedback
from app.errors import DormDeskError
from app.services import auth, config
from app.services.context import ServiceContext
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_first_run_dialog import Ui_FirstRunDialog


class FirstRunDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        self.ui.org_name_edit.setText(config.get(ctx, "org.name"))
        self.ui.username_edit.setText("admin")
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.username_edit, self.tr("用户名")),
            (self.ui.display_name_edit, self.tr("姓名")),
            (self.ui.password_edit, self.tr("密码")),
            (self.ui.password_again_edit, self.tr("再次输入密码")),
        ])
        self.ui.button_box.rejected.connect(self.reject)

    @Slot()
    def _on_button_box_accepted(self):
        if self.ui.password_edit.text() != self.ui.password_again_edit.text():
            feedback.show_inline(self.ui.error_label, self.tr("两次输入的密码不一致。"))
            return
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

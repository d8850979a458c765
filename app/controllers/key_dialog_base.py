"""The base of the key dialogs: a form whose OK button runs one service call; a refusal is shown
inline (the dialog stays open with what was typed), success closes it with the call's result."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app import feedback
from app.errors import DormDeskError
from app.widgets.dialog_rules import DialogRules, RulesDialog


class ServiceDialog(RulesDialog):
    """Subclasses set `ui_class` and implement `_init_widgets` and `save() -> result`."""

    ui_class = None

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = self.ui_class()
        self.ui.setupUi(self)
        self.result_value = None
        self.setMinimumWidth(420)
        feedback.show_inline(self.ui.error_label, None)
        self.ui.button_box.button(QDialogButtonBox.Ok).setText(self.tr("确定"))
        self.ui.button_box.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.rules = DialogRules(self, save=self.submit)
        self.ui.button_box.rejected.connect(self.reject)

    def save(self):
        raise NotImplementedError

    def submit(self) -> bool:
        """Run the service call; True when it succeeded and the dialog closed."""
        try:
            self.result_value = self.save()
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, parent, ctx, *args):
        """Show the dialog; the service call's result, or None when cancelled."""
        dialog = cls(ctx, *args, parent=parent)
        return dialog.result_value if dialog.exec() == QDialog.Accepted else None

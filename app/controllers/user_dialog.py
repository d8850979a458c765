"""Adding or editing a user: name, role, password, and the buildings the user is limited to."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QDialog, QListWidgetItem

from app import feedback
from app.errors import DormDeskError
from app.services import auth
from app.services.context import ServiceContext
from app.services.permissions import ROLE_LABELS
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_user_dialog import Ui_UserDialog


class UserDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, user: auth.UserRow | None, buildings: list[tuple[int, str]],
                 parent=None):
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        for role, label in ROLE_LABELS.items():
            self.ui.role_combo.addItem(QCoreApplication.translate("Roles", label), role)
        chosen = set(user.building_ids) if user else set()
        for bid, name in buildings:
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, bid)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if bid in chosen else Qt.Unchecked)
            self.ui.buildings_list.addItem(item)
        if user:
            self.setWindowTitle(self.tr("编辑用户"))
            self.ui.username_edit.setText(user.username)
            self.ui.display_name_edit.setText(user.display_name)
            self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(user.role))
            self.ui.active_check.setChecked(user.active)
        else:
            self.setWindowTitle(self.tr("新增用户"))
            self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData("clerk"))
            self.ui.password_edit.setPlaceholderText("")
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.username_edit, self.tr("用户名")),
            (self.ui.display_name_edit, self.tr("姓名")),
        ])
        self.ui.button_box.rejected.connect(self.reject)

    def _building_ids(self) -> list[int]:
        lst = self.ui.buildings_list
        return [lst.item(i).data(Qt.UserRole) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.Checked]

    @Slot()
    def _on_button_box_accepted(self):
        try:
            auth.save_user(self.ctx, user_id=self.user.id if self.user else None,
                           username=self.ui.username_edit.text(), display_name=self.ui.display_name_edit.text(),
                           role=self.ui.role_combo.currentData(), active=self.ui.active_check.isChecked(),
                           password=self.ui.password_edit.text() or None, building_ids=self._building_ids(),
                           expected_version=self.user.version if self.user else None)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx, user, buildings, parent=None) -> bool:
        return cls(ctx, user, buildings, parent).exec() == QDialog.Accepted

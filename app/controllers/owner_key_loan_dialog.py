"""K6 业主钥匙借出: the borrower's category decides the approval asked for and the due time."""
from __future__ import annotations

from PySide6.QtCore import QDateTime

from app.controllers.key_dialog_base import ServiceDialog
from app.services import keys_owner
from app.services.keys_common import BORROWER_TYPES
from app.texts import QT_TRANSLATE_NOOP
from app.widgets import value_combo
from ui.generated.ui_owner_key_loan_dialog import Ui_OwnerKeyLoanDialog

RULES = {
    "property": QT_TRANSLATE_NOOP("OwnerKeyLoanDialog", "须部门主任审批并签名；当天归还，特殊情况可延期一天。"),
    "sales": QT_TRANSLATE_NOOP("OwnerKeyLoanDialog", "借匙人签名；看房后立即归还，最迟当天 18:00。"),
    "project": QT_TRANSLATE_NOOP("OwnerKeyLoanDialog", "借匙人签名；完工后立即归还，不超过一天。"),
    "builder": QT_TRANSLATE_NOOP("OwnerKeyLoanDialog", "须施工许可证和现场负责人签名；按施工期限归还，不超过规定的最长天数。"),
}


class OwnerKeyLoanDialog(ServiceDialog):
    ui_class = Ui_OwnerKeyLoanDialog

    def __init__(self, ctx, deposit, parent=None):
        super().__init__(ctx, parent)
        self.rules.require(self.ui.borrower_name_edit, self.tr("借匙人"))
        self.rules.require(self.ui.purpose_edit, self.tr("借用事由"))
        self.deposit = deposit
        self.ui.deposit_label.setText(self.tr("%1 %2 业主 %3，钥匙 %4 把（%5）").replace("%1", deposit.room_no)
                                      .replace("%2", deposit.tag_code).replace("%3", deposit.owner_name)
                                      .replace("%4", str(deposit.key_qty)).replace("%5", deposit.key_description or ""))
        value_combo.fill(self.ui.borrower_type_combo, "key.borrower_type", BORROWER_TYPES)
        self.ui.borrower_type_combo.currentIndexChanged.connect(
            lambda _i: self._on_type_changed(self.ui.borrower_type_combo.currentData()))
        self.ui.due_edit.setDateTime(QDateTime(ctx.now().replace(hour=18, minute=0)))
        self._on_type_changed(self.ui.borrower_type_combo.currentData())

    def _on_type_changed(self, kind: str):
        self.ui.rule_label.setText(self.tr(RULES.get(kind, "")))
        self.ui.approver_edit.setEnabled(kind == "property")
        self.ui.permit_edit.setEnabled(kind == "builder")
        self.ui.site_manager_edit.setEnabled(kind == "builder")

    def save(self):
        u = self.ui
        return keys_owner.lend_owner_key(
            self.ctx, self.deposit.id, borrower_name=u.borrower_name_edit.text(),
            borrower_type=u.borrower_type_combo.currentData(), purpose=u.purpose_edit.text(),
            borrower_org=u.borrower_org_edit.text() or None, borrower_phone=u.borrower_phone_edit.text() or None,
            approver=u.approver_edit.text() if u.approver_edit.isEnabled() else None,
            permit_no=u.permit_edit.text() if u.permit_edit.isEnabled() else None,
            site_manager=u.site_manager_edit.text() if u.site_manager_edit.isEnabled() else None,
            due_time=u.due_edit.dateTime().toPython().replace(second=0, microsecond=0))

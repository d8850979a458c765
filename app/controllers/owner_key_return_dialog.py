"""Owner key return with the joint inspection: doors and windows shut, contents intact, damage and
compensation."""
from __future__ import annotations

from app import vocab
from app.controllers.key_dialog_base import ServiceDialog
from app.services import keys_owner
from ui.generated.ui_owner_key_return_dialog import Ui_OwnerKeyReturnDialog


class OwnerKeyReturnDialog(ServiceDialog):
    ui_class = Ui_OwnerKeyReturnDialog

    def __init__(self, ctx, loan, parent=None):
        super().__init__(ctx, parent)
        self.rules.require(self.ui.inspector_edit, self.tr("检查人"))
        self.loan = loan
        self.ui.loan_label.setText(self.tr("%1 %2 借匙人 %3（%4），应还 %5").replace("%1", loan.loan_no)
                                   .replace("%2", loan.room_no).replace("%3", loan.borrower_name)
                                   .replace("%4", vocab.label("key.borrower_type", loan.borrower_type)).replace("%5", f"{loan.due_time:%m-%d %H:%M}"))
        self.ui.inspector_edit.setText(ctx.actor.display_name)

    def save(self):
        u = self.ui
        return keys_owner.return_owner_key(
            self.ctx, self.loan.id, self.loan.version, inspector=u.inspector_edit.text(),
            doors_windows_closed=u.doors_check.isChecked(), contents_intact=u.contents_check.isChecked(),
            damage_description=u.damage_edit.text(), compensation=u.compensation_spin.value())

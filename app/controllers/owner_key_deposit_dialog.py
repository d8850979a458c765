"""K7 钥匙托管登记: an owner leaves keys with the office and signs for them."""
from __future__ import annotations

from app.controllers.key_dialog_base import ServiceDialog
from app.services import keys_owner, lookups
from ui.generated.ui_owner_key_deposit_dialog import Ui_OwnerKeyDepositDialog


class OwnerKeyDepositDialog(ServiceDialog):
    ui_class = Ui_OwnerKeyDepositDialog

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.rules.require(self.ui.room_no_edit, self.tr("房号"))
        self.rules.require(self.ui.owner_name_edit, self.tr("业主姓名"))
        self.ui.building_combo.addItem(self.tr("（无）"), None)
        for b in lookups.buildings(ctx):
            self.ui.building_combo.addItem(b.name, b.id)

    def save(self):
        u = self.ui
        return keys_owner.deposit_owner_key(
            self.ctx, building_id=u.building_combo.currentData(), unit=u.unit_edit.text(), room_no=u.room_no_edit.text(),
            owner_name=u.owner_name_edit.text(), owner_id_no=u.owner_id_edit.text() or None,
            phone=u.phone_edit.text() or None, key_description=u.description_edit.text() or None,
            key_qty=u.qty_spin.value(), declaration_signed=u.declaration_check.isChecked(),
            owner_signature=u.signature_edit.text(), remarks=u.remarks_edit.text() or None)

"""K3 钥匙挂失 / 配钥匙申请: the fee is prefilled from the price list; a different fee needs a
supervisor and a reason."""
from __future__ import annotations

from app import vocab
from app.controllers.key_dialog_base import ServiceDialog
from app.services import keys_inventory, keys_losses
from app.services.keys_common import LOSS_ACTIONS, LOSS_REASONS
from app.widgets import value_combo
from ui.generated.ui_key_loss_dialog import Ui_KeyLossDialog


class KeyLossDialog(ServiceDialog):
    ui_class = Ui_KeyLossDialog

    def __init__(self, ctx, student_no: str = "", parent=None):
        super().__init__(ctx, parent)
        self.rules.require(self.ui.student_no_edit, self.tr("学号"))
        for t in keys_inventory.list_key_types(ctx):
            self.ui.key_type_combo.addItem(vocab.label("key.type", t.name), t.id)
        value_combo.fill(self.ui.action_combo, "key.loss_action", LOSS_ACTIONS)
        value_combo.fill(self.ui.reason_combo, "key.loss_reason", LOSS_REASONS)
        self.ui.student_no_edit.setText(student_no)
        self.ui.fee_spin.setEnabled(ctx.can("keys.override"))
        self.ui.fee_reason_edit.setEnabled(ctx.can("keys.override"))
        for combo in (self.ui.key_type_combo, self.ui.action_combo, self.ui.reason_combo):
            combo.currentIndexChanged.connect(self._quote)
        self.ui.qty_spin.valueChanged.connect(self._quote)
        self._quote()

    def _quote(self, *_):
        self.standard = keys_losses.quote(self.ctx, self.ui.key_type_combo.currentData(), self.ui.qty_spin.value(),
                                          self.ui.action_combo.currentData(), self.ui.reason_combo.currentData())
        self.ui.fee_spin.setValue(float(self.standard))
        self.ui.standard_label.setText(self.tr("价目表费用：%1 元").replace("%1", f"{self.standard:.2f}"))

    def save(self):
        fee = self.ui.fee_spin.value()
        return keys_losses.report_loss(
            self.ctx, self.ui.student_no_edit.text(), self.ui.key_type_combo.currentData(), self.ui.qty_spin.value(),
            self.ui.action_combo.currentData(), self.ui.reason_combo.currentData(),
            fee=None if abs(fee - float(self.standard)) < 0.005 else fee,
            fee_reason=self.ui.fee_reason_edit.text(), remarks=self.ui.remarks_edit.text())

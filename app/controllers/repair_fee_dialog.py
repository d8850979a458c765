"""Fee assessment (收费认定): the cause of damage, and for charged causes a price-list line × quantity
or materials plus labour; a different amount needs the supervisor (the service checks it)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog

from app import feedback, vocab
from app.errors import DormDeskError
from app.services import repairs, repairs_fees
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_repair_fee_dialog import Ui_RepairFeeDialog


class RepairFeeDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, slip: repairs.SlipDetail, parent=None):
        super().__init__(parent)
        self.ctx, self.slip = ctx, slip
        self.result: repairs.SlipDetail | None = None
        self.ui = Ui_RepairFeeDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        self.ui.slip_label.setText(f"{slip.slip_no}  {slip.building} {slip.room_no}  "
                                   f"{vocab.label('repairs.category', slip.category)}："
                                   f"{slip.fault_description}")
        value_combo.fill(self.ui.cause_combo, "repairs.cause", repairs_fees.CAUSES)
        self.ui.price_combo.addItem(self.tr("（不用价目表：按材料费加人工费）"), None)
        self.prices = {p.id: p for p in repairs_fees.list_prices(ctx)}
        # the slip's category first, then the price list's order (by category in the form's order)
        for p in sorted(self.prices.values(), key=lambda p: p.category != slip.category):
            self.ui.price_combo.addItem(f"{p.item_name}  {p.price} 元/{p.unit}（{vocab.label('repairs.category', p.category)}）",
                                        p.id)
        if slip.damage_cause:
            self.ui.cause_combo.setCurrentIndex(self.ui.cause_combo.findData(slip.damage_cause))
        if slip.price_item_id:
            self.ui.price_combo.setCurrentIndex(max(self.ui.price_combo.findData(slip.price_item_id), 0))
            self.ui.qty_spin.setValue(float(slip.price_qty or 1))
        self.ui.labour_spin.setValue(float(slip.labour_fee or 0))
        for signal in (self.ui.cause_combo.currentIndexChanged, self.ui.price_combo.currentIndexChanged,
                       self.ui.qty_spin.valueChanged, self.ui.labour_spin.valueChanged):
            signal.connect(self._update)
        self.ui.amount_check.toggled.connect(self.ui.amount_spin.setEnabled)
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self._update()

    def computed(self) -> Decimal:
        if self.ui.cause_combo.currentData() not in repairs_fees.CHARGED_CAUSES:
            return Decimal(0)
        price = self.prices.get(self.ui.price_combo.currentData())
        if price is not None:
            return (price.price * Decimal(str(self.ui.qty_spin.value()))).quantize(Decimal("0.01"))
        return Decimal(str(self.slip.materials_fee or 0)) + Decimal(str(round(self.ui.labour_spin.value(), 2)))

    @Slot()
    def _update(self, *_):
        charged = self.ui.cause_combo.currentData() in repairs_fees.CHARGED_CAUSES
        for w in (self.ui.price_combo, self.ui.qty_spin, self.ui.labour_spin, self.ui.amount_check):
            w.setEnabled(charged)
        if not charged:
            self.ui.amount_check.setChecked(False)
            self.ui.computed_label.setText(self.tr("正常损耗：免费维修。"))
            return
        text = self.tr("应收金额：%1 元").replace("%1", f"{self.computed():.2f}")
        if self.ui.cause_combo.currentData() == "unknown":
            text += self.tr("（原因不明，由全宿舍共同承担）")
        self.ui.computed_label.setText(text)
        if not self.ui.amount_check.isChecked():
            self.ui.amount_spin.setValue(float(self.computed()))

    @Slot()
    def _on_button_box_accepted(self):
        amount = f"{self.ui.amount_spin.value():.2f}" if self.ui.amount_check.isChecked() else None
        try:
            self.result = repairs_fees.assess_fee(
                self.ctx, self.slip.id, damage_cause=self.ui.cause_combo.currentData(),
                price_item_id=self.ui.price_combo.currentData(), qty=f"{self.ui.qty_spin.value():.2f}",
                labour_fee=f"{self.ui.labour_spin.value():.2f}", amount=amount, expected_version=self.slip.version)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, slip: repairs.SlipDetail, parent=None) -> repairs.SlipDetail | None:
        dialog = cls(ctx, slip, parent)
        return dialog.result if dialog.exec() == QDialog.Accepted else None

"""K5 钥匙赔偿标准: each key type's quantity per student and price per key, and the lock-change
prices per room. Every changed row is saved as its own audited action (supervisors only)."""
from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSpinBox

from app import vocab
from app.controllers.key_dialog_base import ServiceDialog
from app.services import keys_inventory
from ui.generated.ui_key_prices_dialog import Ui_KeyPricesDialog


def _money_spin(value) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 100000)
    spin.setDecimals(2)
    spin.setSuffix(" 元")
    spin.setValue(float(value))
    return spin


class KeyPricesDialog(ServiceDialog):
    ui_class = Ui_KeyPricesDialog

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.types = keys_inventory.list_key_types(ctx)
        self.prices = keys_inventory.list_prices(ctx)
        self.type_widgets = []
        for r, t in enumerate(self.types):
            qty = QSpinBox()
            qty.setRange(0, 10)
            qty.setValue(t.default_qty)
            qty.setSuffix(self.tr(" 把/人"))
            price = _money_spin(t.unit_price)
            self.ui.types_layout.addWidget(QLabel(vocab.label("key.type", t.name)), r, 0)
            self.ui.types_layout.addWidget(qty, r, 1)
            self.ui.types_layout.addWidget(price, r, 2)
            self.type_widgets.append((t, qty, price))
        self.price_widgets = []
        for r, p in enumerate(self.prices):
            spin = _money_spin(p.price)
            # p.code is the loss action it prices (key.loss_action); p.name is the same in Chinese only
            name = self.tr("%1（每间）").replace("%1", vocab.label("key.loss_action", p.code))
            self.ui.prices_layout.addWidget(QLabel(name), r, 0)
            self.ui.prices_layout.addWidget(spin, r, 1)
            self.price_widgets.append((p, spin))
        editable = ctx.can("keys.configure")
        for _t, qty, price in self.type_widgets:
            qty.setEnabled(editable)
            price.setEnabled(editable)
        for _p, spin in self.price_widgets:
            spin.setEnabled(editable)

    def save(self) -> int:
        """Save the rows that changed; returns how many."""
        changed = 0
        for t, qty, price in self.type_widgets:
            if qty.value() != t.default_qty or abs(price.value() - float(t.unit_price)) > 0.004:
                keys_inventory.save_key_type(self.ctx, t.id, default_qty=qty.value(), unit_price=f"{price.value():.2f}",
                                             expected_version=t.version)
                changed += 1
        for p, spin in self.price_widgets:
            if abs(spin.value() - float(p.price)) > 0.004:
                keys_inventory.save_price(self.ctx, p.code, f"{spin.value():.2f}", p.version)
                changed += 1
        return changed

"""K4 钥匙交回 / 离校验收: count a leaving student's keys back per type, show the compensation from
the price list, take the receipt number or (supervisor) a waiver with its reason.

The residents' check-out screen opens it with `KeyReturnDialog.ask(parent, ctx, student_id)`."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox

from app import vocab
from app.controllers.key_dialog_base import ServiceDialog
from app.services import keys_issue
from app.services.keys_common import LEAVE_TYPES
from app.widgets import value_combo
from ui.generated.ui_key_return_dialog import Ui_KeyReturnDialog


class KeyReturnDialog(ServiceDialog):
    ui_class = Ui_KeyReturnDialog

    def __init__(self, ctx, student_id: int, student_text: str = "", parent=None):
        super().__init__(ctx, parent)
        self.student_id = student_id
        self.ui.student_label.setText(student_text)
        value_combo.fill(self.ui.leave_type_combo, "key.leave_type", LEAVE_TYPES)
        self.spins: dict[int, QSpinBox] = {}
        grid = self.ui.count_layout
        for r, held in enumerate(keys_issue.held_summary(ctx, student_id)):
            grid.addWidget(QLabel(vocab.label("key.type", held.name)), r, 0)
            grid.addWidget(QLabel(self.tr("应交 %1 把").replace("%1", str(held.qty))), r, 1)
            spin = QSpinBox()
            spin.setRange(0, held.qty)
            spin.setValue(held.qty)
            spin.setSuffix(self.tr(" 把"))
            spin.valueChanged.connect(self._update_fee)
            grid.addWidget(spin, r, 2)
            self.spins[held.key_type_id] = spin
        can_waive = ctx.can("keys.waive")
        self.ui.waive_check.setEnabled(can_waive)
        self.ui.waive_reason_edit.setEnabled(False)
        self.ui.waive_check.toggled.connect(self.ui.waive_reason_edit.setEnabled)
        self._update_fee()

    def counts(self) -> dict[int, int]:
        return {t: s.value() for t, s in self.spins.items()}

    def _update_fee(self, *_):
        fee, lock = keys_issue.return_preview(self.ctx, self.student_id, self.counts())
        text = self.tr("%1 元").replace("%1", f"{fee:.2f}")
        if lock:
            text += self.tr("（交回不足一半，含更换锁芯费）")
        self.ui.fee_label.setText(text)

    def save(self):
        waive = self.ui.waive_reason_edit.text() if self.ui.waive_check.isChecked() else None
        return keys_issue.return_keys(self.ctx, self.student_id, self.counts(),
                                      leave_type=self.ui.leave_type_combo.currentData(),
                                      receipt_no=self.ui.receipt_edit.text(), waive_reason=waive)

"""The incident dialog (A2 违规记录): administrator, time, item, deduction or loss, what happened,
evidence file. Also used, prefilled, to accept a suggested incident."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDateTime, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from app import feedback
from app.errors import DormDeskError
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_assessment_incident_dialog import Ui_AssessmentIncidentDialog


class AssessmentIncidentDialog(RulesDialog):
    """Collects an incident and hands it to `save(values)`; a refused save keeps the dialog open
    with the reason shown beside the form."""

    def __init__(self, staff: list, items: list, save: Callable[[dict], object], *, unit: str = "元",
                 prefill: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AssessmentIncidentDialog()
        self.ui.setupUi(self)
        self.save, self.unit, self.result_value = save, unit, None
        self.items = {i.id: i for i in items}
        self.staff = {p.id: p for p in staff}
        self._init_widgets(staff, items, prefill or {})
        self._connect_signals()

    def _init_widgets(self, staff, items, prefill):
        for person in staff:
            self.ui.staff_combo.addItem(person.name, person.id)
        for item in items:
            self.ui.item_combo.addItem(f"{item.code}  {item.description}", item.id)
        self.ui.occurred_edit.setDateTime(QDateTime(prefill.get("occurred_at") or dt.datetime.now().replace(second=0,
                                                                                                         microsecond=0)))
        self.ui.deduction_label.setText(self.tr("扣款（%1）").replace("%1", self.unit))
        if prefill.get("staff_id") is not None:
            self.ui.staff_combo.setCurrentIndex(max(self.ui.staff_combo.findData(prefill["staff_id"]), 0))
        self._on_staff_changed()
        if prefill.get("item_id") is not None:
            self.ui.item_combo.setCurrentIndex(max(self.ui.item_combo.findData(prefill["item_id"]), 0))
        self._on_item_changed()
        if prefill.get("deduction") is not None:
            self.ui.deduction_spin.setValue(float(prefill["deduction"]))
        if prefill.get("loss_amount") is not None:
            self.ui.loss_spin.setValue(float(prefill["loss_amount"]))
        self.ui.description_edit.setPlainText(prefill.get("description") or "")
        source = prefill.get("source_text")
        self.ui.source_label.setText(source or "")
        self.ui.source_label.setVisible(bool(source))
        if prefill.get("title"):
            self.setWindowTitle(prefill["title"])
        feedback.show_inline(self.ui.error_label, None)

    def _connect_signals(self):
        self.ui.staff_combo.currentIndexChanged.connect(self._on_staff_changed)
        self.ui.item_combo.currentIndexChanged.connect(self._on_item_changed)
        self.ui.loss_spin.valueChanged.connect(self._on_loss_changed)
        self.ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.ui.clear_evidence_button.clicked.connect(self.ui.evidence_edit.clear)
        self.rules = DialogRules(self, save=self._on_save)
        self.ui.button_box.rejected.connect(self.reject)

    @Slot()
    def _on_staff_changed(self, *_):
        """Only the items for the chosen person's staff category (wardens' items, front-desk items)."""
        category = getattr(self.staff.get(self.ui.staff_combo.currentData()), "category", None)
        combo, keep = self.ui.item_combo, self.ui.item_combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for item in self.items.values():
            if category is None or getattr(item, "applies_to", category) == category:
                combo.addItem(f"{item.code}  {item.description}", item.id)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)
        self._on_item_changed()

    def current_item(self):
        return self.items.get(self.ui.item_combo.currentData())

    @Slot()
    def _on_item_changed(self, *_):
        item = self.current_item()
        if item is None:
            return
        percent = item.deduction_mode == "percent"
        self.ui.loss_spin.setEnabled(percent)
        self.ui.loss_label.setEnabled(percent)
        self.ui.deduction_spin.setEnabled(not percent and item.deduction_min != item.deduction_max)
        if percent:
            self.ui.rule_label.setText(self.tr("按损失金额的 %1% 扣款").replace("%1", f"{item.percent:g}"))
            self._on_loss_changed()
        else:
            self.ui.rule_label.setText(self.tr("每次 %1 %2").replace("%1", item.rule_text).replace("%2", self.unit))
            self.ui.deduction_spin.setValue(float(item.deduction_min))

    @Slot()
    def _on_loss_changed(self, *_):
        item = self.current_item()
        if item is not None and item.deduction_mode == "percent":
            self.ui.deduction_spin.setValue(round(self.ui.loss_spin.value() * float(item.percent) / 100, 2))

    @Slot()
    def _on_browse_button_clicked(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择证据文件"), "",
                                              self.tr("图片或文件 (*.jpg *.jpeg *.png *.bmp *.pdf *.doc *.docx);;所有文件 (*)"))
        if path:
            self.ui.evidence_edit.setText(path)

    def values(self) -> dict:
        item = self.current_item()
        percent = item is not None and item.deduction_mode == "percent"
        return {
            "staff_id": self.ui.staff_combo.currentData(),
            "occurred_at": self.ui.occurred_edit.dateTime().toPython().replace(second=0, microsecond=0),
            "item_id": item.id if item else None,
            "deduction": None if percent else Decimal(str(round(self.ui.deduction_spin.value(), 2))),
            "loss_amount": Decimal(str(round(self.ui.loss_spin.value(), 2))) if percent and self.ui.loss_spin.value() else None,
            "description": self.ui.description_edit.toPlainText().strip(),
            "evidence_path": self.ui.evidence_edit.text() or None,
        }

    @Slot()
    def _on_save(self):
        self.ui.button_box.button(QDialogButtonBox.Save).setEnabled(False)
        try:
            self.result_value = self.save(self.values())
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        finally:
            self.ui.button_box.button(QDialogButtonBox.Save).setEnabled(True)
        self.accept()

    @classmethod
    def ask(cls, staff, items, save, *, unit="元", prefill=None, parent=None):
        """Show the dialog; the saved result, or None when cancelled."""
        dlg = cls(staff, items, save, unit=unit, prefill=prefill, parent=parent)
        return dlg.result_value if dlg.exec() == QDialog.Accepted else None

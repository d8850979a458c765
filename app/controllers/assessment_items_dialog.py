"""The items editor (A1 考核项目) for supervisors: new items, new amounts, retiring items.

Incidents copy the amounts they were recorded with, so edits here never change past months."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from app import feedback
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import assessments
from app.services.assessments import ITEM_CATEGORIES
from app.texts import QT_TRANSLATE_NOOP
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_assessment_items_dialog import Ui_AssessmentItemsDialog

MODES = (("range", "按次扣款（范围）"), ("percent", "按损失比例"))
COLUMNS = (Column("code", QT_TRANSLATE_NOOP("Columns", "编号")),
           Column("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="assessments.category"),
           Column("description", QT_TRANSLATE_NOOP("Columns", "违规行为")),
           Column("rule_text", QT_TRANSLATE_NOOP("Columns", "扣款标准")),
           Column("active", QT_TRANSLATE_NOOP("Columns", "启用"), "bool"))


class AssessmentItemsDialog(RulesDialog):
    """Lists every item (retired ones too) and edits the selected one."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AssessmentItemsDialog()
        self.ui.setupUi(self)
        self.rules = DialogRules(self)  # Return never closes it; Esc asks when something was typed
        self.current = None
        self.model = RowTableModel(COLUMNS, self, highlight=lambda r: None if r.active else "#eeeeee")
        self.ui.items_table.setModel(self.model)
        self.ui.items_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.ui.items_table.horizontalHeader().setStretchLastSection(True)
        value_combo.fill(self.ui.category_combo, "assessments.category", ITEM_CATEGORIES)
        for key, label in MODES:
            self.ui.mode_combo.addItem(QCoreApplication.translate("AssessmentItemsDialog", label), key)
        self.ui.items_table.selectionModel().currentRowChanged.connect(self._on_items_current_row_changed)
        self.ui.mode_combo.currentIndexChanged.connect(self._on_mode_changed)
        self.ui.new_item_button.clicked.connect(self._on_new_item_button_clicked)
        self.ui.save_item_button.clicked.connect(self._on_save_item_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        can = ctx.can("assessments.configure")
        for w in (self.ui.new_item_button, self.ui.save_item_button):
            w.setEnabled(can)
        self.reload()
        self._on_new_item_button_clicked()

    def reload(self, select_id: int | None = None):
        rows = assessments.list_items(self.ctx)
        self.model.set_rows(rows)
        for n, r in enumerate(rows):
            if r.id == select_id:
                self.ui.items_table.selectRow(n)

    @Slot()
    def _on_items_current_row_changed(self, current, _previous):
        row = self.model.row_at(current)
        if row is None:
            return
        self.current = row
        self.ui.code_edit.setText(row.code)
        self.ui.code_edit.setReadOnly(True)
        self.ui.category_combo.setCurrentIndex(max(self.ui.category_combo.findData(row.category), 0))
        self.ui.description_edit.setText(row.description)
        self.ui.duty_edit.setText(row.duty or "")
        self.ui.mode_combo.setCurrentIndex(max(self.ui.mode_combo.findData(row.deduction_mode), 0))
        self.ui.min_spin.setValue(float(row.deduction_min or 0))
        self.ui.max_spin.setValue(float(row.deduction_max or 0))
        self.ui.percent_spin.setValue(float(row.percent or 0))
        self.ui.active_check.setChecked(row.active)
        feedback.show_inline(self.ui.error_label, None)

    @Slot()
    def _on_mode_changed(self, *_):
        percent = self.ui.mode_combo.currentData() == "percent"
        self.ui.percent_spin.setEnabled(percent)
        self.ui.min_spin.setEnabled(not percent)
        self.ui.max_spin.setEnabled(not percent)

    @Slot()
    def _on_new_item_button_clicked(self):
        self.current = None
        self.ui.items_table.clearSelection()
        self.ui.code_edit.setReadOnly(False)
        for w in (self.ui.code_edit, self.ui.description_edit, self.ui.duty_edit):
            w.clear()
        self.ui.mode_combo.setCurrentIndex(0)
        self.ui.min_spin.setValue(5)
        self.ui.max_spin.setValue(10)
        self.ui.percent_spin.setValue(0)
        self.ui.active_check.setChecked(True)
        self._on_mode_changed()
        feedback.show_inline(self.ui.error_label, None)

    @Slot()
    def _on_save_item_button_clicked(self):
        cur = self.current
        try:
            saved = assessments.save_item(
                self.ctx, cur.id if cur else None, code=self.ui.code_edit.text(),
                category=self.ui.category_combo.currentData(), description=self.ui.description_edit.text(),
                duty=self.ui.duty_edit.text(), deduction_mode=self.ui.mode_combo.currentData(),
                deduction_min=self.ui.min_spin.value(), deduction_max=self.ui.max_spin.value(),
                percent=self.ui.percent_spin.value(), active=self.ui.active_check.isChecked(),
                expected_version=cur.version if cur else None)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        feedback.show_inline(self.ui.error_label, None)
        self.reload(saved.id)

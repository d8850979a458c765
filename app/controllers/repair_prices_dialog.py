"""The price list (宿舍公物价目表): everyone may look; supervisors (repairs.configure) add, change
and retire lines. A changed price is audited; slips keep the amount they were assessed at."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QHeaderView

from app import feedback
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import repairs, repairs_fees
from app.services.context import ServiceContext
from app.texts import QT_TRANSLATE_NOOP
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_repair_prices_dialog import Ui_RepairPricesDialog

COLUMNS = (Column("item_name", QT_TRANSLATE_NOOP("Columns", "物品名称")),
           Column("category", QT_TRANSLATE_NOOP("Columns", "维修类别"), values="repairs.category"),
           Column("unit", QT_TRANSLATE_NOOP("Columns", "单位")),
           Column("price", QT_TRANSLATE_NOOP("Columns", "单价"), "money"),
           Column("effective_from", QT_TRANSLATE_NOOP("Columns", "执行日期"), "date"),
           Column("active", QT_TRANSLATE_NOOP("Columns", "启用"), "bool"))


class RepairPricesDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.editing: repairs_fees.PriceRow | None = None
        self.ui = Ui_RepairPricesDialog()
        self.ui.setupUi(self)
        self.rules = DialogRules(self)  # Return never closes it; Esc asks when something was typed
        feedback.show_inline(self.ui.error_label, None)
        self.model = RowTableModel(COLUMNS, self)
        self.ui.prices_table.setModel(self.model)
        self.ui.prices_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        value_combo.fill(self.ui.category_combo, "repairs.category", repairs.CATEGORIES)
        can_edit = ctx.can("repairs.configure")
        for w in (self.ui.edit_group, self.ui.new_button, self.ui.save_button):
            w.setEnabled(can_edit)
        self.ui.show_inactive_check.toggled.connect(self.reload)
        self.ui.prices_table.selectionModel().currentRowChanged.connect(self._on_prices_table_current_row_changed)
        self.ui.new_button.clicked.connect(self._on_new_button_clicked)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)
        self.reload()
        self._on_new_button_clicked()

    @Slot()
    def reload(self, *_):
        self.model.set_rows(repairs_fees.list_prices(self.ctx, active_only=not self.ui.show_inactive_check.isChecked()))

    @Slot()
    def _on_prices_table_current_row_changed(self, current, _previous):
        row = self.model.row_at(current)
        if row is None:
            return
        self.editing = row
        self.ui.item_name_edit.setText(row.item_name)
        self.ui.category_combo.setCurrentIndex(max(self.ui.category_combo.findData(row.category), 0))
        self.ui.unit_edit.setText(row.unit)
        self.ui.price_spin.setValue(float(row.price))
        self.ui.effective_edit.setDate(QDate(row.effective_from.year, row.effective_from.month, row.effective_from.day))
        self.ui.active_check.setChecked(row.active)

    @Slot()
    def _on_new_button_clicked(self):
        self.editing = None
        self.ui.prices_table.clearSelection()
        self.ui.item_name_edit.clear()
        self.ui.unit_edit.setText(self.tr("个"))
        self.ui.price_spin.setValue(0)
        today = self.ctx.today()
        self.ui.effective_edit.setDate(QDate(today.year, today.month, today.day))
        self.ui.active_check.setChecked(True)

    @Slot()
    def _on_save_button_clicked(self):
        effective: dt.date = self.ui.effective_edit.date().toPython()
        try:
            saved = repairs_fees.save_price(
                self.ctx, price_id=self.editing.id if self.editing else None,
                item_name=self.ui.item_name_edit.text(), unit=self.ui.unit_edit.text(),
                price=f"{self.ui.price_spin.value():.2f}", category=self.ui.category_combo.currentData(),
                effective_from=effective, active=self.ui.active_check.isChecked(),
                expected_version=self.editing.version if self.editing else None)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        feedback.show_inline(self.ui.error_label, None)
        self.reload()
        self.editing = saved
        feedback.status(self.parent(), self.tr("价目表已保存：%1").replace("%1", saved.item_name))

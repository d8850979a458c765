"""The gate tab of the 放行 page: the guard types or scans a slip number (the PDF carries its QR
code), sees the slip, enters the actual quantities and lets the goods out or refuses them; below,
the guard copies handed back to customer service are checked in, one scan each."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from app import feedback, vocab
from app.errors import DormDeskError
from app.services import lookups, release
from app.services.release_queries import STATUS_LABELS, get_slip
from app.widgets.lookup_guard import LookupGuard


class GateTab(QObject):
    """The gate check and the return check-in (gate_tab of ui/release_page.ui)."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ui, self.ctx = page, page.ui, page.ctx
        ui = self.ui
        ui.gate_items_table.setHorizontalHeaderLabels([self.tr("物品名称"), self.tr("规格型号"), self.tr("放行条数量"),
                                                       self.tr("实放数量")])
        ui.gate_items_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        font = ui.gate_number_edit.font()
        font.setPointSize(font.pointSize() + 6)
        ui.gate_number_edit.setFont(font)
        ui.return_number_edit.setFont(font)
        feedback.show_inline(ui.gate_error_label, None)
        self.gate_slip = None
        self.guard = LookupGuard(ui.gate_number_edit, self.drop)  # editing the number drops the slip
        ui.release_button.setEnabled(False)
        ui.refuse_button.setEnabled(False)

    def drop(self):
        """Forget the slip on screen (its number was edited, or the page was left)."""
        self.gate_slip = None
        self.guard.forget()
        self.ui.gate_items_table.setRowCount(0)
        self.ui.gate_summary_label.setText(self.tr("放行条号已改动，请按回车查询。")
                                           if self.ui.gate_number_edit.text().strip() else "")
        self.ui.handler_id_edit.clear()
        self.ui.release_button.setEnabled(False)
        self.ui.refuse_button.setEnabled(False)

    def connect(self):
        ui = self.ui
        ui.gate_number_edit.returnPressed.connect(self._on_gate_find)
        ui.gate_find_button.clicked.connect(self._on_gate_find)
        ui.release_button.clicked.connect(lambda: self._gate(True))
        ui.refuse_button.clicked.connect(lambda: self._gate(False))
        ui.return_number_edit.returnPressed.connect(self._on_return)
        ui.return_button.clicked.connect(self._on_return)

    def loader(self):
        """The guards for the combo, filled once (off the UI thread); None once filled."""
        if self.ui.guard_combo.count():
            return None
        ctx = self.ctx
        return lambda: lookups.staff(ctx, "guard")

    def show_loaded(self, guards) -> None:
        if not self.ui.guard_combo.count():
            for guard in guards:
                self.ui.guard_combo.addItem(guard.name, guard.name)

    def focus(self) -> None:
        self.ui.gate_number_edit.setFocus()

    @Slot()
    def _on_gate_find(self):
        ui = self.ui
        feedback.show_inline(ui.gate_error_label, None)
        ui.gate_items_table.setRowCount(0)
        self.gate_slip = None
        try:
            d = get_slip(self.ctx, number=ui.gate_number_edit.text())
        except DormDeskError as exc:
            ui.gate_summary_label.setText("")
            feedback.show_inline(ui.gate_error_label, feedback.error_text(exc))
            return
        ok = d.row.status == "issued"
        color = "#1e7e34" if ok else "#c0392b"
        ui.gate_summary_label.setText(
            f"<span style='font-size:16pt;color:{color}'><b>{d.row.slip_no} {d.row.status_label}</b></span><br>"
            f"{d.row.building} {d.row.unit_no or ''} {d.row.tenant_name} · 经办人 {d.row.handler_name} "
            f"{vocab.label('release.id_type', d.handler_id_type)} {d.handler_id_no} · 有效期至 {d.row.valid_until} · 合计 {d.row.total_qty} 件")
        ui.handler_id_edit.setText(d.handler_id_no)
        ui.gate_items_table.setRowCount(len(d.items))
        for r, item in enumerate(d.items):
            for c, value in enumerate((item.item_name, item.spec_model or "", str(item.qty), str(item.qty))):
                cell = QTableWidgetItem(value)
                if c < 3:
                    cell.setFlags(cell.flags() & ~Qt.ItemIsEditable)
                cell.setData(Qt.UserRole, item.id)
                ui.gate_items_table.setItem(r, c, cell)
        self.gate_slip = d if ok else None
        self.guard.loaded()
        ui.release_button.setEnabled(ok)
        ui.refuse_button.setEnabled(ok)

    def gate_quantities(self) -> dict[int, int]:
        out = {}
        table = self.ui.gate_items_table
        for r in range(table.rowCount()):
            cell = table.item(r, 3)
            try:
                out[cell.data(Qt.UserRole)] = int(cell.text().strip())
            except (ValueError, AttributeError):
                out[cell.data(Qt.UserRole)] = -1
        return out

    def _gate(self, released: bool):
        ui = self.ui
        if self.gate_slip is None or not self.guard.current():
            self.drop()
            feedback.show_inline(ui.gate_error_label, self.tr("放行条号已改动，请按回车查询后再登记。"))
            return
        try:
            status = release.gate_check(
                self.ctx, self.gate_slip.row.slip_no, released=released, guard_name=ui.guard_combo.currentText(),
                handler_id_checked=ui.id_checked_check.isChecked(), handler_id_no=ui.handler_id_edit.text(),
                quantities=self.gate_quantities() if released else None, reason=ui.gate_reason_edit.text())
        except DormDeskError as exc:
            feedback.show_inline(ui.gate_error_label, feedback.error_text(exc))
            return
        number = self.gate_slip.row.slip_no
        feedback.status(self.page, self.tr("%1：%2").replace("%1", number).replace("%2", QCoreApplication.translate("Status", STATUS_LABELS[status])))
        ui.gate_summary_label.setText(self.tr("%1 已登记为「%2」。请扫描下一张。").replace("%1", number)
                                      .replace("%2", QCoreApplication.translate("Status", STATUS_LABELS[status])))
        ui.gate_items_table.setRowCount(0)
        ui.gate_number_edit.clear()
        ui.gate_reason_edit.clear()
        ui.id_checked_check.setChecked(False)
        ui.release_button.setEnabled(False)
        ui.refuse_button.setEnabled(False)
        self.gate_slip = None
        ui.gate_number_edit.setFocus()

    @Slot()
    def _on_return(self):
        number = self.ui.return_number_edit.text().strip()
        if not number:
            return
        try:
            status = release.return_copy(self.ctx, number)
        except DormDeskError as exc:
            self.ui.return_result_label.setText(feedback.error_text(exc))
            self.ui.return_result_label.setStyleSheet("color: #c0392b;")
            return
        self.ui.return_result_label.setStyleSheet("color: #1e7e34;")
        self.ui.return_result_label.setText(self.tr("%1 已回收（%2）").replace("%1", number.upper())
                                            .replace("%2", QCoreApplication.translate("Status", STATUS_LABELS[status])))
        self.ui.return_number_edit.clear()
        self.page.sig_badge_changed.emit()

"""The release application (物品放行申请): who applies (a building's tenant/owner, or a student),
the handler and the items table, with the total also in Chinese capital numerals."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from app import feedback, vocab
from app.errors import DormDeskError
from app.services import lookups, release, release_parties
from app.services.context import ServiceContext
from app.services.release import ItemInput, SlipInput
from app.texts import QT_TRANSLATE_NOOP
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_release_slip_dialog import Ui_ReleaseSlipDialog

# codes of the "release.*" vocabularies, in the order the combos list them
APPLICANT_ROLES = ("tenant", "owner", "agent", "builder", "student", "other")
REASONS = ("move_out", "repair", "transfer", "disposal", "other")
ID_TYPES = ("id_card", "student_card", "passport", "hk_macao", "other")
ITEM_HEADERS = (QT_TRANSLATE_NOOP("ReleaseSlipDialog", "物品名称"), QT_TRANSLATE_NOOP("ReleaseSlipDialog", "规格型号"),
                QT_TRANSLATE_NOOP("ReleaseSlipDialog", "单位"), QT_TRANSLATE_NOOP("ReleaseSlipDialog", "数量"),
                QT_TRANSLATE_NOOP("ReleaseSlipDialog", "备注"))


def total_text(total: int) -> str:
    """The running total under the items; no 大写 while there is nothing ("零件" reads as "parts")."""
    from reports.pdf.common import capital_quantity  # reportlab only when the dialog is used
    return f"合计：{total} 件（大写：{capital_quantity(total)}）" if total else f"合计：{total} 件"


class ReleaseSlipDialog(RulesDialog):
    """New application; `slip_id` holds the saved slip's id after Save."""

    def __init__(self, ctx: ServiceContext, parent=None, *, move_out=None):
        super().__init__(parent)
        self.ctx, self.move_out, self.slip_id = ctx, move_out, None
        self.ui = Ui_ReleaseSlipDialog()
        self.ui.setupUi(self)
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self):
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        ui.source_combo.addItem(self.tr("楼宇用户（租户/业主/单位）"), "party")
        ui.source_combo.addItem(self.tr("住宿学生"), "student")
        for party in release_parties.list_parties(self.ctx):
            if party.active:
                ui.party_combo.addItem(f"{party.building} {party.unit_no or ''} {party.name}（{vocab.label('release.party_kind', party.kind)}）", party.id)
        value_combo.fill(ui.role_combo, "release.applicant_role", APPLICANT_ROLES)
        value_combo.fill(ui.reason_combo, "release.reason", REASONS)
        value_combo.fill(ui.id_type_combo, "release.id_type", ID_TYPES)
        ui.planned_edit.setDateTime(QDateTime(self.ctx.now() + dt.timedelta(hours=1)))
        ui.exit_edit.setText(str(self._default_exit()))
        ui.items_table.setHorizontalHeaderLabels([self.tr(h) for h in ITEM_HEADERS])
        ui.items_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        ui.items_table.setRowCount(6)
        if self.move_out is not None:
            ui.reason_combo.setCurrentIndex(ui.reason_combo.findData("move_out"))
            if self.move_out.student_id:
                ui.source_combo.setCurrentIndex(1)
                ui.student_combo.addItem(self.move_out.tenant_name, self.move_out.student_id)
            elif self.move_out.party_id:
                ui.party_combo.setCurrentIndex(max(ui.party_combo.findData(self.move_out.party_id), 0))
            ui.source_combo.setEnabled(False)
            ui.party_combo.setEnabled(False)
        self._on_source_changed()
        self._update_total()

    def _default_exit(self):
        from app.services import config
        return config.get(self.ctx, "release.exit_gate") or ""

    def _connect_signals(self):
        ui = self.ui
        ui.source_combo.currentIndexChanged.connect(self._on_source_changed)
        ui.student_search_edit.returnPressed.connect(self._on_student_search)
        ui.student_search_edit.textEdited.connect(lambda _t: ui.student_combo.clear())  # found for the old text
        ui.add_item_button.clicked.connect(lambda: ui.items_table.insertRow(ui.items_table.rowCount()))
        ui.remove_item_button.clicked.connect(self._on_remove_item)
        ui.items_table.itemChanged.connect(self._update_total)
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    @Slot()
    def _on_source_changed(self, *_):
        student = self.ui.source_combo.currentData() == "student"
        for w in (self.ui.party_label, self.ui.party_combo):
            w.setVisible(not student)
        for w in (self.ui.student_label, self.ui.student_search_edit, self.ui.student_combo):
            w.setVisible(student)
        role = "student" if student else "tenant"
        self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(role))
        if student:
            self.ui.id_type_combo.setCurrentIndex(self.ui.id_type_combo.findData("student_card"))

    @Slot()
    def _on_student_search(self):
        self.ui.student_combo.clear()
        try:
            hits = lookups.find_students(self.ctx, self.ui.student_search_edit.text(), limit=30, residents_only=True)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        for h in hits:
            self.ui.student_combo.addItem(f"{h.student_no} {h.name} {h.building or ''}{h.room_no or ''}", h.id)
            if not self.ui.id_no_edit.text():
                self.ui.id_no_edit.setText(h.student_no)

    @Slot()
    def _on_remove_item(self):
        rows = sorted({i.row() for i in self.ui.items_table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.ui.items_table.removeRow(r)
        self._update_total()

    def _cell(self, row: int, col: int) -> str:
        item = self.ui.items_table.item(row, col)
        return item.text().strip() if item else ""

    def set_items(self, items: list[tuple[str, str, str, int, str]]) -> None:
        """Fill the items table (name, model, unit, quantity, remarks)."""
        table = self.ui.items_table
        table.setRowCount(max(len(items), 6))
        for r, values in enumerate(items):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(str(value)))

    def items(self) -> list[ItemInput]:
        out = []
        for r in range(self.ui.items_table.rowCount()):
            name, qty_text = self._cell(r, 0), self._cell(r, 3)
            if not name and not qty_text:
                continue
            try:
                qty = int(qty_text)
            except ValueError:
                qty = 0
            out.append(ItemInput(name, qty, self._cell(r, 1) or None, self._cell(r, 2) or "件", self._cell(r, 4) or None))
        return out

    @Slot()
    def _update_total(self, *_):
        total = sum(max(i.qty, 0) for i in self.items())
        self.ui.total_label.setText(total_text(total))

    def slip_input(self) -> SlipInput:
        ui = self.ui
        student = ui.source_combo.currentData() == "student"
        return SlipInput(
            party_id=None if student else ui.party_combo.currentData(),
            student_id=ui.student_combo.currentData() if student else None,
            move_out_id=self.move_out.id if self.move_out else None,
            applicant_role=ui.role_combo.currentData(), handler_name=ui.handler_name_edit.text(),
            handler_id_type=ui.id_type_combo.currentData(), handler_id_no=ui.id_no_edit.text(),
            handler_phone=ui.phone_edit.text().strip() or None, reason=ui.reason_combo.currentData(),
            reason_text=ui.reason_text_edit.text().strip() or None,
            planned_time=ui.planned_edit.dateTime().toPython().replace(second=0, microsecond=0),
            exit_gate=ui.exit_edit.text().strip() or None, items=self.items())

    @Slot()
    def _on_button_box_accepted(self):
        try:
            self.slip_id = release.create_slip(self.ctx, self.slip_input())
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None, *, move_out=None) -> int | None:
        dialog = cls(ctx, parent, move_out=move_out)
        return dialog.slip_id if dialog.exec() == QDialog.Accepted else None

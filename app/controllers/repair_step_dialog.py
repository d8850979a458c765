"""One dialog for the slip's steps that take input: dispatch (派工), complete (完工), accept (验收),
defer (延期), return visit (回访) and the damage payment (登记缴费); one page of a stacked form each."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QHeaderView

from app import feedback, vocab
from app.controllers.repair_report_dialog import to_qdatetime
from app.errors import DormDeskError
from app.services import lookups, repairs, repairs_fees, repairs_flow, repairs_visits
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_repair_step_dialog import Ui_RepairStepDialog

MODES = ("dispatch", "complete", "accept", "defer", "visit", "payment")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RepairStepDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, mode: str, slip: repairs.SlipDetail, parent=None, notice=None):
        super().__init__(parent)
        self.ctx, self.mode, self.slip, self.notice = ctx, mode, slip, notice
        self.result = None
        self.ui = Ui_RepairStepDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        self.ui.pages.setCurrentIndex(MODES.index(mode))
        titles = {"dispatch": self.tr("派工"), "complete": self.tr("完工登记"), "accept": self.tr("验收"),
                  "defer": self.tr("延期"), "visit": self.tr("回访"), "payment": self.tr("登记缴费")}
        self.setWindowTitle(f"{titles[mode]} - {slip.slip_no}")
        self.ui.slip_label.setText(f"{slip.slip_no}  {slip.building} {slip.room_no}  "
                                   f"{vocab.label('repairs.category', slip.category)}："
                                   f"{slip.fault_description}")
        getattr(self, f"_init_{mode}")()
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.adjustSize()

    def _fill_workers(self, combo):
        for w in lookups.staff(self.ctx, "repairer"):
            combo.addItem(w.name, w.id)
        if self.slip.repairer_id:
            combo.setCurrentIndex(max(combo.findData(self.slip.repairer_id), 0))

    def _init_dispatch(self):
        self._fill_workers(self.ui.dispatch_repairer_combo)

    def _init_complete(self):
        self._fill_workers(self.ui.complete_repairer_combo)
        now = self.ctx.now()
        begun = self.slip.started_at or self.slip.dispatched_at or self.slip.reported_at
        self.ui.started_edit.setDateTime(to_qdatetime(begun))
        self.ui.completed_edit.setDateTime(to_qdatetime(now))
        self.ui.labour_spin.setValue(float(self.slip.labour_fee or 0))
        self.ui.materials_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        if self.slip.due_at and now > self.slip.due_at:
            self.ui.delay_edit.setPlaceholderText(self.tr("已超过完成时限，必须填写延误原因"))

    def _init_accept(self):
        self.ui.accepted_by_edit.setText(self.ctx.actor.display_name)
        self.ui.signature_edit.setText(self.slip.reporter_name)

    def _init_defer(self):
        self.ui.planned_edit.setDate(_qdate(self.ctx.today() + dt.timedelta(days=2)))
        self.ui.planned_edit.setMinimumDate(_qdate(self.ctx.today()))

    def _init_visit(self):
        value_combo.fill(self.ui.satisfaction_combo, "common.rating", repairs_visits.RATINGS)
        value_combo.fill(self.ui.method_combo, "common.visit_method", repairs_visits.METHODS)
        self.ui.interviewee_edit.setText(self.slip.reporter_name)

    def _init_payment(self):
        self.ui.slip_label.setText(self.ui.slip_label.text() + "\n" + self.tr("赔偿通知单 %1：%2 元，应于 %3 前缴清")
                                   .replace("%1", self.notice.notice_no).replace("%2", f"{self.notice.amount:.2f}")
                                   .replace("%3", f"{self.notice.due_date:%Y-%m-%d}"))
        self.ui.paid_edit.setDate(_qdate(self.ctx.today()))

    def materials(self) -> list[dict]:
        out = []
        table = self.ui.materials_table
        for r in range(table.rowCount()):
            cells = [(table.item(r, c).text().strip() if table.item(r, c) else "") for c in range(4)]
            if cells[0]:
                out.append({"item": cells[0], "spec": cells[1] or None, "qty": cells[2] or "1",
                            "unit_price": cells[3] or "0"})
        return out

    def _save(self):
        s, ui, version = self.slip, self.ui, self.slip.version
        if self.mode == "dispatch":
            return repairs_flow.dispatch(self.ctx, s.id, ui.dispatch_repairer_combo.currentData(),
                                         note=ui.dispatch_note_edit.text().strip() or None, expected_version=version)
        if self.mode == "complete":
            return repairs_flow.complete(
                self.ctx, s.id, work_done=ui.work_done_edit.toPlainText(), materials=self.materials(),
                labour_fee=f"{ui.labour_spin.value():.2f}",
                started_at=ui.started_edit.dateTime().toPython().replace(second=0, microsecond=0),
                completed_at=ui.completed_edit.dateTime().toPython().replace(second=0, microsecond=0),
                repairer_id=ui.complete_repairer_combo.currentData(),
                delay_reason=ui.delay_edit.text().strip() or None, expected_version=version)
        if self.mode == "accept":
            return repairs_flow.accept(self.ctx, s.id, student_signature=ui.signature_edit.text(),
                                       accepted_by=ui.accepted_by_edit.text() or None,
                                       remarks=ui.accept_remarks_edit.text() or None, expected_version=version)
        if self.mode == "defer":
            return repairs_flow.defer(self.ctx, s.id, reason=ui.reason_edit.text(),
                                      planned_date=ui.planned_edit.date().toPython(), expected_version=version)
        if self.mode == "visit":
            return repairs_visits.record_visit(self.ctx, s.id, satisfaction=ui.satisfaction_combo.currentData(),
                                               method=ui.method_combo.currentData(),
                                               interviewee=ui.interviewee_edit.text(),
                                               notes=ui.notes_edit.toPlainText(), expected_version=version)
        return repairs_fees.record_payment(self.ctx, self.notice.id, receipt_no=ui.receipt_edit.text(),
                                           paid_date=ui.paid_edit.date().toPython(),
                                           expected_version=self.notice.version)

    @Slot()
    def _on_button_box_accepted(self):
        try:
            self.result = self._save()
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, mode: str, slip: repairs.SlipDetail, parent=None, notice=None):
        dialog = cls(ctx, mode, slip, parent, notice)
        return dialog.result if dialog.exec() == QDialog.Accepted else None

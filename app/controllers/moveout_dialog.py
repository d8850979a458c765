"""The move-out application (租户迁出申请 / 学生退宿): the notice period is shown as the date is
picked; below it, a supervisor may override with a reason (asked through feedback.ask_text)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog

from app import feedback
from app.errors import DormDeskError
from app.services import lookups, moveout, release_parties
from app.services.context import ServiceContext
from app.services.moveout import MoveOutInput
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_moveout_dialog import Ui_MoveOutDialog


class MoveOutDialog(RulesDialog):
    """New move-out application; `move_out_id` holds the saved id after Save."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx, self.move_out_id = ctx, None
        self.ui = Ui_MoveOutDialog()
        self.ui.setupUi(self)
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        ui.kind_combo.addItem(self.tr("租户迁出"), "tenant")
        ui.kind_combo.addItem(self.tr("学生退宿"), "student")
        for p in release_parties.list_parties(ctx):
            if p.active:
                ui.party_combo.addItem(f"{p.building} {p.unit_no or ''} {p.name}", p.id)
        today = QDate(ctx.today())
        ui.planned_edit.setDate(today.addDays(3))
        ui.paid_to_edit.setDate(today.addDays(3))
        ui.mailbox_spin.setValue(1)
        ui.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        ui.planned_edit.dateChanged.connect(self._on_planned_changed)
        ui.student_search_edit.returnPressed.connect(self._on_student_search)
        ui.student_search_edit.textEdited.connect(self._on_student_search_edit_text_edited)
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        self._on_kind_changed()

    def _tenant(self) -> bool:
        return self.ui.kind_combo.currentData() == "tenant"

    @Slot()
    def _on_kind_changed(self, *_):
        tenant = self._tenant()
        for w in (self.ui.party_label, self.ui.party_combo, self.ui.consent_check, self.ui.consent_no_label,
                  self.ui.consent_no_edit, self.ui.paid_to_label, self.ui.paid_to_edit, self.ui.mailbox_label,
                  self.ui.mailbox_spin):
            w.setVisible(tenant)
        for w in (self.ui.student_label, self.ui.student_search_edit, self.ui.student_combo):
            w.setVisible(not tenant)
        self._on_planned_changed()

    @Slot()
    def _on_planned_changed(self, *_):
        short = moveout.notice_shortfall(self.ctx, self.ui.planned_edit.date().toPython()) if self._tenant() else 0
        text = self.tr("距计划迁出日不足规定的提前天数，须主管特批。") if short else ""
        feedback.show_inline(self.ui.notice_label, text or None)

    @Slot()
    def _on_student_search(self):
        self.ui.student_combo.clear()
        for h in lookups.find_students(self.ctx, self.ui.student_search_edit.text(), limit=30, residents_only=True):
            self.ui.student_combo.addItem(f"{h.student_no} {h.name} {h.building or ''}{h.room_no or ''}", h.id)

    @Slot()
    def _on_student_search_edit_text_edited(self, *_):
        """The found students belong to the old search: drop them until the new text is searched."""
        self.ui.student_combo.clear()

    def data(self) -> MoveOutInput:
        ui = self.ui
        tenant = self._tenant()
        return MoveOutInput(
            kind=ui.kind_combo.currentData(), planned_date=ui.planned_edit.date().toPython(),
            party_id=ui.party_combo.currentData() if tenant else None,
            student_id=None if tenant else ui.student_combo.currentData(),
            contact_name=ui.contact_name_edit.text().strip() or None,
            contact_phone=ui.contact_phone_edit.text().strip() or None, reason=ui.reason_edit.text().strip() or None,
            owner_consent_received=tenant and ui.consent_check.isChecked(),
            consent_notice_no=ui.consent_no_edit.text().strip() or None,
            consent_fees_paid_to=ui.paid_to_edit.date().toPython() if tenant else None,
            mailbox_keys_returned=ui.mailbox_spin.value() if tenant else 0,
            other_keys_cards=ui.other_keys_edit.text().strip() or None)

    @Slot()
    def _on_button_box_accepted(self):
        data = self.data()
        override = None
        if data.kind == "tenant" and moveout.notice_shortfall(self.ctx, data.planned_date):
            if not self.ctx.can("moveouts.override"):
                feedback.show_inline(self.ui.error_label, self.tr(
                    "迁出须至少提前规定天数申请。如确需办理，请主管登录后特批。"))
                return
            override = feedback.ask_text(self, self.tr("提前不足规定天数，请写明主管特批原因："), self.tr("主管特批"))
            if not override:
                return
        try:
            self.move_out_id = moveout.apply(self.ctx, data, override_reason=override)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None) -> int | None:
        dialog = cls(ctx, parent)
        return dialog.move_out_id if dialog.exec() == QDialog.Accepted else None

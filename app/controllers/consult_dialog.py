"""A consultation ledger entry (C1 客服前台台帐): who asked what, and how it is answered — at once, at
an agreed time, by another department, or escalated to the CS lead. The office's phrase sheet
(物业服务规范用语) is shown beside the form, and the opening line for the channel is pre-filled and kept
in the entry's 备注 (the call log's opening)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.controllers.phrase_sheet_dialog import sheet_html
from app.controllers.repair_report_dialog import to_qdatetime
from app.errors import DormDeskError
from app.services import config, frontdesk_complaints, frontdesk_consult, gate_phrases, lookups
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_consult_dialog import Ui_ConsultDialog

FIELDS = {"channel": "channel_combo", "entry_type": "type_combo", "answer_mode": "mode_combo",
          "client_name": "client_edit", "content": "content_edit", "answer": "answer_edit",
          "referred_dept": "dept_combo", "escalated_to": "escalate_edit", "promised_answer_at": "promised_edit",
          "building": "building_combo"}


class ConsultDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx, self.result = ctx, None
        self.ui = Ui_ConsultDialog()
        self.ui.setupUi(self)
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        for combo, name, values in ((ui.channel_combo, "frontdesk.channel", frontdesk_consult.CHANNELS),
                                    (ui.type_combo, "frontdesk.entry_type", frontdesk_consult.ENTRY_TYPES),
                                    (ui.mode_combo, "frontdesk.answer_mode", frontdesk_consult.ANSWER_MODES),
                                    (ui.dept_combo, "frontdesk.department", frontdesk_complaints.DEPARTMENTS)):
            value_combo.fill(combo, name, values)
        ui.building_combo.addItem(self.tr("（不限）"), None)
        for b in lookups.buildings(ctx):
            ui.building_combo.addItem(b.name, b.id)
        hours = config.get(ctx, "consult.answer_hours")
        ui.promised_edit.setDateTime(to_qdatetime(ctx.now().replace(second=0) + dt.timedelta(hours=hours)))
        self._opening = ""
        try:
            self._phrases = gate_phrases.list_phrases(ctx)
        except DormDeskError:
            self._phrases = []
        ui.phrase_browser.setHtml(sheet_html(self._phrases))
        ui.channel_combo.currentIndexChanged.connect(self._on_channel_combo_current_index_changed)
        ui.mode_combo.currentIndexChanged.connect(self._on_mode_combo_current_index_changed)
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.client_edit, self.tr("业户姓名")),
            (self.ui.content_edit, self.tr("咨询内容")),
        ])
        ui.button_box.rejected.connect(self.reject)
        self._on_mode_combo_current_index_changed()
        self._on_channel_combo_current_index_changed()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None):
        d = cls(ctx, parent)
        return d.result if d.exec() else None

    @Slot()
    def _on_channel_combo_current_index_changed(self, *_):
        """The opening for the channel from the sheet, unless the user has written their own."""
        ui = self.ui
        if ui.opening_edit.text() in ("", self._opening):
            self._opening = gate_phrases.opening_from(self._phrases, ui.channel_combo.currentData())
            ui.opening_edit.setText(self._opening)
            ui.opening_edit.setCursorPosition(0)       # the start of the line is what is said first

    @Slot()
    def _on_mode_combo_current_index_changed(self, *_):
        mode = self.ui.mode_combo.currentData()
        self.ui.answer_edit.setEnabled(mode == "immediate")
        self.ui.promised_edit.setEnabled(mode != "immediate")
        self.ui.dept_combo.setEnabled(mode == "referred")
        self.ui.escalate_edit.setEnabled(mode == "escalated")

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        mode = ui.mode_combo.currentData()
        try:
            self.result = frontdesk_consult.log(
                self.ctx, client_name=ui.client_edit.text(), content=ui.content_edit.toPlainText(), answer_mode=mode,
                channel=ui.channel_combo.currentData(), entry_type=ui.type_combo.currentData(),
                building_id=ui.building_combo.currentData(), room_no=ui.room_edit.text(), phone=ui.phone_edit.text(),
                answer=ui.answer_edit.toPlainText() if mode == "immediate" else None,
                promised_answer_at=None if mode == "immediate" else ui.promised_edit.dateTime().toPython().replace(microsecond=0),
                referred_dept=ui.dept_combo.currentData() if mode == "referred" else None,
                escalated_to=ui.escalate_edit.text() if mode == "escalated" else None, remarks=gate_phrases.with_opening(ui.opening_edit.text(), ui.remarks_edit.text()))
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

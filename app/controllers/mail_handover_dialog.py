"""Handing mail over (交付签收): who signs — the addressee or a proxy with an ID number — and when;
or delivery to the door for express items when the resident is at home."""
from __future__ import annotations

from PySide6.QtCore import Slot

from app import feedback, vocab
from app.controllers.mail_register_dialog import show_field_error
from app.controllers.repair_report_dialog import to_qdatetime
from app.errors import DormDeskError
from app.services import frontdesk_mail
from app.services.context import ServiceContext
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_mail_handover_dialog import Ui_MailHandoverDialog

FIELDS = {"collector_name": "collector_edit", "collector_id_no": "id_no_edit", "is_proxy": "proxy_check",
          "collected_at": "collected_edit"}


class MailHandoverDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, rows: list, parent=None):
        super().__init__(parent)
        self.ctx, self.rows, self.result = ctx, rows, None
        self.ui = Ui_MailHandoverDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        self.ui.items_label.setText("\n".join(
            f"{r.entry_no}  {vocab.label('frontdesk.mail_type', r.mail_type)}  {r.tracking_no or ''}  "
            f"{r.building} {r.room_no or ''}  {r.addressee}" for r in rows))
        names = {r.addressee for r in rows}
        self.ui.collector_edit.setText(names.pop() if len(names) == 1 else "")
        self.ui.collected_edit.setDateTime(to_qdatetime(ctx.now()))
        self.ui.id_no_edit.setEnabled(False)
        self.ui.proxy_check.toggled.connect(self.ui.id_no_edit.setEnabled)
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, ctx: ServiceContext, rows: list, parent=None):
        d = cls(ctx, rows, parent)
        return d.result if d.exec() else None

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        try:
            self.result = frontdesk_mail.hand_over(
                self.ctx, [r.id for r in self.rows], collector_name=ui.collector_edit.text(),
                is_proxy=ui.proxy_check.isChecked(), collector_id_no=ui.id_no_edit.text(),
                to_door=ui.to_door_check.isChecked(), at=ui.collected_edit.dateTime().toPython().replace(microsecond=0))
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

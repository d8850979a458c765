"""Receiving a complaint (C2 投诉记录): who complains, about what, how it came in."""
from __future__ import annotations

from PySide6.QtCore import Slot

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import frontdesk_complaints, lookups
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_complaint_dialog import Ui_ComplaintDialog

FIELDS = {"channel": "channel_combo", "complainant": "complainant_edit", "category": "category_combo",
          "content": "content_edit", "building": "building_combo"}


class ComplaintDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx, self.result = ctx, None
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        value_combo.fill(self.ui.channel_combo, "frontdesk.channel", frontdesk_complaints.CHANNELS)
        value_combo.fill(self.ui.category_combo, "frontdesk.complaint_category", frontdesk_complaints.CATEGORIES)
        self.ui.building_combo.addItem(self.tr("（不限）"), None)
        for b in lookups.buildings(ctx):
            self.ui.building_combo.addItem(b.name, b.id)
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.complainant_edit, self.tr("投诉人")),
            (self.ui.content_edit, self.tr("投诉内容")),
        ])
        self.ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None):
        d = cls(ctx, parent)
        return d.result if d.exec() else None

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        try:
            self.result = frontdesk_complaints.receive(
                self.ctx, complainant=ui.complainant_edit.text(), content=ui.content_edit.toPlainText(),
                category=ui.category_combo.currentData(), channel=ui.channel_combo.currentData(),
                building_id=ui.building_combo.currentData(), room_no=ui.room_edit.text(), phone=ui.phone_edit.text(),
                remarks=ui.remarks_edit.text())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

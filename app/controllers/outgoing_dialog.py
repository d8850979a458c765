"""A resident's outgoing item (M2 代寄邮件登记): room, sender, addressee, full address, shipping method."""
from __future__ import annotations

from PySide6.QtCore import Slot

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import frontdesk_outgoing, lookups
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_outgoing_dialog import Ui_OutgoingDialog

FIELDS = {"building": "building_combo", "room": "room_edit", "sender_name": "sender_edit",
          "addressee_name": "addressee_edit", "addressee_address": "address_edit", "shipping_method": "method_combo",
          "fee": "fee_spin"}


class OutgoingDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx, self.result = ctx, None
        self.ui = Ui_OutgoingDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        self.ui.building_combo.addItem(self.tr("请选择"), None)
        for b in lookups.buildings(ctx):
            self.ui.building_combo.addItem(b.name, b.id)
        value_combo.fill(self.ui.method_combo, "frontdesk.shipping_method", frontdesk_outgoing.SHIPPING_METHODS)
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.sender_edit, self.tr("寄件人")),
            (self.ui.addressee_edit, self.tr("收件人")),
            (self.ui.address_edit, self.tr("收件地址")),
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
            self.result = frontdesk_outgoing.request(
                self.ctx, sender_name=ui.sender_edit.text(), addressee_name=ui.addressee_edit.text(),
                addressee_address=ui.address_edit.text(), shipping_method=ui.method_combo.currentData(),
                building_id=ui.building_combo.currentData(), room_no=ui.room_edit.text(),
                addressee_phone=ui.addressee_phone_edit.text(), item_description=ui.item_edit.text(),
                fee=f"{ui.fee_spin.value():.2f}", remarks=ui.remarks_edit.text())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

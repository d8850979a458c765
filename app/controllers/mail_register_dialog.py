"""Registering incoming mail fast (M1 小区邮件分发登记表): find the addressee by 学号/姓名/拼音/房号, pick
the type, scan the tracking number, save — the form stays open for the next item."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QListWidgetItem

from app import feedback, vocab
from app.errors import DormDeskError
from app.services import frontdesk_mail, lookups
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_mail_register_dialog import Ui_MailRegisterDialog

FIELDS = {"mail_type": "mail_type_combo", "tracking_no": "tracking_edit", "building": "building_combo",
          "room": "room_edit", "addressee": "addressee_edit", "postman_note": "postman_note_edit",
          "student": "student_search_edit", "received_at": "tracking_edit"}


def show_field_error(dialog, exc: DormDeskError, fields: dict) -> None:
    """The message beside the form, and the cursor in the field at fault."""
    feedback.show_inline(dialog.ui.error_label, feedback.error_text(exc))
    widget = getattr(dialog.ui, fields.get(exc.field or "", ""), None)
    if widget is not None:
        widget.setFocus()


class MailRegisterDialog(RulesDialog):
    """One item per save; `saved` collects what was registered while the dialog was open."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved: list[frontdesk_mail.MailRow] = []
        self.student_id: int | None = None
        self.ui = Ui_MailRegisterDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        value_combo.fill(self.ui.mail_type_combo, "frontdesk.mail_type", frontdesk_mail.MAIL_TYPES)
        value_combo.select(self.ui.mail_type_combo, "courier")  # the most common
        self.ui.building_combo.addItem(self.tr("请选择"), None)
        for b in lookups.buildings(ctx):
            self.ui.building_combo.addItem(b.name, b.id)
        self.ui.postman_note_edit.setEnabled(False)
        for button in self.ui.button_box.buttons():  # Enter in the search box must not save
            button.setAutoDefault(False)
            button.setDefault(False)
        self.ui.student_search_edit.textChanged.connect(self._on_student_search_edit_text_changed)
        self.ui.student_search_edit.returnPressed.connect(self._on_student_search_edit_return_pressed)
        self.ui.student_list.itemClicked.connect(self._on_student_list_item_clicked)
        self.ui.intact_check.toggled.connect(self.ui.postman_note_edit.setEnabled)
        self.ui.tracking_edit.returnPressed.connect(lambda: self.rules.submit())  # a scanner ends with Enter
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self._on_button_box_rejected)
        self.ui.student_search_edit.setFocus()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None) -> list:
        d = cls(ctx, parent)
        d.exec()
        return d.saved

    @Slot(str)
    def _on_student_search_edit_text_changed(self, text: str):
        self.ui.student_list.clear()
        if not text.strip():
            return
        try:
            hits = lookups.find_students(self.ctx, text, limit=8)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        for h in hits:
            item = QListWidgetItem(f"{h.student_no}  {h.name}  {h.building or ''} {h.room_no or self.tr('（未住宿）')}")
            item.setData(Qt.UserRole, h)
            self.ui.student_list.addItem(item)
        if len(hits) == 1:
            self._pick(hits[0])

    @Slot()
    def _on_student_search_edit_return_pressed(self):
        if self.ui.student_list.count():
            self._pick(self.ui.student_list.item(0).data(Qt.UserRole))
            self.ui.tracking_edit.setFocus()

    @Slot(QListWidgetItem)
    def _on_student_list_item_clicked(self, item):
        self._pick(item.data(Qt.UserRole))
        self.ui.tracking_edit.setFocus()

    def _pick(self, hit) -> None:
        self.student_id = hit.id
        if hit.building_id is not None:
            self.ui.building_combo.setCurrentIndex(max(self.ui.building_combo.findData(hit.building_id), 0))
        self.ui.room_edit.setText(hit.room_no or "")
        self.ui.addressee_edit.setText(hit.name)
        self.ui.phone_edit.setText(hit.phone or "")

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        student_id = self.student_id if ui.addressee_edit.text().strip() else None
        try:
            row = frontdesk_mail.register(
                self.ctx, mail_type=ui.mail_type_combo.currentData(), addressee=ui.addressee_edit.text(),
                student_id=student_id, building_id=ui.building_combo.currentData(), room_no=ui.room_edit.text(),
                tracking_no=ui.tracking_edit.text(), sender_place=ui.sender_edit.text(), phone=ui.phone_edit.text(),
                intact=ui.intact_check.isChecked(), postman_note=ui.postman_note_edit.text(),
                address_verified=ui.verified_check.isChecked(), remarks=ui.remarks_edit.text())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.saved.append(row)
        if not ui.continue_check.isChecked():
            self.accept()
            return
        feedback.show_inline(ui.error_label, None)
        ui.saved_label.setText(self.tr("已登记 %1 %2 %3（本次共 %4 件）").replace("%1", row.entry_no)
                               .replace("%2", vocab.label("frontdesk.mail_type", row.mail_type))
                               .replace("%3", row.addressee).replace("%4", str(len(self.saved))))
        for edit in (ui.student_search_edit, ui.tracking_edit, ui.room_edit, ui.addressee_edit, ui.phone_edit,
                     ui.sender_edit, ui.postman_note_edit, ui.remarks_edit):
            edit.clear()
        ui.intact_check.setChecked(True)
        self.student_id = None
        self.rules.reset()
        ui.student_search_edit.setFocus()

    @Slot()
    def _on_button_box_rejected(self):
        if self.saved:
            self.accept()
        else:
            self.reject()


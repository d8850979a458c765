"""Adding a student (with a free bed, checked in at once) or editing one's particulars."""
from __future__ import annotations

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog

from app import feedback
from app.errors import DormDeskError
from app.services import residents, residents_places
from app.services.residents import StudentInput
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_student_dialog import Ui_StudentDialog

FIELD_WIDGETS = {"student_no": "student_no_edit", "name": "name_edit", "gender": "gender_combo",
                 "id_card": "id_card_edit", "phone": "phone_edit", "bed": "bed_combo"}


class StudentDialog(RulesDialog):
    """`row` None adds a student; otherwise edits that StudentRow."""

    def __init__(self, ctx, row, parent=None, room_id: int | None = None):
        super().__init__(parent)
        self.ctx, self.row, self.room_id = ctx, row, room_id
        self.ui = Ui_StudentDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        value_combo.fill(self.ui.gender_combo, "residents.gender", ("m", "f"))
        self.ui.check_in_date_edit.setDate(QDate(ctx.today()))
        if row is None:
            self.setWindowTitle(self.tr("新增学生"))
            self._fill_beds()
        else:
            self.setWindowTitle(self.tr("编辑学生"))
            self.ui.student_no_edit.setText(row.student_no)
            self.ui.name_edit.setText(row.name)
            self.ui.gender_combo.setCurrentIndex(max(self.ui.gender_combo.findData(row.gender), 0))
            self.ui.id_card_edit.setText(row.id_card or "")
            self.ui.college_edit.setText(row.college or "")
            self.ui.class_name_edit.setText(row.class_name or "")
            self.ui.phone_edit.setText(row.phone or "")
            self.ui.remarks_edit.setText(row.remarks or "")
            if row.check_in_date:
                self.ui.check_in_date_edit.setDate(QDate(row.check_in_date))
            self.ui.bed_combo.addItem(row.place or self.tr("（无床位，请用“调宿”安排）"), row.bed_id)
            self.ui.bed_combo.setEnabled(False)
        self.ui.gender_combo.currentIndexChanged.connect(self._on_gender_combo_changed)
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.student_no_edit, self.tr("学号")),
            (self.ui.name_edit, self.tr("姓名")),
        ])
        self.ui.button_box.rejected.connect(self.reject)

    def _fill_beds(self):
        combo = self.ui.bed_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("（暂不分配床位）"), None)
        beds = residents_places.beds(self.ctx, free_only=True, gender=self.ui.gender_combo.currentData())
        for bed in beds:
            combo.addItem(bed.label, bed.id)
        if current is not None and combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))
        elif self.room_id is not None:
            first = next((i + 1 for i, b in enumerate(beds) if b.room_id == self.room_id), 0)
            combo.setCurrentIndex(first)

    @Slot()
    def _on_gender_combo_changed(self, *_args):
        if self.row is None:
            self._fill_beds()

    def data(self) -> StudentInput:
        ui = self.ui
        return StudentInput(student_no=ui.student_no_edit.text(), name=ui.name_edit.text(),
                            gender=ui.gender_combo.currentData(), id_card=ui.id_card_edit.text(),
                            college=ui.college_edit.text(), class_name=ui.class_name_edit.text(),
                            phone=ui.phone_edit.text(), check_in_date=ui.check_in_date_edit.date().toPython(),
                            remarks=ui.remarks_edit.text(), status=self.row.status if self.row else "resident")

    @Slot()
    def _on_button_box_accepted(self):
        try:
            if self.row is None:
                residents.save_student(self.ctx, None, self.data(), bed_id=self.ui.bed_combo.currentData())
            else:
                residents.save_student(self.ctx, self.row.id, self.data(), expected_version=self.row.version)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            widget = getattr(self.ui, FIELD_WIDGETS.get(exc.field or "", ""), None)
            if widget is not None:
                widget.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, ctx, row, parent=None, room_id: int | None = None) -> bool:
        return cls(ctx, row, parent, room_id).exec() == QDialog.Accepted

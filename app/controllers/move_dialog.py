"""调宿: choosing a free bed (in buildings that take the student's gender) and a reason."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog

from app import feedback, vocab
from app.errors import DormDeskError
from app.services import residents, residents_places
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_move_dialog import Ui_MoveDialog


class MoveDialog(RulesDialog):
    def __init__(self, ctx, row, parent=None):
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.ui = Ui_MoveDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        self.setWindowTitle(self.tr("调宿") if row.bed_id else self.tr("安排床位"))
        self.ui.student_label.setText(f"{row.name}（{row.student_no}，{vocab.label('residents.gender', row.gender)}）　"
                                      + self.tr("当前床位：%1").replace("%1", row.place or "—"))
        self.beds = residents_places.beds(ctx, free_only=True, gender=row.gender)
        buildings = sorted({b.building for b in self.beds})
        self.ui.building_combo.addItem(self.tr("全部楼栋"), None)
        for name in buildings:
            self.ui.building_combo.addItem(name, name)
        if row.building in buildings:
            self.ui.building_combo.setCurrentIndex(self.ui.building_combo.findData(row.building))
        self._fill_beds()
        self.ui.building_combo.currentIndexChanged.connect(self._fill_beds)
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.bed_combo, self.tr("新床位")),
        ])
        self.ui.button_box.rejected.connect(self.reject)

    @Slot()
    def _fill_beds(self, *_args):
        building = self.ui.building_combo.currentData()
        self.ui.bed_combo.clear()
        for bed in self.beds:
            if building is None or bed.building == building:
                self.ui.bed_combo.addItem(bed.label, bed.id)

    @Slot()
    def _on_button_box_accepted(self):
        bed_id = self.ui.bed_combo.currentData()
        if bed_id is None:
            feedback.show_inline(self.ui.error_label, self.tr("没有可选的空床位。"))
            return
        try:
            residents.move_student(self.ctx, self.row.id, bed_id, reason=self.ui.reason_edit.text(),
                                   expected_version=self.row.version)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx, row, parent=None) -> bool:
        return cls(ctx, row, parent).exec() == QDialog.Accepted

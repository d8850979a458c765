"""Adding or editing a room (房间): 房号, floor, type, number of beds, status (residents.room_status)."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog

from app import feedback
from app.errors import DormDeskError
from app.services import residents_places
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_room_dialog import Ui_RoomDialog


class RoomDialog(RulesDialog):
    def __init__(self, ctx, room_id: int | None, parent=None, building_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RoomDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        for b in residents_places.list_buildings(ctx, include_inactive=False):
            self.ui.building_combo.addItem(b.name, b.id)
        value_combo.fill(self.ui.status_combo, "residents.room_status")
        self.room = next((r for r in residents_places.list_rooms(ctx) if r.id == room_id), None) if room_id else None
        r = self.room
        self.setWindowTitle(self.tr("编辑房间") if r else self.tr("新增房间"))
        target = r.building_id if r else building_id
        if target is not None and self.ui.building_combo.findData(target) >= 0:
            self.ui.building_combo.setCurrentIndex(self.ui.building_combo.findData(target))
        if r:
            self.ui.building_combo.setEnabled(False)
            self.ui.room_no_edit.setText(r.room_no)
            self.ui.floor_spin.setValue(r.floor)
            self.ui.room_type_edit.setText(r.room_type or "")
            self.ui.bed_count_spin.setValue(r.bed_count)
            self.ui.status_combo.setCurrentIndex(self.ui.status_combo.findData(r.status))
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.building_combo, self.tr("楼栋")),
            (self.ui.room_no_edit, self.tr("房号")),
        ])
        self.ui.button_box.rejected.connect(self.reject)

    @Slot()
    def _on_button_box_accepted(self):
        r = self.room
        try:
            residents_places.save_room(
                self.ctx, r.id if r else None, building_id=self.ui.building_combo.currentData(),
                room_no=self.ui.room_no_edit.text(), floor=self.ui.floor_spin.value() or None,
                room_type=self.ui.room_type_edit.text(), bed_count=self.ui.bed_count_spin.value(),
                status=self.ui.status_combo.currentData(), expected_version=r.version if r else None)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx, room_id, parent=None, building_id=None) -> bool:
        return cls(ctx, room_id, parent, building_id).exec() == QDialog.Accepted

"""The meeting rooms (会议室): name, building, capacity, equipment, the layouts possible, hourly and
daily rates for hotel use, and which plain rooms a combined hall is made of."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QListWidgetItem

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import lookups
from app.services import meetings_rooms as rooms
from app.services.context import ServiceContext
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_meeting_rooms_dialog import Ui_MeetingRoomsDialog

FIELDS = {"name": "name_edit", "capacity": "capacity_spin", "rate": "hourly_spin", "parts": "parts_list"}


class MeetingRoomsDialog(RulesDialog):
    """Edit one room at a time; Save keeps the dialog open so several rooms can be entered."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx, self.changed = ctx, False
        self.ui = ui = Ui_MeetingRoomsDialog()
        ui.setupUi(self)
        feedback.show_inline(ui.error_label, None)
        ui.building_combo.addItem(self.tr("（不限）"), None)
        for b in lookups.buildings(ctx, scoped=False):
            ui.building_combo.addItem(b.name, b.id)
        ui.capacity_spin.setMinimum(1)
        ui.hourly_spin.setMaximum(99999)
        ui.daily_spin.setMaximum(99999)
        ui.room_list.currentRowChanged.connect(self._on_room_list_current_row_changed)
        ui.new_room_button.clicked.connect(self._on_new_room_button_clicked)
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        self.current = None
        self._load()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None) -> bool:
        d = cls(ctx, parent)
        d.exec()
        return d.changed

    def _load(self, select_id: int | None = None):
        self.rooms = rooms.list_rooms(self.ctx, active_only=False)
        lst = self.ui.room_list
        lst.blockSignals(True)
        lst.clear()
        for r in self.rooms:
            lst.addItem(r.name + (f"（{r.parts}）" if r.parts else "") + ("" if r.active else self.tr("（停用）")))
        lst.blockSignals(False)
        index = next((i for i, r in enumerate(self.rooms) if r.id == select_id), 0 if self.rooms else -1)
        lst.setCurrentRow(index)
        if index < 0:
            self._show(None)

    def _show(self, r):
        ui = self.ui
        self.current = r
        ui.name_edit.setText(r.name if r else "")
        ui.building_combo.setCurrentIndex(max(ui.building_combo.findData(r.building_id if r else None), 0))
        ui.location_edit.setText((r.location or "") if r else "")
        ui.capacity_spin.setValue(r.capacity if r else 20)
        ui.equipment_edit.setText((r.equipment or "") if r else "")
        ui.layouts_edit.setText((r.layouts or "") if r else "")
        ui.hourly_spin.setValue(float(r.hourly_rate) if r else 0)
        ui.daily_spin.setValue(float(r.daily_rate) if r else 0)
        ui.sort_spin.setValue(r.sort_order if r else len(self.rooms) + 1)
        ui.active_check.setChecked(r.active if r else True)
        ui.parts_list.clear()
        for other in self.rooms:
            if (r is None or other.id != r.id) and not other.part_ids:
                item = QListWidgetItem(other.name)
                item.setData(Qt.UserRole, other.id)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked if r and other.id in r.part_ids else Qt.Unchecked)
                ui.parts_list.addItem(item)

    @Slot(int)
    def _on_room_list_current_row_changed(self, row: int):
        self._show(self.rooms[row] if 0 <= row < len(self.rooms) else None)

    @Slot()
    def _on_new_room_button_clicked(self):
        self.ui.room_list.clearSelection()
        self._show(None)
        self.ui.name_edit.setFocus()

    @Slot()
    def _on_button_box_accepted(self):
        ui, r = self.ui, self.current
        lst = ui.parts_list
        parts = tuple(lst.item(i).data(Qt.UserRole) for i in range(lst.count())
                      if lst.item(i).checkState() == Qt.Checked)
        try:
            saved = rooms.save_room(
                self.ctx, room_id=r.id if r else None, expected_version=r.version if r else None,
                name=ui.name_edit.text(), capacity=ui.capacity_spin.value(), building_id=ui.building_combo.currentData(),
                location=ui.location_edit.text().strip() or None, equipment=ui.equipment_edit.text().strip() or None,
                layouts=ui.layouts_edit.text().strip() or None, hourly_rate=ui.hourly_spin.value(),
                daily_rate=ui.daily_spin.value(), sort_order=ui.sort_spin.value(), part_ids=parts,
                active=ui.active_check.isChecked())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.changed = True
        feedback.show_inline(ui.error_label, None)
        self._load(saved.id)

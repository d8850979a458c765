"""Adding or editing a building (楼栋): name, 男/女/混合, floors, and the 宿管员 in charge."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QListWidgetItem

from app import feedback, vocab
from app.errors import DormDeskError
from app.services import residents_places
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_building_dialog import Ui_BuildingDialog


class BuildingDialog(RulesDialog):
    def __init__(self, ctx, building_id: int | None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_BuildingDialog()
        self.ui.setupUi(self)
        feedback.show_inline(self.ui.error_label, None)
        value_combo.fill(self.ui.gender_combo, "residents.gender")
        self.building = next((b for b in residents_places.list_buildings(ctx) if b.id == building_id), None)
        chosen = set(self.building.staff_ids) if self.building else set()
        for st in residents_places.list_staff(ctx):
            if st.category != "warden" and st.id not in chosen:
                continue
            item = QListWidgetItem(f"{st.name}（{vocab.label('residents.staff_category', st.category)}）")
            item.setData(Qt.UserRole, st.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if st.id in chosen else Qt.Unchecked)
            self.ui.staff_list.addItem(item)
        b = self.building
        self.setWindowTitle(self.tr("编辑楼栋") if b else self.tr("新增楼栋"))
        if b:
            self.ui.name_edit.setText(b.name)
            self.ui.gender_combo.setCurrentIndex(self.ui.gender_combo.findData(b.gender))
            self.ui.floors_spin.setValue(b.floors)
            self.ui.remarks_edit.setText(b.remarks or "")
            self.ui.active_check.setChecked(b.active)
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.name_edit, self.tr("楼栋名称")),
        ])
        self.ui.button_box.rejected.connect(self.reject)

    def _staff_ids(self) -> list[int]:
        lst = self.ui.staff_list
        return [lst.item(i).data(Qt.UserRole) for i in range(lst.count()) if lst.item(i).checkState() == Qt.Checked]

    @Slot()
    def _on_button_box_accepted(self):
        b = self.building
        try:
            residents_places.save_building(
                self.ctx, b.id if b else None, name=self.ui.name_edit.text(), gender=self.ui.gender_combo.currentData(),
                floors=self.ui.floors_spin.value(), remarks=self.ui.remarks_edit.text(),
                active=self.ui.active_check.isChecked(), staff_ids=self._staff_ids(),
                expected_version=b.version if b else None)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx, building_id, parent=None) -> bool:
        return cls(ctx, building_id, parent).exec() == QDialog.Accepted

"""员工: the simple list of people who work in the buildings (宿管员, 维修工, 保安...), each optionally
linked to a user account and to the buildings they look after."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHeaderView, QListWidgetItem

from app import feedback
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import auth, residents_places
from app.texts import QT_TRANSLATE_NOOP
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_staff_dialog import Ui_StaffDialog

COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
    Column("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="residents.staff_category"),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "电话")),
    Column("buildings", QT_TRANSLATE_NOOP("Columns", "负责楼栋")),
    Column("active", QT_TRANSLATE_NOOP("Columns", "在职"), "bool"))


class StaffDialog(RulesDialog):
    """List on the left, the selected person's form on the right."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.rules = DialogRules(self)  # Return never closes it; Esc asks when something was typed
        self.current = None
        self.model = RowTableModel(COLUMNS, self)
        self.ui.staff_table.setModel(self.model)
        self.ui.staff_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.ui.staff_table.horizontalHeader().setStretchLastSection(True)
        self.ui.staff_table.verticalHeader().setVisible(False)
        value_combo.fill(self.ui.category_combo, "residents.staff_category", residents_places.STAFF_CATEGORIES)
        self.ui.user_combo.addItem(self.tr("（无）"), None)
        if ctx.can("users.view"):
            for u in auth.list_users(ctx):
                self.ui.user_combo.addItem(f"{u.display_name}（{u.username}）", u.id)
        for b in residents_places.list_buildings(ctx):
            item = QListWidgetItem(b.name)
            item.setData(Qt.UserRole, b.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.ui.buildings_list.addItem(item)
        can_edit = ctx.can("staff.edit")
        self.ui.save_button.setEnabled(can_edit)
        self.ui.new_button.setEnabled(ctx.can("staff.create"))
        feedback.show_inline(self.ui.error_label, None)
        self.ui.staff_table.selectionModel().currentRowChanged.connect(self._on_staff_table_current_row_changed)
        self.ui.new_button.clicked.connect(self._on_new_button_clicked)
        self.rules.require(self.ui.name_edit, self.tr("姓名"))
        self.rules.guard(self.ui.save_button, self._on_save_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)
        self.reload()
        self._edit(None)

    def reload(self):
        self.model.set_rows(residents_places.list_staff(self.ctx))

    def _edit(self, row):
        self.current = row
        ui = self.ui
        ui.name_edit.setText(row.name if row else "")
        ui.category_combo.setCurrentIndex(max(ui.category_combo.findData(row.category if row else "warden"), 0))
        ui.phone_edit.setText(row.phone or "" if row else "")
        ui.remarks_edit.setText(row.remarks or "" if row else "")
        ui.active_check.setChecked(row.active if row else True)
        user = row.user_id if row else None
        if user is not None and ui.user_combo.findData(user) < 0:
            ui.user_combo.addItem(self.tr("用户 #%1").replace("%1", str(user)), user)
        ui.user_combo.setCurrentIndex(max(ui.user_combo.findData(user), 0))
        chosen = set(row.building_ids) if row else set()
        for i in range(ui.buildings_list.count()):
            item = ui.buildings_list.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in chosen else Qt.Unchecked)
        feedback.show_inline(ui.error_label, None)

    @Slot()
    def _on_staff_table_current_row_changed(self, current, _previous):
        self._edit(self.model.row_at(current))

    @Slot()
    def _on_new_button_clicked(self):
        self.ui.staff_table.clearSelection()
        self._edit(None)
        self.ui.name_edit.setFocus()

    @Slot()
    def _on_save_button_clicked(self):
        ui, row = self.ui, self.current
        lst = ui.buildings_list
        buildings = [lst.item(i).data(Qt.UserRole) for i in range(lst.count()) if lst.item(i).checkState() == Qt.Checked]
        try:
            residents_places.save_staff(
                self.ctx, row.id if row else None, name=ui.name_edit.text(), category=ui.category_combo.currentData(),
                phone=ui.phone_edit.text(), user_id=ui.user_combo.currentData(), active=ui.active_check.isChecked(),
                remarks=ui.remarks_edit.text(), building_ids=buildings, expected_version=row.version if row else None)
        except DormDeskError as exc:
            feedback.show_inline(ui.error_label, feedback.error_text(exc))
            return
        self.reload()
        self._edit(None)
        feedback.show_inline(ui.error_label, None)

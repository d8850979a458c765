"""The 物品出入 tab of the front-desk page (FD3 大件/贵重物品出入登记): find the student, write the items and
the direction; going out, pick the student's release slip valid today (proposed after the look-up) or
write the room leader's note. A supervisor voids a wrong line (its number kept).

As at the visitor counter, the student found belongs to the search text and room it filled; change
either and the entry is made for what is typed, never for the student found before.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import gate_goods as gg
from app.services import lookups
from app.texts import QT_TRANSLATE_NOOP
from ui.generated.ui_goods_tab import Ui_GoodsTab

COLUMNS = (
    Column("entry_no", QT_TRANSLATE_NOOP("Columns", "登记号")),
    Column("logged_at", QT_TRANSLATE_NOOP("Columns", "日期时间"), "datetime"),
    Column("direction", QT_TRANSLATE_NOOP("Columns", "出/入"), values="gate.direction"),
    Column("student_no", QT_TRANSLATE_NOOP("Columns", "学号")), Column("student_name", QT_TRANSLATE_NOOP("Columns", "姓名")),
    Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")), Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Column("items", QT_TRANSLATE_NOOP("Columns", "物品")), Column("item_count", QT_TRANSLATE_NOOP("Columns", "件数"), "int"),
    Column("valuable", QT_TRANSLATE_NOOP("Columns", "贵重"), "bool"),
    Column("room_leader_note", QT_TRANSLATE_NOOP("Columns", "舍长证明")),
    Column("slip_no", QT_TRANSLATE_NOOP("Columns", "放行条号")),
    Column("attendant", QT_TRANSLATE_NOOP("Columns", "值班员")),
    Column("voided", QT_TRANSLATE_NOOP("Columns", "状态"),
           fmt=lambda v, _r: QCoreApplication.translate("Gate", gg.VOIDED) if v else ""),
)
FIELDS = {"direction": "direction_combo", "items": "items_edit", "item_count": "count_spin", "student": "student_edit",
          "building": "building_combo", "room": "room_edit", "room_leader_note": "leader_edit", "slip_no": "slip_combo"}


class GoodsTab(QWidget):
    """The goods log; `page` gives ctx, the tab widget and the shared export."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self.ui = Ui_GoodsTab()
        self.ui.setupUi(self)
        self.all_rows: list = []
        self._student = None               # (hit, search text) of the student found
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self):
        ui = self.ui
        ui.direction_filter_combo.addItem(self.tr("全部"), None)
        for code, label in gg.DIRECTIONS.items():
            ui.direction_combo.addItem(QCoreApplication.translate("Gate", label), code)
            ui.direction_filter_combo.addItem(QCoreApplication.translate("Gate", label), code)
        ui.direction_combo.setCurrentIndex(ui.direction_combo.findData("out"))
        ui.building_combo.addItem(self.tr("（请选择）"), None)
        for b in lookups.buildings(self.ctx):
            ui.building_combo.addItem(b.name, b.id)
        ui.slip_combo.setEditable(True)
        self._fill_slips([])
        self.model = RowTableModel(COLUMNS, self, highlight=lambda r: "#dddddd" if r.voided else None)
        view = ui.goods_table
        view.setModel(self.model)
        view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate((112, 130, 48, 100, 64, 56, 48, 200, 48, 48, 180, 112, 64)):
            view.setColumnWidth(column, width)
        ui.record_button.setEnabled(self.ctx.can("dorm_goods.create"))
        ui.export_button.setEnabled(self.ctx.can("dorm_goods.export"))

    def _connect_signals(self):
        ui = self.ui
        ui.student_edit.returnPressed.connect(self._on_student_edit_return_pressed)
        ui.student_edit.textChanged.connect(self._on_student_edit_text_changed)
        ui.record_button.clicked.connect(self._on_record_button_clicked)
        ui.clear_button.clicked.connect(self.clear_form)
        ui.void_button.clicked.connect(self._on_void_button_clicked)
        ui.goods_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.direction_filter_combo.currentIndexChanged.connect(self.apply_filters)
        ui.search_edit.textChanged.connect(self.apply_filters)
        ui.export_button.clicked.connect(lambda: self.page.export("dorm-goods", self.tr("大件/贵重物品出入登记")))

    # The list ----------------------------------------------------------------------------------------
    def loader(self):
        """The work that loads the tab (runs off the UI thread when the page is shown)."""
        ctx = self.ctx
        since = dt.datetime.combine(ctx.today() - dt.timedelta(days=30), dt.time.min)
        return lambda: gg.list_goods(ctx, start=since)

    def show_loaded(self, rows):
        self.all_rows = rows
        self.apply_filters()

    def reload(self, *_):
        """After a change: the page's lists (off the UI thread)."""
        self.page.reload()

    @Slot()
    def apply_filters(self, *_):
        rows = gg.filter_rows(self.all_rows, self.ui.search_edit.text(),
                              direction=self.ui.direction_filter_combo.currentData())
        self.model.set_rows(rows)
        self.ui.count_label.setText(self.tr("显示 %1 条（近 30 天）").replace("%1", str(len(rows))))
        self._update_buttons()

    def selected(self):
        rows = self.ui.goods_table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    @Slot()
    def _update_buttons(self, *_):
        row = self.selected()
        self.ui.void_button.setEnabled(bool(row and not row.voided) and self.ctx.can("dorm_goods.void"))

    # The student ------------------------------------------------------------------------------------
    def _fill_slips(self, slips) -> None:
        combo = self.ui.slip_combo
        combo.clear()
        combo.addItem(self.tr("（无放行条）"), None)
        for s in slips:
            combo.addItem(f"{s.slip_no}（{s.total_qty}）", s.slip_no)
        combo.setCurrentIndex(1 if slips else 0)

    @Slot()
    def _on_student_edit_return_pressed(self):
        query = self.ui.student_edit.text().strip()
        try:
            hits = lookups.find_students(self.ctx, query, limit=10, residents_only=True) if query else []
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        if len(hits) != 1:
            self._student = None
            self._fill_slips([])
            feedback.show_inline(self.ui.error_label, self.tr("找到 %1 名住宿学生，请输入更完整的学号或姓名。")
                                 .replace("%1", str(len(hits))))
            return
        hit = hits[0]
        self.ui.building_combo.setCurrentIndex(max(self.ui.building_combo.findData(hit.building_id), 0))
        self.ui.room_edit.setText(hit.room_no or "")
        self.ui.name_edit.setText(hit.name)
        self._student = (hit, self.ui.student_edit.text())
        try:
            self._fill_slips(gg.slips_for(self.ctx, student_id=hit.id, building_id=hit.building_id, room_no=hit.room_no))
        except DormDeskError:
            self._fill_slips([])
        feedback.show_inline(self.ui.error_label, None)
        self.ui.items_edit.setFocus()

    @Slot()
    def _on_student_edit_text_changed(self, text: str):
        """A different search on screen: the student found before, and what it filled in, go."""
        if self._student is None or text == self._student[1]:
            return
        hit = self._student[0]
        ui = self.ui
        for edit, value in ((ui.room_edit, hit.room_no or ""), (ui.name_edit, hit.name)):
            if edit.text().strip() == value:
                edit.clear()
        if ui.building_combo.currentData() == hit.building_id:
            ui.building_combo.setCurrentIndex(0)
        self._student = None
        self._fill_slips([])

    def _student_on_screen(self) -> int | None:
        if self._student is None:
            return None
        hit, query = self._student
        ui = self.ui
        same = (ui.student_edit.text() == query and ui.building_combo.currentData() == hit.building_id
                and ui.room_edit.text().strip() == (hit.room_no or "") and ui.name_edit.text().strip() == hit.name)
        return hit.id if same else None

    def _slip_no(self) -> str | None:
        """The slip chosen from the list, or a number typed into the box."""
        combo = self.ui.slip_combo
        text = combo.currentText().strip()
        index = combo.findText(text)
        return combo.itemData(index) if index >= 0 else (text or None)

    # Actions ---------------------------------------------------------------------------------------
    @Slot()
    def _on_record_button_clicked(self):
        ui = self.ui
        student_id = self._student_on_screen()
        try:
            row = gg.record(self.ctx, direction=ui.direction_combo.currentData(), items=ui.items_edit.text(),
                            item_count=ui.count_spin.value(), student_id=student_id,
                            building_id=ui.building_combo.currentData(), room_no=ui.room_edit.text(),
                            student_name=ui.name_edit.text(), valuable=ui.valuable_check.isChecked(),
                            room_leader_note=ui.leader_edit.text(), slip_no=self._slip_no())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.clear_form()
        self.reload()
        feedback.status(self.page, self.tr("已登记 %1 %2").replace("%1", row.entry_no).replace("%2", row.student_name))

    @Slot()
    def _on_void_button_clicked(self):
        row = self.selected()
        if row is None or row.voided:
            return
        reason = feedback.ask_text(self, self.tr("作废原因（登记号保留）："), self.tr("作废 %1").replace("%1", row.entry_no))
        if not reason:
            return
        try:
            gg.void(self.ctx, row.id, reason=reason, expected_version=row.version)
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        self.reload()
        feedback.status(self.page, self.tr("已作废 %1").replace("%1", row.entry_no))

    @Slot()
    def clear_form(self, *_):
        ui = self.ui
        for edit in (ui.student_edit, ui.name_edit, ui.room_edit, ui.items_edit, ui.leader_edit):
            edit.clear()
        ui.building_combo.setCurrentIndex(0)
        ui.count_spin.setValue(1)
        ui.valuable_check.setChecked(False)
        self._student = None
        self._fill_slips([])
        feedback.show_inline(ui.error_label, None)
        ui.student_edit.setFocus()

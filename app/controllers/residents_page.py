"""学生与房间: the building/room tree with occupancy, the student list with an instant filter (学号,
姓名, pinyin, 房号), the detail panel with the move history, and the actions: add, edit, move (调宿),
check out (退宿), import a roster, undo an import, export the register, buildings, rooms and staff."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeWidgetItem

from app import feedback, vocab
from app.controllers.page import Page
from app.controllers.student_list import COLUMNS, StudentFilter, StudentTableModel
from app.errors import Conflict
from app.services import registers, residents, residents_places
from app.services.periods import this_month
from app.texts import QT_TRANSLATE_NOOP, punctuate
from app.widgets.row_height import set_row_height
from ui.generated.ui_residents_page import Ui_ResidentsPage

PLACE_ROLE = Qt.UserRole + 10



# lupdate does not read inside f-strings: the words the detail pane puts there with self.tr().
_DETAIL_WORDS = (QT_TRANSLATE_NOOP("ResidentsPage", "停用"), QT_TRANSLATE_NOOP("ResidentsPage", "床位"),
                QT_TRANSLATE_NOOP("ResidentsPage", "入住日期"), QT_TRANSLATE_NOOP("ResidentsPage", "学院"),
                QT_TRANSLATE_NOOP("ResidentsPage", "专业班级"), QT_TRANSLATE_NOOP("ResidentsPage", "身份证号"),
                QT_TRANSLATE_NOOP("ResidentsPage", "联系电话"), QT_TRANSLATE_NOOP("ResidentsPage", "备注"),
                QT_TRANSLATE_NOOP("ResidentsPage", "住宿记录"))

class ResidentsPage(Page):
    """The residents page; the tree narrows the list to a building or a room."""

    ui_class = Ui_ResidentsPage

    def _init_widgets(self):
        self.model = StudentTableModel(COLUMNS, self)
        self.filter = StudentFilter()
        self.place: tuple[str, int] | None = None   # ("building"|"room", id)
        self.room_building: int | None = None      # the building of the selected room
        self.loaded_stamp = None
        table = self.ui.student_table
        table.setModel(self.model)
        set_row_height(table)
        set_row_height(self.ui.building_tree)
        table.verticalHeader().setVisible(False)  # row numbers cost a header call per row on every reset
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        # the main columns (学号 … 身份证号) fit a 1280×800 screen beside the building tree
        for col, width in enumerate((100, 64, 40, 60, 48, 40, 100, 90, 100, 150, 90, 60)):
            table.setColumnWidth(col, width)
        self.ui.status_combo.addItem(self.tr("全部状态"), None)
        for s in vocab.get("residents.student_status").codes:
            self.ui.status_combo.addItem(vocab.label("residents.student_status", s), s)
        self.ui.status_combo.setCurrentIndex(1)
        self.ui.building_tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.list_splitter.setStretchFactor(0, 3)
        can = self.ctx.can
        self.ui.add_student_button.setEnabled(can("students.create"))
        for button in (self.ui.edit_student_button, self.ui.move_button, self.ui.check_out_button):
            button.setEnabled(False)
        self.ui.import_button.setVisible(can("students.import"))
        self.ui.batches_button.setVisible(can("students.import"))
        self.ui.add_building_button.setVisible(can("buildings.configure") and self.ctx.actor.building_ids is None)
        self.ui.add_room_button.setVisible(can("buildings.configure"))
        self.ui.edit_place_button.setVisible(can("buildings.configure"))
        self.ui.staff_button.setVisible(can("staff.view"))

    def _connect_signals(self):
        self.ui.student_search_edit.textChanged.connect(self._apply_filter)
        self.ui.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self.ui.building_tree.currentItemChanged.connect(self._on_building_tree_current_item_changed)
        self.ui.building_tree.itemExpanded.connect(self._on_building_tree_item_expanded)
        self.ui.student_table.selectionModel().currentRowChanged.connect(self._on_student_table_current_row_changed)
        self.ui.student_table.doubleClicked.connect(self._on_edit_student_button_clicked)
        self.model.modelReset.connect(self._show_detail)
        self.ui.add_student_button.clicked.connect(self._on_add_student_button_clicked)
        self.ui.edit_student_button.clicked.connect(self._on_edit_student_button_clicked)
        self.ui.move_button.clicked.connect(self._on_move_button_clicked)
        self.ui.check_out_button.clicked.connect(self._on_check_out_button_clicked)
        self.ui.import_button.clicked.connect(self._on_import_button_clicked)
        self.ui.batches_button.clicked.connect(self._on_batches_button_clicked)
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.staff_button.clicked.connect(self._on_staff_button_clicked)
        self.ui.add_building_button.clicked.connect(lambda: self._edit_building(None))
        self.ui.add_room_button.clicked.connect(lambda: self._edit_room(None))
        self.ui.edit_place_button.clicked.connect(self._on_edit_place_button_clicked)

    # Loading ------------------------------------------------------------------------------------------
    def loader(self):
        ctx, place, loaded = self.ctx, self.place, self.loaded_stamp

        def work():
            buildings = residents_places.list_buildings(ctx)
            stamp = (place, residents.list_stamp(ctx))
            rows = None if stamp == loaded else self._fetch_students(ctx, place)
            return buildings, stamp, rows
        return work

    def show_loaded(self, data):
        buildings, stamp, rows = data
        self._load_tree(buildings)
        if rows is not None and stamp[0] == self.place:  # (the user may have picked another place meanwhile)
            self._show_students(stamp, rows)

    @staticmethod
    def _fetch_students(ctx, place):
        kind, pid = place if place else (None, None)
        return residents.list_students(ctx, building_id=pid if kind == "building" else None,
                                       room_id=pid if kind == "room" else None)

    def _load_tree(self, buildings=None):
        tree = self.ui.building_tree
        current = self.place
        tree.blockSignals(True)
        tree.clear()
        every = QTreeWidgetItem([self.tr("全部楼栋"), ""])
        every.setData(0, PLACE_ROLE, None)
        tree.addTopLevelItem(every)
        selected = every
        for b in (buildings if buildings is not None else residents_places.list_buildings(self.ctx)):
            label = f"{b.name}（{vocab.label('residents.gender', b.gender)}）" if b.active else f"{b.name}（{self.tr('停用')}）"
            item = QTreeWidgetItem([label, f"{b.occupied}/{b.beds}"])
            item.setData(0, PLACE_ROLE, ("building", b.id))
            item.setToolTip(0, self.tr("宿管员：%1").replace("%1", b.staff_names or "—"))
            every.addChild(item)
            if current == ("building", b.id):
                selected = item
            if b.rooms:  # rooms are added when the building is expanded (thousands of rows otherwise)
                item.setChildIndicatorPolicy(QTreeWidgetItem.ShowIndicator)
            if current and current[0] == "room" and b.id == self.room_building:
                self._add_rooms(item)
                selected = next((item.child(i) for i in range(item.childCount())
                                 if item.child(i).data(0, PLACE_ROLE) == current), item)
        every.setExpanded(True)
        tree.setCurrentItem(selected)
        tree.blockSignals(False)

    def _add_rooms(self, item: QTreeWidgetItem) -> None:
        if item.childCount() or not item.data(0, PLACE_ROLE):
            return
        building_id = item.data(0, PLACE_ROLE)[1]
        for r in residents_places.list_rooms(self.ctx, building_id):
            text = r.room_no if r.status == "normal" else f"{r.room_no}（{vocab.label('residents.room_status', r.status)}）"
            child = QTreeWidgetItem([text, f"{r.occupied}/{r.bed_count}"])
            child.setData(0, PLACE_ROLE, ("room", r.id))
            child.setData(1, PLACE_ROLE, building_id)
            if r.occupied >= r.bed_count:
                child.setForeground(1, Qt.darkGray)
            item.addChild(child)

    @Slot()
    def _on_building_tree_item_expanded(self, item):
        if item.parent() is not None:
            self._add_rooms(item)

    def _load_students(self, force: bool = True):
        stamp = (self.place, residents.list_stamp(self.ctx))
        if not force and stamp == self.loaded_stamp:
            return  # nothing changed since the last load: keep the rows (and the selection)
        self._show_students(stamp, self._fetch_students(self.ctx, self.place))

    def _show_students(self, stamp, rows):
        self.loaded_stamp = stamp
        self.filter.set_rows(rows, self.ui.status_combo.currentData())
        self._apply_filter()
        QTimer.singleShot(50, self.filter.prepare)  # search keys while the user reads the list

    @Slot()
    def _on_status_combo_changed(self, *_args):
        self.filter.set_status(self.ui.status_combo.currentData())
        self._apply_filter()

    @Slot()
    def _apply_filter(self, *_args):
        rows = self.filter.filter(self.ui.student_search_edit.text())
        selected = self._current()
        self.model.set_rows(rows)
        self.ui.count_label.setText(self.tr("共 %1 人").replace("%1", str(len(rows))))
        if selected is not None:
            for i, r in enumerate(rows):
                if r.id == selected.id:
                    self.ui.student_table.selectRow(i)
                    break

    def apply_filter(self, text: str) -> None:
        self.ui.student_search_edit.setText(text)

    def _current(self):
        index = self.ui.student_table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    @Slot()
    def _on_building_tree_current_item_changed(self, current, _previous):
        self.place = current.data(0, PLACE_ROLE) if current else None
        self.room_building = current.data(1, PLACE_ROLE) if current else None
        try:
            self._load_students()
        except Exception as exc:  # noqa: BLE001
            feedback.show_error(self, exc)

    @Slot()
    def _on_student_table_current_row_changed(self, *_args):
        self._show_detail()

    def _show_detail(self):
        row = self._current()
        has = row is not None
        self.ui.edit_student_button.setEnabled(has and self.ctx.can("students.edit"))
        self.ui.move_button.setEnabled(has and self.ctx.can("students.edit"))
        self.ui.check_out_button.setEnabled(has and bool(row.bed_id) and self.ctx.can("students.edit"))
        if not has:
            self.ui.detail_text.clear()
            return
        id_card, phone = row.id_card, row.phone  # masked by the service for roles that may not see them
        lines = [f"<b>{row.name}</b>　{row.student_no}　{vocab.label('residents.gender', row.gender)}　"
                 f"{vocab.label('residents.student_status', row.status)}",
                 f"{self.tr('床位')}：{row.place or '—'}　{self.tr('入住日期')}：{row.check_in_date or '—'}",
                 f"{self.tr('学院')}：{row.college or ''}　{self.tr('专业班级')}：{row.class_name or ''}",
                 f"{self.tr('身份证号')}：{id_card or ''}　{self.tr('联系电话')}：{phone or ''}"]
        if row.remarks:
            lines.append(f"{self.tr('备注')}：{row.remarks}")
        try:
            moves = residents.history(self.ctx, row.id)
        except Exception:  # noqa: BLE001 - the row may have left the actor's scope
            moves = []
        if moves:
            lines.append(f"<br><b>{self.tr('住宿记录')}</b>")
            for m in moves:
                where = " → ".join(p for p in (m.from_place, m.to_place) if p)
                lines.append(f"{m.at:%Y-%m-%d %H:%M}　{vocab.label('residents.move_kind', m.kind)}　{where}　{m.reason or ''}　{m.by_user or ''}")
        self.ui.detail_text.setHtml(punctuate("<br>".join(lines)))

    # Actions ------------------------------------------------------------------------------------------
    def _changed(self, message: str):
        self.reload()
        feedback.status(self, message)
        self.sig_badge_changed.emit()

    @Slot()
    def _on_add_student_button_clicked(self):
        from app.controllers.student_dialog import StudentDialog
        room_id = self.place[1] if self.place and self.place[0] == "room" else None
        if StudentDialog.ask(self.ctx, None, self, room_id=room_id):
            self._changed(self.tr("已新增学生"))

    @Slot()
    def _on_edit_student_button_clicked(self, *_args):
        from app.controllers.student_dialog import StudentDialog
        row = self._current()
        if row is not None and self.ctx.can("students.edit") and StudentDialog.ask(self.ctx, row, self):
            self._changed(self.tr("已保存"))

    @Slot()
    def _on_move_button_clicked(self):
        from app.controllers.move_dialog import MoveDialog
        row = self._current()
        if row is not None and MoveDialog.ask(self.ctx, row, self):
            self._changed(self.tr("已调宿"))

    @Slot()
    def _on_check_out_button_clicked(self):
        row = self._current()
        if row is None:
            return
        question = self.tr("确定为 %1（%2）办理退宿？床位 %3 将被释放。").replace("%1", row.name) \
            .replace("%2", row.student_no).replace("%3", row.place)
        if not feedback.confirm(self, question):
            return
        reason = feedback.ask_text(self, self.tr("退宿原因（如 毕业离校、退学、校外住宿）："))
        try:
            residents.check_out(self.ctx, row.id, reason=reason, expected_version=row.version)
        except Conflict as exc:
            if not self._settle_keys(row, exc):
                return
            try:  # the keys are settled now: the check-out goes through
                residents.check_out(self.ctx, row.id, reason=reason, expected_version=row.version)
            except Exception as again:  # noqa: BLE001
                feedback.show_error(self, again)
                return
        except Exception as exc:  # noqa: BLE001
            feedback.show_error(self, exc)
            return
        self._changed(self.tr("已退宿"))

    def _settle_keys(self, row, exc) -> bool:
        """A check-out held up by keys still out: offer the key hand-back (K4) there and then."""
        try:
            from app.controllers.key_return_dialog import KeyReturnDialog
            from app.services import keys_issue
        except ImportError:
            feedback.show_error(self, exc)
            return False
        if not keys_issue.held_summary(self.ctx, row.id) or not feedback.confirm(
                self, feedback.error_text(exc) + "\n\n" + self.tr("现在办理钥匙交回？")):
            feedback.show_error(self, exc)
            return False
        return KeyReturnDialog.ask(self, self.ctx, row.id, f"{row.name}（{row.student_no}） {row.place}") is not None

    @Slot()
    def _on_import_button_clicked(self):
        from app.controllers.import_dialog import ImportDialog
        if ImportDialog.ask(self.state, self):
            self._changed(self.tr("名单已导入"))

    @Slot()
    def _on_batches_button_clicked(self):
        from app.controllers.import_batches_dialog import ImportBatchesDialog
        ImportBatchesDialog(self.ctx, self).exec()
        self.reload()

    @Slot()
    def _on_staff_button_clicked(self):
        from app.controllers.staff_dialog import StaffDialog
        StaffDialog(self.ctx, self).exec()
        self.reload()

    @Slot()
    def _on_export_button_clicked(self):
        building = None
        if self.place and self.place[0] == "building":
            building = next((b.name for b in residents_places.list_buildings(self.ctx) if b.id == self.place[1]), None)
        name = f"住宿学生名册{'-' + building if building else ''}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出住宿学生名册"), name, "Excel (*.xlsx)")
        if not path:
            return
        period = this_month(self.ctx.today())
        self.state.tasks.run(lambda p, _c: registers.export(self.ctx, "students", period, building, Path(path), p),
                             parent=self, label=self.tr("正在导出…"), disable=self.ui.export_button,
                             on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))))

    @Slot()
    def _on_edit_place_button_clicked(self):
        if not self.place:
            feedback.info(self, self.tr("请先在左侧选择一个楼栋或房间。"))
        elif self.place[0] == "building":
            self._edit_building(self.place[1])
        else:
            self._edit_room(self.place[1])

    def _edit_building(self, building_id):
        from app.controllers.building_dialog import BuildingDialog
        if BuildingDialog.ask(self.ctx, building_id, self):
            self._changed(self.tr("楼栋已保存"))

    def _edit_room(self, room_id):
        from app.controllers.room_dialog import RoomDialog
        building_id = self.place[1] if self.place and self.place[0] == "building" else None
        if RoomDialog.ask(self.ctx, room_id, self, building_id=building_id):
            self._changed(self.tr("房间已保存"))

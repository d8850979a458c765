"""The 来访登记 tab of the front-desk page (FD2): scan the visitor's ID (a USB reader types it and presses
Enter) or type it; a visitor still inside is offered for sign-out, a new one is registered with the room
and person visited. A visit against the dorm rules needs a supervisor (the user, or one who logs in at
the counter). Visitors still inside after closing time are listed in red.

The counter acts only on what is on screen: a lookup belongs to the ID it was made with, and the
student found belongs to the search text, building and room it filled; when any of them changes, the
old visitor or student is dropped, never acted on.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QHeaderView, QInputDialog, QLineEdit, QWidget

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import gate_rules as gr
from app.services import gate_visitors as gv
from app.services import lookups
from app.texts import QT_TRANSLATE_NOOP
from ui.generated.ui_visitor_tab import Ui_VisitorTab


def rules_text(codes) -> str:
    separator = QCoreApplication.translate("Gate", "；")
    return separator.join(QCoreApplication.translate("Gate", gr.RULES.get(c, c)) for c in codes)


COLUMNS = (
    Column("entry_no", QT_TRANSLATE_NOOP("Columns", "登记号")),
    Column("time_in", QT_TRANSLATE_NOOP("Columns", "来访时间"), "datetime"),
    Column("visitor_name", QT_TRANSLATE_NOOP("Columns", "来访人")),
    Column("id_type", QT_TRANSLATE_NOOP("Columns", "证件类型"), values="gate.id_type"),
    Column("id_no", QT_TRANSLATE_NOOP("Columns", "证件号码")),
    Column("relation", QT_TRANSLATE_NOOP("Columns", "身份"), values="gate.relation"),
    Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")), Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Column("visiting_person", QT_TRANSLATE_NOOP("Columns", "被访人")),
    Column("purpose", QT_TRANSLATE_NOOP("Columns", "事由")),
    Column("time_out", QT_TRANSLATE_NOOP("Columns", "离开时间"), "datetime"),
    Column("override_by", QT_TRANSLATE_NOOP("Columns", "主管放行"),
           fmt=lambda v, r: QCoreApplication.translate("Gate", "%1：%2").replace("%1", v)
           .replace("%2", rules_text(r.warnings)) if v else ""),
    Column("late", QT_TRANSLATE_NOOP("Columns", "闭楼未离开"),
           fmt=lambda v, _r: QCoreApplication.translate("Gate", gr.LATE_FLAG) if v else ""),
)
LATE_COLOUR = "#f1948a"      # red: still inside after closing time
FIELDS = {"id_no": "id_edit", "id_type": "id_type_combo", "visitor_name": "name_edit", "relation": "relation_combo",
          "purpose": "purpose_edit", "building": "building_combo", "room": "room_edit", "student": "student_edit",
          "visiting_person": "person_edit", "override": "id_edit", "override_reason": "id_edit",
          "override_user": "id_edit", "time_out": "id_edit"}


def ask_override(parent, ctx, rules: str) -> gr.Override | None:
    """The supervisor's admission: the reason, and their login unless the user is a supervisor."""
    title = QCoreApplication.translate("Gate", "主管放行")
    text = QCoreApplication.translate("Gate", "来访不符合宿舍规定：%1").replace("%1", rules)
    username = password = None
    if not ctx.can(gr.OVERRIDE_PERMISSION):
        username, ok = QInputDialog.getText(parent, title, text + "\n\n" + QCoreApplication.translate("Gate", "主管用户名："))
        if not ok or not username.strip():
            return None
        password, ok = QInputDialog.getText(parent, title, QCoreApplication.translate("Gate", "主管密码："),
                                            QLineEdit.Password)
        if not ok:
            return None
    reason = feedback.ask_text(parent, text + "\n\n" + QCoreApplication.translate("Gate", "放行理由："), title)
    return gr.Override(reason, username, password) if reason else None


class VisitorTab(QWidget):
    """The visitor log; `page` gives ctx, the tab widget and the shared export."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self.ui = Ui_VisitorTab()
        self.ui.setupUi(self)
        self.all_rows: list = []
        self.looked_up: gv.Lookup | None = None
        self._filled: dict = {}            # fields the lookup filled: {widget: text}
        self._student = None               # (hit, search text) of the student found
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self):
        ui = self.ui
        for combo, labels in ((ui.id_type_combo, gv.ID_TYPES), (ui.relation_combo, gv.RELATIONS)):
            for code, label in labels.items():
                combo.addItem(QCoreApplication.translate("Gate", label), code)
        ui.gender_combo.addItem("", None)
        for code, label in gv.GENDERS.items():
            ui.gender_combo.addItem(QCoreApplication.translate("Gate", label), code)
        ui.building_combo.addItem(self.tr("（请选择）"), None)
        for b in lookups.buildings(self.ctx):
            ui.building_combo.addItem(b.name, b.id)
        self.model = RowTableModel(COLUMNS, self, highlight=lambda r: LATE_COLOUR if r.late and r.inside else None)
        view = ui.visit_table
        view.setModel(self.model)
        view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate((112, 130, 70, 100, 150, 100, 56, 48, 80, 120, 130, 200)):
            view.setColumnWidth(column, width)
        ui.warning_label.setStyleSheet("color: #c0392b;")
        ui.gender_combo.setEnabled(False)          # a 身份证 gives the sex
        ui.check_in_button.setEnabled(self.ctx.can("visitors.create"))
        ui.export_button.setEnabled(self.ctx.can("visitors.export"))
        self._show_lookup()

    def _connect_signals(self):
        ui = self.ui
        ui.id_edit.returnPressed.connect(self._on_id_edit_return_pressed)
        ui.id_edit.textChanged.connect(self._on_id_edit_text_changed)
        ui.id_type_combo.currentIndexChanged.connect(self._on_id_edit_text_changed)
        ui.student_edit.returnPressed.connect(self._on_student_edit_return_pressed)
        ui.student_edit.textChanged.connect(self._on_student_edit_text_changed)
        for combo in (ui.relation_combo, ui.building_combo, ui.gender_combo):
            combo.currentIndexChanged.connect(self._show_warnings)
        ui.check_in_button.clicked.connect(self._on_check_in_button_clicked)
        ui.sign_out_button.clicked.connect(self._on_sign_out_button_clicked)
        ui.clear_button.clicked.connect(self.clear_form)
        ui.row_sign_out_button.clicked.connect(self._on_row_sign_out_button_clicked)
        ui.visit_table.doubleClicked.connect(self._on_row_sign_out_button_clicked)
        ui.visit_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.inside_check.toggled.connect(self.reload)
        ui.late_check.toggled.connect(self.apply_filters)
        ui.search_edit.textChanged.connect(self.apply_filters)
        ui.export_button.clicked.connect(lambda: self.page.export("visitors", self.tr("来访登记")))

    # The list ----------------------------------------------------------------------------------------
    def loader(self):
        """The work that loads the tab (runs off the UI thread when the page is shown)."""
        ctx, inside = self.ctx, self.ui.inside_check.isChecked()
        since = dt.datetime.combine(ctx.today() - dt.timedelta(days=30), dt.time.min)
        return lambda: gv.list_visits(ctx, inside_only=inside, start=None if inside else since)

    def show_loaded(self, rows):
        self.all_rows = rows
        self.apply_filters()

    def reload(self, *_):
        """After a change or a filter switch: the page's lists (off the UI thread)."""
        self.page.reload()

    @Slot()
    def apply_filters(self, *_):
        rows = gv.filter_rows(self.all_rows, self.ui.search_edit.text(), late_only=self.ui.late_check.isChecked())
        self.model.set_rows(rows)
        inside = [r for r in self.all_rows if r.inside]
        self.ui.count_label.setText(self.tr("显示 %1 条；在楼内 %2 人，闭楼未离开 %3 人").replace("%1", str(len(rows)))
                                    .replace("%2", str(len(inside))).replace("%3", str(sum(1 for r in inside if r.late))))
        self._update_buttons()

    def apply_filter(self, name: str) -> None:
        if name == "visitors_late":
            self.page.ui.tabs.setCurrentWidget(self)
            self.ui.inside_check.setChecked(True)
            self.ui.late_check.setChecked(True)

    def selected(self):
        rows = self.ui.visit_table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    @Slot()
    def _update_buttons(self, *_):
        row = self.selected()
        self.ui.row_sign_out_button.setEnabled(bool(row and row.inside) and self.ctx.can("visitors.record"))
        open_visit = self.looked_up.open_visit if self.looked_up else None
        self.ui.sign_out_button.setEnabled(open_visit is not None and self.ctx.can("visitors.record"))
        self.ui.check_in_button.setEnabled(open_visit is None and self.ctx.can("visitors.create"))

    # The scan --------------------------------------------------------------------------------------
    def _current_id(self) -> str:
        return gv.normalise_id(self.ui.id_edit.text())

    @Slot()
    def _on_id_edit_return_pressed(self):
        """The reader's Enter: who is this? Inside → offer sign-out; known → fill name and phone."""
        self._drop_lookup()
        try:
            found = gv.lookup(self.ctx, self.ui.id_edit.text(), self.ui.id_type_combo.currentData())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        feedback.show_inline(self.ui.error_label, None)
        self.looked_up = found
        visit = found.open_visit
        fills = {self.ui.name_edit: visit.visitor_name if visit else found.last_name,
                 self.ui.phone_edit: (visit.phone if visit else found.last_phone) or ""}
        for widget, text in fills.items():
            if text and not widget.text().strip():
                widget.setText(text)
                self._filled[widget] = text
        if found.gender:
            self.ui.gender_combo.setCurrentIndex(max(self.ui.gender_combo.findData(found.gender), 0))
        self._show_lookup()
        self._show_warnings()
        (self.ui.sign_out_button if visit else self.ui.name_edit if not self.ui.name_edit.text() else
         self.ui.purpose_edit).setFocus()

    @Slot()
    def _on_id_edit_text_changed(self, *_):
        """A different ID on screen: the previous lookup no longer applies."""
        if self.looked_up is not None and self._current_id() != self.looked_up.id_no:
            self._drop_lookup()
        self.ui.gender_combo.setEnabled(self.ui.id_type_combo.currentData() != "id_card")

    def _drop_lookup(self) -> None:
        self.looked_up = None
        for widget, text in self._filled.items():
            if widget.text() == text:
                widget.clear()
        self._filled = {}
        self._show_lookup()
        self._show_warnings()

    def _show_lookup(self) -> None:
        found = self.looked_up
        visit = found.open_visit if found else None
        if visit is not None:
            text = self.tr("在楼内：%1 → %2 %3 %4，%5 来访。按“办理离开”登记离开。").replace("%1", visit.visitor_name) \
                .replace("%2", visit.building).replace("%3", visit.room_no or "").replace("%4", visit.visiting_person) \
                .replace("%5", f"{visit.time_in:%m-%d %H:%M}")
        elif found is not None:
            text = self.tr("新来访（曾来访：%1）").replace("%1", found.last_name) if found.last_name else self.tr("新来访")
        else:
            text = self.tr("扫描或输入证件号码后按回车。")
        self.ui.lookup_label.setText(text)
        self._update_buttons()

    # The person visited -----------------------------------------------------------------------------
    @Slot()
    def _on_student_edit_return_pressed(self):
        query = self.ui.student_edit.text().strip()
        try:
            hits = [h for h in lookups.find_students(self.ctx, query, limit=10, residents_only=True)] if query else []
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        if len(hits) != 1:
            self._student = None
            feedback.show_inline(self.ui.error_label, self.tr("找到 %1 名住宿学生，请输入更完整的学号或姓名。")
                                 .replace("%1", str(len(hits))))
            return
        hit = hits[0]
        self.ui.building_combo.setCurrentIndex(max(self.ui.building_combo.findData(hit.building_id), 0))
        self.ui.room_edit.setText(hit.room_no or "")
        self.ui.person_edit.setText(hit.name)
        self._student = (hit, self.ui.student_edit.text())
        feedback.show_inline(self.ui.error_label, None)
        self._show_warnings()
        self.ui.purpose_edit.setFocus()

    @Slot()
    def _show_warnings(self, *_):
        """Warn, as the form is filled, of the dorm rules the visit would break (a supervisor admits it)."""
        ui = self.ui
        gender = self.looked_up.gender if self.looked_up and self.looked_up.gender else ui.gender_combo.currentData()
        try:
            codes = gv.preview(self.ctx, relation=ui.relation_combo.currentData(), gender=gender,
                               building_id=ui.building_combo.currentData(), student_id=self._student_on_screen())
        except DormDeskError:
            codes = []
        ui.warning_label.setText(self.tr("不符合宿舍规定：%1（须主管放行）").replace("%1", rules_text(codes)) if codes else "")

    @Slot()
    def _on_student_edit_text_changed(self, text: str):
        """A different search on screen: the student found before, and what it filled in, go."""
        if self._student is None or text == self._student[1]:
            return
        hit = self._student[0]
        ui = self.ui
        for edit, value in ((ui.room_edit, hit.room_no or ""), (ui.person_edit, hit.name)):
            if edit.text().strip() == value:
                edit.clear()
        if ui.building_combo.currentData() == hit.building_id:
            ui.building_combo.setCurrentIndex(0)
        self._student = None
        self._show_warnings()

    def _student_on_screen(self) -> int | None:
        """The student found, while the search text, building, room and name still show them."""
        if self._student is None:
            return None
        hit, query = self._student
        ui = self.ui
        same = (ui.student_edit.text() == query and ui.building_combo.currentData() == hit.building_id
                and ui.room_edit.text().strip() == (hit.room_no or "") and ui.person_edit.text().strip() == hit.name)
        return hit.id if same else None

    # Actions ---------------------------------------------------------------------------------------
    @Slot()
    def _on_check_in_button_clicked(self):
        override = None
        while True:
            try:
                row = self._check_in(override)
            except gr.NeedsOverride as exc:
                rules = rules_text(exc.warnings)
                self.ui.warning_label.setText(self.tr("不符合宿舍规定：%1").replace("%1", rules))
                override = ask_override(self, self.ctx, rules)
                if override is None:
                    return
                continue
            except DormDeskError as exc:
                show_field_error(self, exc, FIELDS)
                return
            break
        self.clear_form()
        self._done(self.tr("已登记来访 %1 %2").replace("%1", row.entry_no).replace("%2", row.visitor_name))

    def _check_in(self, override):
        ui = self.ui
        student_id = self._student_on_screen()
        return gv.check_in(self.ctx, id_no=ui.id_edit.text(), id_type=ui.id_type_combo.currentData(),
                           visitor_name=ui.name_edit.text(), gender=ui.gender_combo.currentData(),
                           relation=ui.relation_combo.currentData(), phone=ui.phone_edit.text(),
                           student_id=student_id, building_id=None if student_id else ui.building_combo.currentData(),
                           room_no=None if student_id else ui.room_edit.text(), visiting_person=ui.person_edit.text(),
                           purpose=ui.purpose_edit.text(), override=override)

    @Slot()
    def _on_sign_out_button_clicked(self):
        """Sign out the visitor looked up — only while their ID is still the one on screen."""
        found = self.looked_up
        if found is None or found.open_visit is None or self._current_id() != found.id_no:
            self._drop_lookup()
            return
        self._sign_out(found.open_visit)

    @Slot()
    def _on_row_sign_out_button_clicked(self, *_):
        row = self.selected()
        if row is None or not row.inside or not self.ctx.can("visitors.record"):
            return
        if feedback.confirm(self, self.tr("%1（%2）离开？").replace("%1", row.visitor_name).replace("%2", row.entry_no)):
            self._sign_out(row)

    def _sign_out(self, visit) -> None:
        try:
            row = gv.sign_out(self.ctx, visit.id, expected_version=visit.version)
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.clear_form()
        self._done(self.tr("%1 已离开（%2）").replace("%1", row.visitor_name).replace("%2", f"{row.time_out:%H:%M}"))

    @Slot()
    def clear_form(self, *_):
        ui = self.ui
        for edit in (ui.id_edit, ui.name_edit, ui.student_edit, ui.room_edit, ui.person_edit, ui.phone_edit,
                     ui.purpose_edit):
            edit.clear()
        ui.building_combo.setCurrentIndex(0)
        ui.gender_combo.setCurrentIndex(0)
        ui.warning_label.clear()
        feedback.show_inline(ui.error_label, None)
        self._student = None
        self._drop_lookup()
        ui.id_edit.setFocus()

    def _done(self, text: str) -> None:
        self.reload()
        self.page.sig_badge_changed.emit()
        feedback.status(self.page, text)

"""导入学生住宿名单: choose a file, check the column mapping, see which rows are new, updated or
rejected (with the Excel row, the column and the reason), then import the valid rows or cancel.
Reading and checking run as background tasks; nothing is written before "导入有效行"."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QLabel

from app import feedback, vocab
from app.controllers.app_state import AppState
from app.importing.columns import FIELDS
from app.qtmodels.row_table import Column, RowTableModel
from app.services import roster_import
from app.texts import QT_TRANSLATE_NOOP
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_import_dialog import Ui_ImportDialog

REJECT_COLUMNS = (
    Column("row", QT_TRANSLATE_NOOP("Columns", "行号"), "int"),
    Column("column", QT_TRANSLATE_NOOP("Columns", "列")),
    Column("reason", QT_TRANSLATE_NOOP("Columns", "原因")))
NEW_COLUMNS = (
    Column("row", QT_TRANSLATE_NOOP("Columns", "行号"), "int"),
    Column("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
    Column("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
    Column("place", QT_TRANSLATE_NOOP("Columns", "床位")))
UPDATE_COLUMNS = NEW_COLUMNS + (Column("changes", QT_TRANSLATE_NOOP("Columns", "变更内容")),)


def _column_letter(idx: int) -> str:
    letters = ""
    idx += 1
    while idx:
        idx, rem = divmod(idx - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class ImportDialog(RulesDialog):
    """Holds the sheet read once; re-checks it when the mapping or the create option changes."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state, self.ctx = state, state.ctx
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.rules = DialogRules(self)  # Return never closes it; Esc asks when something was typed
        self.path: Path | None = None
        self.sheet = None
        self.preview: roster_import.Preview | None = None
        self.result: roster_import.Result | None = None
        self.combos: dict[str, QComboBox] = {}
        self.models = {}
        for name, cols in (("rejected", REJECT_COLUMNS), ("new", NEW_COLUMNS), ("updated", UPDATE_COLUMNS)):
            model = RowTableModel(cols, self)
            view = getattr(self.ui, f"{name}_table")
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setVisible(False)  # the 行号 column is the row as Excel shows it
            self.models[name] = model
        self.ui.mapping_group.setVisible(False)
        self.ui.create_missing_check.setChecked(True)
        self.ui.create_missing_check.setVisible(False)
        feedback.show_inline(self.ui.error_label, None)
        self.ui.choose_file_button.clicked.connect(self._on_choose_file_button_clicked)
        self.ui.template_button.clicked.connect(self._on_template_button_clicked)
        self.ui.recheck_button.clicked.connect(self._check)
        self.ui.create_missing_check.toggled.connect(self._check)
        self.ui.import_button.clicked.connect(self._on_import_button_clicked)
        self.ui.cancel_button.clicked.connect(self.reject)

    # Reading and checking -------------------------------------------------------------------------------
    @Slot()
    def _on_choose_file_button_clicked(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择名单文件"), "",
                                              self.tr("名单文件 (*.xlsx *.xls *.csv);;所有文件 (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.path, self.sheet, self.preview = path, None, None
        self.ui.file_label.setText(str(path))
        self.ui.import_button.setEnabled(False)
        feedback.show_inline(self.ui.error_label, None)

        def work(_progress, _cancelled):
            sheet = roster_import.read(path)
            return sheet, roster_import.preview(self.ctx, path, sheet=sheet, create_missing=True)
        self.state.tasks.run(work, parent=self, label=self.tr("正在读取和检查名单…"),
                             disable=self.ui.choose_file_button, on_done=self._on_loaded, on_error=self._on_failed)

    def _on_loaded(self, result):
        self.sheet, preview = result
        self._build_mapping(preview)
        self._show(preview)

    def _on_failed(self, exc):
        self.ui.summary_label.clear()
        for model in self.models.values():
            model.set_rows([])
        feedback.show_inline(self.ui.error_label, feedback.error_text(exc))

    def _build_mapping(self, preview) -> None:
        layout = self.ui.mapping_layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.combos = {}
        headers = preview.headers
        for i, field in enumerate(FIELDS):
            label = QLabel(field.header + ("*" if field.required else ""), self.ui.mapping_group)
            combo = QComboBox(self.ui.mapping_group)
            combo.setObjectName(f"mapping_{field.key}_combo")
            combo.addItem(self.tr("（不导入）"), None)
            for col, header in enumerate(headers):
                combo.addItem(f"{_column_letter(col)}：{header or ''}", col)
            combo.setCurrentIndex(max(combo.findData(preview.parsed.mapping.get(field.key)), 0))
            layout.addWidget(label, i // 4, (i % 4) * 2)
            layout.addWidget(combo, i // 4, (i % 4) * 2 + 1)
            self.combos[field.key] = combo
        self.ui.mapping_group.setVisible(True)

    def mapping(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    @Slot()
    def _check(self, *_args):
        if self.sheet is None or self.path is None:
            return
        mapping, create = self.mapping(), self.ui.create_missing_check.isChecked()
        sheet, path = self.sheet, self.path
        self.ui.import_button.setEnabled(False)
        self.state.tasks.run(
            lambda _p, _c: roster_import.preview(self.ctx, path, sheet=sheet, mapping=mapping, create_missing=create),
            parent=self, label=self.tr("正在检查…"), disable=self.ui.recheck_button, on_done=self._show,
            on_error=self._on_failed)

    def _show(self, preview: roster_import.Preview) -> None:
        self.preview = preview
        feedback.show_inline(self.ui.error_label, None)
        plan = preview.plan
        new = [r for r in plan.rows if r.action == "insert"]
        updated = [r for r in plan.rows if r.action == "update"]
        unchanged = plan.count("unchanged")
        self.models["rejected"].set_rows(plan.rejects)
        self.models["new"].set_rows(new)
        self.models["updated"].set_rows(updated)
        tabs = self.ui.tabs
        tabs.setTabText(tabs.indexOf(self.ui.rejected_tab), self.tr("拒绝（%1）").replace("%1", str(len(plan.rejects))))
        tabs.setTabText(tabs.indexOf(self.ui.new_tab), self.tr("新增（%1）").replace("%1", str(len(new))))
        tabs.setTabText(tabs.indexOf(self.ui.updated_tab), self.tr("更新（%1）").replace("%1", str(len(updated))))
        if not plan.rejects:
            tabs.setCurrentWidget(self.ui.new_tab if new else self.ui.updated_tab)
        self.ui.summary_label.setText(
            self.tr("表头在第 %1 行。可导入 %2 行（新增 %3，更新 %4，无变化 %5），拒绝 %6 行，跳过空行和合计行 %7 行。")
            .replace("%1", str(preview.parsed.header_row)).replace("%2", str(len(plan.rows)))
            .replace("%3", str(len(new))).replace("%4", str(len(updated))).replace("%5", str(unchanged))
            .replace("%6", str(len(plan.rejects))).replace("%7", str(preview.parsed.skipped)))
        missing = self._missing_text(plan)
        self.ui.missing_label.setText(missing)
        self.ui.create_missing_check.setVisible(bool(missing) or not self.ui.create_missing_check.isChecked())
        self.ui.import_button.setEnabled(bool(new or updated))

    def _missing_text(self, plan) -> str:
        if not plan.missing_rooms and not plan.missing_buildings:
            return ""
        parts = [f"{b}（{vocab.label('residents.gender', g)}）" for b, g in plan.missing_buildings.items()]
        rooms = [f"{b} {r}" for b, r in plan.missing_rooms]
        text = ""
        if parts:
            text += self.tr("系统中没有的楼栋：%1。").replace("%1", "、".join(parts))
        text += self.tr("系统中没有的房间 %1 间：%2").replace("%1", str(len(rooms))).replace(
            "%2", "、".join(rooms[:30]) + ("…" if len(rooms) > 30 else ""))
        return text

    # Committing ---------------------------------------------------------------------------------------------
    @Slot()
    def _on_import_button_clicked(self):
        pv = self.preview
        if pv is None:
            return
        plan = pv.plan
        create = self.ui.create_missing_check.isChecked()
        if create and (plan.missing_rooms or plan.missing_buildings):
            if not feedback.confirm(self, self.tr("将创建 %1 个楼栋和 %2 个房间（含床位）。继续吗？")
                                    .replace("%1", str(len(plan.missing_buildings)))
                                    .replace("%2", str(len(plan.missing_rooms)))):
                return
        if plan.rejects and not feedback.confirm(
                self, self.tr("有 %1 行被拒绝，将不会导入。只导入有效的 %2 行吗？")
                .replace("%1", str(len(plan.rejects))).replace("%2", str(len(plan.rows)))):
            return
        self.state.tasks.run(lambda _p, _c: roster_import.commit(self.ctx, pv, create_missing=create),
                             parent=self, label=self.tr("正在导入…"), disable=self.ui.import_button,
                             on_done=self._on_committed, on_error=self._on_failed)

    def _on_committed(self, result: roster_import.Result):
        self.result = result
        feedback.info(self, self.tr("导入完成：新增 %1 人，更新 %2 人，新建房间 %3 间，拒绝 %4 行。")
                      .replace("%1", str(result.inserted)).replace("%2", str(result.updated))
                      .replace("%3", str(result.created_rooms)).replace("%4", str(len(result.rejected))))
        self.accept()

    @Slot()
    def _on_template_button_clicked(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存空白模板"), "学生住宿名单模板.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        try:
            roster_import.save_template(path)
        except Exception as exc:  # noqa: BLE001
            feedback.show_error(self, exc)
            return
        feedback.status(self.parent(), self.tr("模板已保存"))
        self.ui.file_label.setText(self.tr("模板已保存到 %1").replace("%1", path))

    @classmethod
    def ask(cls, state: AppState, parent=None) -> bool:
        return cls(state, parent).exec() == QDialog.Accepted

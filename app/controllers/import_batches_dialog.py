"""名单导入记录: every roster import, and undoing a whole batch while nothing depends on it."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHeaderView

from app import feedback
from app.qtmodels.row_table import Column, RowTableModel
from app.services import roster_import
from app.texts import QT_TRANSLATE_NOOP
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_import_batches_dialog import Ui_ImportBatchesDialog

COLUMNS = (
    Column("id", QT_TRANSLATE_NOOP("Columns", "批次"), "int"),
    Column("at", QT_TRANSLATE_NOOP("Columns", "时间"), "datetime"),
    Column("by_user", QT_TRANSLATE_NOOP("Columns", "操作人")),
    Column("file_name", QT_TRANSLATE_NOOP("Columns", "文件")),
    Column("inserted", QT_TRANSLATE_NOOP("Columns", "新增"), "int"),
    Column("updated", QT_TRANSLATE_NOOP("Columns", "更新"), "int"),
    Column("rejected", QT_TRANSLATE_NOOP("Columns", "拒绝"), "int"),
    Column("created_rooms", QT_TRANSLATE_NOOP("Columns", "新建房间"), "int"),
    Column("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="residents.batch_status"))


class ImportBatchesDialog(RulesDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportBatchesDialog()
        self.ui.setupUi(self)
        self.rules = DialogRules(self)  # Return never closes it; Esc asks when something was typed
        self.model = RowTableModel(COLUMNS, self, highlight=lambda r: "#eeeeee" if r.status == "undone" else None)
        self.ui.batches_table.setModel(self.model)
        self.ui.batches_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.ui.undo_button.setEnabled(ctx.can("students.undo") and ctx.actor.building_ids is None)
        self.ui.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)
        self.reload()

    def reload(self):
        self.model.set_rows(roster_import.list_batches(self.ctx))

    @Slot()
    def _on_undo_button_clicked(self):
        row = self.model.row_at(self.ui.batches_table.currentIndex())
        if row is None:
            feedback.info(self, self.tr("请先选择一个导入批次。"))
            return
        if not feedback.confirm(self, self.tr("撤销批次 %1（%2）？该批新增的 %3 名学生将被删除，更新的 %4 名学生恢复原数据。")
                                .replace("%1", str(row.id)).replace("%2", row.file_name)
                                .replace("%3", str(row.inserted)).replace("%4", str(row.updated))):
            return
        try:
            roster_import.undo(self.ctx, row.id)
        except Exception as exc:  # noqa: BLE001
            feedback.show_error(self, exc)
            return
        self.reload()
        feedback.info(self, self.tr("已撤销批次 %1。").replace("%1", str(row.id)))

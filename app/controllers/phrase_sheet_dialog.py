"""The front-desk phrase sheet (物业服务规范用语): read by everyone beside the consultation entry, edited
here by supervisors; and the sheet as HTML for the side panels (forbidden phrases in red)."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHeaderView, QPushButton

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import gate_phrases
from app.services.context import ServiceContext
from app.texts import QT_TRANSLATE_NOOP
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_phrase_sheet_dialog import Ui_PhraseSheetDialog


def _kind(value, _row):
    return QCoreApplication.translate("Gate", gate_phrases.KINDS.get(value, value))


COLUMNS = (Column("kind", QT_TRANSLATE_NOOP("Columns", "类别"), fmt=_kind), Column("raw", QT_TRANSLATE_NOOP("Columns", "用语")))
FIELDS = {"kind": "kind_combo", "text": "text_edit"}


def sheet_html(rows) -> str:
    """The sheet grouped by kind; forbidden phrases struck through in red."""
    parts, last = [], None
    for r in rows:
        if r.kind != last:
            parts.append(f"<p style='margin:6px 0 2px 0'><b>{html.escape(_kind(r.kind, r))}</b></p>")
            last = r.kind
        text = html.escape(r.text)
        parts.append(f"<div style='color:#c0392b'><s>{text}</s></div>" if r.kind == "forbidden" else f"<div>{text}</div>")
    return "".join(parts)


class PhraseSheetDialog(RulesDialog):
    """List, add, change and remove phrases; every change is one audited action."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx, self.changed = ctx, False
        self.ui = Ui_PhraseSheetDialog()
        self.ui.setupUi(self)
        self.model = RowTableModel(COLUMNS, self)
        self.ui.phrase_table.setModel(self.model)
        self.ui.phrase_table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.ui.phrase_table.horizontalHeader().setStretchLastSection(True)
        self.ui.phrase_table.setColumnWidth(0, 130)
        for code, label in gate_phrases.KINDS.items():
            self.ui.kind_combo.addItem(QCoreApplication.translate("Gate", label), code)
        can = ctx.can("frontdesk.configure")
        for w in (self.ui.add_button, self.ui.save_button, self.ui.remove_button, self.ui.text_edit, self.ui.kind_combo):
            w.setEnabled(can)
        feedback.show_inline(self.ui.error_label, None if can else self.tr("只有主管可以修改规范用语。"))
        self.ui.phrase_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.rules = DialogRules(self)
        self.reload()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None) -> bool:
        """Show the sheet; True when something was changed."""
        d = cls(ctx, parent)
        d.exec()
        return d.changed

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(gate_phrases.list_phrases(self.ctx))
        for i, row in enumerate(self.model.rows):
            if row.id == select_id:
                self.ui.phrase_table.selectRow(i)

    def selected(self):
        rows = self.ui.phrase_table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    @Slot()
    def _on_selection_changed(self, *_):
        row = self.selected()
        if row is not None:
            self.ui.kind_combo.setCurrentIndex(max(self.ui.kind_combo.findData(row.kind), 0))
            self.ui.text_edit.setText(row.raw)

    def _run(self, fn) -> None:
        try:
            saved = fn()
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        feedback.show_inline(self.ui.error_label, None)
        self.changed = True
        self.reload(getattr(saved, "id", None))

    @Slot()
    def _on_add_button_clicked(self):
        self._run(lambda: gate_phrases.save_phrase(self.ctx, None, kind=self.ui.kind_combo.currentData(),
                                                   text=self.ui.text_edit.text()))

    @Slot()
    def _on_save_button_clicked(self):
        row = self.selected()
        if row is not None:
            self._run(lambda: gate_phrases.save_phrase(self.ctx, row.id, kind=self.ui.kind_combo.currentData(),
                                                       text=self.ui.text_edit.text(), expected_version=row.version))

    @Slot()
    def _on_remove_button_clicked(self):
        row = self.selected()
        if row is not None and feedback.confirm(self, self.tr("从规范用语中删除“%1”？").replace("%1", row.text)):
            self._run(lambda: gate_phrases.remove_phrase(self.ctx, row.id, expected_version=row.version))


def add_phrase_button(page) -> QPushButton:
    """A 规范用语… button on the consultation tab of the front-desk page, opening the sheet."""
    button = QPushButton(QCoreApplication.translate("Gate", "规范用语…"), page)
    button.setObjectName("phrase_sheet_button")
    layout = page.ui.consult_flow_layout
    layout.insertWidget(layout.count() - 1, button)   # before the export button
    button.clicked.connect(lambda: PhraseSheetDialog.ask(page.ctx, page))
    page.ui.phrase_sheet_button = button
    return button

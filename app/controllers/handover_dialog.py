"""The handover dialog (交接班): the outgoing user sees what is open, adds notes and hands over;
the incoming user confirms with their own user name and password; either may print the sheet."""
from __future__ import annotations

import datetime as dt
import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QDateTime, Slot

from app import feedback, vocab
from app.controllers.app_state import AppState
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.services import handover, lookups
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_handover_dialog import Ui_HandoverDialog

log = logging.getLogger(__name__)


def sections_text(sections) -> str:
    parts = []
    for section in sections:
        parts.append(f"【{section.title}】（{len(section.rows)}）")
        parts.extend(f"  {n}. {r}" for n, r in enumerate(section.rows, start=1))
        if not section.rows:
            parts.append("  无")
    return "\n".join(parts) or "（没有模块提供交接班清单）"


class HandoverDialog(RulesDialog):
    """Opens on the latest record waiting for its incoming user, or on a new handover."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.ctx = state.ctx
        self.record: handover.HandoverRow | None = None
        self.ui = Ui_HandoverDialog()
        self.ui.setupUi(self)
        self.rules = DialogRules(self)  # Return never closes it; Esc asks when something was typed
        self._init_widgets()
        self._connect_signals()
        self._load()

    def _init_widgets(self):
        self.ui.building_combo.addItem(self.tr("全部"), None)
        try:
            for b in lookups.buildings(self.ctx):
                self.ui.building_combo.addItem(b.name, b.id)
        except Exception as exc:  # noqa: BLE001
            log.warning("buildings: %s", exc)
        self.ui.outgoing_label.setText(self.ctx.actor.display_name)
        feedback.show_inline(self.ui.error_label, None)

    def _connect_signals(self):
        self.ui.hand_over_button.clicked.connect(self._on_hand_over_button_clicked)
        self.ui.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)
        self.ui.shift_start_edit.dateTimeChanged.connect(lambda _v: self._preview())

    def _load(self):
        try:
            waiting = [r for r in handover.list_records(self.ctx, limit=20) if r.status == "waiting"]
            start = handover.default_shift_start(self.ctx)
        except Exception as exc:  # noqa: BLE001
            feedback.show_error(self, exc)
            waiting, start = [], self.ctx.now() - dt.timedelta(hours=handover.DEFAULT_SHIFT_HOURS)
        if waiting:
            self._show_record(waiting[0])
        else:
            self.ui.shift_start_edit.setDateTime(QDateTime(start))
            self._show_record(None)
            self._preview()

    def _show_record(self, record):
        self.record = record
        creating = record is None
        for w in (self.ui.building_combo, self.ui.shift_start_edit, self.ui.notes_edit, self.ui.hand_over_button):
            w.setEnabled(creating)
        waiting = record is not None and record.status == "waiting"
        self.ui.incoming_group.setEnabled(waiting)
        self.ui.print_button.setEnabled(record is not None)
        if record is None:
            self.ui.record_label.setText(self.tr("新交班（尚未保存）"))
            return
        self.ui.record_label.setText(self.tr("编号 %1 · %2").replace("%1", record.number).replace("%2", vocab.label("handover.status", record.status)))
        self.ui.outgoing_label.setText(f"{record.outgoing_name}（{record.shift_end:%Y-%m-%d %H:%M}）")
        self.ui.shift_start_edit.setDateTime(QDateTime(record.shift_start))
        index = self.ui.building_combo.findData(record.building_id)
        self.ui.building_combo.setCurrentIndex(max(index, 0))
        self.ui.notes_edit.setPlainText(record.notes)
        self.ui.sections_text.setPlainText(sections_text(record.sections))
        if record.status == "taken":
            self.ui.incoming_group.setTitle(self.tr("已由 %1 于 %2 确认接班").replace("%1", record.incoming_name or "")
                                            .replace("%2", f"{record.confirmed_at:%Y-%m-%d %H:%M}"))

    def _preview(self):
        if self.record is not None:
            return
        ctx = self.ctx
        start = self.ui.shift_start_edit.dateTime().toPython()
        self.ui.sections_text.setPlainText(self.tr("正在读取…"))
        self.state.tasks.run(lambda _p, _c: handover.collect_sections(ctx, start, ctx.now()),
                             on_done=lambda s: self.record is None and self.ui.sections_text.setPlainText(
                                 sections_text(s)),
                             on_error=lambda exc: self.ui.sections_text.setPlainText(feedback.error_text(exc)))

    @Slot()
    def _on_hand_over_button_clicked(self):
        feedback.show_inline(self.ui.error_label, None)
        try:
            record = handover.create(self.ctx, notes=self.ui.notes_edit.toPlainText(),
                                     building_id=self.ui.building_combo.currentData(),
                                     shift_start=self.ui.shift_start_edit.dateTime().toPython())
        except Exception as exc:  # noqa: BLE001
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self._show_record(record)
        self.ui.username_edit.setFocus()
        feedback.status(self.parent(), self.tr("已交班，等待接班人确认。"))

    @Slot()
    def _on_confirm_button_clicked(self):
        if self.record is None:
            return
        feedback.show_inline(self.ui.error_label, None)
        try:
            record = handover.confirm(self.ctx, self.record.id, self.ui.username_edit.text(),
                                      self.ui.password_edit.text(), notes=self.ui.incoming_notes_edit.text(),
                                      expected_version=self.record.version)
        except Exception as exc:  # noqa: BLE001
            self.ui.password_edit.clear()
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.ui.password_edit.clear()
        self._show_record(record)
        feedback.status(self.parent(), self.tr("%1 已确认接班。").replace("%1", record.incoming_name or ""))

    @Slot()
    def _on_print_button_clicked(self):
        """The sheet in the shared print preview (print or save from there)."""
        if self.record is None:
            return
        from app.services import catalog
        path = Path(tempfile.mkdtemp(prefix="dormdesk-print-")) / f"交接班记录_{self.record.number}.pdf"
        try:
            catalog.prints()["handover"].build(self.ctx, self.record.number, path)
        except Exception as exc:  # noqa: BLE001
            feedback.show_error(self, exc)
            return
        PdfPreviewDialog.show_pdf(path, self.tr("交接班记录 %1").replace("%1", self.record.number), self)

    @classmethod
    def run(cls, state: AppState, parent=None) -> None:
        """Show the dialog modally (tests create the dialog directly instead)."""
        cls(state, parent).exec()

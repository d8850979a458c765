"""Fast entry of returned paper questionnaires, from the keyboard alone: the number (pre-filled with
the next one not yet entered), one digit per item (1 = best level, 0 = not answered), Enter saves and
moves on to the next form. An optional opinion, suggestion and name can be typed on the same screen
(Tab), Enter saves from any field. Refusals (a rating outside the scale, a number entered twice) are
shown beside the form and nothing is saved."""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator

from app import feedback
from app.errors import DormDeskError
from app.services import surveys
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_survey_entry_dialog import Ui_SurveyEntryDialog

KEYS = [k for k, _ in surveys.QUESTIONS]


class SurveyEntryDialog(RulesDialog):
    sig_saved = Signal(str)  # the questionnaire number just saved

    def __init__(self, ctx: ServiceContext, survey: surveys.SurveyRow, parent=None):
        super().__init__(parent)
        self.ctx, self.survey, self.saved = ctx, survey, 0
        self.ui = Ui_SurveyEntryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        levels = surveys.SCALES[survey.scale]
        ui.survey_label.setText(f"{survey.survey_no}  {survey.title}")
        ui.legend_label.setText("　".join(f"{n}={name}" for n, name in enumerate(levels, start=1)) + "　0=" + self.tr("未答")
                                + "\n" + "　".join(f"{n}.{label}" for n, (_k, label) in enumerate(surveys.QUESTIONS, start=1)))
        big = ui.ratings_edit.font()
        big.setPointSize(big.pointSize() + 6)
        big.setLetterSpacing(big.SpacingType.AbsoluteSpacing, 6)
        ui.ratings_edit.setFont(big)
        ui.ratings_edit.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{len(KEYS)}}}"), self))
        ui.number_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{1,6}"), self))
        value_combo.fill(ui.topic_combo, "surveys.topic", surveys.TOPICS)
        ui.topic_combo.insertItem(0, self.tr("（无意见）"), None)
        ui.signed_check.setChecked(True)
        ui.number_edit.returnPressed.connect(ui.ratings_edit.setFocus)
        for edit in (ui.ratings_edit, ui.opinion_edit, ui.suggestions_edit, ui.name_edit):
            edit.returnPressed.connect(self._on_save)
        ui.ratings_edit.textChanged.connect(self._on_ratings_edit_text_changed)
        ui.close_button.clicked.connect(self.accept)
        self.rules = DialogRules(self)  # Return saves through the explicit returnPressed connections
        self._next(None)

    def _next(self, after: str | None) -> None:
        ui = self.ui
        number = surveys.next_open_number(self.ctx, self.survey.id, after)
        ui.number_edit.setText(number or "")
        for edit in (ui.ratings_edit, ui.opinion_edit, ui.suggestions_edit, ui.name_edit):
            edit.clear()
        ui.topic_combo.setCurrentIndex(0)
        ui.progress_label.setText(self.tr("本次已录入 %1 份").replace("%1", str(self.saved)))
        self._focus()

    def _focus(self) -> None:
        ui = self.ui
        (ui.ratings_edit if ui.number_edit.text() else ui.number_edit).setFocus()

    def showEvent(self, event):  # noqa: N802 - Qt API
        super().showEvent(event)
        self._focus()  # the clerk starts typing the first form's digits at once

    @Slot(str)
    def _on_ratings_edit_text_changed(self, text: str) -> None:
        levels = surveys.SCALES[self.survey.scale]
        parts = []
        for (key, label), digit in zip(surveys.QUESTIONS, text, strict=False):
            n = int(digit)
            parts.append(f"{label}:{levels[n - 1] if 1 <= n <= len(levels) else ('—' if n == 0 else '?' + digit)}")
        self.ui.preview_label.setText("　".join(parts) + (f"　（{len(text)}/{len(KEYS)}）" if text else ""))

    @Slot()
    def _on_save(self) -> None:
        ui = self.ui
        digits = ui.ratings_edit.text()
        if len(digits) != len(KEYS):
            feedback.show_inline(ui.error_label, self.tr("请输入全部 %1 项评分（未答的项填 0），已输入 %2 项。")
                                 .replace("%1", str(len(KEYS))).replace("%2", str(len(digits))))
            ui.ratings_edit.setFocus()
            return
        topic = ui.topic_combo.currentData()
        opinions = [(topic or "other", ui.opinion_edit.text())] if ui.opinion_edit.text().strip() else []
        number = ui.number_edit.text()
        try:
            surveys.enter_response(self.ctx, self.survey.id, number, dict(zip(KEYS, digits, strict=True)),
                                   opinions=opinions, suggestions=ui.suggestions_edit.text(),
                                   respondent_name=ui.name_edit.text(), signed=ui.signed_check.isChecked())
        except DormDeskError as exc:
            feedback.show_inline(ui.error_label, feedback.error_text(exc))
            (ui.number_edit if exc.field == "response_no" else ui.ratings_edit).setFocus()
            return
        feedback.show_inline(ui.error_label, None)
        self.saved += 1
        saved = f"{int(number):04d}" if number.isdigit() else number
        self.sig_saved.emit(saved)
        self._next(saved)

"""A survey plan (调查计划): name, purpose, target, coverage, team, the 3- or 5-level scale and the
dates, proposed for the next survey month (May or November by default)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Slot

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import config, surveys
from app.services.context import ServiceContext
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_survey_plan_dialog import Ui_SurveyPlanDialog

FIELDS = {"title": "title_edit", "scale": "scale_combo", "end_date": "end_edit"}


def _qdate(d) -> QDate:
    return QDate(d.year, d.month, d.day)


class SurveyPlanDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx, self.result = ctx, None
        self.ui = Ui_SurveyPlanDialog()
        self.ui.setupUi(self)
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        for scale, levels in surveys.SCALES.items():
            ui.scale_combo.addItem(self.tr("%1 级（%2）").replace("%1", str(scale)).replace("%2", "、".join(levels)), scale)
        start, end = surveys.next_survey_dates(ctx.today(), config.get(ctx, "surveys.months"))
        ui.start_edit.setDate(_qdate(start))
        ui.end_edit.setDate(_qdate(end))
        ui.title_edit.setText(self.tr("%1 年 %2 月服务质量调查").replace("%1", str(start.year)).replace("%2", str(start.month)))
        ui.purpose_edit.setPlainText(self.tr("收集住户对管理服务的意见，提高管理水平。"))
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (ui.title_edit, self.tr("调查名称"))])
        ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None):
        d = cls(ctx, parent)
        return d.result if d.exec() else None

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        try:
            self.result = surveys.create_plan(
                self.ctx, title=ui.title_edit.text(), purpose=ui.purpose_edit.toPlainText(), target=ui.target_edit.text(),
                coverage=ui.coverage_edit.text(), team=ui.team_edit.text(), scale=ui.scale_combo.currentData(),
                start_date=ui.start_edit.date().toPython(), end_date=ui.end_edit.date().toPython())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

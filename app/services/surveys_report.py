"""The survey's analysis (§10) and the S2 调查报告: per aspect (大厦管理, 清洁质量, 工作效率, 邮政服务,
保安) and per item the counts per level and the satisfaction rate ((满意 + 较满意) / valid answers, the
levels counted configurable), the return rate, opinions grouped by topic, improvement actions; as an
Excel workbook (raw answers, per-item tables, native charts) and an A4 PDF for leadership. The
questionnaires collected in a month are also a register (and so a section of the monthly pack)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app import vocab
from app.db.models.residents import Building
from app.db.models.visits import ReturnVisit, SurveyAction, SurveyOpinion, SurveyPlan, SurveyResponse
from app.services import config, lookups, surveys
from app.services.catalog import PrintSource, RegisterSource
from app.services.context import ServiceContext
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, language, translate
from reports.excel.spec import Col, RegisterMeta, RegisterSpec

ACTION_STATUS = {"open": QT_TRANSLATE_NOOP("Surveys", "进行中"), "done": QT_TRANSLATE_NOOP("Surveys", "已完成")}


@dataclass
class QuestionFigures:
    key: str
    label: str
    group: str          # 方面 | 项目
    counts: list[int]   # per level, best first
    satisfied: int

    @property
    def valid(self) -> int:
        return sum(self.counts)

    @property
    def rate(self) -> float | None:
        return self.satisfied / self.valid if self.valid else None


@dataclass
class SurveyAnalysis:
    plan: surveys.SurveyRow
    levels: tuple[str, ...]
    satisfied_levels: int
    questions: list[QuestionFigures]
    responses: list[dict]
    opinions: dict[str, list[dict]] = field(default_factory=dict)
    actions: list[dict] = field(default_factory=list)
    target: float = 0.9

    @property
    def overall(self) -> float | None:
        valid = sum(q.valid for q in self.questions)
        return sum(q.satisfied for q in self.questions) / valid if valid else None


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def tally(rows: list[dict], scale: int, satisfied_levels: int) -> list[QuestionFigures]:
    """Counts per level and satisfied answers for every question (plain rows, no database)."""
    out = []
    for key, label in surveys.QUESTIONS:
        counts = [0] * scale
        for r in rows:
            level = r.get(key)
            if level:
                counts[level - 1] += 1
        out.append(QuestionFigures(key, label, "方面" if key.startswith("rating_") else "项目", counts,
                                   sum(counts[:satisfied_levels])))
    return out


def analyse(ctx: ServiceContext, survey_id: int) -> SurveyAnalysis:
    plan = surveys.get(ctx, survey_id)
    keys = [k for k, _ in surveys.QUESTIONS]
    with ctx.read("surveys.view") as s:
        levels = int(config.get_in(s, f"surveys.satisfied_levels_{plan.scale}"))
        target = float(config.get_in(s, "surveys.target_rate"))
        cols = [getattr(SurveyResponse, k) for k in keys]
        stmt = (select(SurveyResponse.id, SurveyResponse.response_no, Building.name, SurveyResponse.room_no,
                       SurveyResponse.respondent_name, SurveyResponse.method, SurveyResponse.collected_date,
                       SurveyResponse.suggestions, SurveyResponse.respondent_signature, *cols)
                .outerjoin(Building, Building.id == SurveyResponse.building_id)
                .where(SurveyResponse.survey_id == survey_id, SurveyResponse.status == "returned")
                .order_by(SurveyResponse.response_no))
        responses = []
        for row in s.execute(stmt):
            d = dict(zip(("id", "response_no", "building", "room_no", "respondent_name", "method", "collected_date",
                          "suggestions", "signed", *keys), row, strict=True))
            responses.append(d)
        grouped: dict[str, list[dict]] = defaultdict(list)
        for topic, text, no, room, visit_no in s.execute(
                select(SurveyOpinion.topic, SurveyOpinion.text, SurveyResponse.response_no, SurveyResponse.room_no,
                       ReturnVisit.visit_no)
                .join(SurveyResponse, SurveyResponse.id == SurveyOpinion.response_id)
                .outerjoin(ReturnVisit, ReturnVisit.id == SurveyOpinion.visit_id)
                .where(SurveyResponse.survey_id == survey_id).order_by(SurveyResponse.response_no, SurveyOpinion.id)):
            grouped[topic].append({"topic": topic, "text": text, "response_no": no, "room_no": room,
                                   "visit_no": visit_no or ""})
        # topics (codes) in their declared order, an unknown one last
        opinions = {t: grouped.pop(t) for t in surveys.TOPICS if t in grouped} | dict(grouped)
        actions = [{"id": a.id, "dept": a.dept, "action": a.action, "deadline": a.deadline, "status": ACTION_STATUS[a.status]}
                   for a in s.scalars(select(SurveyAction).where(SurveyAction.survey_id == survey_id)
                                      .order_by(SurveyAction.deadline, SurveyAction.id))]
    return SurveyAnalysis(plan, surveys.SCALES[plan.scale], levels, tally(responses, plan.scale, levels), responses,
                          opinions, actions, target)


# The S2 report ------------------------------------------------------------------------------------------
def _specs(a: SurveyAnalysis):
    level_cols = tuple(Col(f"l{i}", name, "int") for i, name in enumerate(a.levels, start=1))
    per_item = RegisterSpec(
        title="分项满意度", sheet_name="分项统计", landscape=False,
        columns=(Col("group", "类别", width=8), Col("label", "评价项目", width=26), *level_cols,
                 Col("valid", "有效答卷", "int"), Col("rate", "满意率", width=10)))
    raw = RegisterSpec(
        title="原始问卷", sheet_name="原始问卷",
        columns=(Col("response_no", "问卷编号", width=9), Col("building", "楼栋"), Col("room_no", "房号"),
                 Col("respondent_name", "填表人"), Col("method", "方式", values="surveys.method"),
                 *(Col(k, label[:6], width=7) for k, label in surveys.QUESTIONS),
                 Col("suggestions", "建议", width=24), Col("collected_date", "回收日期", "date")))
    summary = RegisterSpec(title="调查汇总", sheet_name="汇总", landscape=False,
                           columns=(Col("item", "项目", width=26), Col("value", "数值", width=20)))
    opinions = RegisterSpec(title="意见汇总（按类别）", sheet_name="意见汇总",
                            columns=(Col("topic", "类别", values="surveys.topic"), Col("response_no", "问卷编号"), Col("room_no", "房号"),
                                     Col("text", "意见", width=50), Col("visit_no", "回访编号", width=15)))
    actions = RegisterSpec(title="改进措施", sheet_name="改进措施", landscape=False,
                           columns=(Col("dept", "责任部门", values="frontdesk.department"), Col("action", "改进措施", width=40),
                                    Col("deadline", "完成期限", "date"), Col("status", "状态")))
    return summary, per_item, raw, opinions, actions


def _summary_rows(a: SurveyAnalysis) -> list[dict]:
    p = a.plan
    return [{"item": "调查编号", "value": p.survey_no}, {"item": "调查名称", "value": p.title},
            {"item": "调查期间", "value": f"{p.start_date} 至 {p.end_date}"},
            {"item": "评分等级", "value": "、".join(a.levels)},
            {"item": "发放问卷（份）", "value": p.issued}, {"item": "回收问卷（份）", "value": p.returned},
            {"item": "回收率", "value": _pct(p.return_rate if p.issued else None)},
            {"item": "总体满意率", "value": _pct(a.overall)}, {"item": "满意率目标", "value": f"{a.target:.0%}"},
            {"item": "满意率算法", "value": f"前 {a.satisfied_levels} 级 / 有效答卷"},
            {"item": "意见条数", "value": sum(len(v) for v in a.opinions.values())}]


def _item_rows(a: SurveyAnalysis) -> list[dict]:
    return [{"group": q.group, "label": q.label, **{f"l{i}": n for i, n in enumerate(q.counts, start=1)},
             "valid": q.valid, "rate": _pct(q.rate)} for q in a.questions]


def _raw_rows(a: SurveyAnalysis) -> list[dict]:
    names = a.levels
    return [{**r, **{k: names[r[k] - 1] if r[k] else "" for k, _ in surveys.QUESTIONS}} for r in a.responses]


def _charts(a: SurveyAnalysis):
    from reports.excel.charts import ChartData
    pct = lambda q: round(100 * q.rate, 1) if q.rate is not None else 0  # noqa: E731
    t = lambda s: translate("Surveys", s)  # noqa: E731 - the words are marked in _CHART_WORDS
    label = lambda q: t(q.label) if language() == "en" else q.label[:8] if q.group == "项目" else q.label  # noqa: E731
    return [ChartData(t("各方面满意率（%）"), t("方面"), t("满意率%"),
                      tuple((label(q), pct(q)) for q in a.questions if q.group == "方面")),
            ChartData(t("各项目满意率（%）"), t("项目"), t("满意率%"),
                      tuple((label(q), pct(q)) for q in a.questions if q.group == "项目"))]


_CHART_WORDS = (QT_TRANSLATE_NOOP("Surveys", "各方面满意率（%）"), QT_TRANSLATE_NOOP("Surveys", "方面"),
                QT_TRANSLATE_NOOP("Surveys", "满意率%"), QT_TRANSLATE_NOOP("Surveys", "各项目满意率（%）"),
                QT_TRANSLATE_NOOP("Surveys", "项目"))


def export_report(ctx: ServiceContext, survey_id: int, path: Path, progress=None) -> Path:
    """S2 as Excel: 汇总, 分项统计, 意见汇总, 改进措施, 原始问卷 and the charts sheet."""
    from reports.excel.analysis_book import build_analysis_book
    ctx.require("surveys.export")
    a = analyse(ctx, survey_id)
    summary, per_item, raw, opinions, actions = _specs(a)
    meta = RegisterMeta(org_name=config.get(ctx, "org.name"), period_label=f"{a.plan.start_date} 至 {a.plan.end_date}",
                        building_label="全部", generated_by=ctx.actor.display_name)
    all_opinions = [o for items in a.opinions.values() for o in items]
    return build_analysis_book([(summary, _summary_rows(a)), (per_item, _item_rows(a)), (opinions, all_opinions),
                                (actions, a.actions), (raw, _raw_rows(a))], _charts(a), path, meta, progress)


def print_report(ctx: ServiceContext, number: str, path: Path) -> Path:
    """`dormdesk print survey-report DC2026-0001`: S2 on A4 with charts, for leadership."""
    from reports.pdf.analysis_report import build_analysis_pdf
    ctx.require("surveys.print")
    a = analyse(ctx, surveys.by_number(ctx, number).id)
    p = a.plan
    t = lambda s: translate("Prints", s)  # noqa: E731 - the words are marked in _PRINT_WORDS
    q_label = lambda q: translate("Surveys", q.label)  # noqa: E731 - marked in _QUESTION_WORDS
    none = "—"
    facts = [t("{org}　　{number} {title}　　{start} 至 {end}").format(
                 org=config.get(ctx, "org.name"), number=p.survey_no, title=p.title, start=p.start_date, end=p.end_date),
             t("发放 {issued} 份，回收 {returned} 份，回收率 {rate}；总体满意率 {overall}（目标 {target}）。").format(
                 issued=p.issued, returned=p.returned, rate=_pct(p.return_rate if p.issued else None),
                 overall=_pct(a.overall), target=f"{a.target:.0%}"),
             t("调查目的：{purpose}　调查对象：{target}　范围：{coverage}　调查组：{team}").format(
                 purpose=p.purpose or none, target=p.target or none, coverage=p.coverage or none, team=p.team or none)]
    header = [t("评价项目"), *(translate("Surveys", x) for x in a.levels), t("有效"), t("满意率")]
    sections = [
        ("table", t("一、各方面满意度"), header,
         [[q_label(q), *q.counts, q.valid, _pct(q.rate)] for q in a.questions if q.group == "方面"]),
        ("chart", t("各方面满意率（%）"),
         [(q_label(q), round(100 * (q.rate or 0), 1)) for q in a.questions if q.group == "方面"]),
        ("table", t("二、各项目满意度"), header,
         [[q_label(q), *q.counts, q.valid, _pct(q.rate)] for q in a.questions if q.group == "项目"]),
        ("chart", t("各项目满意率（%）"),
         [(q_label(q)[:8] if language() != "en" else q_label(q), round(100 * (q.rate or 0), 1))
          for q in a.questions if q.group == "项目"]),
        ("text", t("三、代表性意见（按类别）"),
         [t("【{topic}】{n} 条：").format(topic=vocab.label("surveys.topic", topic), n=len(items))
          + translate("Surveys", OPINION_SEPARATOR).join(o["text"] for o in items[:5]) for topic, items in a.opinions.items()]),
        ("table", t("四、改进措施"), [t("责任部门"), t("改进措施"), t("完成期限"), t("状态")],
         [[vocab.label("frontdesk.department", x["dept"]), x["action"], x["deadline"], translate("Surveys", x["status"])] for x in a.actions]),
    ]
    return build_analysis_pdf(path, t("服务质量调查报告（{0}）").format(p.survey_no), facts, sections,
                              signers=(t("编制（管理部）"), t("审核"), t("呈报公司领导")))


# The S2 print's words, collected for translation (print_report translates each as it writes it).
_PRINT_WORDS = (
    QT_TRANSLATE_NOOP("Prints", "{org}　　{number} {title}　　{start} 至 {end}"),
    QT_TRANSLATE_NOOP("Prints", "发放 {issued} 份，回收 {returned} 份，回收率 {rate}；总体满意率 {overall}（目标 {target}）。"),
    QT_TRANSLATE_NOOP("Prints", "调查目的：{purpose}　调查对象：{target}　范围：{coverage}　调查组：{team}"),
    QT_TRANSLATE_NOOP("Prints", "评价项目"), QT_TRANSLATE_NOOP("Prints", "有效"), QT_TRANSLATE_NOOP("Prints", "满意率"),
    QT_TRANSLATE_NOOP("Prints", "一、各方面满意度"), QT_TRANSLATE_NOOP("Prints", "各方面满意率（%）"),
    QT_TRANSLATE_NOOP("Prints", "二、各项目满意度"), QT_TRANSLATE_NOOP("Prints", "各项目满意率（%）"),
    QT_TRANSLATE_NOOP("Prints", "三、代表性意见（按类别）"), QT_TRANSLATE_NOOP("Prints", "【{topic}】{n} 条："),
    QT_TRANSLATE_NOOP("Prints", "四、改进措施"), QT_TRANSLATE_NOOP("Prints", "责任部门"),
    QT_TRANSLATE_NOOP("Prints", "改进措施"), QT_TRANSLATE_NOOP("Prints", "完成期限"), QT_TRANSLATE_NOOP("Prints", "状态"),
    QT_TRANSLATE_NOOP("Prints", "服务质量调查报告（{0}）"), QT_TRANSLATE_NOOP("Prints", "编制（管理部）"),
    QT_TRANSLATE_NOOP("Prints", "审核"), QT_TRANSLATE_NOOP("Prints", "呈报公司领导"))
# The questions and rating levels of app.services.surveys, as printed (translated when the report is printed).
_QUESTION_WORDS = (
    QT_TRANSLATE_NOOP("Surveys", "大厦管理"), QT_TRANSLATE_NOOP("Surveys", "清洁质量"), QT_TRANSLATE_NOOP("Surveys", "工作效率"),
    QT_TRANSLATE_NOOP("Surveys", "邮政服务"), QT_TRANSLATE_NOOP("Surveys", "保安"),
    QT_TRANSLATE_NOOP("Surveys", "投诉处理/解决问题效率"), QT_TRANSLATE_NOOP("Surveys", "员工言行举止、礼仪礼貌"),
    QT_TRANSLATE_NOOP("Surveys", "清洁卫生"), QT_TRANSLATE_NOOP("Surveys", "保安消防工作"),
    QT_TRANSLATE_NOOP("Surveys", "出入登记手续"), QT_TRANSLATE_NOOP("Surveys", "货物出入手续"),
    QT_TRANSLATE_NOOP("Surveys", "很满意"), QT_TRANSLATE_NOOP("Surveys", "满意"), QT_TRANSLATE_NOOP("Surveys", "较满意"),
    QT_TRANSLATE_NOOP("Surveys", "一般"), QT_TRANSLATE_NOOP("Surveys", "不满意"))


# The monthly register -----------------------------------------------------------------------------------
OPINION = QT_TRANSLATE_NOOP("Surveys", "{0}：{1}")  # topic: text
OPINION_SEPARATOR = QT_TRANSLATE_NOOP("Surveys", "；")
RESPONSE_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "调查问卷回收登记"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "问卷回收"),
    columns=(Col("survey_no", QT_TRANSLATE_NOOP("Columns", "调查编号"), width=13),
             Col("response_no", QT_TRANSLATE_NOOP("Columns", "问卷编号"), width=9),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("respondent_name", QT_TRANSLATE_NOOP("Columns", "填表人"), total="count"),
             Col("method", QT_TRANSLATE_NOOP("Columns", "方式"), values="surveys.method"),
             Col("collected_date", QT_TRANSLATE_NOOP("Columns", "回收日期"), "date"),
             Col("satisfied", QT_TRANSLATE_NOOP("Columns", "满意项"), "int"),
             Col("answered", QT_TRANSLATE_NOOP("Columns", "作答项"), "int"),
             Col("opinions", QT_TRANSLATE_NOOP("Columns", "意见"), width=30)))


def fetch_responses(ctx: ServiceContext, period: Period, building: str | None):
    bid = lookups.building_id(ctx, building)
    keys = [k for k, _ in surveys.QUESTIONS]
    stmt = (select(SurveyResponse, SurveyPlan.survey_no, SurveyPlan.scale, Building.name)
            .join(SurveyPlan, SurveyPlan.id == SurveyResponse.survey_id)
            .outerjoin(Building, Building.id == SurveyResponse.building_id)
            .where(SurveyResponse.status == "returned", SurveyResponse.collected_date >= period.start,
                   SurveyResponse.collected_date <= period.end)
            .order_by(SurveyPlan.survey_no, SurveyResponse.response_no))
    if bid is not None:
        stmt = stmt.where(SurveyResponse.building_id == bid)
    with ctx.read("surveys.view") as s:
        got = s.execute(stmt).all()
        ops = defaultdict(list)
        if got:
            for rid, topic, text in s.execute(select(SurveyOpinion.response_id, SurveyOpinion.topic, SurveyOpinion.text)
                                              .where(SurveyOpinion.response_id.in_([r.id for r, *_ in got]))):
                ops[rid].append(translate("Surveys", OPINION).format(vocab.label("surveys.topic", topic), text))
        levels = {3: int(config.get_in(s, "surveys.satisfied_levels_3")), 5: int(config.get_in(s, "surveys.satisfied_levels_5"))}
    lines = []
    for r, no, scale, bname in got:
        answers = [getattr(r, k) for k in keys if getattr(r, k)]
        lines.append({"survey_no": no, "response_no": r.response_no, "building": bname, "room_no": r.room_no,
                      "respondent_name": r.respondent_name, "method": r.method, "collected_date": r.collected_date,
                      "satisfied": sum(1 for x in answers if x <= levels[scale]), "answered": len(answers),
                      "opinions": translate("Surveys", OPINION_SEPARATOR).join(ops[r.id])})
    return RESPONSE_SPEC, lines


REGISTERS = [RegisterSource("surveys", QT_TRANSLATE_NOOP("Registers", "调查问卷回收登记"), fetch_responses)]
PRINTS = [PrintSource("survey-report", "服务质量调查报告", print_report)]

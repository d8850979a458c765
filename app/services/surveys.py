"""The service-quality survey (物业服务质量调查, domain.md §10): the plan (purpose, target, coverage,
dates, team; twice a year by default, a 3- or 5-level scale), questionnaires issued per room with their
numbers, the fast entry of returned paper forms, opinions turned into return visits, and improvement
actions per department. Figures and the S2 report: surveys_report.py.

planned → distributed → collecting → closed (return rate) → reported → archived. Ratings are stored as
level numbers, 1 = the best level of the survey's scale.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select

from app import vocab
from app.db.models.residents import Building, Room
from app.db.models.visits import SurveyAction, SurveyOpinion, SurveyPlan, SurveyResponse
from app.errors import Conflict, NotFound, ValidationError
from app.services import sequences, visits
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

PREFIX = "DC"
ASPECTS = (("rating_building_mgmt", "大厦管理"), ("rating_cleaning", "清洁质量"), ("rating_efficiency", "工作效率"),
           ("rating_postal", "邮政服务"), ("rating_security", "保安"))
ITEMS = (("item_complaint_efficiency", "投诉处理/解决问题效率"), ("item_staff_manners", "员工言行举止、礼仪礼貌"),
         ("item_cleanliness", "清洁卫生"), ("item_security_fire", "保安消防工作"),
         ("item_entry_registration", "出入登记手续"), ("item_goods_in_out", "货物出入手续"), ("item_postal", "邮政服务"))
QUESTIONS = ASPECTS + ITEMS
SCALES = {3: ("满意", "较满意", "不满意"), 5: ("很满意", "满意", "较满意", "一般", "不满意")}
# Opinion topics and survey methods are stored as codes (at most 8 letters: both columns are String(8))
# and shown through app/vocab; the topics' order is the order of the report's opinion sections.
TOPIC = vocab.define("surveys.topic", {
    "cleaning": QT_TRANSLATE_NOOP("Values", "清洁"), "postal": QT_TRANSLATE_NOOP("Values", "邮政"),
    "security": QT_TRANSLATE_NOOP("Values", "保安"), "upkeep": QT_TRANSLATE_NOOP("Values", "工程维修"),
    "facility": QT_TRANSLATE_NOOP("Values", "设施投入"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("survey_opinion.topic",))
METHOD = vocab.define("surveys.method", {
    "paper": QT_TRANSLATE_NOOP("Values", "问卷"), "talk": QT_TRANSLATE_NOOP("Values", "表格访谈"),
    "phone": QT_TRANSLATE_NOOP("Values", "电话")}, columns=("survey_response.method",))
TOPICS = TOPIC.codes        # cleaning, postal, security, upkeep, facility, other
METHODS = METHOD.codes      # paper (问卷), talk (表格访谈), phone
# improvement actions' departments: codes of frontdesk.department (app/vocab.py)
DEPARTMENTS = ("dorm_office", "cleaning", "security", "repair", "front_desk", "other")
STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Surveys", "计划中"), "distributed": QT_TRANSLATE_NOOP("Surveys", "已发放"),
    "collecting": QT_TRANSLATE_NOOP("Surveys", "回收中"), "closed": QT_TRANSLATE_NOOP("Surveys", "回收结束"),
    "reported": QT_TRANSLATE_NOOP("Surveys", "已报告"), "archived": QT_TRANSLATE_NOOP("Surveys", "已归档"),
}
DEFAULTS = {
    "surveys.months": [5, 11],
    "surveys.satisfied_levels_3": 2,   # (满意 + 较满意) / valid
    "surveys.satisfied_levels_5": 3,   # (很满意 + 满意 + 较满意) / valid
    "surveys.target_rate": 0.9,
    "surveys.return_target": 0.8,
}
CONFIG_LABELS = {
    "surveys.months": QT_TRANSLATE_NOOP("Config", "服务质量调查月份（每年）"),
    "surveys.satisfied_levels_3": QT_TRANSLATE_NOOP("Config", "三级评分中计入满意率的前几级"),
    "surveys.satisfied_levels_5": QT_TRANSLATE_NOOP("Config", "五级评分中计入满意率的前几级"),
    "surveys.target_rate": QT_TRANSLATE_NOOP("Config", "调查满意率目标"),
    "surveys.return_target": QT_TRANSLATE_NOOP("Config", "问卷回收率目标"),
}


@dataclass(frozen=True, slots=True)
class SurveyRow:
    id: int
    survey_no: str
    title: str
    status: str
    purpose: str | None
    target: str | None
    coverage: str | None
    team: str | None
    scale: int
    start_date: dt.date
    end_date: dt.date
    prepared_by: str | None
    issued: int
    returned: int
    version: int

    @property
    def return_rate(self) -> float:
        return self.returned / self.issued if self.issued else 0.0

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def _text(value) -> str | None:
    return (value or "").strip() or None


def next_survey_dates(today: dt.date, months=(5, 11)) -> tuple[dt.date, dt.date]:
    """The next survey month (May or November by default): its first and last day."""
    from app.services.periods import month_end
    months = sorted({int(m) for m in months if isinstance(m, (int, float)) and 1 <= m <= 12}) or [5, 11]
    for year in (today.year, today.year + 1):
        for m in months:
            first = dt.date(year, m, 1)
            if month_end(first) >= today:
                return first, month_end(first)
    return today, today


# The plan ---------------------------------------------------------------------------------------------
def create_plan(ctx: ServiceContext, *, title: str, start_date: dt.date, end_date: dt.date, scale: int = 3,
                purpose: str | None = None, target: str | None = None, coverage: str | None = None,
                team: str | None = None) -> SurveyRow:
    """The supervisor plans a survey."""
    if not _text(title):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写调查名称。"), field="title")
    if scale not in SCALES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "评分等级只能是 3 级或 5 级。"), field="scale")
    if end_date < start_date:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "结束日期早于开始日期。"), field="end_date")
    with ctx.action("surveys.decide") as tx:
        p = SurveyPlan(survey_no=sequences.next_number(tx.session, PREFIX, start_date.year, 4), title=title.strip(),
                       status="planned", purpose=_text(purpose), target=_text(target), coverage=_text(coverage),
                       team=_text(team), scale=scale, start_date=start_date, end_date=end_date,
                       prepared_by=ctx.actor.display_name)
        tx.stamp(p, new=True)
        tx.session.add(p)
        tx.session.flush()
        tx.audit("survey_plan", p.survey_no, after=snapshot(p), summary=f"制定调查计划 {p.survey_no} {p.title}")
        sid = p.id
    return get(ctx, sid)


def issue_forms(ctx: ServiceContext, survey_id: int, *, building_id: int, rooms: list[str] | None = None) -> int:
    """Questionnaires per room of a building (or the listed rooms), numbered on from the last one."""
    ctx.require_building(building_id)
    with ctx.action("surveys.issue") as tx:
        s = tx.session
        p = _plan(s, survey_id)
        if p.status not in ("planned", "distributed", "collecting"):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "调查 {no} 已回收结束，不能再发放问卷。"), no=p.survey_no)
        stmt = select(Room.room_no).where(Room.building_id == building_id).order_by(Room.room_no)
        all_rooms = list(s.scalars(stmt))
        wanted = [r.strip() for r in rooms] if rooms else all_rooms
        unknown = [r for r in wanted if r not in all_rooms]
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "房号不存在：{rooms}"), field="rooms", rooms="、".join(unknown))
        if not wanted:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该楼栋没有房间。"), field="rooms")
        last = s.scalar(select(func.count()).select_from(SurveyResponse).where(SurveyResponse.survey_id == p.id)) or 0
        for n, room in enumerate(wanted, start=last + 1):
            r = SurveyResponse(survey_id=p.id, response_no=f"{n:04d}", status="issued", building_id=building_id,
                               room_no=room, method="paper", respondent_signature=False)
            tx.stamp(r, new=True)
            s.add(r)
        before = snapshot(p)
        p.status = "distributed" if p.status == "planned" else p.status
        tx.stamp(p)
        name = s.get(Building, building_id).name
        tx.audit("survey_plan", p.survey_no, before=before, after=snapshot(p),
                 summary=f"调查 {p.survey_no} 向 {name} 发放问卷 {len(wanted)} 份（{last + 1:04d}–{last + len(wanted):04d}）")
    return len(wanted)


def _plan(session, survey_id: int) -> SurveyPlan:
    p = session.get(SurveyPlan, survey_id)
    if p is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "调查计划不存在。"))
    return p


# Entering returned forms -------------------------------------------------------------------------------
def check_ratings(ratings: dict, scale: int) -> dict:
    """Level numbers 1..scale per question (None: not answered); a clear message names the item."""
    out = {}
    for n, (key, label) in enumerate(QUESTIONS, start=1):
        value = ratings.get(key)
        if value in (None, "", 0, "0"):
            out[key] = None
            continue
        try:
            level = int(value)
        except (TypeError, ValueError):
            level = -1
        if not 1 <= level <= scale:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "第 {n} 项“{item}”的评分 {value} 超出 1–{scale} 的范围。"),
                                  field=key, n=n, item=label, value=value, scale=scale)
        out[key] = level
    if not any(out.values()):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "这份问卷没有任何评分，请检查。"), field="ratings")
    return out


def enter_response(ctx: ServiceContext, survey_id: int, response_no: str, ratings: dict, *,
                   opinions: list[tuple[str, str]] = (), suggestions: str | None = None,
                   respondent_name: str | None = None, signed: bool = True, method: str = "paper",
                   collected: dt.date | None = None) -> int:
    """One returned questionnaire, all or nothing. Returns its id. The method and the opinions'
    topics are codes (or their labels, as typed)."""
    number = (response_no or "").strip()
    if number.isdigit():
        number = f"{int(number):04d}"
    method = METHOD.code(method) if isinstance(method, str) else method
    if method not in METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择调查方式。"), field="method")
    clean_opinions = []
    for topic, text in opinions:
        if _text(text):
            topic = TOPIC.code(topic) if isinstance(topic, str) else topic
            if topic not in TOPICS:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择意见类别。"), field="opinion_topic")
            clean_opinions.append((topic, text.strip()))
    with ctx.action("surveys.record") as tx:
        s = tx.session
        p = _plan(s, survey_id)
        if p.status not in ("distributed", "collecting"):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "调查 {no} 当前为“{status}”，不能录入问卷。"),
                           no=p.survey_no, status=STATUS_LABELS[p.status])
        levels = check_ratings(ratings, p.scale)
        r = s.scalars(select(SurveyResponse).where(SurveyResponse.survey_id == p.id,
                                                   SurveyResponse.response_no == number)).first()
        if r is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "问卷编号 {no} 不存在（本次调查未发放此编号）。"),
                                  field="response_no", no=number)
        if r.status == "returned":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "问卷 {no} 已于 {when} 由 {who} 录入，不能重复录入。"),
                           field="response_no", no=number, when=f"{r.updated_at:%m-%d %H:%M}", who=r.updated_by)
        if r.building_id is not None:
            ctx.require_building(r.building_id)
        for key, level in levels.items():
            setattr(r, key, level)
        r.status, r.method, r.collected_date = "returned", method, collected or ctx.today()
        r.suggestions, r.respondent_name, r.respondent_signature = _text(suggestions), _text(respondent_name), signed
        r.surveyor = ctx.actor.display_name
        tx.stamp(r)
        for topic, text in clean_opinions:
            s.add(SurveyOpinion(response_id=r.id, topic=topic, text=text))
        if p.status == "distributed":
            p.status = "collecting"
            tx.stamp(p)
        s.flush()
        tx.audit("survey_response", f"{p.survey_no}/{number}", after=snapshot(r),
                 summary=f"录入问卷 {p.survey_no}/{number}（{r.room_no or ''}）")
        return r.id


def next_open_number(ctx: ServiceContext, survey_id: int, after: str | None = None) -> str | None:
    """The next issued questionnaire not yet entered (the entry screen moves on to it)."""
    stmt = (select(SurveyResponse.response_no).where(SurveyResponse.survey_id == survey_id,
                                                     SurveyResponse.status == "issued")
            .order_by(SurveyResponse.response_no).limit(1))
    with ctx.read("surveys.view") as s:
        later = s.scalars(stmt.where(SurveyResponse.response_no > after)).first() if after else None
        return later or s.scalars(stmt).first()


def close_collection(ctx: ServiceContext, survey_id: int) -> SurveyRow:
    with ctx.action("surveys.close") as tx:
        p = _plan(tx.session, survey_id)
        if p.status not in ("distributed", "collecting"):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "调查 {no} 当前为“{status}”，不能结束回收。"),
                           no=p.survey_no, status=STATUS_LABELS[p.status])
        before = snapshot(p)
        p.status = "closed"
        tx.stamp(p)
        tx.audit("survey_plan", p.survey_no, before=before, after=snapshot(p), summary=f"调查 {p.survey_no} 回收结束")
    return get(ctx, survey_id)


# Opinions and actions -----------------------------------------------------------------------------------
def opinions_to_visits(ctx: ServiceContext, survey_id: int) -> int:
    """Every opinion without a return visit gets one (V1, type 意见征询), due per the §9 table."""
    with ctx.action("visits.create") as tx:
        s = tx.session
        p = _plan(s, survey_id)
        rows = s.execute(select(SurveyOpinion, SurveyResponse).join(SurveyResponse, SurveyResponse.id == SurveyOpinion.response_id)
                         .where(SurveyResponse.survey_id == p.id, SurveyOpinion.visit_id.is_(None))
                         .order_by(SurveyResponse.response_no, SurveyOpinion.id)).all()
        for op, r in rows:
            done = dt.datetime.combine(r.collected_date or ctx.today(), dt.time(9))
            v = visits.plan_in(tx, visit_type="survey", done_at=min(done, ctx.now()), source_kind="survey_response",
                               source_id=r.id, source_no=f"{p.survey_no}/{r.response_no}", building_id=r.building_id,
                               room_no=r.room_no, interviewee=r.respondent_name, phone=r.phone,
                               subject=f"{TOPIC.labels.get(op.topic, op.topic)}：{op.text}")  # kept as written
            op.visit_id = v.id
        tx.audit("survey_plan", p.survey_no, after={"visits": len(rows)},
                 summary=f"调查 {p.survey_no} 的 {len(rows)} 条意见转为回访")
    return len(rows)


def add_action(ctx: ServiceContext, survey_id: int, *, dept: str, action: str, deadline: dt.date) -> int:
    """An improvement action of the survey report; `dept` is a department code (a label is accepted)."""
    dept = vocab.DEPARTMENT.code(dept)
    if dept not in DEPARTMENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择责任部门。"), field="dept")
    if not _text(action):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写改进措施。"), field="action")
    if deadline < ctx.today():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "完成期限不能早于今天。"), field="deadline")
    with ctx.action("surveys.decide") as tx:
        p = _plan(tx.session, survey_id)
        a = SurveyAction(survey_id=p.id, dept=dept, action=action.strip(), deadline=deadline, status="open")
        tx.stamp(a, new=True)
        tx.session.add(a)
        tx.session.flush()
        tx.audit("survey_action", a.id, after=snapshot(a), summary=f"调查 {p.survey_no} 改进措施：{vocab.DEPARTMENT.labels[dept]} {action[:30]}")
        return a.id


def complete_action(ctx: ServiceContext, action_id: int) -> None:
    with ctx.action("surveys.record") as tx:
        a = tx.session.get(SurveyAction, action_id)
        if a is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "改进措施不存在。"))
        before = snapshot(a)
        a.status, a.done_at = "done", ctx.now()
        tx.stamp(a)
        tx.audit("survey_action", a.id, before=before, after=snapshot(a), summary=f"改进措施完成：{vocab.DEPARTMENT.labels.get(a.dept, a.dept)} {a.action[:30]}")


# Reading ------------------------------------------------------------------------------------------------
def list_plans(ctx: ServiceContext, ids=None) -> list[SurveyRow]:
    counts = (select(SurveyResponse.survey_id, func.count().label("issued"),
                     func.sum(case((SurveyResponse.status == "returned", 1), else_=0)).label("returned"))
              .group_by(SurveyResponse.survey_id))
    stmt = select(SurveyPlan).order_by(SurveyPlan.start_date.desc(), SurveyPlan.id.desc())
    if ids is not None:
        stmt = stmt.where(SurveyPlan.id.in_(list(ids)))
    with ctx.read("surveys.view") as s:
        issued = {sid: (i, int(r or 0)) for sid, i, r in s.execute(counts)}
        return [SurveyRow(**{k: getattr(p, k) for k in SurveyRow.__slots__ if k not in ("issued", "returned")},
                          issued=issued.get(p.id, (0, 0))[0], returned=issued.get(p.id, (0, 0))[1])
                for p in s.scalars(stmt)]


def get(ctx: ServiceContext, survey_id: int) -> SurveyRow:
    rows = list_plans(ctx, ids=[survey_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "调查计划不存在。"))
    return rows[0]


def by_number(ctx: ServiceContext, number: str) -> SurveyRow:
    with ctx.read("surveys.view") as s:
        sid = s.scalar(select(SurveyPlan.id).where(SurveyPlan.survey_no == (number or "").strip()))
    if sid is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "没有编号为 {no} 的调查。"), no=number)
    return get(ctx, sid)

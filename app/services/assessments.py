"""Warden assessment (domain.md §5): assessment items (A1), the deduction rule, month status.

The module family:
- assessments.py            items, deduction rule, month open/closed checks, seeds, defaults, dashboard
- assessments_incidents.py  incidents (A2): record, acknowledge, appeal, decide, delete, evidence
- assessments_sheet.py      the monthly sheet (A3): totals, additions, ranks; close/reopen; 12-month trend
- assessments_suggest.py    suggested incidents from other modules' facts; accept / dismiss
- assessments_exports.py    the Excel register "assessments" and the PDF print "assessment"
- assessments_demo.py       the demo step (order 50)

Money or points: `assessment.mode` is "money" (deductions in 元 from a base amount, the published
rules) or "points" (1 元 = 1 point off a full score of 100). Item amounts are the same numbers in
both modes. History: incidents copy the item's code, category, description and the deduction
computed when they were recorded, so editing or retiring an item never changes a past month.

Suggested incidents (catalog.ASSESSMENT_FACTS). Other modules declare functions
`facts(ctx, period) -> list[dict]`, one dict per fact about a building in the period:

    building_id  int             the building concerned (required)
    date         date | datetime when it happened (required; must fall in the period)
    title        str             short Chinese text, e.g. "备用钥匙逾期未还 3号楼 305" (required)
    detail       str             longer text copied into the incident's description (optional)
    source       str             the providing module, e.g. "keys", "repairs", "release" (required)
    ref          str             a stable id unique within `source`, e.g. "K2:123" (required)
    item_code    str             the assessment item to propose (optional; default: config
                                 `assessment.suggestion_item`)
    staff_id     int             the administrator concerned, when the fact names one (optional;
                                 default: the building's first administrator)
    deduction    number          a proposed deduction (optional; default: the item's minimum)
    loss_amount  number          for percent-of-loss items (optional)

Facts missing a required key are skipped (and logged). With no providers the suggestions list is
simply empty. A fact whose (source, ref) was accepted (an incident carries it) or dismissed (with a
reason) is not proposed again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import func, select

from app import vocab
from app.db.models.assessments import (
    DEDUCTION_MODES,
    AssessmentIncident,
    AssessmentItem,
    AssessmentMonth,
)
from app.errors import NotFound, ValidationError
from app.services import config
from app.services.catalog import Badge, DashboardItem
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

DEFAULTS = {
    "assessment.mode": "money",            # money | points
    "assessment.base_amount": 600,         # 绩效基数 per administrator and month, 元 [I]
    "assessment.full_score": 100,          # points mode
    "assessment.suggestion_item": "5a",    # item proposed for a suggested incident
}

CONFIG_LABELS = {
    "assessment.mode": QT_TRANSLATE_NOOP("Config", "宿管员考核方式（money 按次扣款 / points 百分制扣分）"),
    "assessment.base_amount": QT_TRANSLATE_NOOP("Config", "宿管员月度绩效基数（元）"),
    "assessment.full_score": QT_TRANSLATE_NOOP("Config", "百分制考核满分"),
    "assessment.suggestion_item": QT_TRANSLATE_NOOP("Config", "建议扣款默认考核项目编号"),
}

CENT = Decimal("0.01")
ITEM_CATEGORIES = vocab.ASSESSMENT_CATEGORY.codes   # stored codes (app/vocab.py): dress, duty, access, …
# the staff categories (Staff.category) assessed: wardens (§5) and front-desk staff (§13.1, 10 元 per
# lapse); an item's `applies_to` names its category, NULL being the wardens' items of §5
WARDEN = "warden"                   # residents.staff_category codes: 宿管员, 客服
ASSESSED_STAFF = (WARDEN, "service")

# (code, category, duty, description, mode, min, max, percent) from domain.md §5 [S]+[F]; 7 and 8: [I];
# categories are codes of "assessments.category" (app/vocab.py)
SEED_ITEMS = (
    ("1", "dress", "着装言行符合教师身份", "穿背心、拖鞋出入校园，语言不文明", "range", 10, 20, None),
    ("2", "duty", "24小时值班，课余时间两名管理员均须在岗", "擅离岗位", "range", 30, 30, None),
    ("3a", "access", "只允许家长进入（男家长不进女生楼）", "放外来人员进入", "range", 5, 5, None),
    ("3b", "access", "外来人员及非住宿生不得留宿", "外来人员留宿", "range", 20, 20, None),
    ("3c", "access", "男女生不得互串宿舍", "发现男女生互串宿舍（每例）", "range", 30, 30, None),
    ("4", "hours", "按学工处作息时间开、锁大门", "开锁门过早或过迟（视影响）", "range", 5, 10, None),
    ("5a", "patrol", "会同学生干部每日检查归寝、卫生、早操，做好记录，就寝巡查",
     "不检查或对违纪视而不见", "range", 5, 20, None),
    ("5b", "patrol", "会同学生干部每日检查归寝、卫生、早操，做好记录，就寝巡查", "管理不力", "range", 5, 5, None),
    ("5c", "safety", "制止打架", "不制止或制止不力", "range", 10, 20, None),
    ("6", "safety", "提醒关窗锁门、按时开门，留意可疑情况", "学生现金或财物因疏忽被盗（负连带责任）",
     "percent", None, None, 30),
    ("7", "hygiene", "楼前楼后、各楼层（瓷砖、楼梯、扶手）及厕所清洁，每半月用盐酸刷洗便池",
     "卫生不达标（金额可配置）", "range", 5, 10, None),
    ("8", "utility", "水电服务、报修、查房、记录等", "水电服务或报修不及时", "range", 5, 10, None),
)


def _dec(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "金额格式不正确：{value}"), value=value) from None


def seed_items(session, now: dt.datetime) -> None:
    """Insert the published items that are missing (by code); never touches edited or retired rows."""
    have = set(session.scalars(select(AssessmentItem.code)))
    for order, (code, cat, duty, desc, mode, lo, hi, pct) in enumerate(SEED_ITEMS, start=1):
        if code in have:
            continue
        session.add(AssessmentItem(code=code, category=cat, duty=duty, description=desc, deduction_mode=mode,
                                   deduction_min=_dec(lo), deduction_max=_dec(hi), percent=_dec(pct),
                                   sort_order=order * 10, active=True, created_at=now, created_by="system",
                                   updated_at=now, updated_by="system"))


SEEDS = [seed_items]


# Mode ------------------------------------------------------------------------------------------------
def mode(ctx: ServiceContext) -> str:
    value = config.get(ctx, "assessment.mode")
    return value if value in ("money", "points") else "money"


def unit_for(mode_value: str) -> str:
    return "分" if mode_value == "points" else "元"


# Items -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemRow:
    """An assessment item as forms and lists show it."""

    id: int
    code: str
    category: str
    duty: str | None
    description: str
    deduction_mode: str
    deduction_min: Decimal | None
    deduction_max: Decimal | None
    percent: Decimal | None
    sort_order: int
    active: bool
    version: int
    applies_to: str = WARDEN

    @property
    def rule_text(self) -> str:
        if self.deduction_mode == "percent":
            return f"损失的 {self.percent.normalize():f}%"
        if self.deduction_min == self.deduction_max:
            return f"{self.deduction_min.normalize():f}"
        return f"{self.deduction_min.normalize():f}–{self.deduction_max.normalize():f}"

    @property
    def label(self) -> str:
        return f"{self.code} {self.description}"


def _item_row(i: AssessmentItem) -> ItemRow:
    return ItemRow(i.id, i.code, i.category, i.duty, i.description, i.deduction_mode, i.deduction_min,
                   i.deduction_max, i.percent, i.sort_order, i.active, i.version, i.applies_to or WARDEN)


def list_items(ctx: ServiceContext, *, include_retired: bool = True) -> list[ItemRow]:
    stmt = select(AssessmentItem).order_by(AssessmentItem.sort_order, AssessmentItem.code)
    if not include_retired:
        stmt = stmt.where(AssessmentItem.active.is_(True))
    with ctx.read("assessments.view") as s:
        return [_item_row(i) for i in s.scalars(stmt)]


def get_item(ctx: ServiceContext, item_id: int) -> ItemRow:
    with ctx.read("assessments.view") as s:
        item = s.get(AssessmentItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "考核项目不存在（{id}）。"), id=item_id)
        return _item_row(item)


def _validate_item(code, category, description, deduction_mode, lo, hi, pct):
    if not (code or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写项目编号。"), field="code")
    if category not in ITEM_CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "类别应为：{choices}"), field="category",
                              choices="/".join(vocab.label("assessments.category", c) for c in ITEM_CATEGORIES))
    if not (description or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写违规行为。"), field="description")
    if deduction_mode not in DEDUCTION_MODES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "扣款方式不正确：{mode}"), field="deduction_mode",
                              mode=deduction_mode)
    if deduction_mode == "percent":
        if pct is None or not Decimal(0) < pct <= Decimal(100):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "按损失比例扣款时，比例应在 0–100% 之间。"),
                                  field="percent")
    elif lo is None or hi is None or lo <= 0 or hi < lo:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "扣款范围不正确：最低应大于 0，且不高于最高。"),
                              field="deduction_min")


def save_item(ctx: ServiceContext, item_id: int | None, *, code: str, category: str, description: str,
              deduction_mode: str = "range", deduction_min=None, deduction_max=None, percent=None,
              duty: str | None = None, sort_order: int | None = None, active: bool = True,
              expected_version: int | None = None, applies_to: str | None = None) -> ItemRow:
    """Create or edit an item. Past incidents keep the amounts copied onto them; the code is fixed once
    created (it names the column in past months' tables)."""
    lo, hi, pct = _dec(deduction_min), _dec(deduction_max), _dec(percent)
    code = (code or "").strip()
    category = vocab.code("assessments.category", category) or category  # a code, or its label as typed
    _validate_item(code, category, description, deduction_mode, lo, hi, pct)
    if deduction_mode == "percent":
        lo = hi = None
    else:
        pct = None
    with ctx.action("assessments.configure") as tx:
        s = tx.session
        if item_id is None:
            if s.scalar(select(AssessmentItem.id).where(AssessmentItem.code == code)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "项目编号 {code} 已存在。"), field="code", code=code)
            if sort_order is None:  # before adding the new row: a query would autoflush it half-filled
                sort_order = (s.scalar(select(func.max(AssessmentItem.sort_order))) or 0) + 10
            applies_to = vocab.code("residents.staff_category", applies_to) or applies_to  # a code, or its label
            item = AssessmentItem(code=code, applies_to=applies_to if applies_to in ASSESSED_STAFF[1:] else None)
            tx.stamp(item, new=True)
            before = None
        else:
            item = s.get(AssessmentItem, item_id)
            if item is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "考核项目不存在（{id}）。"), id=item_id)
            tx.check_version(item, expected_version)
            if item.code != code:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "项目编号创建后不能修改（已用于历史月份）。"),
                                      field="code")
            before = snapshot(item)
            tx.stamp(item)
        item.category, item.description, item.duty = category, description.strip(), (duty or "").strip() or None
        item.deduction_mode, item.deduction_min, item.deduction_max, item.percent = deduction_mode, lo, hi, pct
        item.active = bool(active)
        if sort_order is not None:
            item.sort_order = sort_order
        if before is None:
            s.add(item)
        s.flush()
        tx.audit("assessment_item", item.id, before=before, after=snapshot(item),
                 summary=f"{'新增' if before is None else '修改'}考核项目 {code} {item.description}")
        return _item_row(item)


def set_item_active(ctx: ServiceContext, item_id: int, active: bool, expected_version: int | None = None) -> ItemRow:
    """Retire an item (no new incidents) or bring it back; past months are unaffected."""
    with ctx.action("assessments.configure") as tx:
        item = tx.session.get(AssessmentItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "考核项目不存在（{id}）。"), id=item_id)
        tx.check_version(item, expected_version)
        before = snapshot(item)
        item.active = bool(active)
        tx.stamp(item)
        tx.session.flush()
        tx.audit("assessment_item", item.id, before=before, after=snapshot(item),
                 summary=f"{'启用' if active else '停用'}考核项目 {item.code}")
        return _item_row(item)


# The deduction rule ----------------------------------------------------------------------------------
def compute_deduction(item: ItemRow | AssessmentItem, deduction=None, loss_amount=None, unit: str = "元") -> Decimal:
    """The deduction for one incident under `item`'s rule, or ValidationError (field named).

    Range items: the given deduction must lie within min–max (a fixed amount is taken when none is
    given). Percent items: percent × loss, rounded to the cent; the loss is required."""
    if item.deduction_mode == "percent":
        loss = _dec(loss_amount)
        if loss is None or loss <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "项目 {code} 按损失的 {percent}% 扣款，请填写损失金额（大于 0）。"),
                field="loss_amount", code=item.code, percent=f"{item.percent.normalize():f}")
        return (loss * item.percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    amount = _dec(deduction)
    lo, hi = item.deduction_min, item.deduction_max
    if amount is None:
        if lo is not None and lo == hi:
            return lo
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写扣款（{min}–{max} {unit}）。"), field="deduction",
                              min=f"{lo:f}", max=f"{hi:f}", unit=unit)
    if amount < lo or amount > hi:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "扣款 {amount} {unit} 超出项目 {code} 允许的范围 {min}–{max} {unit}。"),
            field="deduction", amount=f"{amount:f}", code=item.code, min=f"{lo:f}", max=f"{hi:f}", unit=unit)
    return amount


# Months ----------------------------------------------------------------------------------------------
def month_key(value: dt.date | dt.datetime) -> str:
    return f"{value.year:04d}-{value.month:02d}"


def check_month_text(month: str) -> str:
    try:
        d = dt.datetime.strptime((month or "").strip(), "%Y-%m")
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "月份格式应为 YYYY-MM，例如 2026-09：{text}"),
                              text=month) from None
    return month_key(d)


def is_closed(session, month: str) -> bool:
    row = session.get(AssessmentMonth, month)
    return row is not None and row.status == "closed"


def require_open(session, month: str) -> None:
    """Refuse any change to a closed month (an admin must reopen it first)."""
    if is_closed(session, month):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{month} 的考核已关闭，不能再修改；如需更正，请系统管理员先重新开启该月。"),
            month=month)


def awaiting_acknowledgement():
    """WHERE clauses of incidents still awaiting the administrator's acknowledgement (open months only:
    a closed month can no longer be acknowledged)."""
    closed = select(AssessmentMonth.month).where(AssessmentMonth.status == "closed")
    return (AssessmentIncident.acknowledged_at.is_(None), AssessmentIncident.appeal_status != "revoked",
            AssessmentIncident.month.not_in(closed))


def _count_unacknowledged(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        stmt = select(func.count()).select_from(AssessmentIncident).where(*awaiting_acknowledgement())
        stmt = ctx.scope_filter(stmt, AssessmentIncident.building_id)
        return s.scalar(stmt) or 0


def first_unacknowledged_month(ctx: ServiceContext) -> str | None:
    """The earliest open month with incidents awaiting acknowledgement (where the dashboard number leads)."""
    with ctx.read("assessments.view") as s:
        stmt = select(func.min(AssessmentIncident.month)).where(*awaiting_acknowledgement())
        return s.scalar(ctx.scope_filter(stmt, AssessmentIncident.building_id))


DASHBOARD = [DashboardItem(50, "assessments.unacknowledged", QT_TRANSLATE_NOOP("Dashboard", "考核扣款待确认"),
                           "assessments", _count_unacknowledged, warn=True, filter="unacknowledged")]


def _count_pending_appeals(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        stmt = select(func.count()).select_from(AssessmentIncident).where(AssessmentIncident.appeal_status == "pending")
        return s.scalar(ctx.scope_filter(stmt, AssessmentIncident.building_id)) or 0


BADGES = [Badge("assessments", _count_pending_appeals)]

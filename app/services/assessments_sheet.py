"""The monthly sheet (A3 月度考核表): per administrator base amount, deductions, additions, final
amount (money mode) or score out of 100 (points mode), and ranks within the building and overall;
closing and reopening a month; the 12-month trend of deductions per item and per building.

While a month is open the sheet is computed from its incidents and the current base amount; closing
it stores every figure (frozen rows), so later changes to the configuration do not alter it.
Ranks are competition ranks: equal results share a rank and the next rank is skipped (1, 1, 3).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import case, func, select

from app.db.models.assessments import AssessmentIncident, AssessmentItem, AssessmentMonth, AssessmentSheet
from app.db.models.residents import Building, BuildingStaff, Staff
from app.errors import NotFound, ValidationError
from app.services import config
from app.services.assessments import ASSESSED_STAFF, _dec, check_month_text, is_closed, require_open, unit_for
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

ZERO = Decimal(0)


@dataclass(frozen=True)
class SheetRow:
    """One administrator's line of the month."""

    staff_id: int
    staff_name: str
    building_id: int | None
    building: str | None
    base_amount: Decimal
    total_deduction: Decimal
    additions: Decimal
    additions_note: str | None
    remarks: str | None
    final_amount: Decimal | None        # money mode
    score: Decimal | None               # points mode
    rank_building: int
    rank_overall: int
    incident_count: int
    unacknowledged: int
    by_item: dict = field(default_factory=dict)   # item code -> effective deduction
    sheet_version: int | None = None              # of the stored sheet row, None before the first save

    @property
    def result(self) -> Decimal:
        return self.final_amount if self.final_amount is not None else self.score


@dataclass(frozen=True)
class MonthSheet:
    month: str
    status: str                  # open | closed
    mode: str                    # money | points
    unit: str
    full_score: Decimal
    items: list                  # [(code, description)] columns, in item order
    rows: list                   # [SheetRow] by overall rank
    closed_at: dt.datetime | None = None
    closed_by: str | None = None
    reopen_reason: str | None = None
    pending_appeals: int = 0

    @property
    def closed(self) -> bool:
        return self.status == "closed"


def competition_ranks(values: list) -> list[int]:
    """Ranks for values, highest first; ties share a rank and the next is skipped (1, 1, 3)."""
    order = sorted(values, reverse=True)
    first = {}
    for pos, v in enumerate(order, start=1):
        first.setdefault(v, pos)
    return [first[v] for v in values]


def _effective():
    return case((AssessmentIncident.appeal_status == "revoked", 0), else_=AssessmentIncident.deduction)


def _administrators(s, month: str) -> dict[int, dict]:
    """Active assessed staff (宿管员, 前台客服) with their first building, plus anyone with incidents or a sheet row this month."""
    people: dict[int, dict] = {}
    stmt = (select(Staff.id, Staff.name, func.min(BuildingStaff.building_id))
            .outerjoin(BuildingStaff, BuildingStaff.staff_id == Staff.id)
            .where(Staff.category.in_(ASSESSED_STAFF), Staff.active.is_(True)).group_by(Staff.id, Staff.name))
    for sid, name, bid in s.execute(stmt):
        people[sid] = {"name": name, "building_id": bid}
    extra = (select(AssessmentIncident.staff_id, Staff.name, func.min(AssessmentIncident.building_id))
             .join(Staff, Staff.id == AssessmentIncident.staff_id).where(AssessmentIncident.month == month)
             .group_by(AssessmentIncident.staff_id, Staff.name))
    for sid, name, bid in s.execute(extra):
        people.setdefault(sid, {"name": name, "building_id": bid})
    for sh, name in s.execute(select(AssessmentSheet, Staff.name).join(Staff, Staff.id == AssessmentSheet.staff_id)
                              .where(AssessmentSheet.month == month)):
        people.setdefault(sh.staff_id, {"name": name, "building_id": sh.building_id})
    return people


def _compute(s, ctx: ServiceContext, month: str) -> MonthSheet:
    mrow = s.get(AssessmentMonth, month)
    closed = mrow is not None and mrow.status == "closed"
    mode = (mrow.mode if closed and mrow.mode else None) or config.get_in(s, "assessment.mode")
    mode = "points" if mode == "points" else "money"
    full = _dec(config.get_in(s, "assessment.full_score")) or Decimal(100)
    base_default = _dec(config.get_in(s, "assessment.base_amount")) or ZERO
    buildings = dict(s.execute(select(Building.id, Building.name)).all())
    sheets = {sh.staff_id: sh for sh in s.scalars(select(AssessmentSheet).where(AssessmentSheet.month == month))}
    people = _administrators(s, month) if not closed else {
        sid: {"name": s.get(Staff, sid).name, "building_id": sh.building_id} for sid, sh in sheets.items()}
    by_item: dict[int, dict] = defaultdict(lambda: defaultdict(lambda: ZERO))
    counts: dict[int, list] = defaultdict(lambda: [0, 0])
    codes = {}
    pending = 0
    for inc in s.scalars(select(AssessmentIncident).where(AssessmentIncident.month == month)):
        eff = ZERO if inc.appeal_status == "revoked" else Decimal(inc.deduction)
        by_item[inc.staff_id][inc.item_code] += eff
        codes.setdefault(inc.item_code, inc.item_description)
        counts[inc.staff_id][0] += 1
        if inc.acknowledged_at is None and inc.appeal_status != "revoked":
            counts[inc.staff_id][1] += 1
        pending += inc.appeal_status == "pending"
    items = []
    active_items = s.scalars(select(AssessmentItem).order_by(AssessmentItem.sort_order, AssessmentItem.code)).all()
    for it in active_items:
        if it.code in codes or (it.active and not closed):
            items.append((it.code, codes.get(it.code, it.description)))
    partial = []
    for sid, info in people.items():
        sh = sheets.get(sid)
        deductions = sum(by_item[sid].values(), ZERO)
        if closed and sh is not None and sh.frozen:
            base, additions = sh.base_amount or ZERO, sh.additions or ZERO
        else:
            base = sh.base_amount if sh is not None and sh.base_amount is not None else base_default
            additions = sh.additions if sh is not None else ZERO
        if mode == "points":
            final, score = None, max(ZERO, min(full, full - deductions + additions))
        else:
            final, score = max(ZERO, base - deductions + additions), None
        bid = sh.building_id if sh is not None and sh.building_id is not None else info["building_id"]
        partial.append(dict(staff_id=sid, staff_name=info["name"], building_id=bid, building=buildings.get(bid),
                            base_amount=base, total_deduction=deductions, additions=additions,
                            additions_note=sh.additions_note if sh else None, remarks=sh.remarks if sh else None,
                            final_amount=final, score=score, incident_count=counts[sid][0],
                            unacknowledged=counts[sid][1], by_item=dict(by_item[sid]),
                            sheet_version=sh.version if sh is not None else None))
    results = [p["final_amount"] if p["final_amount"] is not None else p["score"] for p in partial]
    overall = competition_ranks(results)
    groups = defaultdict(list)
    for i, p in enumerate(partial):
        groups[p["building_id"]].append(i)
    within = [0] * len(partial)
    for idx in groups.values():
        for i, r in zip(idx, competition_ranks([results[i] for i in idx]), strict=True):
            within[i] = r
    rows = [SheetRow(rank_building=within[i], rank_overall=overall[i], **p) for i, p in enumerate(partial)]
    rows.sort(key=lambda r: (r.rank_overall, r.building or "", r.staff_name))
    if ctx.actor.building_ids is not None:
        rows = [r for r in rows if r.building_id in ctx.actor.building_ids]
    return MonthSheet(month, "closed" if closed else "open", mode, unit_for(mode), full, items, rows,
                      mrow.closed_at if mrow else None, mrow.closed_by if mrow else None,
                      mrow.reopen_reason if mrow else None, pending)


def month_sheet(ctx: ServiceContext, month: str) -> MonthSheet:
    month = check_month_text(month)
    with ctx.read("assessments.view") as s:
        return _compute(s, ctx, month)


def set_additions(ctx: ServiceContext, month: str, staff_id: int, additions, note: str | None = None,
                  remarks: str | None = None, expected_version: int | None = None) -> SheetRow:
    """Additions (加分/奖励) and remarks on an administrator's sheet of an open month."""
    month = check_month_text(month)
    amount = _dec(additions) if additions not in (None, "") else ZERO
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "加分/奖励不能为负数。"), field="additions")
    if amount > 0 and not (note or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写加分/奖励的理由。"), field="additions_note")
    with ctx.action("assessments.approve") as tx:
        s = tx.session
        require_open(s, month)
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "员工不存在（{id}）。"), id=staff_id)
        sh = s.scalar(select(AssessmentSheet).where(AssessmentSheet.month == month,
                                                    AssessmentSheet.staff_id == staff_id))
        before = snapshot(sh) if sh else None
        if sh is not None:
            tx.check_version(sh, expected_version)
        else:
            bid = s.scalar(select(func.min(BuildingStaff.building_id)).where(BuildingStaff.staff_id == staff_id))
            sh = AssessmentSheet(month=month, staff_id=staff_id, building_id=bid, additions=ZERO, frozen=False)
            tx.stamp(sh, new=True)
            s.add(sh)
        ctx.require_building(sh.building_id)
        sh.additions, sh.additions_note = amount, (note or "").strip() or None
        sh.remarks = (remarks or "").strip() or None
        tx.stamp(sh)
        s.flush()
        tx.audit("assessment_sheet", f"{month}/{staff_id}", before=before, after=snapshot(sh),
                 summary=f"{month} {staff.name} 加分/奖励 {amount:f}")
        sheet = _compute(s, ctx, month)
    return next(r for r in sheet.rows if r.staff_id == staff_id)


def close_month(ctx: ServiceContext, month: str) -> MonthSheet:
    """Sign the month off: refused while appeals are pending; every administrator's figures are frozen."""
    month = check_month_text(month)
    with ctx.action("assessments.close") as tx:
        s = tx.session
        if month > f"{ctx.today():%Y-%m}":
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{month} 尚未到来，不能关闭。"), month=month)
        require_open(s, month)
        if ctx.actor.building_ids is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "关闭月份需要管理全部楼栋的权限。"))
        sheet = _compute(s, ctx, month)
        if sheet.pending_appeals:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{month} 还有 {n} 条申诉未处理，处理后才能关闭。"),
                                  month=month, n=sheet.pending_appeals)
        existing = {sh.staff_id: sh for sh in s.scalars(select(AssessmentSheet).where(AssessmentSheet.month == month))}
        for r in sheet.rows:
            sh = existing.pop(r.staff_id, None)
            if sh is None:
                sh = AssessmentSheet(month=month, staff_id=r.staff_id)
                tx.stamp(sh, new=True)
                s.add(sh)
            sh.building_id, sh.base_amount, sh.additions = r.building_id, r.base_amount, r.additions
            sh.total_deduction, sh.final_amount, sh.score = r.total_deduction, r.final_amount, r.score
            sh.rank_building, sh.rank_overall, sh.frozen = r.rank_building, r.rank_overall, True
            tx.stamp(sh)
        mrow = s.get(AssessmentMonth, month)
        before = snapshot(mrow) if mrow else None
        if mrow is None:
            mrow = AssessmentMonth(month=month)
            tx.stamp(mrow, new=True)
            s.add(mrow)
        mrow.status, mrow.mode = "closed", sheet.mode
        mrow.closed_at, mrow.closed_by = ctx.now(), ctx.actor.display_name or ctx.actor.username
        tx.stamp(mrow)
        s.flush()
        tx.audit("assessment_month", month, before=before, after=snapshot(mrow) | {"administrators": len(sheet.rows)},
                 summary=f"关闭 {month} 考核（{len(sheet.rows)} 名宿管员）")
        return _compute(s, ctx, month)


def reopen_month(ctx: ServiceContext, month: str, reason: str) -> MonthSheet:
    """An admin reopens a closed month, with a reason (audited); figures are computed live again."""
    month = check_month_text(month)
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写重新开启的原因。"), field="reason")
    with ctx.action("assessments.reopen") as tx:
        s = tx.session
        if not is_closed(s, month):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{month} 的考核未关闭，无需重新开启。"), month=month)
        mrow = s.get(AssessmentMonth, month)
        before = snapshot(mrow)
        mrow.status, mrow.reopen_reason = "open", reason.strip()
        mrow.reopened_at, mrow.reopened_by = ctx.now(), ctx.actor.display_name or ctx.actor.username
        tx.stamp(mrow)
        for sh in s.scalars(select(AssessmentSheet).where(AssessmentSheet.month == month)):
            sh.frozen = False
            tx.stamp(sh)
        s.flush()
        tx.audit("assessment_month", month, before=before, after=snapshot(mrow),
                 summary=f"重新开启 {month} 考核：{reason.strip()}"[:255])
        return _compute(s, ctx, month)


def month_status(ctx: ServiceContext, month: str) -> str:
    with ctx.read("assessments.view") as s:
        return "closed" if is_closed(s, check_month_text(month)) else "open"


@dataclass(frozen=True)
class Trend:
    """Deductions over consecutive months: series name -> one value per month."""

    months: list
    by_item: dict
    by_building: dict


def last_months(month: str, count: int = 12) -> list[str]:
    y, m = int(month[:4]), int(month[5:7])
    out = []
    for _ in range(count):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def trend(ctx: ServiceContext, month: str, count: int = 12) -> Trend:
    """Effective deductions per item and per building for the `count` months ending with `month`."""
    months = last_months(check_month_text(month), count)
    pos = {m: i for i, m in enumerate(months)}
    eff = func.sum(_effective())
    by_item: dict[str, list] = {}
    by_building: dict[str, list] = {}
    with ctx.read("assessments.view") as s:
        base = ctx.scope_filter(select(AssessmentIncident.month).where(AssessmentIncident.month.in_(months)),
                                AssessmentIncident.building_id)
        q1 = base.add_columns(AssessmentIncident.item_code, eff).group_by(AssessmentIncident.month,
                                                                          AssessmentIncident.item_code)
        for m, code, total in s.execute(q1):
            by_item.setdefault(code, [0.0] * count)[pos[m]] += float(total or 0)
        q2 = (base.add_columns(Building.name, eff).outerjoin(Building, Building.id == AssessmentIncident.building_id)
              .group_by(AssessmentIncident.month, Building.name))
        for m, name, total in s.execute(q2):
            by_building.setdefault(name or "未分配", [0.0] * count)[pos[m]] += float(total or 0)
    return Trend(months, dict(sorted(by_item.items())), dict(sorted(by_building.items())))

"""The paper side of return visits (§9): the V2 回访记录签收表 (a visitor signs out the forms of the
planned visits and returns them), and archiving reviewed forms (before the 10th of each quarter,
kept 2 years)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models.visits import ReturnVisit, VisitFormSignout
from app.errors import Conflict, NotFound, ValidationError
from app.services import sequences, visits
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

PREFIX = "HQ"


@dataclass(frozen=True, slots=True)
class SignoutRow:
    id: int
    signout_no: str
    date: dt.date
    form_nos: str
    qty: int
    received_by: str
    issued_by: str
    returned_date: dt.date | None
    returned_qty: int | None
    remarks: str | None
    version: int


def _range_text(numbers: list[str]) -> str:
    """HF2026-000003、HF2026-000004、HF2026-000005 → HF2026-000003～000005 (runs of numbers joined)."""
    runs: list[list[str]] = []
    for no in sorted(numbers):
        head, _, tail = no.rpartition("-")
        if runs and runs[-1][-1].rpartition("-")[0] == head and tail.isdigit() \
                and int(runs[-1][-1].rpartition("-")[2]) + 1 == int(tail):
            runs[-1].append(no)
        else:
            runs.append([no])
    return "、".join(r[0] if len(r) == 1 else f"{r[0]}～{r[-1].rpartition('-')[2]}" for r in runs)


def issue_forms(ctx: ServiceContext, visit_ids: list[int], *, received_by: str) -> SignoutRow:
    """The visitor collects the forms of these planned visits and signs for them (one V2 line)."""
    received_by = (received_by or "").strip()
    if not received_by:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写领表人（回访人）。"), field="received_by")
    if not visit_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请先选择要领表的回访。"))
    with ctx.action("visits.issue") as tx:
        s = tx.session
        rows = list(s.scalars(select(ReturnVisit).where(ReturnVisit.id.in_(list(visit_ids)))))
        for v in rows:
            if v.building_id is not None:
                ctx.require_building(v.building_id)
            if v.status != "planned":
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "回访 {no} 当前为“{status}”，不能领表。"),
                               no=v.visit_no, status=visits.STATUS_LABELS[v.status])
        today = ctx.today()
        sheet = VisitFormSignout(signout_no=sequences.next_number(s, PREFIX, today.year), date=today,
                                 form_nos=_range_text([v.visit_no for v in rows]), qty=len(rows),
                                 received_by=received_by, issued_by=ctx.actor.display_name)
        tx.stamp(sheet, new=True)
        s.add(sheet)
        s.flush()
        for v in rows:
            v.status, v.signout_id, v.form_no, v.visitor = "form_issued", sheet.id, v.visit_no, received_by
            tx.stamp(v)
        tx.audit("visit_form_signout", sheet.signout_no, after=snapshot(sheet),
                 summary=f"{received_by} 领取回访记录表 {sheet.qty} 份（{sheet.form_nos[:80]}）")
        sid = sheet.id
    return get_signout(ctx, sid)


def return_forms(ctx: ServiceContext, signout_id: int, *, returned_qty: int,
                 expected_version: int | None = None) -> SignoutRow:
    """The visitor hands the filled forms back."""
    with ctx.action("visits.return") as tx:
        sheet = tx.session.get(VisitFormSignout, signout_id)
        if sheet is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "签收记录不存在。"))
        tx.check_version(sheet, expected_version)
        if not 0 <= returned_qty <= sheet.qty:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "交回份数应在 0 到 {qty} 之间。"), field="returned_qty",
                                  qty=sheet.qty)
        before = snapshot(sheet)
        sheet.returned_date, sheet.returned_qty = ctx.today(), returned_qty
        tx.stamp(sheet)
        tx.audit("visit_form_signout", sheet.signout_no, before=before, after=snapshot(sheet),
                 summary=f"{sheet.received_by} 交回回访记录表 {returned_qty}/{sheet.qty} 份")
    return get_signout(ctx, signout_id)


def list_signouts(ctx: ServiceContext, start: dt.date | None = None, end: dt.date | None = None,
                  ids=None) -> list[SignoutRow]:
    stmt = select(VisitFormSignout).order_by(VisitFormSignout.date.desc(), VisitFormSignout.id.desc())
    if ids is not None:
        stmt = stmt.where(VisitFormSignout.id.in_(list(ids)))
    if start is not None:
        stmt = stmt.where(VisitFormSignout.date >= start)
    if end is not None:
        stmt = stmt.where(VisitFormSignout.date <= end)
    with ctx.read("visits.view") as s:
        return [SignoutRow(**{k: getattr(r, k) for k in SignoutRow.__slots__}) for r in s.scalars(stmt)]


def get_signout(ctx: ServiceContext, signout_id: int) -> SignoutRow:
    rows = list_signouts(ctx, ids=[signout_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "签收记录不存在。"))
    return rows[0]


def archive(ctx: ServiceContext, visit_ids: list[int]) -> int:
    """Reviewed forms go to the archivist (status archived); only reviewed ones can be archived."""
    if not visit_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请先选择要归档的回访。"))
    with ctx.action("visits.close") as tx:
        rows = list(tx.session.scalars(select(ReturnVisit).where(ReturnVisit.id.in_(list(visit_ids)))))
        for v in rows:
            if v.status not in ("ok", "nonconforming"):
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "回访 {no} 当前为“{status}”，审核后才能归档。"),
                               no=v.visit_no, status=visits.STATUS_LABELS[v.status])
            v.status, v.archived_at = "archived", ctx.now()
            tx.stamp(v)
        tx.audit("return_visit", None, after={"archived": [v.visit_no for v in rows]},
                 summary=f"归档回访记录 {len(rows)} 份")
    return len(rows)

"""Reading release slips: the rows the lists show, one slip in full, and the effective status.

An issued slip that was not used by the end of its valid date is `expired` by itself: the status
is computed from the clock when read (no background job has to flip it), so a fixed clock in the
tests and a PC that was off for a week see the same thing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, or_, select

from app import vocab
from app.db.models.release import ReleaseSlip, ReleaseSlipItem
from app.db.models.residents import Building
from app.errors import NotFound
from app.services import privacy
from app.services.context import ServiceContext
from app.texts import QT_TRANSLATE_NOOP, translate

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Status", "草稿"), "endorsed": QT_TRANSLATE_NOOP("Status", "已签署意见"), "fee_checked": QT_TRANSLATE_NOOP("Status", "已核查欠费"), "issued": QT_TRANSLATE_NOOP("Status", "已开具"),
    "released": QT_TRANSLATE_NOOP("Status", "已放行"), "archived": QT_TRANSLATE_NOOP("Status", "已回收归档"), "rejected": QT_TRANSLATE_NOOP("Status", "审核驳回"), "rejected_at_gate": QT_TRANSLATE_NOOP("Status", "门岗拒放"),
    "expired": QT_TRANSLATE_NOOP("Status", "已过期"), "void": QT_TRANSLATE_NOOP("Status", "已作废"),
}
vocab.define("release.status", STATUS_LABELS, "Status")
OPEN_STATUSES = ("draft", "endorsed", "fee_checked")
# Statuses whose guard copy should come back to customer service.
GATE_DONE = ("released", "rejected_at_gate")


def effective_status(status: str, valid_until: dt.date | None, today: dt.date) -> str:
    if status == "issued" and valid_until is not None and valid_until < today:
        return "expired"
    return status


def status_expr(today: dt.date):
    """The effective status as an SQL expression (for filters and counts)."""
    return case((and_(ReleaseSlip.status == "issued", ReleaseSlip.valid_until < today), "expired"),
                else_=ReleaseSlip.status)


@dataclass(frozen=True)
class SlipRow:
    """A slip as the lists show it; `status` is the effective status."""

    id: int
    slip_no: str | None
    status: str
    status_label: str
    building_id: int
    building: str
    unit_no: str | None
    tenant_name: str
    handler_name: str
    total_qty: int
    reason: str
    issue_date: dt.date | None
    valid_until: dt.date | None
    guard_name: str | None
    released_at: dt.datetime | None
    returned_date: dt.date | None
    follow_up_note: str | None
    move_out_id: int | None
    student_id: int | None
    version: int

    @property
    def display_no(self) -> str:
        return self.slip_no or f"{translate('Status', '草稿')}-{self.id}"

    @property
    def missing(self) -> bool:
        """A fate still to be accounted for: guard copy not back, or expired with no follow-up."""
        if self.status in GATE_DONE:
            return self.returned_date is None
        if self.status == "expired":
            return self.returned_date is None and not self.follow_up_note
        return False


@dataclass(frozen=True)
class ItemRow:
    """One item of a slip, with the quantity let out at the gate."""

    id: int
    seq: int
    item_name: str
    spec_model: str | None
    unit: str | None
    qty: int
    released_qty: int | None
    remarks: str | None


@dataclass(frozen=True)
class GateRow:
    """One gate check."""

    result: str
    checked_at: dt.datetime
    guard_name: str
    handler_id_checked: bool
    handler_id_no: str | None
    released_qty: int
    reason: str | None


@dataclass(frozen=True)
class SlipDetail:
    """One slip in full: the list row, every field, the items and the gate checks."""

    row: SlipRow
    room_id: int | None
    party_id: int | None
    owner_name: str | None
    applicant_role: str
    handler_id_type: str
    handler_id_no: str
    handler_phone: str | None
    reason_text: str | None
    planned_time: dt.datetime | None
    exit_gate: str | None
    endorse_method: str | None
    endorser_name: str | None
    endorse_note: str | None
    endorsed_at: dt.datetime | None
    arrears_clear: bool | None
    arrears_note: str | None
    arrears_checked_by: str | None
    arrears_checked_at: dt.datetime | None
    cs_approver: str | None
    issued_at: dt.datetime | None
    review_reject_reason: str | None
    void_reason: str | None
    print_count: int
    items: tuple[ItemRow, ...]
    gate_checks: tuple[GateRow, ...]


def _row(slip: ReleaseSlip, building: str, today: dt.date) -> SlipRow:
    status = effective_status(slip.status, slip.valid_until, today)
    last_gate = slip.gate_checks[-1] if slip.gate_checks else None
    return SlipRow(slip.id, slip.slip_no, status, STATUS_LABELS[status], slip.building_id, building, slip.unit_no,
                   slip.tenant_name, slip.handler_name, slip.total_qty, slip.reason, slip.issue_date,
                   slip.valid_until, last_gate.guard_name if last_gate else None,
                   last_gate.checked_at if last_gate and last_gate.result == "released" else None,
                   slip.returned_date, slip.follow_up_note, slip.move_out_id, slip.student_id, slip.version)


def detail_of(slip: ReleaseSlip, building: str, today: dt.date) -> SlipDetail:
    return SlipDetail(
        _row(slip, building, today), slip.room_id, slip.party_id, slip.owner_name, slip.applicant_role,
        slip.handler_id_type, slip.handler_id_no, slip.handler_phone, slip.reason_text, slip.planned_time,
        slip.exit_gate, slip.endorse_method, slip.endorser_name, slip.endorse_note, slip.endorsed_at,
        slip.arrears_clear, slip.arrears_note, slip.arrears_checked_by, slip.arrears_checked_at,
        slip.cs_approver, slip.issued_at, slip.review_reject_reason, slip.void_reason, slip.print_count,
        tuple(ItemRow(i.id, i.seq, i.item_name, i.spec_model, i.unit, i.qty, i.released_qty, i.remarks)
              for i in slip.items),
        tuple(GateRow(g.result, g.checked_at, g.guard_name, g.handler_id_checked, g.handler_id_no,
                      g.released_qty, g.reason) for g in slip.gate_checks))


def normalise_no(number: str) -> str:
    """What a scanner or a hurried guard types: spaces, lower case, a missing dash (fx2026000123)."""
    text = "".join((number or "").split()).upper()
    if text.startswith("FX") and "-" not in text and len(text) > 6:
        text = f"{text[:6]}-{text[6:]}"
    return text


def get_slip(ctx: ServiceContext, slip_id: int | None = None, *, number: str | None = None) -> SlipDetail:
    with ctx.read("release.view") as s:
        if number is not None:
            slip = s.scalar(select(ReleaseSlip).where(ReleaseSlip.slip_no == normalise_no(number)))
        else:
            slip = s.get(ReleaseSlip, slip_id)
        if slip is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "找不到放行条 {number}。"), number=number or slip_id)
        ctx.require_building(slip.building_id)
        detail = detail_of(slip, s.get(Building, slip.building_id).name, ctx.today())
    return privacy.protect_rows(ctx, [detail], {"handler_id_no": "id", "handler_phone": "phone"})[0]


def list_slips(ctx: ServiceContext, *, status: str | None = None, date_from: dt.date | None = None,
               date_to: dt.date | None = None, building_id: int | None = None, text: str | None = None,
               move_out_id: int | None = None, unreturned: bool = False, limit: int = 5000) -> list[SlipRow]:
    """Slips, newest first. `status` is an effective status; dates filter the issue date (or, for
    drafts, the creation date); `unreturned`: released or refused at the gate, guard copy not back."""
    from sqlalchemy.orm import selectinload
    today = ctx.today()
    stmt = (select(ReleaseSlip, Building.name).join(Building, ReleaseSlip.building_id == Building.id)
            .options(selectinload(ReleaseSlip.gate_checks))
            .order_by(ReleaseSlip.id.desc()).limit(limit))
    if status:
        stmt = stmt.where(status_expr(today) == status)
    if date_from:
        stmt = stmt.where(or_(ReleaseSlip.issue_date >= date_from,
                              and_(ReleaseSlip.issue_date.is_(None),
                                   ReleaseSlip.created_at >= dt.datetime.combine(date_from, dt.time.min))))
    if date_to:
        stmt = stmt.where(or_(ReleaseSlip.issue_date <= date_to,
                              and_(ReleaseSlip.issue_date.is_(None),
                                   ReleaseSlip.created_at < dt.datetime.combine(date_to + dt.timedelta(days=1),
                                                                                dt.time.min))))
    if building_id:
        stmt = stmt.where(ReleaseSlip.building_id == building_id)
    if move_out_id:
        stmt = stmt.where(ReleaseSlip.move_out_id == move_out_id)
    if unreturned:
        stmt = stmt.where(ReleaseSlip.status.in_(GATE_DONE), ReleaseSlip.returned_date.is_(None))
    if text:
        like = f"%{text.strip()}%"
        stmt = stmt.where(or_(ReleaseSlip.slip_no.ilike(like), ReleaseSlip.tenant_name.ilike(like),
                              ReleaseSlip.handler_name.ilike(like), ReleaseSlip.unit_no.ilike(like),
                              ReleaseSlip.id.in_(select(ReleaseSlipItem.slip_id)
                                                 .where(ReleaseSlipItem.item_name.ilike(like)))))
    stmt = ctx.scope_filter(stmt, ReleaseSlip.building_id)
    with ctx.read("release.view") as s:
        return [_row(slip, bname, today) for slip, bname in s.execute(stmt)]

"""FD3 大件/贵重物品出入登记 at the dorm gate (domain.md §13.2, §6): a student carries large or valuable
goods in or out; the attendant writes down the student, room, items and direction, with the room
leader's note (舍长证明) for large items going out, or the release slip (放行条) that covers them.

A slip is linked when it is for the same building and is issued (valid today) or already released at
the gate; `slips_for` proposes the student's or room's valid slips. Going out without a slip needs the
room leader's note (config `goods.leader_note_required`). A wrong entry is voided by a supervisor
(its number kept). Directions are stored as codes ("in", "out") and translated when shown.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from app import vocab
from app.db.models.gate import DormGoodsEntry
from app.db.models.release import ReleaseSlip
from app.db.models.residents import Building, Room
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, sequences
from app.services.context import ServiceContext, snapshot
from app.services.frontdesk_mail import _text, resolve_place
from app.services.release_queries import effective_status, normalise_no
from app.texts import QT_TRANSLATE_NOOP

PREFIX = "WP"
DIRECTIONS = {"in": QT_TRANSLATE_NOOP("Gate", "带入"), "out": QT_TRANSLATE_NOOP("Gate", "带出")}
vocab.define("gate.direction", DIRECTIONS, "Gate", columns=("dorm_goods_log.direction",))
VOIDED = QT_TRANSLATE_NOOP("Gate", "已作废")
LINKABLE = ("issued", "released")
DEFAULTS = {"goods.leader_note_required": True}
CONFIG_LABELS = {"goods.leader_note_required": QT_TRANSLATE_NOOP(
    "Config", "学生带出大件物品而无放行条时须有舍长证明（true/false）")}


@dataclass(frozen=True, slots=True)
class GoodsRow:
    id: int
    entry_no: str
    logged_at: dt.datetime
    direction: str
    building_id: int
    building: str
    room_no: str | None
    student_no: str | None
    student_name: str
    items: str
    item_count: int
    valuable: bool
    room_leader_note: str | None
    slip_no: str | None
    attendant: str
    voided: bool
    void_reason: str | None
    remarks: str | None
    version: int
    search: str


@dataclass(frozen=True)
class SlipChoice:
    id: int
    slip_no: str
    status: str
    total_qty: int
    tenant_name: str


def _slip(session, number: str | None, building_id: int, today: dt.date) -> ReleaseSlip | None:
    number = normalise_no(number or "") if _text(number) else None
    if not number:
        return None
    slip = session.scalar(select(ReleaseSlip).where(ReleaseSlip.slip_no == number))
    if slip is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有编号为 {no} 的放行条。"), field="slip_no", no=number)
    if slip.building_id != building_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "放行条 {no} 不是本楼栋开具的。"), field="slip_no", no=number)
    if effective_status(slip.status, slip.valid_until, today) not in LINKABLE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "放行条 {no} 已过期、作废或尚未开具，不能用于放行。"),
                              field="slip_no", no=number)
    return slip


def record(ctx: ServiceContext, *, direction: str, items: str, item_count: int = 1, student_id: int | None = None,
           building_id: int | None = None, room_no: str | None = None, student_name: str | None = None,
           valuable: bool = False, room_leader_note: str | None = None, slip_no: str | None = None,
           remarks: str | None = None) -> GoodsRow:
    """One line of the goods log; one action, one audit row."""
    if direction not in DIRECTIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择带入或带出。"), field="direction")
    if not _text(items):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写物品名称及数量。"), field="items")
    if not isinstance(item_count, int) or item_count < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "件数应至少为 1。"), field="item_count")
    now = ctx.now()
    with ctx.action("dorm_goods.create") as tx:
        s = tx.session
        bid, room, student = resolve_place(s, ctx, student_id=student_id, building_id=building_id, room_no=room_no)
        name = _text(student_name) or (student.name if student else None)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请查找学生或填写姓名。"), field="student")
        slip = _slip(s, slip_no, bid, ctx.today())
        note = _text(room_leader_note)
        if direction == "out" and slip is None and not note and config.get_in(s, "goods.leader_note_required"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "带出大件物品须有放行条或舍长证明，请填写其一。"),
                                  field="room_leader_note")
        g = DormGoodsEntry(entry_no=sequences.next_number(s, PREFIX, now.year), logged_at=now, direction=direction,
                           building_id=bid, room_id=room.id if room else None,
                           student_id=student.id if student else None,
                           student_no=student.student_no if student else None, student_name=name,
                           items=items.strip(), item_count=item_count, valuable=bool(valuable),
                           room_leader_note=note, release_slip_id=slip.id if slip else None,
                           attendant=ctx.actor.display_name, remarks=_text(remarks))
        tx.stamp(g, new=True)
        s.add(g)
        s.flush()
        tx.audit("dorm_goods", g.id, after=snapshot(g),
                 summary=f"物品{'带出' if direction == 'out' else '带入'} {g.entry_no} {name}：{g.items[:40]}"
                         + (f"（放行条 {slip.slip_no}）" if slip else ""))
        gid = g.id
    return get(ctx, gid)


def void(ctx: ServiceContext, entry_id: int, *, reason: str, expected_version: int | None = None) -> GoodsRow:
    reason = _text(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写作废原因。"), field="reason")
    with ctx.action("dorm_goods.void") as tx:
        g = tx.session.get(DormGoodsEntry, entry_id)
        if g is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "物品出入登记不存在。"))
        ctx.require_building(g.building_id)
        tx.check_version(g, expected_version)
        if g.void_reason:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{no} 已作废。"), no=g.entry_no)
        before = snapshot(g)
        g.void_reason = reason
        tx.stamp(g)
        tx.audit("dorm_goods", g.id, before=before, after=snapshot(g), summary=f"作废物品出入登记 {g.entry_no}：{reason}")
    return get(ctx, entry_id)


def slips_for(ctx: ServiceContext, *, student_id: int | None = None, building_id: int | None = None,
              room_no: str | None = None) -> list[SlipChoice]:
    """Release slips valid today (issued or released) for the student, or for the room."""
    today = ctx.today()
    with ctx.read("dorm_goods.view") as s:
        cond = []
        if student_id:
            cond.append(ReleaseSlip.student_id == student_id)
        if building_id is not None and _text(room_no):
            room_id = s.scalar(select(Room.id).where(Room.building_id == building_id, Room.room_no == room_no.strip()))
            if room_id is not None:
                cond.append(ReleaseSlip.room_id == room_id)
        if not cond:
            return []
        stmt = (select(ReleaseSlip).where(or_(*cond), ReleaseSlip.slip_no.is_not(None),
                                          ReleaseSlip.status.in_(LINKABLE))
                .order_by(ReleaseSlip.issue_date.desc()))
        stmt = ctx.scope_filter(stmt, ReleaseSlip.building_id)
        return [SlipChoice(x.id, x.slip_no, effective_status(x.status, x.valid_until, today), x.total_qty,
                           x.tenant_name)
                for x in s.scalars(stmt) if effective_status(x.status, x.valid_until, today) in LINKABLE]


def list_goods(ctx: ServiceContext, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
               building_id: int | None = None, ids=None) -> list[GoodsRow]:
    stmt = (select(DormGoodsEntry, Building.name, Room.room_no, ReleaseSlip.slip_no)
            .join(Building, DormGoodsEntry.building_id == Building.id)
            .outerjoin(Room, DormGoodsEntry.room_id == Room.id)
            .outerjoin(ReleaseSlip, DormGoodsEntry.release_slip_id == ReleaseSlip.id)
            .order_by(DormGoodsEntry.logged_at.desc(), DormGoodsEntry.id.desc()))
    window = [c for c in (start is not None and DormGoodsEntry.logged_at >= start,
                          end is not None and DormGoodsEntry.logged_at < end) if c is not False]
    if window:
        stmt = stmt.where(and_(*window))
    if ids is not None:
        stmt = stmt.where(DormGoodsEntry.id.in_(list(ids)))
    if building_id is not None:
        stmt = stmt.where(DormGoodsEntry.building_id == building_id)
    stmt = ctx.scope_filter(stmt, DormGoodsEntry.building_id)
    with ctx.read("dorm_goods.view") as s:
        return [GoodsRow(g.id, g.entry_no, g.logged_at, g.direction, g.building_id, bname, room_no, g.student_no,
                         g.student_name, g.items, g.item_count, g.valuable, g.room_leader_note, slip_no, g.attendant,
                         bool(g.void_reason), g.void_reason, g.remarks, g.version,
                         " ".join(x for x in (g.entry_no, g.student_no, g.student_name, bname, room_no, g.items,
                                              slip_no) if x).lower())
                for g, bname, room_no, slip_no in s.execute(stmt)]


def get(ctx: ServiceContext, entry_id: int) -> GoodsRow:
    rows = list_goods(ctx, ids=[entry_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "物品出入登记不存在。"))
    return rows[0]


def filter_rows(rows, text: str = "", *, direction: str | None = None) -> list[GoodsRow]:
    words = (text or "").lower().split()
    return [r for r in rows if (direction is None or r.direction == direction) and all(w in r.search for w in words)]

"""Spare-key loans (K2 备用钥匙借用登记), the counter's most frequent action: scan a 学号, pick the
room's spare key, record the pledged document, lend; return in one click. One open loan per key is
guaranteed by the partial unique index on open loans, so two PCs lending the same key at once end
with one loan and a Conflict on the other. Also the navigation badge, dashboard numbers, handover
lines and assessment facts about spare keys."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app import vocab
from app.db.models.keys import KeyItem, KeyType, SpareKeyLoan
from app.db.models.residents import Building, Room, Student
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services import config, sequences
from app.services.catalog import Badge, DashboardItem, HandoverSection
from app.services.context import ServiceContext, snapshot
from app.services.keys_common import (
    KEY_STATUS_LABELS,
    LOAN_STATUS_LABELS,
    MOVE_BACK,
    MOVE_LEND,
    PLEDGE_TYPES,
    move,
    student_by_no,
    student_place,
)
from app.texts import QT_TRANSLATE_NOOP, translate

ALREADY_OUT = QT_TRANSLATE_NOOP("Errors", "钥匙 {tag}（{room}）已被借出，不能重复借出。请刷新后查看借用人。")


@dataclass(frozen=True)
class SpareKey:
    key_id: int
    tag_code: str
    hook: str | None
    key_type: str
    status: str
    status_label: str
    available: bool


@dataclass(frozen=True)
class CounterInfo:
    """What the counter shows after a scan: the student, the room, its spare keys, any open loan."""

    student_id: int
    student_no: str
    name: str
    building_id: int
    building: str
    room_id: int
    room_no: str
    bed_no: str
    keys: tuple[SpareKey, ...]
    open_loan_id: int | None
    open_loan_no: str | None


@dataclass(frozen=True)
class LoanRow:
    id: int
    loan_no: str
    building: str
    room_no: str
    tag_code: str
    hook: str | None
    student_no: str
    name: str
    pledged_id_type: str
    pledged_id_no: str | None
    time_out: dt.datetime
    due_time: dt.datetime
    time_in: dt.datetime | None
    id_returned: bool
    status: str
    status_label: str
    overdue: bool
    attendant: str
    override_reason: str | None


def _room_keys(session, room_id: int) -> tuple[SpareKey, ...]:
    rows = session.execute(select(KeyItem.id, KeyItem.tag_code, KeyItem.hook, KeyType.name, KeyItem.status)
                           .join(KeyType, KeyItem.key_type_id == KeyType.id)
                           .where(KeyItem.room_id == room_id, KeyItem.kind == "spare",
                                  KeyItem.status.in_(("in_stock", "on_loan")))
                           .order_by(KeyType.sort_order, KeyItem.id))
    return tuple(SpareKey(i, t, h, n, st, KEY_STATUS_LABELS[st], st == "in_stock") for i, t, h, n, st in rows)


def counter_lookup(ctx: ServiceContext, student_no: str) -> CounterInfo:
    """A scanned 学号 -> the student's room and its spare keys (NotFound / no bed: a clear message)."""
    with ctx.read("keys.view") as s:
        st = student_by_no(s, student_no)
        bed, room, building = student_place(s, st)
        ctx.require_building(building.id)
        loan = s.execute(select(SpareKeyLoan.id, SpareKeyLoan.loan_no).where(
            SpareKeyLoan.student_id == st.id, SpareKeyLoan.time_in.is_(None))).first()
        return CounterInfo(st.id, st.student_no, st.name, building.id, building.name, room.id, room.room_no,
                           bed.bed_no, _room_keys(s, room.id), loan[0] if loan else None, loan[1] if loan else None)


def room_spare_keys(ctx: ServiceContext, building_id: int, room_no: str) -> tuple[int, tuple[SpareKey, ...]]:
    """Another room's spare keys (for a supervisor's override); returns (room id, keys)."""
    ctx.require_building(building_id)
    with ctx.read("keys.view") as s:
        room = s.scalar(select(Room).where(Room.building_id == building_id, Room.room_no == room_no.strip()))
        if room is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "房间 {room} 不存在。"), field="room_no", room=room_no)
        return room.id, _room_keys(s, room.id)


def lend_spare(ctx: ServiceContext, student_no: str, key_id: int, pledged_id_type: str,
               pledged_id_no: str | None = None, *, override_reason: str | None = None,
               remarks: str | None = None) -> LoanRow:
    """K2: lend a spare key to a resident of its room against a pledged document."""
    pledged_id_type = vocab.PLEDGE_TYPE.code(pledged_id_type)  # a code, or its label as typed
    if pledged_id_type not in PLEDGE_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择抵押证件类型。"), field="pledged_id_type")
    override_reason = (override_reason or "").strip() or None
    with ctx.action("keys.lend") as tx:
        s = tx.session
        st = student_by_no(s, student_no)
        bed, room, building = student_place(s, st)
        key = s.get(KeyItem, key_id)
        if key is None or key.kind != "spare":
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "备用钥匙不存在。"), field="key")
        key_room = s.get(Room, key.room_id)
        ctx.require_building(key_room.building_id)
        if key.room_id != room.id:
            if not override_reason:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "{name} 不住在 {room}，只有本室住宿学生可以借用；主管可填写理由后借出。"),
                    field="override_reason", name=st.name, room=key_room.room_no)
            if not ctx.can("keys.override"):
                raise PermissionDenied("keys.override")
        if key.status == "on_loan":
            raise Conflict(ALREADY_OUT, tag=key.tag_code, room=key_room.room_no)
        if key.status != "in_stock":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "钥匙 {tag} 状态为{status}，不能借出。"),
                           tag=key.tag_code, status=KEY_STATUS_LABELS.get(key.status, key.status))
        now = ctx.now()
        minutes = int(config.get_in(s, "keys.spare_loan_minutes", 30))
        loan = SpareKeyLoan(loan_no=sequences.next_number(s, "JY", now.year), key_id=key.id,
                            building_id=key_room.building_id, room_id=key.room_id, student_id=st.id,
                            pledged_id_type=pledged_id_type, pledged_id_no=(pledged_id_no or "").strip() or None,
                            time_out=now, due_time=now + dt.timedelta(minutes=minutes), status="open",
                            override_reason=override_reason, attendant=ctx.actor.display_name,
                            remarks=(remarks or "").strip() or None)
        # The loan goes in first: on PostgreSQL the second PC waits here on the unique index and
        # fails cleanly, before it touches the key row.
        try:
            with s.begin_nested():
                s.add(loan)
                s.flush()
        except IntegrityError:
            raise Conflict(ALREADY_OUT, tag=key.tag_code, room=key_room.room_no) from None
        key.status, key.since = "on_loan", now
        tx.stamp(key)
        move(s, key, MOVE_LEND, now, ctx.actor.username, student_id=st.id, ref=loan.loan_no)
        s.flush()
        tx.audit("spare_key_loan", loan.loan_no, after=snapshot(loan),
                 summary=f"借出备用钥匙 {key_room.room_no}（{key.tag_code}）给 {st.name}（{st.student_no}）"
                         + (f"，越权理由：{override_reason}" if override_reason else ""))
        return _row(loan, building.name if key_room.building_id == building.id else s.get(Building, key_room.building_id).name,
                    key_room.room_no, key, st, now)


def return_spare(ctx: ServiceContext, loan_id: int) -> LoanRow:
    """The key is back on its hook and the pledged document goes back to the student."""
    with ctx.action("keys.return") as tx:
        s = tx.session
        loan = s.get(SpareKeyLoan, loan_id)
        if loan is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "借用记录不存在。"))
        ctx.require_building(loan.building_id)
        key = s.get(KeyItem, loan.key_id)
        if loan.time_in is not None or key.status != "on_loan":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "钥匙 {tag} 没有借出（借用 {no} 已于 {when} 归还）。"),
                           tag=key.tag_code, no=loan.loan_no,
                           when=f"{loan.time_in:%H:%M}" if loan.time_in else "-")
        before = snapshot(loan)
        now = ctx.now()
        loan.time_in, loan.id_returned = now, True
        loan.status = "returned_late" if now > loan.due_time else "returned"
        loan.returned_to = ctx.actor.display_name
        key.status, key.since = "in_stock", now
        tx.stamp(key)
        move(s, key, MOVE_BACK, now, ctx.actor.username, student_id=loan.student_id, ref=loan.loan_no)
        st = s.get(Student, loan.student_id)
        room = s.get(Room, loan.room_id)
        s.flush()
        tx.audit("spare_key_loan", loan.loan_no, before=before, after=snapshot(loan),
                 summary=f"归还备用钥匙 {room.room_no}（{key.tag_code}），{st.name} 的{vocab.PLEDGE_TYPE.labels[loan.pledged_id_type]}已退还")
        return _row(loan, s.get(Building, loan.building_id).name, room.room_no, key, st, now)


def _row(loan: SpareKeyLoan, building: str, room_no: str, key: KeyItem, st: Student, now) -> LoanRow:
    return _plain_row((loan.id, loan.loan_no, building, room_no, key.tag_code, key.hook, st.student_no, st.name,
                       loan.pledged_id_type, loan.pledged_id_no, loan.time_out, loan.due_time, loan.time_in,
                       loan.id_returned, loan.status, loan.attendant, loan.override_reason), now)


def _plain_row(values, now) -> LoanRow:
    (id_, no, building, room_no, tag, hook, student_no, name, ptype, pno, t_out, due, t_in, id_back, status,
     attendant, override) = values
    overdue = t_in is None and due < now
    status = "overdue" if overdue else status
    return LoanRow(id_, no, building, room_no, tag, hook, student_no, name, ptype, pno, t_out, due, t_in,
                   bool(id_back), status, LOAN_STATUS_LABELS[status], overdue, attendant, override)


def loans_stmt():
    """The columns of a LoanRow (plain columns, not ORM objects: the overdue list must stay fast)."""
    return (select(SpareKeyLoan.id, SpareKeyLoan.loan_no, Building.name, Room.room_no, KeyItem.tag_code,
                   KeyItem.hook, Student.student_no, Student.name, SpareKeyLoan.pledged_id_type,
                   SpareKeyLoan.pledged_id_no, SpareKeyLoan.time_out, SpareKeyLoan.due_time, SpareKeyLoan.time_in,
                   SpareKeyLoan.id_returned, SpareKeyLoan.status, SpareKeyLoan.attendant,
                   SpareKeyLoan.override_reason)
            .join(Building, SpareKeyLoan.building_id == Building.id).join(Room, SpareKeyLoan.room_id == Room.id)
            .join(KeyItem, SpareKeyLoan.key_id == KeyItem.id).join(Student, SpareKeyLoan.student_id == Student.id))


def open_loans(ctx: ServiceContext, *, overdue_only: bool = False) -> list[LoanRow]:
    """Loans not yet returned (oldest due first), or only those past their due time."""
    now = ctx.now()
    stmt = loans_stmt().where(SpareKeyLoan.time_in.is_(None)).order_by(SpareKeyLoan.due_time)
    if overdue_only:
        stmt = stmt.where(SpareKeyLoan.due_time < now)
    with ctx.read("keys.view") as s:
        return [_plain_row(r, now) for r in s.execute(ctx.scope_filter(stmt, SpareKeyLoan.building_id))]


def loans_in(ctx: ServiceContext, start: dt.datetime, end: dt.datetime, building_id: int | None = None
             ) -> list[LoanRow]:
    now = ctx.now()
    stmt = loans_stmt().where(SpareKeyLoan.time_out >= start, SpareKeyLoan.time_out < end).order_by(
        SpareKeyLoan.time_out, SpareKeyLoan.id)
    if building_id is not None:
        stmt = stmt.where(SpareKeyLoan.building_id == building_id)
    with ctx.read("keys.view") as s:
        return [_plain_row(r, now) for r in s.execute(ctx.scope_filter(stmt, SpareKeyLoan.building_id))]


def count_open(ctx: ServiceContext) -> int:
    stmt = select(func.count()).select_from(SpareKeyLoan).where(SpareKeyLoan.time_in.is_(None))
    with ctx.read("keys.view") as s:
        return s.scalar(ctx.scope_filter(stmt, SpareKeyLoan.building_id)) or 0


def count_overdue(ctx: ServiceContext) -> int:
    stmt = select(func.count()).select_from(SpareKeyLoan).where(SpareKeyLoan.time_in.is_(None),
                                                                SpareKeyLoan.due_time < ctx.now())
    with ctx.read("keys.view") as s:
        return s.scalar(ctx.scope_filter(stmt, SpareKeyLoan.building_id)) or 0


def handover_open_loans(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    return [f"{r.building} {r.room_no}（{r.tag_code}）借给 {r.name}（{r.student_no}），{r.time_out:%m-%d %H:%M} 借出，"
            f"应还 {r.due_time:%H:%M}{'，已逾期' if r.overdue else ''}" for r in open_loans(ctx)]


def handover_overdue(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    return [f"{r.building} {r.room_no} {r.name}（{r.student_no}）应还 {r.due_time:%m-%d %H:%M}，"
            f"抵押{vocab.PLEDGE_TYPE.labels.get(r.pledged_id_type, r.pledged_id_type)}" for r in open_loans(ctx, overdue_only=True)]


_FACT_TEXTS = (QT_TRANSLATE_NOOP("Assessments", "{time} 归还"), QT_TRANSLATE_NOOP("Assessments", "至今未还"),
               QT_TRANSLATE_NOOP("Assessments", "备用钥匙逾期未还 {building} {room}"),
               QT_TRANSLATE_NOOP("Assessments", "{no} {name} 应于 {due} 前归还，{late}"))


def late_return_facts(ctx: ServiceContext, period) -> list[dict]:
    """ASSESSMENT_FACTS: spare keys returned late (or still out past due) in the period, per building."""
    now = ctx.now()
    stmt = ctx.scope_filter(
        select(SpareKeyLoan.id, SpareKeyLoan.loan_no, SpareKeyLoan.building_id, Building.name, Room.room_no,
               SpareKeyLoan.due_time, SpareKeyLoan.time_in, Student.name)
        .join(Building, SpareKeyLoan.building_id == Building.id).join(Room, SpareKeyLoan.room_id == Room.id)
        .join(Student, SpareKeyLoan.student_id == Student.id)
        .where(SpareKeyLoan.due_time >= period.start_dt, SpareKeyLoan.due_time < period.end_dt),
        SpareKeyLoan.building_id)
    facts = []
    with ctx.read("keys.view") as s:
        for id_, no, bid, bname, room_no, due, back, name in s.execute(stmt):
            if (back is not None and back > due) or (back is None and now > due):
                # Built in the interface's language (the suggestions list shows them as they are).
                late = (translate("Assessments", "{time} 归还").format(time=f"{back:%H:%M}") if back
                        else translate("Assessments", "至今未还"))
                facts.append({"building_id": bid, "date": due, "source": "keys", "ref": f"K2:{id_}",
                              "title": translate("Assessments", "备用钥匙逾期未还 {building} {room}").format(
                                  building=bname, room=room_no),
                              "detail": translate("Assessments", "{no} {name} 应于 {due} 前归还，{late}").format(
                                  no=no, name=name, due=f"{due:%Y-%m-%d %H:%M}", late=late)})
    return facts


BADGES = [Badge("keys", count_overdue)]
DASHBOARD = [
    DashboardItem(20, "keys.spare_out", QT_TRANSLATE_NOOP("Dashboard", "借出的备用钥匙"), "keys", count_open,
                  warn=False, filter="spare-open"),
    DashboardItem(21, "keys.spare_overdue", QT_TRANSLATE_NOOP("Dashboard", "逾期未还的备用钥匙"), "keys",
                  count_overdue, filter="spare-overdue"),
]
HANDOVER_SECTIONS = [
    HandoverSection(20, QT_TRANSLATE_NOOP("Handover", "借出未还的备用钥匙"), handover_open_loans),
    HandoverSection(21, QT_TRANSLATE_NOOP("Handover", "逾期未还的备用钥匙"), handover_overdue),
]
ASSESSMENT_FACTS = [late_return_facts]

"""Key inventory: key types and the price list (K5), the spare keys on the board (备用钥匙) with
their hooks and tags, and the answer to "where is this key now" for a key, a room or a student."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, union
from sqlalchemy.orm import aliased

from app import vocab
from app.db.models.keys import KeyItem, KeyMovement, KeyPrice, KeyType, SpareKeyLoan
from app.db.models.residents import Building, Room, Student
from app.errors import NotFound, ValidationError
from app.services.context import ServiceContext, snapshot
from app.services.keys_common import KEY_STATUS_LABELS, KIND_LABELS, MOVE_IN, key_types, money, move, new_tag
from app.texts import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class KeyTypeRow:
    id: int
    name: str
    default_qty: int
    unit_price: Decimal
    version: int


@dataclass(frozen=True)
class PriceRow:
    code: str
    name: str
    price: Decimal
    version: int


@dataclass(frozen=True)
class KeyWhere:
    """Where one key is now, in words and in fields."""

    key_id: int
    tag_code: str
    building: str
    room_no: str
    key_type: str
    kind: str
    hook: str | None
    status: str
    status_label: str
    holder: str | None        # student holding it (issued) or borrowing it (on loan)
    since: dt.datetime | None
    due_time: dt.datetime | None
    overdue: bool
    where: str


@dataclass(frozen=True)
class MovementRow:
    at: dt.datetime
    kind: str
    student: str | None
    ref: str | None
    by_user: str


def list_key_types(ctx: ServiceContext) -> list[KeyTypeRow]:
    with ctx.read("keys.view") as s:
        return [KeyTypeRow(t.id, t.name, t.default_qty, money(t.unit_price), t.version) for t in key_types(s)]


def list_prices(ctx: ServiceContext) -> list[PriceRow]:
    with ctx.read("keys.view") as s:
        return [PriceRow(p.code, p.name, money(p.price), p.version)
                for p in s.scalars(select(KeyPrice).order_by(KeyPrice.code))]


def save_key_type(ctx: ServiceContext, type_id: int, *, default_qty: int, unit_price, expected_version: int
                  ) -> KeyTypeRow:
    """Change how many keys of a type each student gets and its price per key (supervisor)."""
    if default_qty < 0 or default_qty > 10:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "每人发放数量应在 0 到 10 之间。"), field="default_qty")
    if money(unit_price) < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "价格不能为负数。"), field="unit_price")
    with ctx.action("keys.configure") as tx:
        kt = tx.session.get(KeyType, type_id)
        if kt is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "钥匙类型不存在。"))
        tx.check_version(kt, expected_version)
        before = snapshot(kt)
        kt.default_qty, kt.unit_price = default_qty, money(unit_price)
        tx.stamp(kt)
        tx.session.flush()
        tx.audit("key_type", kt.id, before=before, after=snapshot(kt),
                 summary=f"钥匙类型 {vocab.KEY_TYPE.labels.get(kt.name, kt.name)}：每人 {default_qty} 把，{money(unit_price)} 元/把")
        return KeyTypeRow(kt.id, kt.name, kt.default_qty, money(kt.unit_price), kt.version)


def save_price(ctx: ServiceContext, code: str, price, expected_version: int) -> PriceRow:
    with ctx.action("keys.configure") as tx:
        row = tx.session.get(KeyPrice, code)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "价目不存在：{code}"), code=code)
        tx.check_version(row, expected_version)
        before = snapshot(row)
        row.price = money(price)
        tx.stamp(row)
        tx.session.flush()
        tx.audit("key_price", code, before=before, after=snapshot(row), summary=f"价目 {row.name}：{row.price} 元")
        return PriceRow(row.code, row.name, money(row.price), row.version)


def next_hook(session, building_id: int) -> str:
    """The next free hook on the building's key board: H001, H002..."""
    hooks = session.scalars(select(KeyItem.hook).join(Room, KeyItem.room_id == Room.id)
                            .where(Room.building_id == building_id, KeyItem.hook.is_not(None)))
    used = [int(h[1:]) for h in hooks if h and h[1:].isdigit()]
    return f"H{(max(used) + 1) if used else 1:03d}"


def ensure_spare_keys(ctx: ServiceContext, building_id: int, type_name: str = "door") -> int:
    """Give every room of the building that has none a spare key of `type_name` (a key.type code,
    or its label) on the board."""
    type_name = vocab.KEY_TYPE.code(type_name) or type_name
    ctx.require_building(building_id)
    with ctx.action("keys.create") as tx:
        s = tx.session
        kt = s.scalar(select(KeyType).where(KeyType.name == type_name))
        if kt is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "钥匙类型不存在。"))
        have = set(s.scalars(select(KeyItem.room_id).join(Room, KeyItem.room_id == Room.id).where(
            Room.building_id == building_id, KeyItem.kind == "spare", KeyItem.key_type_id == kt.id,
            KeyItem.status != "void")))
        rooms = s.scalars(select(Room).where(Room.building_id == building_id).order_by(Room.room_no)).all()
        hook_no = int(next_hook(s, building_id)[1:])
        now, created = ctx.now(), 0
        for room in rooms:
            if room.id in have:
                continue
            key = KeyItem(tag_code=new_tag(s), room_id=room.id, key_type_id=kt.id, kind="spare",
                          hook=f"H{hook_no:03d}", status="in_stock", since=now)
            tx.stamp(key, new=True)
            s.add(key)
            s.flush()
            move(s, key, MOVE_IN, now, ctx.actor.username)
            hook_no += 1
            created += 1
        building = s.get(Building, building_id)
        tx.audit("building", building_id, after={"spare_keys_created": created, "type": type_name},
                 summary=f"{building.name} 新增备用钥匙 {created} 把")
        return created


_WHERE = (QT_TRANSLATE_NOOP("Keys", "在钥匙板 {hook}"), QT_TRANSLATE_NOOP("Keys", "在管理中心"),
          QT_TRANSLATE_NOOP("Keys", "{holder} 持有（{since} 起）"), QT_TRANSLATE_NOOP("Keys", "{holder} 持有"),
          QT_TRANSLATE_NOOP("Keys", "借给 {holder}，{since} 借出，应还 {due}"), QT_TRANSLATE_NOOP("Keys", "{name}（{no}）"))


def _where_text(status: str, hook: str | None, holder: str | None, since, due) -> str:
    """Where the key is, in the interface's language (lists and the spare-key check show it)."""
    if status == "in_stock":
        return translate("Keys", "在钥匙板 {hook}").format(hook=hook) if hook else translate("Keys", "在管理中心")
    if status == "issued":
        if since:
            return translate("Keys", "{holder} 持有（{since} 起）").format(holder=holder, since=f"{since:%Y-%m-%d}")
        return translate("Keys", "{holder} 持有").format(holder=holder)
    if status == "on_loan":
        return translate("Keys", "借给 {holder}，{since} 借出，应还 {due}").format(
            holder=holder, since=f"{since:%m-%d %H:%M}", due=f"{due:%H:%M}")
    return vocab.label("key.status", status)


def where_stmt(query: str):
    """The SELECT behind "where is it": one row per key matching a tag code, 房号 or 学号."""
    q = (query or "").strip()
    holder = aliased(Student)
    borrower = aliased(Student)
    stmt = (select(KeyItem.id, KeyItem.tag_code, Building.name, Room.room_no, KeyType.name, KeyItem.kind,
                   KeyItem.hook, KeyItem.status, holder.name, holder.student_no, KeyItem.since,
                   SpareKeyLoan.time_out, SpareKeyLoan.due_time, borrower.name, borrower.student_no,
                   Building.id)
            .join(Room, KeyItem.room_id == Room.id).join(Building, Room.building_id == Building.id)
            .join(KeyType, KeyItem.key_type_id == KeyType.id)
            .outerjoin(holder, KeyItem.holder_student_id == holder.id)
            .outerjoin(SpareKeyLoan, (SpareKeyLoan.key_id == KeyItem.id) & SpareKeyLoan.time_in.is_(None))
            .outerjoin(borrower, SpareKeyLoan.student_id == borrower.id))
    if q:
        # One indexed look-up per meaning of the text, united: an OR across the joined tables
        # would scan every key.
        students = select(Student.id).where(Student.student_no == q)
        matches = union(
            select(KeyItem.id).where(KeyItem.tag_code == q.upper()),
            select(KeyItem.id).join(Room, KeyItem.room_id == Room.id).where(Room.room_no == q),
            select(KeyItem.id).where(KeyItem.holder_student_id.in_(students)),
            select(SpareKeyLoan.key_id).where(SpareKeyLoan.time_in.is_(None), SpareKeyLoan.student_id.in_(students)))
        stmt = stmt.where(KeyItem.id.in_(select(matches.subquery().c[0])))
    return stmt.order_by(Building.name, Room.room_no, KeyType.sort_order, KeyItem.kind, KeyItem.id)


def where_is(ctx: ServiceContext, query: str, *, limit: int = 500, include_gone: bool = False,
             kind: str | None = None) -> list[KeyWhere]:
    """Every key matching a tag code, a 房号 or a 学号 (all keys for ""), with where it is now;
    `kind` "spare" or "student" limits the kind of key."""
    stmt = ctx.scope_filter(where_stmt(query), Building.id)
    if kind:
        stmt = stmt.where(KeyItem.kind == kind)
    if not include_gone:
        stmt = stmt.where(KeyItem.status.not_in(("void", "returned")))
    now = ctx.now()
    out = []
    with ctx.read("keys.view") as s:
        for (kid, tag, bname, room_no, tname, kind, hook, status, h_name, h_no, since, t_out, due,
             b_name, b_no, _bid) in s.execute(stmt.limit(limit)):
            person = translate("Keys", "{name}（{no}）")
            who = (person.format(name=b_name, no=b_no) if status == "on_loan" and b_name
                   else (person.format(name=h_name, no=h_no) if h_name else None))
            when = t_out if status == "on_loan" else since
            out.append(KeyWhere(kid, tag, bname, room_no, tname, KIND_LABELS.get(kind, kind), hook, status,
                                KEY_STATUS_LABELS.get(status, status), who, when, due,
                                bool(due and status == "on_loan" and due < now),
                                _where_text(status, hook, who, when, due)))
    return out


def key_history(ctx: ServiceContext, key_id: int, limit: int = 200) -> list[MovementRow]:
    stmt = (select(KeyMovement.at, KeyMovement.kind, Student.name, Student.student_no, KeyMovement.ref,
                   KeyMovement.by_user)
            .outerjoin(Student, KeyMovement.student_id == Student.id)
            .where(KeyMovement.key_id == key_id).order_by(KeyMovement.at.desc(), KeyMovement.id.desc()).limit(limit))
    with ctx.read("keys.view") as s:
        return [MovementRow(at, kind, f"{name}（{no}）" if name else None, ref, by)
                for at, kind, name, no, ref, by in s.execute(stmt)]


def keys_out_count(ctx: ServiceContext) -> int:
    """Keys not on the board or at the centre right now (issued or on loan)."""
    with ctx.read("keys.view") as s:
        stmt = select(func.count()).select_from(KeyItem).join(Room, KeyItem.room_id == Room.id).where(
            KeyItem.status == "on_loan")
        return s.scalar(ctx.scope_filter(stmt, Room.building_id)) or 0

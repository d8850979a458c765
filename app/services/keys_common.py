"""Shared pieces of the key services: labels, configuration defaults, reference seeds (key types
and the price list), tag codes, key movements and the student/room look-ups every key flow needs."""
from __future__ import annotations

import datetime as dt
import secrets
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.keys import KeyItem, KeyMovement, KeyPrice, KeyType
from app.db.models.residents import Bed, Building, Room, Student
from app.errors import NotFound, ValidationError
from app import vocab
from app.texts import QT_TRANSLATE_NOOP

# Enumerated values and their labels live in app/vocab.py (the labels below are Chinese sources,
# shown through vocab.label at display time).
KEY_STATUS_LABELS = vocab.KEY_STATUS.labels
KIND_LABELS = vocab.KEY_KIND.labels
LOAN_STATUS_LABELS = vocab.KEY_LOAN_STATUS.labels
LOSS_STATUS_LABELS = vocab.KEY_LOSS_STATUS.labels
OWNER_LOAN_STATUS_LABELS = vocab.KEY_OWNER_LOAN_STATUS.labels
PLEDGE_TYPES = vocab.PLEDGE_TYPE.codes          # stored as codes ("id_card", "student"...)
LOSS_ACTIONS = vocab.KEY_LOSS_ACTION.codes
LOSS_REASONS = vocab.KEY_LOSS_REASON.codes
LEAVE_TYPES = vocab.KEY_LEAVE_TYPE.codes
BORROWER_TYPES = vocab.KEY_BORROWER_TYPE.codes

# Movement kinds written to key_movement (codes of vocabulary key.movement).
MOVE_IN = "stock_in"
MOVE_ISSUE = "issue"
MOVE_LEND = "lend"
MOVE_BACK = "back"
MOVE_RETURN = "return"
MOVE_LOST = "lost"
MOVE_DAMAGED = "damaged"
MOVE_VOID = "void"
MOVE_FOUND = "found"

DEFAULTS = {
    "keys.spare_loan_minutes": 30,
    "keys.lock_change_threshold": 0.5,   # a lock change when fewer than this share of keys come back
    "keys.deposit_per_key": 0,            # 元 per key; 0 = no deposit by default
    "keys.contractor_max_days": 7,
    "keys.sales_due_time": "18:00",
    "keys.property_staff_due_time": "23:59",
}

# Reference rows (idempotent): name (a code of vocabulary key.type), default quantity per student,
# price per key, order.
KEY_TYPE_SEEDS = (("door", 1, "20.00", 1), ("closet", 2, "20.00", 2), ("drawer", 2, "20.00", 3),
                  ("balcony", 0, "20.00", 4), ("mailbox", 0, "20.00", 5), ("other", 0, "20.00", 6))
# The lock-change prices, keyed by the loss action (key.loss_action) they price.
PRICE_SEEDS = (("cylinder", "更换锁芯（每间）", "150.00"), ("lock", "更换门锁（每间）", "150.00"))

TAG_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def seed_key_types(session: Session, now: dt.datetime) -> None:
    have = set(session.scalars(select(KeyType.name)))
    for name, qty, price, order in KEY_TYPE_SEEDS:
        if name not in have:
            session.add(KeyType(name=name, default_qty=qty, unit_price=Decimal(price), sort_order=order,
                                active=True, created_at=now, created_by="system"))


def seed_prices(session: Session, now: dt.datetime) -> None:
    have = set(session.scalars(select(KeyPrice.code)))
    for code, name, price in PRICE_SEEDS:
        if code not in have:
            session.add(KeyPrice(code=code, name=name, price=Decimal(price), effective_from=now.date(),
                                 created_at=now, created_by="system"))


def new_tag(session: Session) -> str:
    """A tag code like K7F3Q9: random, so it says nothing about the room; unique in the table."""
    while True:
        code = "K" + "".join(secrets.choice(TAG_ALPHABET) for _ in range(6))
        if session.scalar(select(KeyItem.id).where(KeyItem.tag_code == code)) is None:
            return code


def move(session: Session, key: KeyItem, kind: str, at: dt.datetime, by: str, *,
         student_id: int | None = None, ref: str | None = None) -> None:
    session.add(KeyMovement(key_id=key.id, at=at, kind=kind, student_id=student_id, ref=ref, by_user=by))


def money(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def student_by_no(session: Session, student_no: str) -> Student:
    no = (student_no or "").strip()
    if not no:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请输入学号。"), field="student_no")
    student = session.scalar(select(Student).where(Student.student_no == no))
    if student is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "学号 {no} 不存在。"), field="student_no", no=no)
    return student


def student_place(session: Session, student: Student) -> tuple[Bed, Room, Building]:
    """The student's bed, room and building; a student without a bed is refused."""
    if student.bed_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "学生 {name}（{no}）没有床位，不能办理钥匙业务。"),
                              field="student_no", name=student.name, no=student.student_no)
    row = session.execute(select(Bed, Room, Building).join(Room, Bed.room_id == Room.id)
                          .join(Building, Room.building_id == Building.id)
                          .where(Bed.id == student.bed_id)).one()
    return row[0], row[1], row[2]


def key_types(session: Session, *, active_only: bool = True) -> list[KeyType]:
    stmt = select(KeyType).order_by(KeyType.sort_order, KeyType.id)
    if active_only:
        stmt = stmt.where(KeyType.active.is_(True))
    return list(session.scalars(stmt))


def lock_price(session: Session, action: str) -> Decimal:
    row = session.get(KeyPrice, action)
    return money(row.price) if row else Decimal("150.00")


SEEDS = [seed_key_types, seed_prices]

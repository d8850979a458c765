"""Keys (domain.md §3): key types and their price list, physical keys, key movements, issues at
check-in (K1), returns at leaving (K4), spare-key loans (K2), lost-key reports (K3), and owners'
keys deposited (K7) and lent to staff (K6).

"One open loan per key" is a database guarantee: a partial unique index on the loans whose
`time_in` is NULL (SQLite and PostgreSQL both have partial indexes), so two PCs lending the same
key at once end with one loan and an IntegrityError on the other.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text,
                        text)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Editable

KEY_STATUSES = ("in_stock", "issued", "on_loan", "returned", "lost", "damaged", "void")
KEY_KINDS = ("student", "spare")
LOAN_STATUSES = ("open", "returned", "returned_late")
LOSS_STATUSES = ("reported", "paid", "done", "cancelled")
OWNER_LOAN_STATUSES = ("lent", "returned", "returned_with_damage")

Money = Numeric(10, 2)


class KeyType(Editable, Base):
    """A kind of key (房门, 壁橱, 抽屉...), how many each student gets, and its price per key (K5)."""

    __tablename__ = "key_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(16), unique=True)
    default_qty: Mapped[int] = mapped_column(Integer, default=0)
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("20.00"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class KeyPrice(Editable, Base):
    """The rest of the price list (K5): lock changes per room, by action."""

    __tablename__ = "key_price"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    price: Mapped[Decimal] = mapped_column(Money)
    effective_from: Mapped[dt.date | None] = mapped_column(Date)


class KeyIssue(Base):
    """K1 钥匙发放登记: one issue of a key set to a student at check-in."""

    __tablename__ = "key_issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_no: Mapped[str] = mapped_column(String(20), unique=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    bed_id: Mapped[int | None] = mapped_column(ForeignKey("bed.id"))
    issue_date: Mapped[dt.date] = mapped_column(Date, index=True)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    deposit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    issued_by: Mapped[str] = mapped_column(String(64))
    remarks: Mapped[str | None] = mapped_column(Text)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)


class KeyIssueLine(Base):
    """How many keys of one type an issue handed out."""

    __tablename__ = "key_issue_line"

    issue_id: Mapped[int] = mapped_column(ForeignKey("key_issue.id", ondelete="CASCADE"), primary_key=True)
    key_type_id: Mapped[int] = mapped_column(ForeignKey("key_type.id"), primary_key=True)
    qty: Mapped[int] = mapped_column(Integer)


class KeyItem(Editable, Base):
    """One physical key. A student key has `holder_student_id` while issued; a spare key (备用钥匙)
    hangs on `hook` of the key board. `tag_code` is printed on the tag and never shows the room."""

    __tablename__ = "key_item"
    __table_args__ = (
        Index("ix_key_item_room_type", "room_id", "key_type_id"),
        Index("ix_key_item_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tag_code: Mapped[str] = mapped_column(String(16), unique=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    key_type_id: Mapped[int] = mapped_column(ForeignKey("key_type.id"))
    kind: Mapped[str] = mapped_column(String(8), default="student")
    hook: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(12), default="in_stock")
    holder_student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id"), index=True)
    issue_id: Mapped[int | None] = mapped_column(ForeignKey("key_issue.id"))
    since: Mapped[dt.datetime | None] = mapped_column(DateTime)


class KeyMovement(Base):
    """Every change of where a key is (发放, 借出, 归还, 交回, 挂失, 作废...), for "where was it"."""

    __tablename__ = "key_movement"
    __table_args__ = (Index("ix_key_movement_key_at", "key_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("key_item.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(8))
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id"))
    ref: Mapped[str | None] = mapped_column(String(32))
    by_user: Mapped[str] = mapped_column(String(64))


class SpareKeyLoan(Base):
    """K2 备用钥匙借用登记: a spare key lent to a resident against a pledged document."""

    __tablename__ = "spare_key_loan"
    __table_args__ = (
        Index("uq_spare_key_loan_open_key", "key_id", unique=True,
              sqlite_where=text("time_in IS NULL"), postgresql_where=text("time_in IS NULL")),
        Index("ix_spare_key_loan_open_due", "due_time",
              sqlite_where=text("time_in IS NULL"), postgresql_where=text("time_in IS NULL")),
        Index("ix_spare_key_loan_time_out", "time_out"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_no: Mapped[str] = mapped_column(String(20), unique=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("key_item.id"))
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    pledged_id_type: Mapped[str] = mapped_column(String(8))
    pledged_id_no: Mapped[str | None] = mapped_column(String(32))
    time_out: Mapped[dt.datetime] = mapped_column(DateTime)
    due_time: Mapped[dt.datetime] = mapped_column(DateTime)
    time_in: Mapped[dt.datetime | None] = mapped_column(DateTime)
    id_returned: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="open")
    override_reason: Mapped[str | None] = mapped_column(Text)
    attendant: Mapped[str] = mapped_column(String(64))
    returned_to: Mapped[str | None] = mapped_column(String(64))
    remarks: Mapped[str | None] = mapped_column(Text)


class KeyReturn(Base):
    """K4 钥匙交回 / 离校验收: the keys a leaving student hands back, and how it was settled."""

    __tablename__ = "key_return"

    id: Mapped[int] = mapped_column(primary_key=True)
    return_no: Mapped[str] = mapped_column(String(20), unique=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    leave_type: Mapped[str] = mapped_column(String(8))
    expected_qty: Mapped[int] = mapped_column(Integer)
    returned_qty: Mapped[int] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text)  # JSON: [{type, expected, returned}]
    compensation: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    lock_change: Mapped[bool] = mapped_column(Boolean, default=False)
    deposit_refund: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    receipt_no: Mapped[str | None] = mapped_column(String(32))
    waived: Mapped[bool] = mapped_column(Boolean, default=False)
    waive_reason: Mapped[str | None] = mapped_column(Text)
    return_date: Mapped[dt.date] = mapped_column(Date)
    warden: Mapped[str] = mapped_column(String(64))


class KeyLoss(Editable, Base):
    """K3 钥匙挂失 / 配钥匙申请单: lost or damaged keys, the action, the fee and its receipt."""

    __tablename__ = "key_loss"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_no: Mapped[str] = mapped_column(String(20), unique=True)
    apply_date: Mapped[dt.date] = mapped_column(Date, index=True)
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id"), index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    key_type_id: Mapped[int] = mapped_column(ForeignKey("key_type.id"))
    qty: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(8))
    fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    list_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    fee_reason: Mapped[str | None] = mapped_column(Text)
    receipt_no: Mapped[str | None] = mapped_column(String(32))
    verified_by: Mapped[str] = mapped_column(String(64))
    repaired_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    done_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="reported")
    remarks: Mapped[str | None] = mapped_column(Text)


class OwnerKeyDeposit(Editable, Base):
    """K7 钥匙托管 / 留存登记: an owner's keys left with the office."""

    __tablename__ = "owner_key_deposit"

    id: Mapped[int] = mapped_column(primary_key=True)
    deposit_no: Mapped[str] = mapped_column(String(20), unique=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    unit: Mapped[str | None] = mapped_column(String(16))
    room_no: Mapped[str] = mapped_column(String(16))
    owner_name: Mapped[str] = mapped_column(String(64))
    owner_id_no: Mapped[str | None] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(32))
    key_description: Mapped[str | None] = mapped_column(Text)
    key_qty: Mapped[int] = mapped_column(Integer, default=1)
    tag_code: Mapped[str] = mapped_column(String(16), unique=True)
    deposit_date: Mapped[dt.date] = mapped_column(Date)
    declaration_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_signature: Mapped[str] = mapped_column(String(64))
    received_by: Mapped[str] = mapped_column(String(64))
    withdraw_date: Mapped[dt.date | None] = mapped_column(Date)
    withdraw_signature: Mapped[str | None] = mapped_column(String(64))
    remarks: Mapped[str | None] = mapped_column(Text)


class OwnerKeyLoan(Editable, Base):
    """K6 业主钥匙借(领)登记: an owner's key lent to staff, with its approval, due time, inspection."""

    __tablename__ = "owner_key_loan"
    __table_args__ = (
        Index("uq_owner_key_loan_open_deposit", "deposit_id", unique=True,
              sqlite_where=text("time_in IS NULL"), postgresql_where=text("time_in IS NULL")),
        Index("ix_owner_key_loan_time_out", "time_out"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_no: Mapped[str] = mapped_column(String(20), unique=True)
    deposit_id: Mapped[int] = mapped_column(ForeignKey("owner_key_deposit.id"))
    key_qty: Mapped[int] = mapped_column(Integer, default=1)
    borrower_name: Mapped[str] = mapped_column(String(64))
    borrower_type: Mapped[str] = mapped_column(String(8))
    borrower_org: Mapped[str | None] = mapped_column(String(64))
    borrower_phone: Mapped[str | None] = mapped_column(String(32))
    purpose: Mapped[str] = mapped_column(Text)
    permit_no: Mapped[str | None] = mapped_column(String(32))
    site_manager: Mapped[str | None] = mapped_column(String(64))
    approver: Mapped[str | None] = mapped_column(String(64))
    time_out: Mapped[dt.datetime] = mapped_column(DateTime)
    due_time: Mapped[dt.datetime] = mapped_column(DateTime)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    time_in: Mapped[dt.datetime | None] = mapped_column(DateTime)
    inspector: Mapped[str | None] = mapped_column(String(64))
    doors_windows_closed: Mapped[bool | None] = mapped_column(Boolean)
    contents_intact: Mapped[bool | None] = mapped_column(Boolean)
    damage_description: Mapped[str | None] = mapped_column(Text)
    compensation: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    keeper: Mapped[str] = mapped_column(String(64))
    chase_log: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(24), default="lent")

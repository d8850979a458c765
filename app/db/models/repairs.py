"""Repair slips (R1 维修单/派工单), their materials, history and photos, damage compensation notices
(R2 公物损坏赔偿通知单) and the price list (宿舍公物价目表). domain.md §4. Their return visits are V1
records (models/visits.py, §9)."""
from __future__ import annotations

import datetime as dt
import decimal

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, Numeric, String,
                        Text)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Editable

MONEY = Numeric(10, 2)


class RepairSlip(Editable, Base):
    """One repair slip; `status` follows the state machine in app/services/repairs_flow.py."""

    __tablename__ = "repair_slip"
    __table_args__ = (
        Index("ix_repair_slip_room_category", "room_id", "category", "reported_at"),
        Index("ix_repair_slip_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_no: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="reported")
    reported_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    report_channel: Mapped[str] = mapped_column(String(16), default="duty_room")  # repairs.channel
    reporter_name: Mapped[str] = mapped_column(String(64))
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id", ondelete="SET NULL"))
    student_no: Mapped[str | None] = mapped_column(String(32))
    reporter_phone: Mapped[str | None] = mapped_column(String(32))
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    location_detail: Mapped[str | None] = mapped_column(String(128))
    category: Mapped[str] = mapped_column(String(8))
    urgency: Mapped[str] = mapped_column(String(4), default="norm")  # repairs.urgency code
    fault_description: Mapped[str] = mapped_column(Text)
    appointment: Mapped[dt.datetime | None] = mapped_column(DateTime)
    repeat_count: Mapped[int] = mapped_column(Integer, default=1)  # same room+category in the window
    # time limits, fixed when reported (a deferral moves due_at to the planned date)
    onsite_due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # fee assessment
    damage_cause: Mapped[str | None] = mapped_column(String(8))
    chargeable: Mapped[bool | None] = mapped_column(Boolean)
    fee_standard: Mapped[str | None] = mapped_column(String(128))
    price_item_id: Mapped[int | None] = mapped_column(ForeignKey("asset_price.id", ondelete="SET NULL"))
    price_qty: Mapped[decimal.Decimal | None] = mapped_column(Numeric(10, 2))
    labour_fee: Mapped[decimal.Decimal] = mapped_column(MONEY, default=decimal.Decimal("0"))
    materials_fee: Mapped[decimal.Decimal] = mapped_column(MONEY, default=decimal.Decimal("0"))
    total_fee: Mapped[decimal.Decimal] = mapped_column(MONEY, default=decimal.Decimal("0"))
    fee_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_assessed_by: Mapped[str | None] = mapped_column(String(64))
    fee_assessed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # work
    repairer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    dispatched_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    work_done: Mapped[str | None] = mapped_column(Text)
    emergency_first: Mapped[bool] = mapped_column(Boolean, default=False)  # done before the paperwork
    delay_reason: Mapped[str | None] = mapped_column(Text)
    deferred_until: Mapped[dt.date | None] = mapped_column(Date)
    accepted_by: Mapped[str | None] = mapped_column(String(64))
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    requester_signature: Mapped[str | None] = mapped_column(String(64))
    satisfaction: Mapped[str | None] = mapped_column(String(4))
    visited_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    receipt_no: Mapped[str | None] = mapped_column(String(32))
    void_reason: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)


class RepairMaterial(Base):
    """A line of the materials table (材料明细)."""

    __tablename__ = "repair_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("repair_slip.id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(64))
    spec: Mapped[str | None] = mapped_column(String(64))
    qty: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2))
    unit_price: Mapped[decimal.Decimal] = mapped_column(MONEY)
    amount: Mapped[decimal.Decimal] = mapped_column(MONEY)


class RepairEvent(Base):
    """The slip's history: one row per step, written in the step's transaction."""

    __tablename__ = "repair_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("repair_slip.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(16))
    status_from: Mapped[str | None] = mapped_column(String(16))
    status_to: Mapped[str | None] = mapped_column(String(16))
    by_user: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)


class RepairPhoto(Base):
    """A photo attached to a slip, stored in the database with a small JPEG thumbnail."""

    __tablename__ = "repair_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("repair_slip.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(128))
    mime: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(64))


class AssetPrice(Editable, Base):
    """A line of the price list (宿舍公物价目表); a new price is a new row with a later date."""

    __tablename__ = "asset_price"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_name: Mapped[str] = mapped_column(String(64), index=True)
    category: Mapped[str | None] = mapped_column(String(8))
    unit: Mapped[str] = mapped_column(String(8))
    price: Mapped[decimal.Decimal] = mapped_column(MONEY)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DamageNotice(Editable, Base):
    """R2 公物损坏赔偿通知单: issued from a chargeable slip, to be paid within the due days."""

    __tablename__ = "damage_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_no: Mapped[str] = mapped_column(String(32), unique=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("repair_slip.id"), index=True)
    issue_date: Mapped[dt.date] = mapped_column(Date, index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    responsible_students: Mapped[str] = mapped_column(Text)
    whole_room: Mapped[bool] = mapped_column(Boolean, default=False)
    damaged_item: Mapped[str] = mapped_column(String(128))
    damage_cause: Mapped[str] = mapped_column(String(8))
    price_basis: Mapped[str] = mapped_column(String(8))
    amount: Mapped[decimal.Decimal] = mapped_column(MONEY)
    due_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="unpaid")  # repairs.notice_status
    paid_date: Mapped[dt.date | None] = mapped_column(Date)
    receipt_no: Mapped[str | None] = mapped_column(String(32))
    issued_by: Mapped[str] = mapped_column(String(64))

"""Meeting services (会议服务, domain.md §12): meeting rooms (and rooms that combine), bookings with the
MT1 会议接待单 on the same row, the guard rows that let the database refuse a double booking, recurring
series, the MT2 会议服务记录, MT3 周清洁消毒记录 and MT4 入室服务检查表.

Double bookings are refused by the database: every booking inserts one `meeting_slot` row per
15-minute slot and per physical room it occupies (a combined hall occupies its parts), and the
primary key (unit_id, slot_start) lets exactly one of two PCs hold a slot, on SQLite and PostgreSQL
alike.
"""
from __future__ import annotations

import datetime as dt
import decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Editable

ZERO = decimal.Decimal("0")


class MeetingRoom(Editable, Base):
    """A meeting room; `parts` (meeting_room_part) make it a combined room (a hall and its halves)."""

    __tablename__ = "meeting_room"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), index=True)
    location: Mapped[str | None] = mapped_column(String(64))
    capacity: Mapped[int] = mapped_column(Integer, default=20)
    equipment: Mapped[str | None] = mapped_column(String(255))   # 音响、话筒、投影… joined by 、
    layouts: Mapped[str | None] = mapped_column(String(128))     # the layouts the room allows
    hourly_rate: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), default=ZERO)
    daily_rate: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), default=ZERO)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    remarks: Mapped[str | None] = mapped_column(Text)


class MeetingRoomPart(Base):
    """A combined room and one of the rooms it is made of."""

    __tablename__ = "meeting_room_part"

    room_id: Mapped[int] = mapped_column(ForeignKey("meeting_room.id", ondelete="CASCADE"), primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("meeting_room.id", ondelete="CASCADE"), primary_key=True)


class MeetingSeries(Base):
    """A recurring booking's rule; its occurrences are meeting_order rows carrying series_id."""

    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(255))       # JSON of services.meetings_recurrence.Rule
    description: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class MeetingOrder(Editable, Base):
    """A booking of a room and its MT1 会议接待单; kind "blocked" marks a slot unavailable."""

    __tablename__ = "meeting_order"
    __table_args__ = (Index("ix_meeting_order_room_start", "room_id", "start_at"),
                      Index("ix_meeting_order_status_start", "status", "start_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    order_no: Mapped[str | None] = mapped_column(String(32), unique=True)  # HY2026-000001 at confirmation
    kind: Mapped[str] = mapped_column(String(8), default="meeting")        # meeting | blocked
    status: Mapped[str] = mapped_column(String(16), default="tentative")
    room_id: Mapped[int] = mapped_column(ForeignKey("meeting_room.id"))
    start_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    end_at: Mapped[dt.datetime] = mapped_column(DateTime)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_series.id", ondelete="SET NULL"), index=True)
    meeting_name: Mapped[str] = mapped_column(String(128))
    organiser_unit: Mapped[str | None] = mapped_column(String(128))
    contact_person: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    attendees_count: Mapped[int] = mapped_column(Integer, default=0)
    rostrum_count: Mapped[int] = mapped_column(Integer, default=0)
    layout: Mapped[str | None] = mapped_column(String(16))
    banner_text: Mapped[str | None] = mapped_column(String(255))
    equipment: Mapped[str | None] = mapped_column(String(255))
    tea_service: Mapped[bool] = mapped_column(Boolean, default=True)
    fruit_snacks: Mapped[bool] = mapped_column(Boolean, default=False)
    name_cards: Mapped[bool] = mapped_column(Boolean, default=False)
    flowers: Mapped[bool] = mapped_column(Boolean, default=False)
    special_requirements: Mapped[str | None] = mapped_column(Text)
    vip_level: Mapped[str | None] = mapped_column(String(16))
    notified_by: Mapped[str | None] = mapped_column(String(64))
    station_head_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    assigned_staff: Mapped[str | None] = mapped_column(String(255))
    capacity_override: Mapped[str | None] = mapped_column(String(255))
    hotel_use: Mapped[bool] = mapped_column(Boolean, default=False)
    venue_fee: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), default=ZERO)
    guest_rooms_agreed: Mapped[int] = mapped_column(Integer, default=0)
    guest_rooms_held: Mapped[int] = mapped_column(Integer, default=0)
    guest_rooms_used: Mapped[int] = mapped_column(Integer, default=0)
    guest_room_rate: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), default=ZERO)
    guest_nights: Mapped[int] = mapped_column(Integer, default=0)
    extra_beds: Mapped[int] = mapped_column(Integer, default=0)
    extra_bed_rate: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), default=ZERO)
    other_fees: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), default=ZERO)
    fee_total: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 2), default=ZERO)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    confirmed_by: Mapped[str | None] = mapped_column(String(64))
    prepared_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)


class MeetingSlot(Base):
    """The guard row: one physical room (`unit_id`) held for one 15-minute slot by one booking."""

    __tablename__ = "meeting_slot"

    unit_id: Mapped[int] = mapped_column(ForeignKey("meeting_room.id", ondelete="CASCADE"), primary_key=True)
    slot_start: Mapped[dt.datetime] = mapped_column(DateTime, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("meeting_order.id", ondelete="CASCADE"), index=True)


class MeetingServiceLog(Editable, Base):
    """MT2 会议服务记录: one per meeting, filled in by the attendant on duty."""

    __tablename__ = "meeting_service_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("meeting_order.id", ondelete="CASCADE"), unique=True)
    staff_on_duty: Mapped[str] = mapped_column(String(64))
    arrived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    audio_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    room_cleaned: Mapped[bool] = mapped_column(Boolean, default=False)
    refill_interval_min: Mapped[int] = mapped_column(Integer, default=15)
    refill_count: Mapped[int] = mapped_column(Integer, default=0)
    last_refill_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    items_issued: Mapped[str | None] = mapped_column(String(255))
    items_returned: Mapped[str | None] = mapped_column(String(255))
    issues: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    lights_ac_off: Mapped[bool] = mapped_column(Boolean, default=False)
    tea_sets_washed: Mapped[bool] = mapped_column(Boolean, default=False)
    fb_communication: Mapped[str | None] = mapped_column(String(8))
    fb_preparation: Mapped[str | None] = mapped_column(String(8))
    fb_cleanliness: Mapped[str | None] = mapped_column(String(8))
    fb_attitude: Mapped[str | None] = mapped_column(String(8))
    fb_audio: Mapped[str | None] = mapped_column(String(8))
    fb_overall: Mapped[str | None] = mapped_column(String(8))
    fb_comments: Mapped[str | None] = mapped_column(Text)


class MeetingRoomHygieneLog(Editable, Base):
    """MT3 周清洁消毒记录: a room's weekly deep clean and tea-set disinfection."""

    __tablename__ = "meeting_room_hygiene_log"
    __table_args__ = (UniqueConstraint("room_id", "week_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("meeting_room.id", ondelete="CASCADE"))
    week_start: Mapped[dt.date] = mapped_column(Date, index=True)  # the Monday
    deep_clean_done: Mapped[bool] = mapped_column(Boolean, default=False)
    tea_sets_disinfected: Mapped[bool] = mapped_column(Boolean, default=False)
    staff: Mapped[str] = mapped_column(String(64))
    checked_by: Mapped[str | None] = mapped_column(String(64))
    done_at: Mapped[dt.datetime] = mapped_column(DateTime)
    remarks: Mapped[str | None] = mapped_column(Text)


class OfficeServiceCheck(Editable, Base):
    """MT4 入室服务检查表: a leader's office done by 08:30 on a working day."""

    __tablename__ = "office_service_check"
    __table_args__ = (UniqueConstraint("office", "check_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office: Mapped[str] = mapped_column(String(64))
    check_date: Mapped[dt.date] = mapped_column(Date, index=True)
    desks: Mapped[bool] = mapped_column(Boolean, default=False)
    doors_windows: Mapped[bool] = mapped_column(Boolean, default=False)
    bookcase: Mapped[bool] = mapped_column(Boolean, default=False)
    plants: Mapped[bool] = mapped_column(Boolean, default=False)
    rubbish: Mapped[bool] = mapped_column(Boolean, default=False)
    floor: Mapped[bool] = mapped_column(Boolean, default=False)
    toilet: Mapped[bool] = mapped_column(Boolean, default=False)
    paper_refill: Mapped[bool] = mapped_column(Boolean, default=False)
    defects_reported: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    staff: Mapped[str] = mapped_column(String(64))

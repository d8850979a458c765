"""Warden assessment (domain.md §5): items (A1), incidents (A2), monthly sheets (A3) and month sign-off.

History is kept by copying: an incident stores the item's code, category, description and the
deduction computed when it was recorded, so editing an item's amounts or retiring it never changes a
past month. A closed month also stores each administrator's sheet row (base, totals, ranks).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, Numeric, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Editable

DEDUCTION_MODES = ("range", "percent")          # fixed range of 元/points, or percent of the loss
MONTH_STATUSES = ("open", "closed")


class AssessmentItem(Editable, Base):
    """A1 考核项目: one violation and its deduction rule; retired items stay for history."""

    __tablename__ = "assessment_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    category: Mapped[str] = mapped_column(String(8))           # code of vocabulary "assessments.category"
    duty: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str] = mapped_column(String(200))
    deduction_mode: Mapped[str] = mapped_column(String(8), default="range")
    deduction_min: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    deduction_max: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    percent: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # the staff category the item assesses (Staff.category); NULL: the wardens' items of §5
    applies_to: Mapped[str | None] = mapped_column(String(16))


class AssessmentIncident(Editable, Base):
    """A2 违规记录: one violation by one administrator, with its deduction, acknowledgement and appeal."""

    __tablename__ = "assessment_incident"
    __table_args__ = (UniqueConstraint("source", "source_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_no: Mapped[str] = mapped_column(String(24), unique=True)
    month: Mapped[str] = mapped_column(String(7), index=True)           # "YYYY-MM" of occurred_at
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    item_id: Mapped[int] = mapped_column(ForeignKey("assessment_item.id"))
    item_code: Mapped[str] = mapped_column(String(16))
    item_category: Mapped[str] = mapped_column(String(8))      # "assessments.category", copied from the item
    item_description: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    loss_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    deduction: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    original_deduction: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    evidence_name: Mapped[str | None] = mapped_column(String(255))
    evidence_data: Mapped[bytes | None] = mapped_column(LargeBinary)
    recorded_by: Mapped[str] = mapped_column(String(64))
    source: Mapped[str | None] = mapped_column(String(32))            # None: recorded by hand
    source_ref: Mapped[str | None] = mapped_column(String(64))
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    acknowledged_by: Mapped[str | None] = mapped_column(String(64))
    appeal_status: Mapped[str] = mapped_column(String(8), default="none")   # "assessments.appeal" (app/vocab.py)
    appeal_reason: Mapped[str | None] = mapped_column(Text)
    appealed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AssessmentMonth(Editable, Base):
    """Sign-off of one month: closed by a supervisor, reopened only by an admin with a reason."""

    __tablename__ = "assessment_month"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    status: Mapped[str] = mapped_column(String(8), default="open")
    mode: Mapped[str | None] = mapped_column(String(8))               # frozen at closing
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(64))
    reopened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reopened_by: Mapped[str | None] = mapped_column(String(64))
    reopen_reason: Mapped[str | None] = mapped_column(Text)


class AssessmentSheet(Editable, Base):
    """A3 月度考核表 row per administrator and month: additions and remarks while open; all figures
    frozen when the month closes."""

    __tablename__ = "assessment_sheet"
    __table_args__ = (UniqueConstraint("month", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    base_amount: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    additions: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    additions_note: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    total_deduction: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    final_amount: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    rank_building: Mapped[int | None] = mapped_column(Integer)
    rank_overall: Mapped[int | None] = mapped_column(Integer)


class AssessmentDismissal(Base):
    """A suggested incident the supervisor dismissed, with the reason; never proposed again."""

    __tablename__ = "assessment_dismissal"
    __table_args__ = (UniqueConstraint("source", "source_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(32))
    source_ref: Mapped[str] = mapped_column(String(64))
    month: Mapped[str] = mapped_column(String(7))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    fact_date: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    dismissed_by: Mapped[str] = mapped_column(String(64))
    dismissed_at: Mapped[dt.datetime] = mapped_column(DateTime)

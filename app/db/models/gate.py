"""The dorm gate at the front desk (domain.md §13.2): FD2 来访登记 (visitor log), FD3 大件/贵重物品出入登记
(student goods in/out, linked to a release slip where one exists) and the office's phrase sheet of
物业服务规范用语 shown beside the consultation entry.

Enumerated values are stored as codes (id_type, relation, gender, direction, kind, the warning codes
of a visit) and translated when shown; see app/services/gate_visitors.py and gate_goods.py.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Editable


class VisitorEntry(Editable, Base):
    """FD2 来访登记: one visit, from the scan of the visitor's ID at the gate to their sign-out."""

    __tablename__ = "visitor_log"
    # the scan looks a number up (and whether it is inside); the list shows who is inside
    __table_args__ = (Index("ix_visitor_log_id_open", "id_no", "time_out"), Index("ix_visitor_log_time_out", "time_out"))

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_no: Mapped[str] = mapped_column(String(32), unique=True)
    time_in: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    time_out: Mapped[dt.datetime | None] = mapped_column(DateTime)
    visitor_name: Mapped[str] = mapped_column(String(64))
    id_type: Mapped[str] = mapped_column(String(16))           # id_card | student_card | passport | other
    id_no: Mapped[str] = mapped_column(String(32))
    gender: Mapped[str | None] = mapped_column(String(1))      # m | f
    relation: Mapped[str] = mapped_column(String(16))          # parent | student | staff | relative | other
    phone: Mapped[str | None] = mapped_column(String(32))
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id", ondelete="SET NULL"))
    visiting_person: Mapped[str] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(String(200))
    warnings: Mapped[str | None] = mapped_column(String(128))  # comma-separated rule codes admitted by override
    override_by: Mapped[str | None] = mapped_column(String(64))
    override_reason: Mapped[str | None] = mapped_column(String(255))
    attendant: Mapped[str] = mapped_column(String(64))
    signed_out_by: Mapped[str | None] = mapped_column(String(64))
    remarks: Mapped[str | None] = mapped_column(Text)


class DormGoodsEntry(Editable, Base):
    """FD3 大件/贵重物品出入登记: goods a student carries in or out at the dorm gate."""

    __tablename__ = "dorm_goods_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_no: Mapped[str] = mapped_column(String(32), unique=True)
    logged_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    direction: Mapped[str] = mapped_column(String(4))          # in | out
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id", ondelete="SET NULL"))
    student_no: Mapped[str | None] = mapped_column(String(32))
    student_name: Mapped[str] = mapped_column(String(64))
    items: Mapped[str] = mapped_column(Text)
    item_count: Mapped[int] = mapped_column(Integer, default=1)
    valuable: Mapped[bool] = mapped_column(Boolean, default=False)
    room_leader_note: Mapped[str | None] = mapped_column(String(255))
    release_slip_id: Mapped[int | None] = mapped_column(ForeignKey("release_slip.id", ondelete="SET NULL"))
    attendant: Mapped[str] = mapped_column(String(64))
    void_reason: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)


class FrontdeskPhrase(Editable, Base):
    """One line of the phrase sheet (物业服务规范用语), edited by the office."""

    __tablename__ = "frontdesk_phrase"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))              # see gate_phrases.KINDS
    text: Mapped[str] = mapped_column(String(255))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

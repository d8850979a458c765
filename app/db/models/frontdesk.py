"""The front desk (前台): incoming mail and parcels (M1 小区邮件分发登记表, with the M3 退件记录 on the
same row), outgoing mail (M2 代寄邮件登记), the consultation ledger (C1 客服前台台帐) and complaints
(C2 投诉记录/处理表) with their return visit. domain.md §7, §9, §11."""
from __future__ import annotations

import datetime as dt
import decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Editable


class MailItem(Editable, Base):
    """One incoming item (M1); a return to sender (M3) fills the return_* columns."""

    __tablename__ = "mail_item"
    __table_args__ = (Index("ix_mail_item_status_hold", "status", "hold_until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_no: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="registered")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    mail_type: Mapped[str] = mapped_column(String(16))
    tracking_no: Mapped[str | None] = mapped_column(String(64), index=True)
    sender_place: Mapped[str | None] = mapped_column(String(128))
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id", ondelete="SET NULL"))
    mailbox_no: Mapped[str | None] = mapped_column(String(16))
    addressee: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    address_verified: Mapped[bool] = mapped_column(Boolean, default=True)
    intact: Mapped[bool] = mapped_column(Boolean, default=True)
    postman_note: Mapped[str | None] = mapped_column(Text)
    notify_due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # important items: within 2 h
    hold_until: Mapped[dt.date] = mapped_column(Date)
    notified_by: Mapped[str | None] = mapped_column(String(16))
    notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notice_count: Mapped[int] = mapped_column(Integer, default=0)
    collected_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    collector_name: Mapped[str | None] = mapped_column(String(64))
    is_proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    collector_id_no: Mapped[str | None] = mapped_column(String(32))
    handled_by: Mapped[str] = mapped_column(String(64))
    handed_by: Mapped[str | None] = mapped_column(String(64))
    hold_consent: Mapped[str | None] = mapped_column(String(128))
    return_reason: Mapped[str | None] = mapped_column(String(16))
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    returned_to: Mapped[str | None] = mapped_column(String(16))
    return_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    void_reason: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)


class OutgoingMail(Editable, Base):
    """M2 代寄邮件登记: a resident's item sent on their behalf."""

    __tablename__ = "outgoing_mail"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_no: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="requested")
    request_date: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id", ondelete="SET NULL"))
    sender_name: Mapped[str] = mapped_column(String(64))
    addressee_name: Mapped[str] = mapped_column(String(64))
    addressee_address: Mapped[str] = mapped_column(String(255))
    addressee_phone: Mapped[str | None] = mapped_column(String(32))
    shipping_method: Mapped[str] = mapped_column(String(16))
    item_description: Mapped[str | None] = mapped_column(String(128))
    fee: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), default=decimal.Decimal("0"))
    tracking_no: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    handled_by: Mapped[str] = mapped_column(String(64))
    remarks: Mapped[str | None] = mapped_column(Text)


class Consultation(Editable, Base):
    """C1 客服前台台帐: one question, how and when it is answered, and the lead's daily review."""

    __tablename__ = "consultation"
    __table_args__ = (Index("ix_consultation_status_promised", "status", "promised_answer_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_no: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    logged_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(8))
    client_name: Mapped[str] = mapped_column(String(64))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), index=True)
    room_no: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(32))
    entry_type: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    answer_mode: Mapped[str] = mapped_column(String(16))
    promised_answer_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    referred_dept: Mapped[str | None] = mapped_column(String(16))
    escalated_to: Mapped[str | None] = mapped_column(String(64))
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    received_by: Mapped[str] = mapped_column(String(64))
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    remarks: Mapped[str | None] = mapped_column(Text)


class Complaint(Editable, Base):
    """C2 投诉记录/处理表, with the return visit required on every complaint (§9: within 3 days)."""

    __tablename__ = "complaint"
    __table_args__ = (Index("ix_complaint_status_deadline", "status", "deadline"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_no: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="received")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(8))
    complainant: Mapped[str] = mapped_column(String(64))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), index=True)
    room_no: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(8))
    validity: Mapped[str | None] = mapped_column(String(16))
    severity: Mapped[str | None] = mapped_column(String(16))
    explanation: Mapped[str | None] = mapped_column(Text)
    reply_due_at: Mapped[dt.datetime] = mapped_column(DateTime)
    first_reply_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    first_reply: Mapped[str | None] = mapped_column(Text)
    responsible_dept: Mapped[str | None] = mapped_column(String(16))
    responsible_person: Mapped[str | None] = mapped_column(String(64))
    assigned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    deadline: Mapped[dt.datetime | None] = mapped_column(DateTime)
    handling_result: Mapped[str | None] = mapped_column(Text)
    corrective_action: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    visit_due: Mapped[dt.date | None] = mapped_column(Date)
    visited_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    visit_method: Mapped[str | None] = mapped_column(String(8))
    satisfaction: Mapped[str | None] = mapped_column(String(4))
    visit_notes: Mapped[str | None] = mapped_column(Text)
    visitor: Mapped[str | None] = mapped_column(String(64))
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    received_by: Mapped[str] = mapped_column(String(64))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(64))
    void_reason: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)

"""Large-item release (物品放行) and move-out (迁出/退宿): parties, three-party agreements with their
authorised endorsers, release slips with their items and gate checks, move-outs and inspections.

One model serves building tenants and dorm students: a slip or move-out names either a party
(租户/业主/单位) or a student, and the rules that differ are switched on `kind`.
Statuses are stored as English codes (domain.md §6, §8) and shown in Chinese by the services.
"""
from __future__ import annotations

import datetime as dt
import decimal

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Editable

# Codes of the vocabularies in app/vocab.py ("Release and move-out"), shown through vocab.label.
PARTY_KINDS = ("tenant", "owner", "company")
APPLICANT_ROLES = ("owner", "tenant", "agent", "builder", "student", "other")
SLIP_REASONS = ("move_out", "repair", "transfer", "disposal", "other")
ENDORSE_METHODS = ("stamp", "signed", "written", "phone", "student")
ID_TYPES = ("id_card", "student_card", "passport", "hk_macao", "other")


class ReleaseParty(Editable, Base):
    """A tenant company, an owner or another unit of a building that takes goods out."""

    __tablename__ = "release_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(128))
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    unit_no: Mapped[str | None] = mapped_column(String(32))
    owner_name: Mapped[str | None] = mapped_column(String(64))
    contact_name: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    remarks: Mapped[str | None] = mapped_column(Text)


class ReleaseAgreement(Editable, Base):
    """L2 用户室内大件物品放行协议书: the tenant, owner and management company's agreement."""

    __tablename__ = "release_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_no: Mapped[str] = mapped_column(String(32), unique=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("release_party.id"), index=True)
    tenant_legal_rep: Mapped[str | None] = mapped_column(String(64))
    owner_name: Mapped[str | None] = mapped_column(String(64))
    management_company: Mapped[str | None] = mapped_column(String(128))
    sign_date: Mapped[dt.date] = mapped_column(Date)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    remarks: Mapped[str | None] = mapped_column(Text)

    signatories: Mapped[list[AgreementSignatory]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementSignatory.id")


class AgreementSignatory(Base):
    """A person the agreement authorises to endorse release slips."""

    __tablename__ = "release_signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("release_agreement.id", ondelete="CASCADE"),
                                              index=True)
    name: Mapped[str] = mapped_column(String(64))
    id_no: Mapped[str | None] = mapped_column(String(32))

    agreement: Mapped[ReleaseAgreement] = relationship(back_populates="signatories")


class MoveOut(Editable, Base):
    """O1 租户迁出申请 (kind 'tenant') or a student's 退宿 (kind 'student'), with O2/O3 facts inline."""

    __tablename__ = "move_out"
    __table_args__ = (Index("ix_move_out_planned", "planned_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_no: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(24), index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    unit_no: Mapped[str | None] = mapped_column(String(32))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("release_party.id"))
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id"), index=True)
    tenant_name: Mapped[str] = mapped_column(String(128))
    owner_name: Mapped[str | None] = mapped_column(String(64))
    contact_name: Mapped[str | None] = mapped_column(String(64))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    lease_from: Mapped[dt.date | None] = mapped_column(Date)
    lease_to: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    apply_date: Mapped[dt.date] = mapped_column(Date)
    planned_date: Mapped[dt.date] = mapped_column(Date)
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_by: Mapped[str | None] = mapped_column(String(64))
    owner_consent_received: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_notice_no: Mapped[str | None] = mapped_column(String(32))
    consent_fees_paid_to: Mapped[dt.date | None] = mapped_column(Date)
    mailbox_keys_returned: Mapped[int] = mapped_column(Integer, default=0)
    other_keys_cards: Mapped[str | None] = mapped_column(String(255))
    arrears_amount: Mapped[decimal.Decimal | None] = mapped_column(Numeric(12, 2))
    mgmt_fee_paid_to: Mapped[dt.date | None] = mapped_column(Date)
    electricity_reading: Mapped[decimal.Decimal | None] = mapped_column(Numeric(12, 2))
    electricity_amount: Mapped[decimal.Decimal | None] = mapped_column(Numeric(12, 2))
    payment_method: Mapped[str | None] = mapped_column(String(16))
    fees_confirmed_by: Mapped[str | None] = mapped_column(String(64))
    fees_settled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    inspection_requested_date: Mapped[dt.date | None] = mapped_column(Date)
    inspection_contact: Mapped[str | None] = mapped_column(String(64))
    inspection_phone: Mapped[str | None] = mapped_column(String(32))
    moved_out_date: Mapped[dt.date | None] = mapped_column(Date)
    handled_by: Mapped[str | None] = mapped_column(String(64))
    cancel_reason: Mapped[str | None] = mapped_column(Text)

    inspections: Mapped[list[MoveOutInspection]] = relationship(
        back_populates="move_out", cascade="all, delete-orphan", order_by="MoveOutInspection.id")


class MoveOutInspection(Base):
    """O4 室内安全设施检查(不)合格通知书 with its report facts; for students, the room check."""

    __tablename__ = "move_out_inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    move_out_id: Mapped[int] = mapped_column(ForeignKey("move_out.id", ondelete="CASCADE"), index=True)
    notice_no: Mapped[str] = mapped_column(String(32), unique=True)
    result: Mapped[str] = mapped_column(String(8))
    inspection_date: Mapped[dt.date] = mapped_column(Date)
    inspectors: Mapped[str | None] = mapped_column(String(128))
    checklist: Mapped[str | None] = mapped_column(Text)
    defects: Mapped[str | None] = mapped_column(Text)
    rectification_deadline: Mapped[dt.date | None] = mapped_column(Date)
    gm_stamped: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))

    move_out: Mapped[MoveOut] = relationship(back_populates="inspections")


class ReleaseSlip(Editable, Base):
    """L1 物品放行条. `slip_no` is taken at issue from the FX sequence and never reused."""

    __tablename__ = "release_slip"
    __table_args__ = (Index("ix_release_slip_issue", "issue_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_no: Mapped[str | None] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    unit_no: Mapped[str | None] = mapped_column(String(32))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("release_party.id"))
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id"), index=True)
    move_out_id: Mapped[int | None] = mapped_column(ForeignKey("move_out.id"), index=True)
    tenant_name: Mapped[str] = mapped_column(String(128))
    owner_name: Mapped[str | None] = mapped_column(String(64))
    applicant_role: Mapped[str] = mapped_column(String(8))
    handler_name: Mapped[str] = mapped_column(String(64))
    handler_id_type: Mapped[str] = mapped_column(String(16))
    handler_id_no: Mapped[str] = mapped_column(String(32))
    handler_phone: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(8))
    reason_text: Mapped[str | None] = mapped_column(String(255))
    planned_time: Mapped[dt.datetime | None] = mapped_column(DateTime)
    exit_gate: Mapped[str | None] = mapped_column(String(64))
    total_qty: Mapped[int] = mapped_column(Integer, default=0)
    endorse_method: Mapped[str | None] = mapped_column(String(8))
    endorser_name: Mapped[str | None] = mapped_column(String(64))
    endorse_note: Mapped[str | None] = mapped_column(String(255))
    endorsed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    endorsed_by: Mapped[str | None] = mapped_column(String(64))
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("release_agreement.id"))
    arrears_clear: Mapped[bool | None] = mapped_column(Boolean)
    arrears_note: Mapped[str | None] = mapped_column(String(255))
    arrears_checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    arrears_checked_by: Mapped[str | None] = mapped_column(String(64))
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, index=True)
    cs_approver: Mapped[str | None] = mapped_column(String(64))
    issued_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    review_reject_reason: Mapped[str | None] = mapped_column(String(255))
    returned_date: Mapped[dt.date | None] = mapped_column(Date)
    returned_by: Mapped[str | None] = mapped_column(String(64))
    follow_up_note: Mapped[str | None] = mapped_column(String(255))
    void_reason: Mapped[str | None] = mapped_column(String(255))
    voided_by: Mapped[str | None] = mapped_column(String(64))
    print_count: Mapped[int] = mapped_column(Integer, default=0)

    items: Mapped[list[ReleaseSlipItem]] = relationship(
        back_populates="slip", cascade="all, delete-orphan", order_by="ReleaseSlipItem.seq")
    gate_checks: Mapped[list[GateCheck]] = relationship(
        back_populates="slip", cascade="all, delete-orphan", order_by="GateCheck.id")


class ReleaseSlipItem(Base):
    """One line of a slip's items table; `released_qty` is what the guard let out."""

    __tablename__ = "release_slip_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("release_slip.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    item_name: Mapped[str] = mapped_column(String(64))
    spec_model: Mapped[str | None] = mapped_column(String(64))
    unit: Mapped[str | None] = mapped_column(String(8))
    qty: Mapped[int] = mapped_column(Integer)
    released_qty: Mapped[int | None] = mapped_column(Integer)
    remarks: Mapped[str | None] = mapped_column(String(128))

    slip: Mapped[ReleaseSlip] = relationship(back_populates="items")


class GateCheck(Base):
    """The guard's check at the gate: released, or refused with the reason."""

    __tablename__ = "release_gate_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("release_slip.id", ondelete="CASCADE"), index=True)
    result: Mapped[str] = mapped_column(String(16))
    checked_at: Mapped[dt.datetime] = mapped_column(DateTime)
    guard_name: Mapped[str] = mapped_column(String(64))
    handler_id_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    handler_id_no: Mapped[str | None] = mapped_column(String(32))
    released_qty: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str | None] = mapped_column(String(255))
    recorded_by: Mapped[str] = mapped_column(String(64))

    slip: Mapped[ReleaseSlip] = relationship(back_populates="gate_checks")

"""Return visits (V1 回访记录表, V2 回访记录签收表; domain.md §9) for every kind of service, and the
service-quality survey (S1 服务质量调查表 with its plan, opinions and improvement actions; §10).

A visit points at the record it follows up through (`source_kind`, `source_id`): a complaint, a
repair slip, a survey opinion, a meeting service...; repairs and complaints keep only a summary of
their latest visit (satisfaction, date) on their own row."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Editable


class VisitFormSignout(Editable, Base):
    """V2 回访记录签收表: a batch of blank visit forms signed out by a visitor and later returned."""

    __tablename__ = "visit_form_signout"

    id: Mapped[int] = mapped_column(primary_key=True)
    signout_no: Mapped[str] = mapped_column(String(32), unique=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    form_nos: Mapped[str] = mapped_column(Text)
    qty: Mapped[int] = mapped_column(Integer)
    received_by: Mapped[str] = mapped_column(String(64))
    issued_by: Mapped[str] = mapped_column(String(64))
    returned_date: Mapped[dt.date | None] = mapped_column(Date)
    returned_qty: Mapped[int | None] = mapped_column(Integer)
    remarks: Mapped[str | None] = mapped_column(Text)


class ReturnVisit(Editable, Base):
    """V1 回访记录表: one visit, planned → form_issued → visited → ok | nonconforming → archived."""

    __tablename__ = "return_visit"
    __table_args__ = (Index("ix_return_visit_source", "source_kind", "source_id"),
                      Index("ix_return_visit_status_due", "status", "due_date"))

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_no: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    visit_type: Mapped[str] = mapped_column(String(16), index=True)
    source_kind: Mapped[str | None] = mapped_column(String(16))
    source_id: Mapped[int | None] = mapped_column(Integer)
    source_no: Mapped[str | None] = mapped_column(String(32))
    source_done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    work_order_no: Mapped[str | None] = mapped_column(String(32))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), index=True)
    room_no: Mapped[str | None] = mapped_column(String(16))
    interviewee: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    subject: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str | None] = mapped_column(String(8))
    due_date: Mapped[dt.date] = mapped_column(Date)
    visit_date: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    quality_rating: Mapped[str | None] = mapped_column(String(4))
    effect_rating: Mapped[str | None] = mapped_column(String(4))
    satisfaction: Mapped[str | None] = mapped_column(String(4))
    feedback: Mapped[str | None] = mapped_column(Text)
    shortcomings: Mapped[str | None] = mapped_column(Text)
    suggestions: Mapped[str | None] = mapped_column(Text)
    site_left_clean: Mapped[bool | None] = mapped_column(Boolean)
    repair_explained: Mapped[bool | None] = mapped_column(Boolean)
    fee_checked: Mapped[bool | None] = mapped_column(Boolean)
    interviewee_signature: Mapped[str | None] = mapped_column(String(64))
    visitor: Mapped[str | None] = mapped_column(String(64))
    supervisor_comment: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    nonconformity_action: Mapped[str | None] = mapped_column(Text)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id", ondelete="SET NULL"))
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("return_visit.id", ondelete="SET NULL"))
    plan_month: Mapped[str | None] = mapped_column(String(7))
    signout_id: Mapped[int | None] = mapped_column(ForeignKey("visit_form_signout.id", ondelete="SET NULL"))
    form_no: Mapped[str | None] = mapped_column(String(16))
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    remarks: Mapped[str | None] = mapped_column(Text)


class SurveyPlan(Editable, Base):
    """A survey (调查计划): purpose, target, coverage, dates, team and the rating scale (3 or 5 levels)."""

    __tablename__ = "survey_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_no: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default="planned")
    purpose: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    coverage: Mapped[str | None] = mapped_column(Text)
    team: Mapped[str | None] = mapped_column(Text)
    scale: Mapped[int] = mapped_column(SmallInteger, default=3)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    prepared_by: Mapped[str | None] = mapped_column(String(64))
    reported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    remarks: Mapped[str | None] = mapped_column(Text)


class SurveyResponse(Editable, Base):
    """S1 服务质量调查表: issued to a room with its number; the ratings are level numbers (1 = best)."""

    __tablename__ = "survey_response"
    __table_args__ = (UniqueConstraint("survey_id", "response_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey_plan.id", ondelete="CASCADE"), index=True)
    response_no: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="issued")
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    room_no: Mapped[str | None] = mapped_column(String(16))
    respondent_org: Mapped[str | None] = mapped_column(String(128))
    respondent_name: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    method: Mapped[str] = mapped_column(String(8), default="paper")   # surveys.method code
    rating_building_mgmt: Mapped[int | None] = mapped_column(SmallInteger)
    rating_cleaning: Mapped[int | None] = mapped_column(SmallInteger)
    rating_efficiency: Mapped[int | None] = mapped_column(SmallInteger)
    rating_postal: Mapped[int | None] = mapped_column(SmallInteger)
    rating_security: Mapped[int | None] = mapped_column(SmallInteger)
    item_complaint_efficiency: Mapped[int | None] = mapped_column(SmallInteger)
    item_staff_manners: Mapped[int | None] = mapped_column(SmallInteger)
    item_cleanliness: Mapped[int | None] = mapped_column(SmallInteger)
    item_security_fire: Mapped[int | None] = mapped_column(SmallInteger)
    item_entry_registration: Mapped[int | None] = mapped_column(SmallInteger)
    item_goods_in_out: Mapped[int | None] = mapped_column(SmallInteger)
    item_postal: Mapped[int | None] = mapped_column(SmallInteger)
    suggestions: Mapped[str | None] = mapped_column(Text)
    respondent_signature: Mapped[bool] = mapped_column(Boolean, default=False)
    collected_date: Mapped[dt.date | None] = mapped_column(Date)
    surveyor: Mapped[str | None] = mapped_column(String(64))


class SurveyOpinion(Base):
    """An opinion written on a questionnaire, under its topic; each one gets a return visit (§10)."""

    __tablename__ = "survey_opinion"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("survey_response.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("return_visit.id", ondelete="SET NULL"))


class SurveyAction(Editable, Base):
    """An improvement action of the survey report: department, action, deadline, status."""

    __tablename__ = "survey_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey_plan.id", ondelete="CASCADE"), index=True)
    dept: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="open")
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

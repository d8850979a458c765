"""The shift handover record (交接班记录): what was open when one user handed the desk to the next,
signed by the outgoing user on creation and by the incoming user on confirmation."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Editable

HANDOVER_STATUSES = ("waiting", "taken")  # 待接班, 已接班 (labels in app/vocab.py)


class Handover(Editable, Base):
    """One handover; `sections` is a JSON snapshot of the lists at the moment of handing over."""

    __tablename__ = "handover"

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), index=True)
    shift_start: Mapped[dt.datetime] = mapped_column(DateTime)
    shift_end: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    status: Mapped[str] = mapped_column(String(8), default="waiting")
    outgoing_user: Mapped[str] = mapped_column(String(64))
    outgoing_name: Mapped[str] = mapped_column(String(64))
    incoming_user: Mapped[str | None] = mapped_column(String(64))
    incoming_name: Mapped[str | None] = mapped_column(String(64))
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sections: Mapped[str] = mapped_column(Text, default="[]")
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    incoming_notes: Mapped[str | None] = mapped_column(Text)

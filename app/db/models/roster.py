"""Roster import batches: what one import of a student list inserted, changed and created, so the
whole batch can be undone while nothing depends on it."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base

BATCH_STATUSES = ("imported", "undone")  # 已导入, 已撤销 (labels in app/vocab.py)


class ImportBatch(Base):
    """One committed roster import. `changes` is JSON: {"updated": [{"id", "before"}], "moves": [ids],
    "rooms": [ids], "buildings": [ids]}; inserted students carry `student.import_batch_id`."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    by_user: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(8), default="imported")
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    created_rooms: Mapped[int] = mapped_column(Integer, default=0)
    changes: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(64))

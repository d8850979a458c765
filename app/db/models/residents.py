"""Buildings, rooms, beds, students and their moves, and staff who are not users."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Editable

BUILDING_GENDERS = ("m", "f", "mix")          # codes of vocabulary residents.gender
ROOM_STATUSES = ("normal", "repair", "closed")    # residents.room_status
STUDENT_STATUSES = ("resident", "left", "on_leave", "graduate")   # residents.student_status
MOVE_KINDS = ("move_in", "transfer", "move_out")     # residents.move_kind
STAFF_CATEGORIES = ("warden", "repairer", "guard", "service", "cleaner", "other")   # residents.staff_category


class Building(Editable, Base):
    __tablename__ = "building"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    gender: Mapped[str] = mapped_column(String(4), default="mix")
    floors: Mapped[int] = mapped_column(Integer, default=6)
    remarks: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    rooms: Mapped[list[Room]] = relationship(back_populates="building")


class Staff(Editable, Base):
    """People who work in the buildings: 宿管员, 维修工, 保安...; optionally linked to a user account."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    remarks: Mapped[str | None] = mapped_column(Text)


class BuildingStaff(Base):
    """The administrators (宿管员) in charge of a building."""

    __tablename__ = "building_staff"

    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)


class Room(Editable, Base):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("building_id", "room_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_no: Mapped[str] = mapped_column(String(16))
    floor: Mapped[int] = mapped_column(Integer, default=1)
    room_type: Mapped[str | None] = mapped_column(String(16))
    bed_count: Mapped[int] = mapped_column(Integer, default=4)
    status: Mapped[str] = mapped_column(String(8), default="normal")

    building: Mapped[Building] = relationship(back_populates="rooms")
    beds: Mapped[list[Bed]] = relationship(back_populates="room", order_by="Bed.bed_no")


class Bed(Base):
    __tablename__ = "bed"
    __table_args__ = (UniqueConstraint("room_id", "bed_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"), index=True)
    bed_no: Mapped[str] = mapped_column(String(8))

    room: Mapped[Room] = relationship(back_populates="beds")


class Student(Editable, Base):
    """A resident student. `bed_id` is unique: a bed holds one student, enforced by the database."""

    __tablename__ = "student"
    __table_args__ = (
        Index("ix_student_pinyin", "name_pinyin"),
        Index("ix_student_initials", "name_initials"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    student_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    gender: Mapped[str | None] = mapped_column(String(2))
    id_card: Mapped[str | None] = mapped_column(String(18))
    college: Mapped[str | None] = mapped_column(String(64))
    class_name: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(20))
    check_in_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="resident")
    bed_id: Mapped[int | None] = mapped_column(ForeignKey("bed.id"), unique=True)
    name_pinyin: Mapped[str] = mapped_column(String(255), default="")
    name_initials: Mapped[str] = mapped_column(String(64), default="")
    remarks: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(Integer, index=True)

    bed: Mapped[Bed | None] = relationship()


class StudentMove(Base):
    """History of every 入住, 调宿 and 退宿."""

    __tablename__ = "student_move"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    from_bed_id: Mapped[int | None] = mapped_column(ForeignKey("bed.id"))
    to_bed_id: Mapped[int | None] = mapped_column(ForeignKey("bed.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    by_user: Mapped[str | None] = mapped_column(String(64))

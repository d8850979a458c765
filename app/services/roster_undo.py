"""Undoing a whole roster import batch, refused while anything depends on it: a student of the
batch moved, edited or referenced by another module (keys, repairs...) since, or a room it created
now in use."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import delete, func, select, update

from app.db.models import Base
from app.db.models.residents import Bed, Building, Room, Student, StudentMove
from app.db.models.roster import ImportBatch
from app.errors import Conflict, NotFound
from app.services.context import ServiceContext
from app.texts import QT_TRANSLATE_NOOP

_OWN = {("student_move", "student"), ("bed", "room"), ("room", "building"), ("student", "bed"),
        ("student_move", "bed"), ("building_staff", "building")}


def _referenced(s, table: str, ids: list[int], allowed: set[tuple[str, str]]) -> str | None:
    """The name of a table (other than `allowed` links) holding rows that point at `ids`."""
    if not ids:
        return None
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name != table or (other.name, table) in allowed:
                continue
            for chunk in range(0, len(ids), 5000):
                part = ids[chunk:chunk + 5000]
                if s.scalar(select(func.count()).select_from(other).where(fk.parent.in_(part))):
                    return other.name
    return None


def _refuse(why: str, **params):
    raise Conflict(why, **params)


def undo(ctx: ServiceContext, batch_id: int) -> None:
    with ctx.action("students.undo") as tx:
        s = tx.session
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "导入批次不存在。"))
        if batch.status != "imported":
            _refuse(QT_TRANSLATE_NOOP("Errors", "该批次已撤销。"))
        changes = json.loads(batch.changes or "{}")
        own_moves = set(changes.get("moves", []))
        inserted = list(s.scalars(select(Student.id).where(Student.import_batch_id == batch.id)))
        edited = s.scalar(select(func.count()).select_from(Student).where(Student.import_batch_id == batch.id,
                                                                          Student.version != 1))
        if edited:
            _refuse(QT_TRANSLATE_NOOP("Errors", "不能撤销：本批导入的 {n} 名学生此后被修改过。"), n=edited)
        updated = changes.get("updated", [])
        for item in updated:
            version = s.scalar(select(Student.version).where(Student.id == item["id"]))
            if version != item["version"]:
                _refuse(QT_TRANSLATE_NOOP("Errors", "不能撤销：本批更新的学生此后又被修改过。"))
        touched = inserted + [i["id"] for i in updated]
        for chunk in range(0, len(touched), 5000):
            part = touched[chunk:chunk + 5000]
            later = s.scalars(select(StudentMove.id).where(StudentMove.student_id.in_(part),
                                                           StudentMove.id > min(own_moves, default=0))).all()
            if set(later) - own_moves:
                _refuse(QT_TRANSLATE_NOOP("Errors", "不能撤销：本批学生此后有调宿或退宿记录。"))
        other = _referenced(s, "student", inserted, _OWN)
        if other:
            _refuse(QT_TRANSLATE_NOOP("Errors", "不能撤销：其他记录（{table}）已引用本批导入的学生。"), table=other)
        rooms, buildings = changes.get("rooms", []), changes.get("buildings", [])
        beds = list(s.scalars(select(Bed.id).where(Bed.room_id.in_(rooms)))) if rooms else []
        others = [Student.bed_id.in_(beds)] + ([Student.id.not_in(touched)] if touched else [])
        if beds and s.scalar(select(func.count()).select_from(Student).where(*others)):
            _refuse(QT_TRANSLATE_NOOP("Errors", "不能撤销：本批新建的房间已住进其他学生。"))
        other = _referenced(s, "bed", beds, _OWN) or _referenced(s, "room", rooms, _OWN)
        if other:
            _refuse(QT_TRANSLATE_NOOP("Errors", "不能撤销：其他记录（{table}）已引用本批新建的房间。"), table=other)

        for chunk in range(0, len(own_moves), 5000):
            s.execute(delete(StudentMove).where(StudentMove.id.in_(sorted(own_moves)[chunk:chunk + 5000])))
        for chunk in range(0, len(inserted), 5000):
            s.execute(delete(Student).where(Student.id.in_(inserted[chunk:chunk + 5000])))
        if updated:
            table = Student.__table__
            s.execute(update(table).where(table.c.id.in_([i["id"] for i in updated])).values(bed_id=None))
            for item in updated:
                before = dict(item["before"])
                if before.get("check_in_date"):
                    before["check_in_date"] = dt.date.fromisoformat(before["check_in_date"])
                taken = before.get("bed_id") and s.scalar(select(Student.id).where(Student.bed_id == before["bed_id"]))
                if taken:
                    _refuse(QT_TRANSLATE_NOOP("Errors", "不能撤销：学生原来的床位已住进其他学生。"))
                s.execute(update(table).where(table.c.id == item["id"]).values(
                    **before, version=table.c.version + 1, updated_at=ctx.now(), updated_by=ctx.actor.username))
        if beds:
            s.execute(delete(Bed).where(Bed.id.in_(beds)))
        if rooms:
            s.execute(delete(Room).where(Room.id.in_(rooms)))
        for bid in buildings:
            if not s.scalar(select(func.count()).select_from(Room).where(Room.building_id == bid)) and \
                    not _referenced(s, "building", [bid], _OWN):
                s.execute(delete(Building).where(Building.id == bid))
        batch.status, batch.undone_at, batch.undone_by = "undone", ctx.now(), ctx.actor.username
        tx.audit("import_batch", batch.id, before={"status": "imported"}, after={"status": "undone"},
                 summary=f"撤销名单导入 {batch.file_name}（删除 {len(inserted)}，恢复 {len(updated)}）")

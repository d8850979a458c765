"""Test data for the assessment tests: two buildings with administrators, and item look-ups."""
from __future__ import annotations

from sqlalchemy import select

from app.db.models.assessments import AssessmentItem
from tests import factories


def setup_wardens(db) -> dict:
    """1号楼 with 张三 and 李四, 2号楼 with 王五; returns ids by name."""
    b1 = factories.building(db, "1号楼", rooms=("101",))["building"]
    b2 = factories.building(db, "2号楼", gender="女", rooms=("201",))["building"]
    return {"b1": b1, "b2": b2,
            "张三": factories.staff(db, "张三", building_id=b1),
            "李四": factories.staff(db, "李四", building_id=b1),
            "王五": factories.staff(db, "王五", building_id=b2)}


def item_id(db, code: str) -> int:
    s = db.read_session()
    try:
        return s.scalar(select(AssessmentItem.id).where(AssessmentItem.code == code))
    finally:
        s.close()

"""Test data for the front-desk tests: a building with residents and one moved-out student."""
from __future__ import annotations

from tests import factories


def setup(db) -> dict:
    """1号楼 rooms 101/102, 张三 and 李四 in 101, 赵六 moved out (no bed)."""
    b = factories.building(db, "1号楼", rooms=("101", "102"))
    out = {"building": b["building"], "rooms": b["rooms"]}
    out["zhang"] = factories.student(db, "2026001", "张三", b["beds"]["101"][0])
    out["li"] = factories.student(db, "2026002", "李四", b["beds"]["101"][1], phone="13700137000")
    out["gone"] = factories.student(db, "2025009", "赵六")
    return out

"""Test data for the repair tests: a building with residents and repair workers, tiny images."""
from __future__ import annotations

import io

from tests import factories


def setup(db) -> dict:
    """1号楼 rooms 101/102 (4 beds), 张三 and 李四 in 101, two 维修工."""
    b = factories.building(db, "1号楼", rooms=("101", "102"))
    out = {"building": b["building"], "rooms": b["rooms"]}
    out["zhang"] = factories.student(db, "2026001", "张三", b["beds"]["101"][0])
    out["li"] = factories.student(db, "2026002", "李四", b["beds"]["101"][1])
    out["worker"] = factories.staff(db, "王师傅", "维修工")
    out["worker2"] = factories.staff(db, "赵师傅", "维修工")
    return out


def png(size=(40, 30), color=(200, 40, 40)) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()

"""Test data for the dorm-gate tests: a boys' and a girls' building with residents, valid ID numbers."""
from __future__ import annotations

import datetime as dt

from app.importing import idcard
from tests import factories

FATHER = idcard.make("440306", dt.date(1975, 3, 8), 123, True)      # a man (odd 17th digit)
MOTHER = idcard.make("440306", dt.date(1977, 6, 1), 222, False)
BOY = idcard.make("110105", dt.date(2006, 5, 4), 11, True)


def setup(db) -> dict:
    """1号楼 (男) 101 with 张三; 2号楼 (女) 201 with 王芳."""
    boys = factories.building(db, "1号楼", gender="男", rooms=("101", "102"))
    girls = factories.building(db, "2号楼", gender="女", rooms=("201",))
    return {"boys": boys["building"], "girls": girls["building"],
            "zhang": factories.student(db, "2026001", "张三", boys["beds"]["101"][0]),
            "wang": factories.student(db, "2026101", "王芳", girls["beds"]["201"][0], gender="女")}

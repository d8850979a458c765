"""Every register the modules declare, filled by their demo steps and exported through the one
engine, read back with openpyxl: title, headers, print setup, footer, totals equal to the rows
written, and student names that look like formulas staying text; then the monthly pack of them."""
from __future__ import annotations

import datetime as dt
import random
import re
import warnings

import pytest
from openpyxl import load_workbook

from app.services import catalog, monthly_pack, registers
from app.services.periods import parse_month
from tests import factories
from tests.conftest import _sqlite_db


@pytest.fixture
def db(sqlite_template, tmp_path):
    """SQLite only: the demo takes 10-20 s a database, and each module tests its own registers'
    queries on PostgreSQL."""
    database = _sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def demo_ctx(ctx):
    for step in catalog.demo_steps():
        try:
            step.run(ctx, random.Random(5), {"students": 40})
        except Exception as exc:  # noqa: BLE001 - another module's half-built step must not hide these checks
            warnings.warn(f"demo step {step.name} failed: {exc}", stacklevel=1)
    b = factories.building(ctx.db, "公式楼", rooms=("101",), beds=4)
    for i, name in enumerate(["=1+2", "+SUM(A1)", "-3", "@cmd"]):
        factories.student(ctx.db, f"F{i}", name, bed_id=b["beds"]["101"][i])
    return ctx


def test_every_register_and_the_pack_read_back(demo_ctx, tmp_path):
    month = parse_month(f"{demo_ctx.today():%Y-%m}")
    kinds = sorted(catalog.registers())
    assert "handovers" in kinds
    for kind in kinds:
        source = catalog.registers()[kind]
        fetched = source.fetch(demo_ctx, month, None)
        spec, rows = fetched[0], list(fetched[1])
        path = registers.export(demo_ctx, kind, month, None, tmp_path / f"{kind}.xlsx")
        wb = load_workbook(path)
        ws = wb.worksheets[0]
        assert ws["A1"].value == spec.title, kind
        assert [c.value for c in ws[3]][:len(spec.columns)] == [c.header for c in spec.columns], kind
        assert ws.print_title_rows == "$3:$3" and ws.page_setup.fitToWidth == 1, kind
        assert ws.sheet_properties.pageSetUpPr.fitToPage, kind
        assert ws.oddFooter.center.text == "第 &P 页 共 &N 页", kind
        for sheet in wb.worksheets:
            assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row), (kind, sheet.title)
            _assert_real_dates(sheet, kind)
        values = [list(r) for r in ws.iter_rows(min_row=4, values_only=True)]
        if any(c.total for c in spec.columns):
            total_at = next(i for i, r in enumerate(values) if r[0] == "合计")
            assert total_at == len(rows), kind  # one sheet row per fetched row, then the totals
            for i, col in enumerate(spec.columns):
                if col.total == "count" and i:  # the first cell holds the word 合计
                    expected = sum(1 for r in rows if _get(r, col.key) not in (None, "", False))
                    assert values[total_at][i] == expected, (kind, col.header)
        if kind == "students":
            names = {c.value: c.data_type for row in ws.iter_rows(min_row=4) for c in row}
            for name in ("=1+2", "+SUM(A1)", "-3", "@cmd"):
                assert names.get(name) == "s", name

    # and the monthly pack of them all
    path = monthly_pack.export(demo_ctx, month, None, tmp_path / "pack.xlsx")
    wb = load_workbook(path)
    expected = 1 + sum(1 for k in catalog.registers() if k != "audit")
    assert wb.sheetnames[0] == "封面" and len(wb.sheetnames) >= expected
    for ws in wb.worksheets[1:]:
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row), ws.title
        _assert_real_dates(ws, "pack")
    cover = [str(v) for r in wb["封面"].iter_rows(values_only=True) for v in r if v]
    assert not [v for v in cover if "读取失败" in v]  # every module's register read


ISO_LOOKING = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$")


def _assert_real_dates(ws, kind):
    """Issue 15 item 5: every date and time is an Excel date with a date format, never ISO text."""
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                assert not ISO_LOOKING.match(c.value.strip()), (kind, ws.title, c.coordinate, c.value)
            elif isinstance(c.value, (dt.date, dt.datetime, dt.time)):
                assert "yy" in c.number_format.lower() or "h" in c.number_format.lower(), \
                    (kind, ws.title, c.coordinate, c.number_format)


def _get(row, key):
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)

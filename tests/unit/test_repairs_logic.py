"""Repair rules without a database: the transition table, overdue flags, filtering,
the register summary and the copy layout."""
import datetime as dt
import decimal

import pytest

from app.services import repairs, repairs_registers
from app.services.repairs_flow import allowed_actions
from reports.pdf.repair_slip import copy_layout

T0 = dt.datetime(2026, 9, 15, 10, 0)


@pytest.mark.parametrize("status,urgency,expected", [
    ("reported", "norm", {"assess", "defer", "void"}),
    ("reported", "high", {"assess", "defer", "void", "dispatch", "complete"}),
    ("fee_assessed", "norm", {"assess", "dispatch", "defer", "void"}),
    ("dispatched", "norm", {"assess", "dispatch", "start", "complete", "defer", "void"}),
    ("in_progress", "plan", {"assess", "complete", "defer", "void"}),
    ("deferred", "norm", {"assess", "dispatch", "void"}),
    ("completed", "norm", {"assess", "accept", "visit", "void"}),
    ("accepted", "norm", {"visit", "close"}),
    ("visited", "norm", {"close"}),
    ("closed", "high", set()),
    ("voided", "high", set()),
])
def test_transition_table(status, urgency, expected):
    assert allowed_actions(status, urgency) == expected


def test_overdue_flag():
    due, onsite = T0 + dt.timedelta(hours=48), T0 + dt.timedelta(hours=1)
    assert repairs.overdue_flag("reported", T0, due, onsite) == ""
    assert repairs.overdue_flag("reported", T0 + dt.timedelta(hours=2), due, onsite) == "到场超时"
    assert repairs.overdue_flag("in_progress", T0 + dt.timedelta(hours=2), due, onsite, started_at=T0) == ""
    assert repairs.overdue_flag("dispatched", T0 + dt.timedelta(hours=49), due, None) == "超时"
    assert repairs.overdue_flag("completed", T0 + dt.timedelta(hours=49), due, onsite) == ""
    assert repairs.overdue_flag("voided", T0 + dt.timedelta(hours=49), due, onsite) == ""


def _row(n, **kw):
    values = dict(id=n, slip_no=f"WX2026-{n:06d}", status="completed", reported_at=T0, building_id=1,
                  building="1号楼", room_no="101", category="water", urgency="norm", reporter_name="张三",
                  student_no="2026001", fault_description="漏水", repairer="王师傅", chargeable=False,
                  total_fee=decimal.Decimal(0), completed_at=T0 + dt.timedelta(hours=n), due_at=T0 + dt.timedelta(hours=48),
                  overdue="", satisfaction=None, repeat_count=1, version=1, search="")
    values.update(kw)
    values["search"] = values["search"] or f"{values['slip_no']} {values['room_no']} {values['reporter_name']} {values['category']}".lower()
    return repairs.SlipRow(**values)


def test_filter_rows_matches_every_word():
    rows = [_row(1), _row(2, room_no="305", reporter_name="李四", status="reported", overdue="超时")]
    assert [r.id for r in repairs.filter_rows(rows, "305")] == [2]
    assert [r.id for r in repairs.filter_rows(rows, "wx2026 101")] == [1]
    assert [r.id for r in repairs.filter_rows(rows, "", overdue_only=True)] == [2]
    assert [r.id for r in repairs.filter_rows(rows, "", status="completed")] == [1]


def test_summary_and_repeat_faults():
    rows = [_row(1), _row(2, completed_at=T0 + dt.timedelta(hours=50)), _row(3, category="electric", chargeable=True,
            total_fee=decimal.Decimal("14")), _row(4, status="voided", completed_at=None)]
    summary = {s["category"]: s for s in repairs_registers.summary(rows)}
    assert list(summary) == ["water", "electric", "合计"]    # categories in the form's order
    assert summary["water"]["count"] == 2 and summary["water"]["on_time_rate"] == "50.0%"
    assert summary["water"]["avg_hours"] == 25.5 and summary["water"]["voided"] == 1
    assert summary["合计"]["income"] == decimal.Decimal("14") and summary["合计"]["count"] == 3
    faults = repairs_registers.repeat_faults(rows + [_row(5)], 3)
    assert faults == [{"building": "1号楼", "room_no": "101", "category": "water", "times": 3,
                       "slip_nos": "WX2026-000001、WX2026-000002、WX2026-000005"}]


def test_copy_layout():
    labels = ["第一联 管理中心留存", "第二联 维修部门", "第三联 财务", "第四联 住户"]
    assert copy_layout(2, labels) == labels[:2]
    assert copy_layout(9, labels) == labels and copy_layout(1, []) == ["第一联"]

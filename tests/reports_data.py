"""Test registers, dashboard items and handover sections for the reports centre, declared the way
a module declares them (catalog hooks), over real database rows, so the reports centre can be
tested whatever modules exist yet."""
from __future__ import annotations

import datetime as dt
import decimal

from sqlalchemy import func, select

from app.db.models.residents import Bed, Building, Room, Student, StudentMove
from app.services import catalog
from reports.excel.register import Col, RegisterSpec

MOVES_SPEC = RegisterSpec(
    title="入住退宿登记（测试）", sheet_name="入住退宿",
    columns=(Col("at", "日期", "datetime"), Col("student_no", "学号"), Col("name", "姓名"),
             Col("kind", "类别", total="count"), Col("reason", "原因")))

REPAIRS_SPEC = RegisterSpec(
    title="维修登记（测试）", sheet_name="维修登记",
    columns=(Col("no", "单号"), Col("at", "报修时间", "datetime"), Col("category", "类别"),
             Col("fee", "收费", "money", total="sum")))

LOANS_SPEC = RegisterSpec(
    title="备用钥匙借用登记（测试）", sheet_name="备用钥匙借用", mark_key="overdue",
    columns=(Col("at", "借出", "datetime"), Col("room", "房号"), Col("name", "姓名"),
             Col("overdue", "逾期", "bool", total="count")))

ASSESS_SPEC = RegisterSpec(
    title="管理员考核扣款（测试）", sheet_name="考核扣款",
    columns=(Col("day", "日期", "date"), Col("warden", "管理员"), Col("item", "条款"),
             Col("amount", "扣款", "money", total="sum")))


def moves_fetch(ctx, period, building):
    stmt = (select(StudentMove.at, Student.student_no, Student.name, StudentMove.kind, StudentMove.reason)
            .join(Student, Student.id == StudentMove.student_id)
            .where(StudentMove.at >= period.start_dt, StudentMove.at < period.end_dt).order_by(StudentMove.at))
    if building:
        stmt = (stmt.join(Bed, Bed.id == StudentMove.to_bed_id).join(Room, Room.id == Bed.room_id)
                .join(Building, Building.id == Room.building_id).where(Building.name == building))
    with ctx.read() as s:
        rows = [dict(at=a, student_no=no, name=n, kind=k, reason=r) for a, no, n, k, r in s.execute(stmt)]
    return MOVES_SPEC, rows


def moves_count(ctx, period) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(StudentMove)
                        .where(StudentMove.at >= period.start_dt, StudentMove.at < period.end_dt))


def repairs_fetch(ctx, period, building):
    rows = [dict(no=f"WX-{i}", at=dt.datetime(2026, 9, 1 + i, 9), category=("水电", "门窗", "水电")[i % 3],
                 fee=decimal.Decimal("12.50")) for i in range(6)]
    summary = RegisterSpec(title="维修汇总（测试）", columns=(Col("category", "类别"), Col("n", "数量", "int")))
    return REPAIRS_SPEC, rows, [(summary, [dict(category="水电", n=4), dict(category="门窗", n=2)])]


def loans_fetch(ctx, period, building):
    rows = [dict(at=dt.datetime(2026, 9, 1 + 3 * i, 20), room="101", name="=HYPERLINK(\"x\")" if i == 0 else "李四",
                 overdue=i % 2 == 0) for i in range(8)]
    return LOANS_SPEC, rows


def assess_fetch(ctx, period, building):
    rows = [dict(day=dt.date(2026, 9, 3), warden="王老师", item="卫生", amount=decimal.Decimal("20")),
            dict(day=dt.date(2026, 9, 9), warden="王老师", item="值班", amount=decimal.Decimal("50")),
            dict(day=dt.date(2026, 9, 12), warden="张老师", item="卫生", amount=decimal.Decimal("10"))]
    return ASSESS_SPEC, rows


TEST_REGISTERS = [
    catalog.RegisterSource("test-moves", "入住退宿登记（测试）", moves_fetch),
    catalog.RegisterSource("repairs", "维修登记（测试）", repairs_fetch),
    catalog.RegisterSource("spare-loans", "备用钥匙借用登记（测试）", loans_fetch),
    catalog.RegisterSource("assessments", "管理员考核扣款（测试）", assess_fetch),
]


def install(monkeypatch, *, registers=True, dashboard=None, sections=None) -> None:
    """Add the test hooks to whatever the real modules declare."""
    if registers:
        real = catalog.registers()
        monkeypatch.setattr(catalog, "registers",
                            lambda: {**real, **{r.kind: r for r in TEST_REGISTERS}})
    if dashboard is not None:
        real_items = catalog.dashboard_items()
        monkeypatch.setattr(catalog, "dashboard_items",
                            lambda: sorted(real_items + list(dashboard), key=lambda d: d.order))
    if sections is not None:
        real_sections = catalog.handover_sections()
        monkeypatch.setattr(catalog, "handover_sections",
                            lambda: sorted(real_sections + list(sections), key=lambda d: d.order))


def add_moves(db, beds, when: dt.datetime, n: int, prefix="S") -> list[int]:
    """n students moved into the given beds at `when` (ORM, no audit)."""
    from tests import factories
    ids = []
    for i in range(n):
        sid = factories.student(db, f"{prefix}{i:04d}", f"学生{i}", bed_id=beds[i])
        s = db.write_session()
        with s.begin():
            s.add(StudentMove(student_id=sid, kind="move_in", to_bed_id=beds[i], at=when + dt.timedelta(hours=i),
                              reason="新生入住"))
        s.close()
        ids.append(sid)
    return ids

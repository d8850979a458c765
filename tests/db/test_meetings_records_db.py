"""MT2 service log with the refill reminder, MT3/MT4 with late and missing flagged, the registers read
back with openpyxl, the printed 会议接待单 and the home/handover/assessment hooks, on both databases."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.clock import Clock
from app.errors import Conflict, ValidationError
from app.services import catalog, meetings_hooks, registers
from app.services import meetings_booking as mb
from app.services import meetings_logs as ml
from app.services.context import ServiceContext
from app.services.periods import parse_month
from tests import factories
from tests.conftest import context_for
from tests.meetings_data import at, rooms


@pytest.fixture
def meeting(ctx):
    r = rooms(ctx)
    o = mb.book(ctx, room_id=r["hall"], start_at=at(9), end_at=at(11, 30), meeting_name="学生工作例会",
                organiser_unit="学工处", attendees_count=50, assigned_staff="赵敏", confirm=True, tea_service=True)
    return r, o


def test_service_log_refill_reminder_and_late_arrival(ctx, clock, meeting):
    _r, o = meeting
    with pytest.raises(ValidationError):
        ml.save_service_log(ctx, o.id, staff_on_duty=" ")
    log = ml.save_service_log(ctx, o.id, staff_on_duty="赵敏", arrived_at=at(8, 50), audio_checked=True,
                              room_cleaned=True, items_issued="激光笔1、插线板2")
    assert log.late == "晚到 5 分钟" and log.refill_interval_min == 15
    started = mb.step(ctx, o.id, "start")
    assert started.status == "in_progress"
    t = started.started_at
    due_ctx = ServiceContext(db=ctx.db, actor=ctx.actor, clock=Clock(t + dt.timedelta(minutes=16)))
    due = ml.refills_due(due_ctx)
    assert [d.order_id for d in due] == [o.id] and due[0].minutes == 16
    assert meetings_hooks.count_refills_due(due_ctx) == 1
    ml.record_refill(due_ctx, o.id)
    assert ml.refills_due(due_ctx) == []
    after_end = ServiceContext(db=ctx.db, actor=ctx.actor, clock=Clock(o.end_at + dt.timedelta(minutes=5)))
    assert ml.refills_due(after_end) == []  # the meeting is over: no more reminders
    ml.save_service_log(ctx, o.id, fb_communication="满意", fb_audio="一般", fb_overall="很满意",
                        lights_ac_off=True, tea_sets_washed=True, items_returned="全部归还")
    with pytest.raises(ValidationError):
        ml.save_service_log(ctx, o.id, fb_audio="很好")
    row = ml.service_log(ctx, o.id)
    assert row.refill_count == 1 and "音响保障一般" in row.feedback_text and "总体很满意" in row.feedback_text
    # the labels typed above are stored as meetings.rating codes; 0016_codes2 converts them both ways
    from tests.db.test_codes_migration import _alembic
    assert (row.fb_communication, row.fb_audio, row.fb_overall) == ("good", "average", "great")
    _alembic(ctx.db, "downgrade", "0009_meetings")
    assert _fb(ctx.db) == ("满意", "一般", "很满意")
    _alembic(ctx.db, "upgrade", "heads")
    assert _fb(ctx.db) == ("good", "average", "great")


def _fb(db):
    from sqlalchemy import select

    from app.db.models.meetings import MeetingServiceLog
    with db.engine.connect() as conn:
        return tuple(conn.execute(select(MeetingServiceLog.fb_communication, MeetingServiceLog.fb_audio,
                                         MeetingServiceLog.fb_overall)).one())


def test_weekly_cleaning_and_office_checks_flag_late_and_missing(ctx, meeting):
    r, _o = meeting
    # the fixed clock is Tuesday 2026-09-15 10:00; last week (09-07) has nothing for 西厅
    ml.record_hygiene(ctx, r["east"], dt.date(2026, 9, 9), deep_clean_done=True, tea_sets_disinfected=True, staff="孙丽")
    weeks = {(x.room, x.week_start): x for x in ml.hygiene_weeks(ctx, dt.date(2026, 9, 7), dt.date(2026, 9, 15))}
    assert not weeks[("东厅", dt.date(2026, 9, 7))].missing and weeks[("西厅", dt.date(2026, 9, 7))].missing
    assert not weeks[("西厅", dt.date(2026, 9, 14))].missing  # this week is not over
    assert ("大会堂", dt.date(2026, 9, 7)) not in weeks        # a hall is cleaned through its halves
    ml.record_office_check(ctx, "主任办公室", dt.date(2026, 9, 14), items={"desks": True, "floor": True},
                           staff="周洁", completed_at=dt.datetime(2026, 9, 14, 8, 20))
    ml.record_office_check(ctx, "书记办公室", dt.date(2026, 9, 14), items={"desks": True}, staff="周洁",
                           completed_at=dt.datetime(2026, 9, 14, 8, 50))
    with pytest.raises(Conflict):
        ml.record_office_check(ctx, "书记办公室", dt.date(2026, 9, 14), items={}, staff="周洁",
                               completed_at=dt.datetime(2026, 9, 14, 9, 0))
    days = {(x.office, x.date): x.flag for x in ml.office_days(ctx, dt.date(2026, 9, 14), dt.date(2026, 9, 15))}
    assert days[("主任办公室", dt.date(2026, 9, 14))] == ""
    assert days[("书记办公室", dt.date(2026, 9, 14))] == "晚于 08:30"
    assert days[("副主任办公室", dt.date(2026, 9, 14))] == "未做"
    assert days[("主任办公室", dt.date(2026, 9, 15))] == "未做"  # 10:00, past 08:30
    zhou = factories.staff(ctx.db, "周洁", "会议服务员", building_id=r["building"])
    facts = meetings_hooks.missed_checklist_facts(ctx, parse_month("2026-09"))
    refs = {f["ref"]: f for f in facts}
    assert "MT4:书记办公室:2026-09-14" in refs and f"MT3:{r['west']}:2026-09-07" in refs
    assert refs["MT4:书记办公室:2026-09-14"]["staff_id"] == zhou
    assert all(f["building_id"] for f in facts)
    from app.services import assessments_suggest
    proposed = {(g.source, g.ref) for g in assessments_suggest.suggestions(ctx, "2026-09")}
    assert ("meetings", "MT4:书记办公室:2026-09-14") in proposed


def test_registers_read_back_with_hours_and_occupancy(ctx, meeting, tmp_path):
    r, o = meeting
    mb.book(ctx, room_id=r["small"], start_at=at(14), end_at=at(16), meeting_name="班委会", attendees_count=8)
    cancelled = mb.book(ctx, room_id=r["small"], start_at=at(17), end_at=at(18), meeting_name="取消的会",
                        attendees_count=3)
    mb.step(ctx, cancelled.id, "cancel", reason="改期")
    ml.save_service_log(ctx, o.id, staff_on_duty="赵敏", arrived_at=at(8, 40), issues="话筒电池不足")
    month = parse_month("2026-09")
    path = registers.export(ctx, "meetings", month, None, tmp_path / "m.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] != "合计" and len(r) > 2 and r[2]]
    names = [r[2] for r in rows]
    assert names == ["学生工作例会", "班委会", "取消的会"]
    assert rows[0][6] == 2.5 and rows[0][11] == "话筒电池不足"
    occ = {r[0]: r for r in wb["会议室使用率"].iter_rows(min_row=4, values_only=True) if r[0]}
    assert occ["大会堂"][2] == 2.5 and occ["小会议室"][2] == 2.0  # the cancelled hour does not count
    assert occ["东厅"][1:3] == (1, 2.5)  # the hall's meeting held its halves too
    assert occ["大会堂"][3] == 30 * 15 and occ["大会堂"][4] == round(100 * 2.5 / 450, 1)
    for kind in ("meeting-service", "meeting-cleaning", "office-checks"):
        out = registers.export(ctx, kind, month, None, tmp_path / f"{kind}.xlsx")
        assert load_workbook(out).worksheets[0]["A1"].value == catalog.registers()[kind].fetch(
            ctx, month, None)[0].title
    ro = context_for(ctx, "readonly")
    registers.export(ro, "meetings", month, None, tmp_path / "ro.xlsx")


def test_printed_order_carries_every_field(ctx, meeting, tmp_path):
    _r, o = meeting
    o = mb.update(ctx, o.id, banner_text="热烈欢迎新同学", rostrum_count=6, layout="剧院式", special_requirements="需要同传",
                  hotel_use=True, guest_rooms_agreed=5, guest_rooms_held=6, guest_rooms_used=5, guest_room_rate=200,
                  guest_nights=1)
    ml.save_service_log(ctx, o.id, staff_on_duty="赵敏", arrived_at=at(8, 40))
    path = catalog.prints()["meeting-order"].build(ctx, o.order_no, tmp_path / "order.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    content = reader.pages[0].extract_text()
    for word in ("会 议 接 待 单", o.order_no, "学生工作例会", "热烈欢迎新同学", "剧院式", "需要同传", "主办方确认",
                 "合计", "赵敏"):
        assert word in content, word


def test_today_and_handover_hooks(ctx, meeting):
    _r, o = meeting
    assert meetings_hooks.count_today(ctx) == 0  # the meeting is tomorrow
    lines = meetings_hooks.meeting_lines(ctx, ctx.now() - dt.timedelta(hours=8), ctx.now())
    assert any("学生工作例会" in x and "赵敏" in x for x in lines)
    tomorrow = ServiceContext(db=ctx.db, actor=ctx.actor, clock=Clock(at(8)))
    assert meetings_hooks.count_today(tomorrow) == 1


def test_monthly_pack_has_the_meeting_section_and_occupancy_chart(ctx, meeting):
    from app.services import monthly_pack
    pack = monthly_pack.collect(ctx, parse_month("2026-09"), None)
    kinds = {s.kind for s in pack.sections}
    assert {"meetings", "meeting-service", "meeting-cleaning", "office-checks"} <= kinds
    chart = next(c for c in pack.charts if c.title == "会议室占用率（%）")
    assert dict(chart.pairs)["大会堂"] == round(100 * 2.5 / 450, 1)

"""Meeting bookings on SQLite and PostgreSQL: the database refuses a double booking (threads and two
processes), combined rooms block each other, the MT1 order's flow, numbers, fees and bad input."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import threading

import pytest
from sqlalchemy import func, select

from app.db.models.meetings import MeetingOrder, MeetingSlot
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import meetings_booking as mb
from app.services import meetings_recurrence as mr
from app.services.context import ServiceContext
from tests.conftest import audit_count, context_for
from tests.meetings_data import at, book_in_process, rooms


def _count(db, *where) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(MeetingOrder).where(*where)).scalar()


def test_a_taken_slot_is_refused_and_names_who_booked_it(ctx):
    r = rooms(ctx)
    first = mb.book(ctx, room_id=r["small"], start_at=at(9), end_at=at(11), meeting_name="党支部会议",
                    organiser_unit="学工处", attendees_count=8)
    assert first.status == "tentative" and first.order_no is None
    clerk = context_for(ctx, "clerk", "wang")
    before = audit_count(ctx.db)
    with pytest.raises(Conflict) as err:
        mb.book(clerk, room_id=r["small"], start_at=at(10, 30), end_at=at(12), meeting_name="班会", attendees_count=5)
    assert "tester" in err.value.text() and "党支部会议" in err.value.text() and "学工处" in err.value.text()
    assert audit_count(ctx.db) == before and _count(ctx.db) == 1
    # back to back is fine
    mb.book(clerk, room_id=r["small"], start_at=at(11), end_at=at(12), meeting_name="班会", attendees_count=5)


def test_combined_rooms_block_each_other(ctx):
    r = rooms(ctx)
    mb.book(ctx, room_id=r["east"], start_at=at(9), end_at=at(10), meeting_name="东厅会", attendees_count=10)
    with pytest.raises(Conflict):
        mb.book(ctx, room_id=r["hall"], start_at=at(9, 30), end_at=at(11), meeting_name="全体大会", attendees_count=80)
    hall = mb.book(ctx, room_id=r["hall"], start_at=at(14), end_at=at(16), meeting_name="全体大会", attendees_count=80)
    for half in ("east", "west"):
        with pytest.raises(Conflict) as err:
            mb.book(ctx, room_id=r[half], start_at=at(15), end_at=at(15, 30), meeting_name="小会", attendees_count=5)
        assert "大会堂" in err.value.text()
    mb.step(ctx, hall.id, "cancel", reason="改期")
    mb.book(ctx, room_id=r["west"], start_at=at(15), end_at=at(15, 30), meeting_name="小会", attendees_count=5)


def test_database_refuses_a_second_holder_of_a_slot(ctx):
    """The guard itself, beneath the service."""
    r = rooms(ctx)
    o = mb.book(ctx, room_id=r["small"], start_at=at(9), end_at=at(10), meeting_name="会", attendees_count=1)
    from sqlalchemy.exc import IntegrityError
    with pytest.raises(IntegrityError):
        with ctx.db.engine.begin() as conn:
            conn.execute(MeetingSlot.__table__.insert().values(unit_id=r["small"], slot_start=at(9, 15), order_id=o.id))


def _book_in_thread(db, clock, name, room_id, results, barrier):
    ctx = ServiceContext(db=db, clock=clock, pc_name=f"PC-{name}").as_actor(
        context_for(ServiceContext(db=db, clock=clock), "clerk", name).actor)
    barrier.wait()
    try:
        results.append(mb.book(ctx, room_id=room_id, start_at=at(9), end_at=at(11), meeting_name=f"{name}的会",
                               attendees_count=5))
    except Conflict as exc:
        results.append(exc)


def test_two_pcs_booking_the_same_slot_end_with_one_booking(ctx, clock):
    r = rooms(ctx)
    results, barrier = [], threading.Barrier(2)
    threads = [threading.Thread(target=_book_in_thread, args=(ctx.db, clock, name, room, results, barrier))
               for name, room in (("zhang", r["hall"]), ("li", r["east"]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    lost = [x for x in results if isinstance(x, Conflict)]
    assert len(results) == 2 and len(lost) == 1
    winner = next(x for x in results if not isinstance(x, Conflict))
    assert winner.created_by in lost[0].text()
    assert _count(ctx.db) == 1


def test_two_processes_booking_the_same_slot_end_with_one_booking(ctx):
    r = rooms(ctx)
    mp = multiprocessing.get_context("spawn")
    barrier, queue = mp.Barrier(2), mp.Queue()
    procs = [mp.Process(target=book_in_process, args=(ctx.db.url, r["small"], name, at(9).isoformat(), barrier, queue))
             for name in ("pc1", "pc2")]
    for p in procs:
        p.start()
    outcome = sorted(queue.get(timeout=90) for _ in procs)
    for p in procs:
        p.join(30)
    assert [o[0] for o in outcome] == ["conflict", "ok"]
    assert "已被" in outcome[0][1]
    assert _count(ctx.db) == 1


def test_order_flow_numbers_at_confirmation(ctx):
    r = rooms(ctx)
    o = mb.book(ctx, room_id=r["hall"], start_at=at(9), end_at=at(12), meeting_name="新生工作部署会",
                organiser_unit="学工处", contact_person="李老师", phone="13812345678", attendees_count=60,
                rostrum_count=5, layout="剧院式", banner_text="2026级新生工作部署会", equipment="音响、话筒",
                tea_service=True, name_cards=True, notified_by="王处长", assigned_staff="赵敏、钱芳")
    assert o.order_no is None
    o = mb.step(ctx, o.id, "confirm")
    assert o.order_no == "HY2026-000001" and o.status == "booked" and o.confirmed_by
    with pytest.raises(Conflict):
        mb.step(ctx, o.id, "finish")
    for action, status in (("prepare", "prepared"), ("start", "in_progress"), ("finish", "finished")):
        o = mb.step(ctx, o.id, action, expected_version=o.version)
        assert o.status == status
    with pytest.raises(Conflict):
        mb.step(ctx, o.id, "cancel", reason="x")
    second = mb.book(ctx, room_id=r["small"], start_at=at(14), end_at=at(15), meeting_name="小会", attendees_count=3,
                     confirm=True)
    assert second.order_no == "HY2026-000002"
    assert mb.by_number(ctx, "HY2026-000001").banner_text == "2026级新生工作部署会"


def test_a_finished_meeting_plans_the_organisers_feedback_visit(ctx):
    """MT5 through the one return-visit record: type 会务服务, due a week after the meeting."""
    from app.services import visits
    r = rooms(ctx)
    o = mb.book(ctx, room_id=r["small"], start_at=at(9), end_at=at(10), meeting_name="学生会例会",
                organiser_unit="学生会", contact_person="周同学", phone="13812345678", attendees_count=8,
                confirm=True)
    for action in ("prepare", "start", "finish"):
        o = mb.step(ctx, o.id, action)
    planned = visits.list_visits(ctx, source=("meeting_order", o.id), open_too=True)
    assert [(v.visit_type, v.status, v.source_no, v.interviewee) for v in planned] == [
        ("meeting", "planned", o.order_no, "周同学")]
    assert planned[0].due_date == o.finished_at.date() + dt.timedelta(days=7)


def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(ctx):
    r = rooms(ctx)
    before = audit_count(ctx.db)
    with pytest.raises(ValidationError) as err:
        mb.book(ctx, room_id=r["small"], start_at=at(11), end_at=at(10), meeting_name="会", attendees_count=1)
    assert "应晚于开始时间" in err.value.text()
    with pytest.raises(ValidationError) as err:
        mb.book(ctx, room_id=r["small"], start_at=at(9), end_at=at(10), meeting_name="大会", attendees_count=30)
    assert err.value.field == "capacity" and "超过" in err.value.text()
    clerk = context_for(ctx, "clerk")
    with pytest.raises(PermissionDenied):
        mb.book(clerk, room_id=r["small"], start_at=at(9), end_at=at(10), meeting_name="大会", attendees_count=30,
                capacity_override="加椅子")
    assert _count(ctx.db) == 0 and audit_count(ctx.db) == before
    sup = context_for(ctx, "supervisor")
    o = mb.book(sup, room_id=r["small"], start_at=at(9), end_at=at(10), meeting_name="大会", attendees_count=30,
                capacity_override="加椅子")
    assert o.capacity_override == "加椅子"
    blocked = mb.book(sup, room_id=r["east"], start_at=at(13), end_at=at(17), meeting_name="空调维修", kind="blocked")
    assert blocked.status == "blocked"
    with pytest.raises(PermissionDenied):
        mb.book(clerk, room_id=r["east"], start_at=at(8), end_at=at(9), meeting_name="维修", kind="blocked")
    with pytest.raises(Conflict) as err:
        mb.book(clerk, room_id=r["hall"], start_at=at(16), end_at=at(18), meeting_name="晚会", attendees_count=50)
    assert "不可用" in err.value.text() and "空调维修" in err.value.text()


def test_hotel_fees_follow_the_block_and_bed_rules(ctx):
    r = rooms(ctx)
    common = dict(room_id=r["east"], start_at=at(9), end_at=at(12), meeting_name="年会", attendees_count=30,
                  hotel_use=True, guest_rooms_agreed=10, guest_room_rate=200, guest_nights=2)
    with pytest.raises(ValidationError) as err:
        mb.book(ctx, guest_rooms_held=13, guest_rooms_used=10, **common)
    assert err.value.field == "guest_rooms_held"
    with pytest.raises(ValidationError) as err:
        mb.book(ctx, guest_rooms_held=12, guest_rooms_used=10, extra_beds=2, extra_bed_rate=40, **common)
    assert "50" in err.value.text()
    o = mb.book(ctx, guest_rooms_held=12, guest_rooms_used=10, extra_beds=2, extra_bed_rate=50, **common)
    # 3 h × 100 = 300; rooms (10 + 2 × 60 %) × 200 × 2 = 4480; beds 2 × 50 × 2 = 200
    assert o.venue_fee == 300 and o.fee_total == 4980


def test_moving_a_booking_keeps_the_old_slot_until_the_new_one_is_held(ctx):
    r = rooms(ctx)
    a = mb.book(ctx, room_id=r["small"], start_at=at(9), end_at=at(10), meeting_name="甲", attendees_count=2)
    mb.book(ctx, room_id=r["small"], start_at=at(10), end_at=at(11), meeting_name="乙", attendees_count=2)
    with pytest.raises(Conflict):
        mb.update(ctx, a.id, start_at=at(9, 30), end_at=at(10, 30))
    assert mb.conflicts(ctx, r["small"], at(9), at(9, 15))  # still held by 甲
    moved = mb.update(ctx, a.id, start_at=at(14), end_at=at(15), expected_version=a.version)
    assert moved.start_at == at(14) and mb.conflicts(ctx, r["small"], at(9), at(10)) == ""


def test_series_lists_conflicts_and_holidays_and_saves_all_or_nothing(ctx):
    r = rooms(ctx)
    mb.book(ctx, room_id=r["small"], start_at=at(9, day=dt.date(2026, 9, 23)), end_at=at(10, day=dt.date(2026, 9, 23)),
            meeting_name="已有", attendees_count=2)
    rule = mr.Rule("weekly", until=dt.date(2026, 10, 14), weekdays=(2,))
    occ = mr.preview(ctx, r["small"], at(9), at(10), rule)
    assert [o.start_at.date().day for o in occ] == [16, 23, 30, 7, 14]
    problems = {o.start_at.date(): o.problem for o in occ if o.problem}
    assert "已有" in problems[dt.date(2026, 9, 23)] and problems[dt.date(2026, 10, 7)] == "节假日"
    with pytest.raises(ValidationError) as err:
        mr.create_series(ctx, room_id=r["small"], first_start=at(9), first_end=at(10), rule=rule, meeting_name="例会",
                         skip={dt.date(2026, 9, 23)})
    assert "节假日" in err.value.text() and _count(ctx.db, MeetingOrder.meeting_name == "例会") == 0
    with pytest.raises(Conflict):
        mr.create_series(ctx, room_id=r["small"], first_start=at(9), first_end=at(10), rule=rule, meeting_name="例会",
                         skip={dt.date(2026, 10, 7)})
    assert _count(ctx.db, MeetingOrder.meeting_name == "例会") == 0
    ids = mr.create_series(ctx, room_id=r["small"], first_start=at(9), first_end=at(10), rule=rule,
                           meeting_name="例会", skip={dt.date(2026, 9, 23), dt.date(2026, 10, 7)}, attendees_count=6)
    assert len(ids) == 3 and _count(ctx.db, MeetingOrder.series_id.is_not(None)) == 3

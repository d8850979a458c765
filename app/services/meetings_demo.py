"""`dormdesk demo`, order 60: a realistic month of meeting services — five rooms (a hall that combines
its two halves), meetings booked a few days ahead, confirmed, prepared, held with their service log
and refills, finished or cancelled, a weekly series, an unavailable slot, tentative bookings ahead,
the weekly cleaning (one week missed) and the leaders' offices (some late, one day missed) — written
through the services with a clock that walks through the past month."""
from __future__ import annotations

import datetime as dt
import random

from app.errors import DormDeskError
from app.services import demo, lookups
from app.services import meetings_booking as mb
from app.services import meetings_logs as ml
from app.services import meetings_recurrence as mr
from app.services.catalog import DemoStep
from app.services.context import ServiceContext
from app.services.meetings_rooms import list_rooms, save_room

ROOMS = [("东厅", 40, "音响、话筒、投影", "课桌式、会议桌、U形", 120, 700, 2),
         ("西厅", 40, "音响、话筒、投影", "课桌式、会议桌、U形", 120, 700, 3),
         ("第一会议室", 20, "话筒、投影、电脑", "会议桌", 60, 360, 4),
         ("第二会议室", 16, "话筒、投影", "会议桌、U形", 50, 300, 5),
         ("贵宾接待室", 10, "音响、话筒", "会议桌", 80, 480, 6)]
MEETINGS = [("学生工作例会", "学工处"), ("宿管员业务培训", "公寓管理中心"), ("新生入住协调会", "招生办"),
            ("安全检查部署会", "保卫处"), ("后勤服务座谈会", "后勤集团"), ("党支部组织生活会", "机关党委"),
            ("消防演练说明会", "保卫处"), ("辅导员工作交流会", "学工处"), ("校企合作洽谈", "就业指导中心"),
            ("研究生会换届大会", "研究生会"), ("物业服务质量评议", "公寓管理中心"), ("外事接待", "国际处")]
CONTACTS = ("李老师", "王主任", "张科长", "陈老师", "刘老师", "赵老师")
STAFF = ("赵敏", "钱芳", "孙丽", "周洁")
RATINGS = ("good", "good", "good", "average")   # meetings.rating codes


def _at(ctx: ServiceContext, when: dt.datetime) -> ServiceContext:
    """`ctx` at `when`, acting as the demo staff on duty then (demo.at)."""
    return demo.at(ctx, when)


def _rooms(ctx: ServiceContext) -> dict[str, int]:
    existing = {r.name: r.id for r in list_rooms(ctx)}
    if existing:
        return existing
    building = next(iter(lookups.buildings(ctx, scoped=False)), None)
    bid = building.id if building else None
    out = {}
    for name, cap, equipment, layouts, hourly, daily, order in ROOMS:
        out[name] = save_room(ctx, name=name, capacity=cap, equipment=equipment, layouts=layouts, hourly_rate=hourly,
                              daily_rate=daily, sort_order=order, building_id=bid, location="行政楼二层").id
    out["大会堂"] = save_room(ctx, name="大会堂", capacity=90, equipment="音响、话筒、投影、录音", layouts="剧院式、课桌式",
                           hourly_rate=220, daily_rate=1300, sort_order=1, building_id=bid, location="行政楼二层",
                           part_ids=(out["东厅"], out["西厅"])).id
    return out


def _hold(ctx, rng, rooms, start: dt.datetime, hours: float, now: dt.datetime) -> int:
    """One meeting booked a few days ahead and taken as far as `now` allows; returns 1 when saved."""
    name, unit = rng.choice(MEETINGS)
    room_name = rng.choice(list(rooms))
    cap = {"大会堂": 90, "东厅": 40, "西厅": 40, "第一会议室": 20, "第二会议室": 16, "贵宾接待室": 10}.get(room_name, 20)
    end = start + dt.timedelta(minutes=int(hours * 60))
    booked_at = min(start - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5)), now)
    c = _at(ctx, booked_at)
    try:
        o = mb.book(c, room_id=rooms[room_name], start_at=start, end_at=end, meeting_name=name, organiser_unit=unit,
                    contact_person=rng.choice(CONTACTS), phone=f"0571-8{rng.randrange(1000000, 9999999)}",
                    attendees_count=rng.randint(max(cap // 3, 2), cap), rostrum_count=rng.choice((0, 0, 3, 5)),
                    layout=rng.choice(("会议桌", "课桌式", "剧院式", "U形")) if cap > 20 else "会议桌",
                    banner_text=f"{name}" if cap > 20 else None, equipment="话筒、投影", tea_service=True,
                    fruit_snacks=rng.random() < 0.3, name_cards=rng.random() < 0.5, flowers=rng.random() < 0.15,
                    notified_by=rng.choice(("王处长", "办公室", None)), assigned_staff=rng.choice(STAFF),
                    vip_level=rng.choice((None, None, "重要")))
    except DormDeskError:
        return 0
    if rng.random() < 0.85 or start < now:
        o = mb.step(_at(ctx, min(booked_at + dt.timedelta(hours=2), now)), o.id, "confirm")
    else:
        return 1
    if start < now and rng.random() < 0.06:
        mb.step(_at(ctx, start - dt.timedelta(hours=20)), o.id, "cancel", reason="主办方改期")
        return 1
    if start - dt.timedelta(hours=1) > now:
        return 1
    staff = o.assigned_staff or rng.choice(STAFF)
    arrive = start - dt.timedelta(minutes=rng.choice((30, 25, 20, 20, 15, 5)))
    c = _at(ctx, start - dt.timedelta(hours=1))
    mb.step(c, o.id, "prepare")
    ml.save_service_log(c, o.id, staff_on_duty=staff, arrived_at=min(arrive, c.now() + dt.timedelta(minutes=50)),
                        audio_checked=True, room_cleaned=True, items_issued="激光笔1、插线板1")
    if start > now:
        return 1
    mb.step(_at(ctx, start), o.id, "start")
    t = start + dt.timedelta(minutes=15)
    while t < min(end, now):
        ml.record_refill(_at(ctx, t + dt.timedelta(minutes=rng.randint(0, 4))), o.id)
        t += dt.timedelta(minutes=15 * rng.choice((1, 1, 2)))
    if end > now:
        return 1
    c = _at(ctx, end + dt.timedelta(minutes=10))
    mb.step(c, o.id, "finish")
    ml.save_service_log(c, o.id, items_returned="全部归还", lights_ac_off=True, tea_sets_washed=True,
                        fb_communication=rng.choice(RATINGS), fb_preparation=rng.choice(RATINGS),
                        fb_cleanliness=rng.choice(RATINGS), fb_attitude="good", fb_audio=rng.choice(RATINGS),
                        fb_overall=rng.choice(("great", "good", "good")),
                        issues=rng.choice((None, None, None, "投影仪偏色，已报修", "话筒电池不足")))
    return 1


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> str:
    now = ctx.now().replace(second=0, microsecond=0)
    rooms = _rooms(_at(ctx, now - dt.timedelta(days=40)))
    plain = {k: v for k, v in rooms.items()}
    today = now.date()
    first = today - dt.timedelta(days=30)
    # a weekly series: every Monday 09:00–10:30 in 第一会议室, from a month ago to a month ahead
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    series = 0
    try:
        c = _at(ctx, dt.datetime.combine(monday - dt.timedelta(days=3), dt.time(10)))
        rule = mr.Rule("weekly", until=today + dt.timedelta(days=30), weekdays=(0,))
        occ = mr.preview(c, rooms["第一会议室"], dt.datetime.combine(monday, dt.time(9)),
                         dt.datetime.combine(monday, dt.time(10, 30)), rule)
        skip = {o.start_at.date() for o in occ if o.problem}
        series = len(mr.create_series(c, room_id=rooms["第一会议室"], first_start=dt.datetime.combine(monday, dt.time(9)),
                                      first_end=dt.datetime.combine(monday, dt.time(10, 30)), rule=rule,
                                      meeting_name="公寓中心周例会", organiser_unit="公寓管理中心", attendees_count=12,
                                      assigned_staff="钱芳", skip=skip, confirm=True))
    except DormDeskError:
        pass
    for o in mb.list_orders(ctx, statuses=("booked",)):
        if o.series_id is not None and o.end_at < now:  # the weekly meetings already held
            mb.step(_at(ctx, o.start_at - dt.timedelta(minutes=30)), o.id, "prepare")
            ml.save_service_log(_at(ctx, o.start_at - dt.timedelta(minutes=20)), o.id, staff_on_duty="钱芳",
                                arrived_at=o.start_at - dt.timedelta(minutes=20), audio_checked=True, room_cleaned=True)
            mb.step(_at(ctx, o.start_at), o.id, "start")
            ml.record_refill(_at(ctx, o.start_at + dt.timedelta(minutes=16)), o.id)
            c = _at(ctx, o.end_at + dt.timedelta(minutes=5))
            mb.step(c, o.id, "finish")
            ml.save_service_log(c, o.id, lights_ac_off=True, tea_sets_washed=True, fb_overall="good")
    # a hotel-use conference ahead, with its room block and fees (§12.1)
    try:
        day = today + dt.timedelta(days=3)
        mb.book(ctx, room_id=rooms["大会堂"], start_at=dt.datetime.combine(day, dt.time(8, 30)),
                end_at=dt.datetime.combine(day, dt.time(17, 30)), meeting_name="全省高校公寓管理研讨会",
                organiser_unit="省高校后勤协会", contact_person="周秘书长", phone="0571-87000000", attendees_count=80,
                rostrum_count=7, layout="剧院式", banner_text="2026年全省高校学生公寓管理研讨会",
                equipment="音响、话筒、投影、录音", tea_service=True, fruit_snacks=True, name_cards=True, flowers=True,
                special_requirements="主席台摆放鲜花，会后合影需台阶", vip_level="贵宾", notified_by="王处长",
                station_head_confirmed=True, assigned_staff="赵敏、钱芳", hotel_use=True, guest_rooms_agreed=30,
                guest_rooms_held=32, guest_rooms_used=0, guest_room_rate=200, guest_nights=2, extra_beds=2,
                extra_bed_rate=50, confirm=True)
    except DormDeskError:
        pass
    count = 0
    day = first
    while day <= today + dt.timedelta(days=7):
        if day.weekday() < 5:
            for _ in range(rng.randint(2, 5)):
                start = dt.datetime.combine(day, dt.time(rng.choice((8, 9, 9, 10, 14, 14, 15, 16)),
                                                         rng.choice((0, 0, 30))))
                count += _hold(ctx, rng, plain, start, rng.choice((1, 1.5, 2, 2, 3, 4)), now)
        day += dt.timedelta(days=1)
    # an unavailable afternoon (air conditioning repair) next week
    try:
        mb.book(ctx, room_id=rooms["西厅"], start_at=dt.datetime.combine(today + dt.timedelta(days=2), dt.time(13)),
                end_at=dt.datetime.combine(today + dt.timedelta(days=2), dt.time(17)), meeting_name="空调检修",
                kind="blocked")
    except DormDeskError:
        pass
    # MT3: every past week and room, but 贵宾接待室 missed one week
    week = ml.monday(first)
    while week < ml.monday(today):
        for name, rid in rooms.items():
            if name == "大会堂" or (name == "贵宾接待室" and week == ml.monday(today) - dt.timedelta(days=14)):
                continue
            when = dt.datetime.combine(week + dt.timedelta(days=4), dt.time(16, rng.randrange(60)))
            ml.record_hygiene(_at(ctx, when), rid, week, deep_clean_done=True, tea_sets_disinfected=True,
                              staff=rng.choice(STAFF), checked_by="班长 周洁")
        week += dt.timedelta(days=7)
    # MT4: the leaders' offices each working day, mostly by 08:30
    offices = ("主任办公室", "副主任办公室", "书记办公室")
    day = first
    while day < today:
        if day.weekday() < 5:
            for office in offices:
                if rng.random() < 0.03:
                    continue
                done = dt.datetime.combine(day, dt.time(7, 40)) + dt.timedelta(minutes=rng.choice((10, 20, 30, 40, 60)))
                ml.record_office_check(_at(ctx, done), office, day, staff=rng.choice(STAFF),
                                       items={k: rng.random() > 0.05 for k in ml.OFFICE_ITEMS}, completed_at=done,
                                       defects_reported=rng.choice((None,) * 12 + ("台灯不亮，已报修",)))
        day += dt.timedelta(days=1)
    return f"会议室 {len(rooms)} 间，会议 {count + series} 场（含周例会 {series} 场）"


DEMO_STEPS = [DemoStep(60, "会议服务", run)]

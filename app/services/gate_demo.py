"""`dormdesk demo`, order 46: a month at the dorm gate — visitors (parents, schoolmates, a supervisor's
admitted exception, two still inside after closing time), goods carried in and out (some against a
release slip), two front-desk staff with a few conduct lapses this month — written through the
services, each step audited, with a clock that walks through the past month."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from app.clock import Clock
from app.db.models.release import ReleaseSlip
from app.db.models.residents import Bed, Building, Room, Student
from app.errors import DormDeskError
from app.importing import idcard
from app.services import assessments, demo, lookups, residents_places
from app.services import assessments_incidents as incidents
from app.services import gate_goods as gg
from app.services import gate_rules as gr
from app.services import gate_visitors as gv
from app.services.assessments_conduct import STAFF_CATEGORY
from app.services.catalog import DemoStep
from app.services.context import ServiceContext

AREAS = ("440306", "110105", "310104", "330106", "420102", "510107", "610113", "430104")
PURPOSES = ("送生活用品", "看望孩子", "送药", "取书", "帮忙搬行李", "家长会后看宿舍")
GOODS = (("in", "行李箱 1 个、被褥 1 套", 2, False), ("out", "台式电脑主机 1 台", 1, True),
         ("in", "笔记本电脑 1 台", 1, True), ("out", "旧书 2 箱", 2, False), ("out", "行李箱 2 个", 2, False),
         ("in", "自行车 1 辆", 1, False), ("out", "显示器 1 台", 1, True))
LAPSES = {"F1": "接待时倚靠台面", "F2": "值班时与同事闲聊", "F4": "对来电说“不知道”", "F5": "交班迟到 15 分钟"}


def _at(ctx: ServiceContext, when: dt.datetime) -> tuple[ServiceContext, Clock]:
    """`ctx` at `when`, acting as the demo staff on duty then (demo.at)."""
    clock = Clock(when)
    return demo.at(ctx, clock=clock), clock


def _residents(ctx: ServiceContext):
    with ctx.read() as s:
        return list(s.execute(select(Student.id, Student.name, Building.gender).join(Bed, Student.bed_id == Bed.id)
                              .join(Room, Bed.room_id == Room.id).join(Building, Room.building_id == Building.id)
                              .order_by(Student.id)).all())


def _visitor_id(rng: random.Random, male: bool, age: int, today: dt.date) -> str:
    birth = dt.date(today.year - age, rng.randint(1, 12), rng.randint(1, 28))
    return idcard.make(rng.choice(AREAS), birth, rng.randrange(1000), male)


def _visits(ctx, rng, now, residents) -> int:
    done = 0
    for i in range(36):
        day = now - dt.timedelta(days=rng.uniform(0, 28))
        when = day.replace(hour=rng.choice([9, 10, 14, 15, 16, 18, 19]), minute=rng.randrange(60), second=0,
                           microsecond=0)
        late = i < 2                                  # still inside after closing: red, and in the handover
        if late:
            when = (now - dt.timedelta(days=1)).replace(hour=21, minute=10 + i * 20, second=0, microsecond=0)
        if when > now:
            when -= dt.timedelta(days=1)
        c, clock = _at(ctx, when)
        sid, name, house = rng.choice(residents)
        exception = i % 12 == 5                       # a relative: admitted by the supervisor
        relation = "relative" if exception else rng.choice(["parent", "parent", "parent", "student"])
        girls = house == "f"
        male = (not girls) if relation == "student" else (False if girls and relation == "parent" else rng.random() < .5)
        age = 20 if relation == "student" else 48
        surname = name[0]
        visitor = f"{surname}{rng.choice('建国志强丽华秀英明军')}" if relation != "student" else f"{rng.choice('王李张刘陈')}同学"
        try:
            row = gv.check_in(c, id_no=_visitor_id(rng, male, age, now.date()), visitor_name=visitor, student_id=sid,
                              purpose=rng.choice(PURPOSES), relation=relation, phone=f"139{rng.randrange(10**8):08d}",
                              override=gr.Override("舅舅从外地来，送学费，30 分钟内离开") if exception else None)
            done += 1
            if late:
                continue
            clock.advance(minutes=rng.randrange(15, 120))
            if clock.now() < now:
                gv.sign_out(c, row.id)
        except DormDeskError:
            continue
    return done


def _goods(ctx, rng, now, residents) -> int:
    done = 0
    with ctx.read() as s:
        slips = list(s.execute(select(ReleaseSlip.slip_no, ReleaseSlip.student_id, ReleaseSlip.issued_at)
                               .where(ReleaseSlip.student_id.is_not(None), ReleaseSlip.status.in_(gg.LINKABLE))).all())
    for slip_no, sid, issued_at in slips[:3]:
        c, _clock = _at(ctx, max(issued_at or now, now - dt.timedelta(hours=2)))
        try:
            gg.record(c, direction="out", items="书桌椅 1 套、行李 2 件", item_count=3, student_id=sid, slip_no=slip_no)
            done += 1
        except DormDeskError:
            pass
    for i in range(14):
        c, _clock = _at(ctx, (now - dt.timedelta(days=rng.uniform(0, 28))).replace(
            hour=rng.choice([8, 12, 17, 19]), minute=rng.randrange(60), second=0, microsecond=0))
        sid, name, _house = rng.choice(residents)
        direction, items, count, valuable = GOODS[i % len(GOODS)]
        try:
            gg.record(c, direction=direction, items=items, item_count=count, student_id=sid, valuable=valuable,
                      room_leader_note=f"舍长{rng.choice('王李张刘陈')}同学证明为本人物品" if direction == "out" else None)
            done += 1
        except DormDeskError:
            continue
    return done


def _conduct(ctx, rng, now) -> int:
    """Two front-desk staff and a few lapses this month (10 元 each), through the assessment service."""
    staff = lookups.staff(ctx, STAFF_CATEGORY)
    if not staff:
        for name in ("周敏", "吴婷"):
            residents_places.save_staff(ctx, None, name=name, category=STAFF_CATEGORY, phone=f"137{rng.randrange(10**8):08d}")
        staff = lookups.staff(ctx, STAFF_CATEGORY)
    items = {i.code: i for i in assessments.list_items(ctx, include_retired=False) if i.applies_to == STAFF_CATEGORY}
    done = 0
    for k, (code, story) in enumerate(LAPSES.items()):
        if code not in items or now.day < 2:
            continue
        when = now.replace(day=1 + k % max(1, now.day - 1), hour=rng.choice([9, 11, 15]), minute=0, second=0,
                           microsecond=0)
        try:
            incidents.record(demo.at(ctx, min(when + dt.timedelta(hours=1), now)), staff_id=staff[k % len(staff)].id,
                             occurred_at=min(when, now),
                             item_id=items[code].id, description=story)
            done += 1
        except DormDeskError:
            continue
    return done


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> str:
    residents = _residents(ctx)
    if not residents:
        return "没有住宿学生，未生成门岗记录"
    now = ctx.now().replace(second=0, microsecond=0)
    visits = _visits(ctx, rng, now, residents)
    goods = _goods(ctx, rng, now, residents)
    lapses = _conduct(ctx, rng, now)
    return f"来访 {visits} 人次、物品出入 {goods} 条、前台人员考核 {lapses} 条"


DEMO_STEPS = [DemoStep(46, "门岗（来访、物品出入、前台人员考核）", run)]

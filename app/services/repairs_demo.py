"""`dormdesk demo`, order 30: a realistic month of repairs in every state, written through the
services (each step audited) with a clock that walks through the past month."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from app.clock import Clock
from app.db.models.residents import Bed, Room, Staff, Student
from app.errors import DormDeskError
from app.services import demo, repairs, repairs_fees, repairs_flow, repairs_visits
from app.services.catalog import DemoStep
from app.services.context import ServiceContext, snapshot

FAULTS = {   # repairs.category code -> (fault, where, price-list item)
    "water": [("水龙头漏水", "卫生间", "水龙头"), ("下水道堵塞", "卫生间", None), ("淋浴喷头坏了", "淋浴间", "淋浴喷头")],
    "electric": [("日光灯管不亮", "宿舍顶灯", None), ("插座没电", "书桌旁", "插座面板"), ("开关面板松动", "门口", "开关面板")],
    "doors": [("窗户玻璃破裂", "阳台窗", "窗户玻璃"), ("纱窗破损", "窗户", "纱窗"), ("门把手脱落", "房门", "门把手")],
    "lock": [("房门锁打不开", "房门", "房门锁芯"), ("抽屉锁损坏", "书桌", "抽屉锁"), ("阳台门锁坏了", "阳台门", "阳台门锁")],
    "furnish": [("床板断裂", "3号床", "床板"), ("椅子腿松动", "书桌", "椅子"), ("衣柜门铰链坏", "衣柜", "柜门铰链")],
    "network": [("网口无信号", "书桌网口", "网络面板")],
    "aircon": [("空调不制冷", "空调", None), ("空调遥控器丢失", "空调", "空调遥控器")],
    "other": [("晾衣杆脱落", "阳台", None)],
}
WEIGHTS = {"water": 24, "electric": 20, "doors": 12, "lock": 14, "furnish": 12, "network": 8, "aircon": 6, "other": 4}
# the last step each demo slip reaches; every state appears at least once
TARGETS = ["reported", "fee_assessed", "dispatched", "in_progress", "deferred", "completed", "accepted",
           "visited", "closed", "voided"]


def _workers(ctx: ServiceContext, rng: random.Random) -> list[int]:
    with ctx.read() as s:
        ids = list(s.scalars(select(Staff.id).where(Staff.category == "repairer", Staff.active.is_(True))))
    for name in ("王建国", "刘师傅")[: max(0, 2 - len(ids))]:
        with ctx.action("staff.create") as tx:
            worker = Staff(name=name, category="repairer", phone=f"139{rng.randrange(10**8):08d}", active=True)
            tx.stamp(worker, new=True)
            tx.session.add(worker)
            tx.session.flush()
            tx.audit("staff", worker.id, after=snapshot(worker), summary=f"新增维修工 {name}")
            ids.append(worker.id)
    return ids


def _rooms(ctx: ServiceContext) -> list[tuple[int, int | None]]:
    """(room id, a resident's student id or None) for every room."""
    with ctx.read() as s:
        residents = dict(s.execute(select(Bed.room_id, Student.id).join(Student, Student.bed_id == Bed.id)).all())
        return [(rid, residents.get(rid)) for rid in s.scalars(select(Room.id).order_by(Room.id))]


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> str:
    rooms = _rooms(ctx)
    if not rooms:
        return "没有房间，未生成维修单"
    workers = _workers(ctx, rng)
    prices = {p.item_name: p.id for p in repairs_fees.list_prices(ctx)}
    now = ctx.now().replace(second=0, microsecond=0)
    count = max(40, min(150, int(options.get("students") or 600) // 10))
    times = sorted(now - dt.timedelta(minutes=rng.randrange(30 * 24 * 60)) for _ in range(count))
    targets = TARGETS + [rng.choice(["closed", "visited", "accepted", "accepted", "completed", "closed"])
                         for _ in range(count - len(TARGETS))]
    rng.shuffle(targets)
    done = 0
    for reported_at, target in zip(times, targets):
        clock = Clock(reported_at)
        c = demo.at(ctx, clock=clock)
        made = []
        try:
            _one(c, clock, rng, now, rooms, workers, prices, target, made)
        except DormDeskError:
            pass  # a demo slip that cannot go further simply stops where it is (and still counts)
        done += len(made)
    return f"{done} 张维修单"


def _one(c, clock, rng, now, rooms, workers, prices, target, made):
    category = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    fault, where, item = rng.choice(FAULTS[category])
    urgent = category in ("water", "electric") and rng.random() < 0.25
    room_id, student_id = rng.choice(rooms)
    slip = repairs.report(c, category=category, urgency="high" if urgent else rng.choice(["norm", "norm", "plan"]),
                          fault_description=fault, room_id=room_id, student_id=student_id,
                          reporter_name=None if student_id else "巡查员", location_detail=where,
                          report_channel=rng.choice(["duty_room", "phone", "phone", "drop_box"]))
    made.append(slip.id)
    order = TARGETS.index(target)

    def step(minutes) -> bool:
        clock.advance(minutes=minutes)
        return clock.now() <= now

    if target == "voided":
        step(20) and repairs_flow.void(c, slip.id, reason=rng.choice(["重复报修", "学生已自行处理"]))
        return
    if urgent and rng.random() < 0.5 and order >= TARGETS.index("completed"):
        if not step(rng.randrange(30, 180)):
            return
        slip = repairs_flow.complete(c, slip.id, work_done=f"紧急处理：{fault}已修复", repairer_id=rng.choice(workers))
        step(60)
        _assess(c, slip, rng, prices, item)
    else:
        if order < 1 or not step(rng.randrange(5, 90)):
            return
        slip = _assess(c, slip, rng, prices, item)
        if order < 2 or not step(rng.randrange(10, 120)):
            return
        if target == "deferred":
            repairs_flow.defer(c, slip.id, reason="等待配件到货", planned_date=c.today() + dt.timedelta(days=3))
            return
        slip = repairs_flow.dispatch(c, slip.id, rng.choice(workers))
        if order < 3 or not step(15 if urgent else rng.randrange(60, 600)):
            return
        slip = repairs_flow.start(c, slip.id)
        if order < 5 or not step(rng.randrange(30, 240) if rng.random() < 0.9 else 60 * 52):
            return
        late = slip.due_at and c.now() > slip.due_at
        slip = repairs_flow.complete(c, slip.id, work_done=f"{fault}，已修复", labour_fee=None,
                                     delay_reason="配件缺货，延后维修" if late else None, materials=_materials(rng, item))
    if order < 6 or not step(rng.randrange(30, 300)):
        return
    slip = repairs_flow.accept(c, slip.id, student_signature=slip.reporter_name)
    if order < 7 or not step(rng.randrange(24 * 60, 3 * 24 * 60)):
        return
    rating = rng.choices(["good", "fair", "bad"], weights=[80, 16, 4])[0]
    slip = repairs_visits.record_visit(c, slip.id, satisfaction=rating, method=rng.choice(["phone", "on_site"]),
                                       notes="维修后仍有问题" if rating == "bad" else None)
    if order >= 8 and slip.status == "visited" and step(60 * 24):
        repairs_flow.close(c, slip.id)


def _assess(c, slip, rng, prices, item):
    cause = rng.choices(["wear", "misuse", "wilful", "unknown"], weights=[70, 18, 6, 6])[0]
    price_id = prices.get(item) if cause != "wear" else None
    if cause != "wear" and not price_id:
        cause = "wear"
    slip = repairs_fees.assess_fee(c, slip.id, damage_cause=cause, price_item_id=price_id)
    if slip.chargeable and slip.total_fee:
        notice = repairs_fees.issue_notice(c, slip.id)
        if rng.random() < 0.7:
            repairs_fees.record_payment(c, notice.id, receipt_no=f"SJ{rng.randrange(10**6):06d}")
    return slip


def _materials(rng, item):
    if not item or rng.random() < 0.5:
        return []
    return [{"item": item, "qty": 1, "unit_price": rng.choice([8, 12, 15, 25, 35])}]


DEMO_STEPS = [DemoStep(30, "维修单", run)]

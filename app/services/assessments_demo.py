"""`dormdesk demo` step 50: a year of assessment incidents for the administrators the residents step
created, with acknowledgements, decided appeals, a few additions, and every past month closed.
The current month stays open with unacknowledged incidents and one pending appeal."""
from __future__ import annotations

import datetime as dt
import random

from app.services import assessments, demo, lookups
from app.services import assessments_incidents as incidents
from app.services import assessments_sheet as sheet
from app.services.catalog import DemoStep
from app.services.context import ServiceContext

STORIES = {
    "1": ["穿拖鞋在楼内值班", "与学生争执时语言不文明"],
    "2": ["晚自习时段值班室无人", "22:00 查岗时不在岗位"],
    "3a": ["未登记放外来人员进入", "放推销人员上楼"],
    "3b": ["外校同学在 {room} 留宿未制止"],
    "3c": ["男生进入女生宿舍区域未制止"],
    "4": ["早上 6:20 才开大门", "熄灯后 23:10 才锁大门"],
    "5a": ["未检查归寝情况，未做记录", "学生在宿舍使用违章电器未制止"],
    "5b": ["楼层卫生检查多次不合格"],
    "5c": ["{room} 两名学生发生争执，未及时制止"],
    "6": ["{room} 学生笔记本电脑被盗，当班未锁大门"],
    "7": ["厕所卫生检查不合格", "楼道垃圾未清理"],
    "8": ["学生报修水龙头漏水，两天未报修"],
}


def _months(today: dt.date, count: int) -> list[tuple[int, int]]:
    y, m = today.year, today.month
    out = []
    for _ in range(count):
        out.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def _later(when: dt.datetime, now: dt.datetime, hours: int) -> dt.datetime:
    """`hours` after `when`, but never in the future (the demo's history ends now)."""
    return min(when + dt.timedelta(hours=hours), now - dt.timedelta(minutes=5))


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> str:
    admins = lookups.staff(ctx, assessments.WARDEN)
    if not admins:
        return "没有宿管员，未生成考核数据"
    items = [i for i in assessments.list_items(ctx, include_retired=False) if i.applies_to == assessments.WARDEN]
    if not items:
        return "没有启用的考核项目，未生成考核数据"
    weights = [1 if i.deduction_mode == "percent" else 4 for i in items]
    today, now = ctx.today(), ctx.now()
    recorded = closed = 0
    for y, m in _months(today, 13):
        month = f"{y:04d}-{m:02d}"
        current = (y, m) == (today.year, today.month)
        if sheet.month_status(ctx, month) == "closed":
            continue
        last_day = today.day if current else (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
        made = []
        for admin in admins:
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                item = rng.choices(items, weights)[0]
                when = dt.datetime(y, m, rng.randint(1, last_day), rng.randint(6, 23), rng.choice((0, 15, 30, 45)))
                if when > now:
                    when = now - dt.timedelta(hours=rng.randint(1, 6))
                story = rng.choice(STORIES.get(item.code, ["巡查发现问题"])).format(room=f"{rng.randint(1, 6)}0{rng.randint(1, 9)}")
                amount = None
                if item.deduction_mode == "range":
                    amount = rng.choice(range(int(item.deduction_min), int(item.deduction_max) + 1, 5)
                                        or [int(item.deduction_min)])
                made.append(incidents.record(demo.at(ctx, _later(when, now, 1)), staff_id=admin.id,
                                             occurred_at=when, item_id=item.id,
                                             description=story, deduction=amount,
                                             loss_amount=rng.choice((300, 600, 1500, 3200))))
        recorded += len(made)
        for k, inc in enumerate(made):
            if current and k % 3 == 0:
                continue                                  # left for the administrator to acknowledge
            if k % 7 == 3:
                incidents.appeal(demo.at(ctx, _later(inc.occurred_at, now, 20)), inc.id,
                                 "当时在处理学生突发疾病，已向主管报备")
                if current:
                    continue
                outcome = rng.choice(incidents.DECISIONS)
                new = inc.deduction / 2 if outcome == "adjusted" else None
                incidents.decide(demo.at(ctx, _later(inc.occurred_at, now, 60)), inc.id, outcome,
                                 "核实值班记录后处理", new_deduction=new)
            else:
                incidents.acknowledge(demo.at(ctx, _later(inc.occurred_at, now, rng.randint(2, 30))), inc.id,
                                      inc.staff_name)
        month_end = dt.datetime(y + m // 12, m % 12 + 1, 1, 10, 0)  # the office closes a month on the 1st
        if rng.random() < 0.3:
            lucky = rng.choice(admins)
            sheet.set_additions(demo.at(ctx, _later(month_end, now, -2)), month, lucky.id, 20,
                                note="协助处置突发事件，受学生表扬")
        if not current:
            sheet.close_month(demo.at(ctx, _later(month_end, now, 0)), month)
            closed += 1
    return f"{recorded} 条违规扣款记录，{closed} 个月已关闭"


DEMO_STEPS = [DemoStep(50, "宿管员考核", run)]

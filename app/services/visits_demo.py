"""`dormdesk demo`, order 60 (after repairs and the front desk): this month's visit plan accepted from
the closed repairs and complaints, forms signed out, most visits made and reviewed (one nonconforming,
which opens a complaint and a second visit), a few routine visits, and a spring survey with its
questionnaires entered, opinions turned into visits and an improvement action."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from app.db.models.residents import Building
from app.errors import DormDeskError
from app.services import demo, surveys, visits, visits_forms, visits_plan
from app.services.catalog import DemoStep
from app.services.context import ServiceContext
from app.services.periods import this_month

FEEDBACK = ("维修及时，态度很好", "师傅讲解清楚", "处理结果满意", "希望以后响应更快一些", "问题已解决")
OPINIONS = (("cleaning", "楼道垃圾清运不够及时"), ("security", "夜间门禁登记不严"), ("upkeep", "热水器经常坏"),
            ("postal", "快递通知短信太晚"), ("facility", "希望增加自习室空调"))   # surveys.topic codes


def _at(ctx: ServiceContext, when: dt.datetime) -> ServiceContext:
    """`ctx` at `when`, acting as the demo staff on duty then (demo.at)."""
    return demo.at(ctx, when)


def _review_older(ctx: ServiceContext) -> int:
    """The supervisor reviews every returned form older than two days (as an office does weekly), so
    only the last days' visits wait on the home page."""
    cutoff = ctx.now() - dt.timedelta(days=2)
    reviewed = 0
    for r in visits.list_visits(ctx, start=ctx.today() - dt.timedelta(days=62), end=ctx.today(), open_too=True):
        if r.status != "visited" or r.visit_date is None or r.visit_date > cutoff:
            continue
        ok = r.satisfaction != "bad"
        try:
            visits.review(_at(ctx, r.visit_date + dt.timedelta(days=1)), r.id, ok=ok, comment="已核实",
                          nonconformity_action=None if ok else "转责任部门重新处理，三日内再次回访")
            reviewed += 1
        except DormDeskError:
            continue
    return reviewed


def _visits(ctx: ServiceContext, rng: random.Random) -> tuple[int, int]:
    this = this_month(ctx.today())
    last = this_month(this.start - dt.timedelta(days=1))
    added = 0
    for period in (last, this):
        try:
            added += visits_plan.accept(ctx, period, visits_plan.propose(ctx, period))
        except DormDeskError:
            pass
    planned = [r for r in visits.list_visits(ctx, start=last.start, end=this.end, open_too=True)
               if r.status == "planned" and r.source_kind]
    planned.sort(key=lambda r: r.due_date)
    if planned:
        visits_forms.issue_forms(ctx, [r.id for r in planned[:8]], received_by="客服小周")
    made = 0
    for n, r in enumerate(planned[: max(0, len(planned) - 3)]):
        done = r.source_done_at or ctx.now()
        c = _at(ctx, min(done + dt.timedelta(hours=rng.randrange(4, 60)), ctx.now()))
        rating = "bad" if n == 1 else rng.choice(["good", "good", "fair"])
        try:
            v = visits.record(c, r.id, satisfaction=rating, method=rng.choice(["phone", "on_site"]),
                              feedback="问题仍未彻底解决" if rating == "bad" else rng.choice(FEEDBACK),
                              site_left_clean=True if r.visit_type == "repair" else None,
                              repair_explained=True if r.visit_type == "repair" else None)
            made += 1
            if n < 6:
                visits.review(_at(ctx, min(v.visit_date + dt.timedelta(hours=20), ctx.now())) if v.visit_date else ctx, v.id,
                              ok=rating != "bad", comment="已核实",
                              nonconformity_action="转维修主管重新处理，三日内再次回访" if rating == "bad" else None)
        except DormDeskError:
            continue
    with ctx.read() as s:
        first = s.scalars(select(Building.id).order_by(Building.id)).first()
    for subject in ("学期中定期走访（新生宿舍）", "迎新晚会回访"):
        visits.create(ctx, visit_type="routine" if "走访" in subject else "event", subject=subject, building_id=first,
                      done_on=ctx.today() - dt.timedelta(days=3))
    _review_older(ctx)
    return added, made


def _survey(ctx: ServiceContext, rng: random.Random) -> int:
    with ctx.read() as s:
        first = s.scalars(select(Building.id).order_by(Building.id)).first()
    if first is None:
        return 0
    today = ctx.today()
    start = today - dt.timedelta(days=20)
    plan = surveys.create_plan(ctx, title=f"{start.year} 年服务质量调查", start_date=start, end_date=today,
                               purpose="了解住户对管理服务的满意程度", target="全体在住学生", coverage="每房一份",
                               team="客服中心、宿管主管、保安主管、维修主管")
    issued = surveys.issue_forms(ctx, plan.id, building_id=first)
    keys = [k for k, _ in surveys.QUESTIONS]
    entered = 0
    for n in range(1, int(issued * 0.85) + 1):
        ratings = {k: rng.choices([1, 2, 3, 0], weights=[6, 3, 1, 0.3])[0] for k in keys}
        ops = [rng.choice(OPINIONS)] if rng.random() < 0.15 else []
        try:
            surveys.enter_response(_at(ctx, ctx.now() - dt.timedelta(days=rng.randrange(1, 10))), plan.id, str(n),
                                   ratings, opinions=ops, respondent_name=rng.choice(["张同学", "李同学", "王同学"]))
            entered += 1
        except DormDeskError:
            continue
    surveys.opinions_to_visits(ctx, plan.id)
    surveys.add_action(ctx, plan.id, dept="cleaning", action="楼道垃圾每日清运两次", deadline=today + dt.timedelta(days=30))
    return entered


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> str:
    added, made = _visits(ctx, rng)
    forms = _survey(ctx, rng)
    return f"回访计划 {added} 项、完成回访 {made} 次、调查问卷 {forms} 份"


DEMO_STEPS = [DemoStep(60, "回访与满意度调查", run)]

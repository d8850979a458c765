"""`dormdesk demo`, step 40: tenants with agreements, release slips in every state (some issued
on earlier days, so the weekly reconciliation has something to show) and a few move-outs.
Everything goes through the services, so it carries audit rows like real work."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from app.db.models.residents import Room
from app.services import catalog, lookups, moveout, release, release_parties
from app.services.context import ServiceContext
from app.services.moveout import MoveOutInput
from app.services.release import ItemInput, SlipInput

ITEMS = (("办公桌", "1.6米", "张"), ("文件柜", "四门", "个"), ("台式电脑", "联想M720", "台"), ("打印机", "HP M404", "台"),
         ("转椅", "", "把"), ("保险柜", "", "个"), ("沙发", "三人位", "套"), ("投影仪", "爱普生", "台"),
         ("饮水机", "", "台"), ("空调", "1.5匹", "台"))
TENANTS = (("深圳市启明科技有限公司", "李建国", "王经理"), ("华信咨询服务部", "陈秀英", "刘主任"))
HANDLERS = (("张师傅", "440301198506061234"), ("马师傅", "440306199002023456"), ("黄师傅", "440305198811114321"))


def _at(ctx: ServiceContext, days_ago: int, hour: int = 10) -> ServiceContext:
    """The same context with the clock set `days_ago` days back (for slips issued earlier)."""
    when = dt.datetime.combine(ctx.today() - dt.timedelta(days=days_ago), dt.time(hour, 0))
    from app.services import demo
    return demo.at(ctx, when)


def _items(rng: random.Random) -> list[ItemInput]:
    return [ItemInput(name, rng.randint(1, 8), spec, unit) for name, spec, unit in rng.sample(ITEMS, rng.randint(1, 5))]


def _slip(ctx, rng, party_id, signer, upto: str, **kw) -> tuple[int, str | None]:
    handler, id_no = rng.choice(HANDLERS)
    data = SlipInput(party_id=party_id, applicant_role="tenant", handler_name=handler, handler_id_no=id_no,
                     handler_phone="138%08d" % rng.randint(0, 99999999), reason=kw.pop("reason", "transfer"),
                     planned_time=ctx.now() + dt.timedelta(hours=2), exit_gate="货梯 / 北门", items=_items(rng), **kw)
    slip_id = release.create_slip(ctx, data)
    if upto == "draft":
        return slip_id, None
    release.endorse(ctx, slip_id, method="stamp", endorser_name=signer)
    if upto == "endorsed":
        return slip_id, None
    release.check_arrears(ctx, slip_id, clear=True)
    if upto == "fee_checked":
        return slip_id, None
    return slip_id, release.issue(ctx, slip_id)


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> str:
    buildings = lookups.buildings(ctx, scoped=False)
    if not buildings:
        return "没有楼栋，跳过放行条演示数据"
    building = buildings[0]
    with ctx.read() as s:
        rooms = list(s.scalars(select(Room).where(Room.building_id == building.id).order_by(Room.room_no).limit(4)))
        room_ids = [r.id for r in rooms]
    parties = []
    opened = _at(ctx, 30, 9)  # the tenants' files were set up before the month began
    for n, (name, owner, signer) in enumerate(TENANTS):
        party = release_parties.save_party(opened, kind="tenant", name=name, building_id=building.id,
                                           room_id=room_ids[n] if n < len(room_ids) else None,
                                           unit_no=None if n < len(room_ids) else f"{n + 1}01",
                                           owner_name=owner, contact_name=signer, phone="0755-8888%04d" % n)
        release_parties.save_agreement(
            opened, party_id=party, agreement_no=f"XY-{ctx.today().year}-{party:03d}",
            sign_date=ctx.today() - dt.timedelta(days=200), valid_from=ctx.today() - dt.timedelta(days=200),
            valid_to=ctx.today() + dt.timedelta(days=165), signatories=[(signer, None), (owner, None)],
            owner_name=owner, management_company="XX物业管理有限公司")
        parties.append((party, signer))
    count = 0
    # Earlier days: used, returned, refused, expired, voided.
    for days_ago in range(28, 0, -1):  # the month: a slip or two on most days
        past = _at(ctx, days_ago, rng.choice((9, 10, 11, 14)))
        for _ in range(rng.choice((0, 1, 1, 1, 2, 2))):
            party, signer = rng.choice(parties)
            slip_id, number = _slip(past, rng, party, signer, "issued")
            count += 1
            fate = rng.random()
            if fate < 0.65:
                release.gate_check(_at(ctx, days_ago, 15), number, released=True, guard_name="赵保安",
                                   handler_id_checked=True)
                if days_ago > 2 and fate < 0.55:
                    release.return_copy(_at(ctx, max(days_ago - 3, 0), 9), number)
            elif fate < 0.75:
                release.gate_check(_at(ctx, days_ago, 15), number, released=False, guard_name="钱保安",
                                   reason="实物比放行条多一台电脑")
            elif fate < 0.85:
                release.void(past, slip_id, "客户取消搬运")
            # otherwise: never used, expires by itself
    # Today: one slip in each early state, an open one, a rejected one.
    party, signer = parties[0]
    for state in ("draft", "endorsed", "fee_checked", "issued"):
        _slip(ctx, rng, party, signer, state)
        count += 1
    slip_id, _ = _slip(ctx, rng, party, signer, "draft")
    release.reject(ctx, slip_id, "物品清单与委托书不符")
    count += 1
    moves = _move_outs(ctx, rng, parties)
    return f"放行用户 {len(parties)} 个，放行条 {count} 张，迁出 {moves} 宗"


def _move_outs(ctx: ServiceContext, rng: random.Random, parties) -> int:
    (first, signer), (second, _) = parties[0], parties[-1]
    moveout.apply(ctx, MoveOutInput(kind="tenant", party_id=second, planned_date=ctx.today() + dt.timedelta(days=4),
                                    owner_consent_received=True, consent_notice_no="TZ-001",
                                    consent_fees_paid_to=ctx.today() + dt.timedelta(days=4), mailbox_keys_returned=2,
                                    reason="租约到期"))
    past = _at(ctx, 6)
    mid = moveout.apply(past, MoveOutInput(kind="tenant", party_id=first, planned_date=ctx.today(),
                                           owner_consent_received=True, consent_notice_no="TZ-002",
                                           consent_fees_paid_to=ctx.today(), mailbox_keys_returned=1,
                                           reason="公司搬迁"))
    moveout.settle_fees(past, mid, arrears_amount="1260.00", mgmt_fee_paid_to=ctx.today(), confirmed_by="财务 钱会计",
                        electricity_reading="3521.5", electricity_amount="312.40")
    moveout.request_inspection(past, mid, requested_date=ctx.today() - dt.timedelta(days=4))
    checklist = {k: "pass" for k in moveout.CHECKLIST}
    moveout.record_inspection(_at(ctx, 4), mid, result="fail", inspection_date=ctx.today() - dt.timedelta(days=4),
                              inspectors="工程部 孙工", defects="两处烟感缺失", checklist=checklist | {"烟感": "fail"},
                              rectification_deadline=ctx.today() - dt.timedelta(days=2))
    moveout.request_inspection(_at(ctx, 2), mid, requested_date=ctx.today() - dt.timedelta(days=1))
    moveout.record_inspection(_at(ctx, 1), mid, result="pass", inspection_date=ctx.today() - dt.timedelta(days=1),
                              inspectors="工程部 孙工", checklist=checklist, gm_stamped=True)
    _slip(ctx, rng, first, signer, "issued", move_out_id=mid, reason="move_out")
    moves = 2
    students = lookups.find_students(ctx, "", limit=3, residents_only=True)
    if students:
        s = students[0]
        sid = moveout.apply(ctx, MoveOutInput(kind="student", student_id=s.id, planned_date=ctx.today() + dt.timedelta(days=1),
                                              reason="毕业离校"))
        moveout.request_inspection(ctx, sid, requested_date=ctx.today())
        moveout.record_inspection(ctx, sid, result="pass", inspection_date=ctx.today(), inspectors="宿管员")
        slip_id = release.create_slip(ctx, SlipInput(student_id=s.id, move_out_id=sid, handler_id_type="student_card",
                                                     handler_id_no=s.student_no, reason="move_out",
                                                     items=[ItemInput("行李箱", 2), ItemInput("书籍", 3, "", "箱")]))
        release.endorse(ctx, slip_id, method="student", endorser_name=s.name)
        release.check_arrears(ctx, slip_id, clear=True)
        release.issue(ctx, slip_id)
        moves += 1
    return moves


DEMO_STEPS = [catalog.DemoStep(40, "放行条与迁出", run)]

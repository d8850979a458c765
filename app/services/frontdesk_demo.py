"""`dormdesk demo`, order 45: a realistic month at the front desk — mail and parcels collected, waiting,
overdue, held and returned, outgoing items, ledger entries and complaints in every state — written
through the services (each step audited) with a clock that walks through the past month."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from app import vocab
from app.clock import Clock
from app.db.models.residents import Bed, Building, Room, Student
from app.errors import DormDeskError
from app.services import frontdesk_complaints as fc
from app.services import frontdesk_consult as fz
from app.services import frontdesk_mail as fm
from app.services import frontdesk_outgoing as fo
from app.services.catalog import DemoStep
from app.services.context import ServiceContext

# mail types (codes of frontdesk.mail_type) and how often each arrives
TYPES = {"courier": 46, "parcel": 14, "letter": 14, "registered": 8, "parcel_slip": 5, "money_order": 3,
         "ems": 5, "periodical": 3, "printed": 2}
PLACES = ("上海", "杭州", "广州", "北京", "成都", "武汉", "南京", "深圳", "西安", "长沙")
COURIERS = ("SF", "YT", "ZTO", "JD", "EMS")
# entry types, categories and departments are codes (app/vocab.py)
CONSULTS = [("热水供应时间是几点到几点？", "每天 6:00–23:30，周末全天", "enquiry"),
            ("寒假能否留宿，怎么申请？", "填写留宿申请表，辅导员签字后交宿管办", "enquiry"),
            ("宿舍网络怎么开通？", "在校园网自助服务平台办理", "enquiry"),
            ("洗衣房什么时候恢复使用？", None, "enquiry"),
            ("想调换宿舍，需要什么手续？", None, "enquiry"),
            ("楼下自行车棚能否加装照明？", None, "suggestion"),
            ("钥匙锁在屋里了，能否帮忙开门？", "已安排值班员带备用钥匙开门", "help"),
            ("快递柜满了，包裹放在哪里？", "前台代收，凭短信领取", "enquiry")]
COMPLAINTS = [("楼道灯坏了一周没人修", "repair", "repair"), ("隔壁宿舍晚上太吵，影响休息", "security", "dorm_office"),
              ("三楼卫生间两天没人打扫", "cleaning", "cleaning"), ("值班员态度生硬", "attitude", "dorm_office"),
              ("热水时有时无", "utility", "repair"), ("电费扣款与实际用电不符", "charges", "finance"),
              ("食堂饭菜太贵", "other", None), ("门禁卡经常刷不开", "repair", "repair")]
# the last step each demo complaint reaches; every state appears
COMPLAINT_TARGETS = ["received", "classified", "escalated_major", "invalid_explained", "assigned", "in_progress",
                     "resolved", "visited", "closed", "closed", "closed", "closed", "resolved", "closed"]


def _residents(ctx: ServiceContext) -> list[tuple[int, str]]:
    with ctx.read() as s:
        return list(s.execute(select(Student.id, Student.name).where(Student.bed_id.is_not(None))
                              .order_by(Student.id)).all())


def _rooms(ctx: ServiceContext) -> list[tuple[int, str]]:
    with ctx.read() as s:
        rows = s.execute(select(Room.id, Building.id, Room.room_no).join(Room, Room.building_id == Building.id)
                         .join(Bed, Bed.room_id == Room.id).join(Student, Student.bed_id == Bed.id)
                         .distinct().order_by(Room.id)).all()
        return [(bid, room_no) for _rid, bid, room_no in rows]


def _office(rng: random.Random, when: dt.datetime) -> dt.datetime:
    """The same day, in office hours (08:00–19:59)."""
    return when.replace(hour=rng.randrange(8, 20), minute=rng.randrange(60), second=0, microsecond=0)


def _at(ctx: ServiceContext, when: dt.datetime) -> tuple[ServiceContext, Clock]:
    from app.services import demo
    clock = Clock(when)
    return demo.at(ctx, clock=clock), clock


def _mail(ctx, rng, now, residents, count) -> int:
    done = 0
    planned = ["overdue", "held", "returned", "voided"]  # the rarer fates, at least once each
    for i in range(count):
        received = now - dt.timedelta(days=rng.uniform(0, 30))
        received = received.replace(hour=rng.choice([9, 10, 11, 14, 15, 16]), minute=rng.randrange(60), second=0,
                                    microsecond=0)
        if received > now:
            received -= dt.timedelta(days=1)
        c, clock = _at(ctx, received)
        sid, name = rng.choice(residents)
        kind = rng.choices(list(TYPES), weights=list(TYPES.values()))[0]
        try:
            item = fm.register(c, mail_type=kind, student_id=sid, sender_place=rng.choice(PLACES),
                               tracking_no=None if kind in ("letter", "periodical", "printed") else
                               f"{rng.choice(COURIERS)}{rng.randrange(10**11, 10**12)}",
                               intact=i % 37 != 5, postman_note=None if i % 37 != 5 else "外包装破损，邮递员已出具证明")
            done += 1
            age = (now - received).days
            fate = planned.pop() if age >= 9 and planned else ("" if age < 9 else rng.choices(
                ["", "overdue", "held", "returned"], weights=[95, 2, 2, 1])[0])
            clock.advance(minutes=rng.randrange(10, 100))
            if clock.now() > now:
                continue
            if fate == "voided":
                fm.void(c, item.id, reason="重复登记")
                continue
            fm.notify(c, [item.id], rng.choice(["sms", "sms", "phone", "board"]))
            if fate == "overdue":
                continue                                   # never collected: overdue at the desk
            if fate == "held":
                fm.hold(c, item.id, until=min(received.date() + dt.timedelta(days=30), now.date() + dt.timedelta(days=5)),
                        consent="本人电话同意暂存")
                continue
            if fate == "returned":
                clock.advance(days=8)
                fm.return_to_sender(c, item.id, reason="uncollected",
                                    returned_to="courier" if kind == "courier" else "post_office")
                continue
            clock.advance(minutes=rng.randrange(60, 3 * 24 * 60))
            if clock.now() > now:
                continue                                   # recent: still waiting
            proxy = kind not in ("registered", "money_order") and rng.random() < 0.15
            fm.hand_over(c, [item.id], collector_name="舍友代领" if proxy else name, is_proxy=proxy,
                         collector_id_no=f"2026{rng.randrange(10**4):04d}" if proxy else None,
                         to_door=kind == "ems" and rng.random() < 0.5)
        except DormDeskError:
            continue
    return done


def _outgoing(ctx, rng, now, residents) -> int:
    done = 0
    for i in range(6):
        c, clock = _at(ctx, _office(rng, now - dt.timedelta(days=rng.uniform(1, 28))))
        sid, name = rng.choice(residents)
        try:
            row = fo.request(c, sender_name=None, student_id=sid, addressee_name=f"{name[0]}家长",
                             addressee_address=f"{rng.choice(PLACES)}市人民路 {rng.randrange(1, 300)} 号",
                             addressee_phone=f"139{rng.randrange(10**8):08d}",
                             shipping_method=rng.choice(["ems", "courier"]),
                             item_description=rng.choice(["书籍", "衣物", "证书材料"]), fee=rng.choice([12, 15, 22]))
            done += 1
            if i == 0:
                continue
            clock.advance(hours=3)
            fo.send(c, row.id, tracking_no=f"EA{rng.randrange(10**9):09d}CN")
            if i == 1:
                clock.advance(days=1)
                fo.mark_returned(c, row.id, note="地址不详被退回，已电话通知寄件人")
        except DormDeskError:
            continue
    return done


def _consultations(ctx, rng, now, rooms) -> int:
    done = 0
    for i in range(24):
        c, clock = _at(ctx, min(now, _office(rng, now - dt.timedelta(days=rng.uniform(0, 30)))))
        text, answer, kind = CONSULTS[i % len(CONSULTS)]
        bid, room_no = rng.choice(rooms)
        mode = "immediate" if answer else ["promised", "referred", "escalated"][i % 3]
        try:
            row = fz.log(c, client_name=rng.choice(["张同学", "李同学", "王同学", "家长", "赵老师"]), content=text,
                         answer_mode=mode, channel=rng.choice(["visit", "phone"]), entry_type=kind, building_id=bid,
                         room_no=room_no, answer=answer, referred_dept="dorm_office" if mode == "referred" else None,
                         escalated_to="客服主管" if mode == "escalated" else None)
            done += 1
            if row.status != "answered":
                clock.advance(hours=rng.choice([2, 6, 20, 30]))
                if clock.now() > now or i % 5 == 0:
                    continue                                # still open (some past the agreed time)
                row = fz.answer(c, row.id, text="已答复：按宿管办规定办理")
            clock.advance(days=1)
            if clock.now() <= now and i % 4:
                fz.review(c, [row.id])
        except DormDeskError:
            continue
    return done


def _complaints(ctx, rng, now, rooms) -> int:
    done = 0
    for i, target in enumerate(COMPLAINT_TARGETS):
        text, category, dept = COMPLAINTS[i % len(COMPLAINTS)]
        days_back = 2 if target in ("received", "classified", "assigned") else rng.uniform(4, 28)
        c, clock = _at(ctx, _office(rng, now - dt.timedelta(days=days_back)))
        bid, room_no = rng.choice(rooms)
        try:
            row = fc.receive(c, complainant=rng.choice(["张同学", "李同学", "王同学", "家长"]), content=text,
                             category=category, channel=rng.choice(fc.CHANNELS[:2]), building_id=bid, room_no=room_no)
            done += 1
            if target == "received":
                continue
            clock.advance(hours=2)
            if target == "invalid_explained" or dept is None:
                fc.classify(c, row.id, validity="invalid", explanation="不属宿管中心职责，已告知向后勤处反映")
                if target != "invalid_explained":
                    clock.advance(days=1)
                    fc.close(c, row.id)
                continue
            major = target == "escalated_major"
            fc.classify(c, row.id, validity="valid", severity="major" if major else rng.choice(["normal", "normal", "important"]))
            if target in ("classified", "escalated_major"):
                continue
            clock.advance(hours=1)
            fc.assign(c, row.id, dept=dept)
            if target == "assigned":
                continue
            clock.advance(hours=3)
            dept_name = vocab.DEPARTMENT.labels[dept]
            fc.reply(c, row.id, text=f"已转{dept_name}处理，今明两天答复")
            if target == "in_progress":
                continue
            clock.advance(hours=rng.randrange(6, 40))
            fc.resolve(c, row.id, result=f"{dept_name}已处理完毕：{text}的问题已解决")
            if target == "resolved":
                continue
            clock.advance(days=rng.choice([1, 2]))
            rating = "bad" if i == 9 else rng.choice(["good", "good", "fair"])
            fc.visit(c, row.id, satisfaction=rating, method=rng.choice(["phone", "on_site"]),
                     notes="问题仍未彻底解决" if rating == "bad" else None)
            if rating == "bad":
                clock.advance(days=1)
                fc.resolve(c, row.id, result="再次处理，已彻底解决")
                clock.advance(days=1)
                fc.visit(c, row.id, satisfaction="good", method="on_site")
            if target == "closed":
                clock.advance(hours=4)
                fc.close(c, row.id)
        except DormDeskError:
            continue
    return done


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> str:
    residents, rooms = _residents(ctx), _rooms(ctx)
    if not residents:
        return "没有住宿学生，未生成前台记录"
    now = ctx.now().replace(second=0, microsecond=0)
    count = max(60, min(300, int(options.get("students") or 600) // 4))
    mail = _mail(ctx, rng, now, residents, count)
    out = _outgoing(ctx, rng, now, residents)
    consults = _consultations(ctx, rng, now, rooms)
    complaints = _complaints(ctx, rng, now, rooms)
    return f"邮件 {mail} 件、代寄 {out} 件、前台台帐 {consults} 条、投诉 {complaints} 件"


DEMO_STEPS = [DemoStep(45, "前台（邮件、咨询、投诉）", run)]

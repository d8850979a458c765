"""`dormdesk demo`, step 20: a realistic key history written through the key services (so audit rows
exist): spare keys on every board, key sets for residents, a fortnight of spare-key loans (some
returned late, a few still out and overdue), lost keys with re-cuts and a cylinder change, and
owners' keys deposited and lent to staff."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from app.db.models.residents import Bed, Building, Room, Student
from app.errors import DormDeskError
from app.services import catalog, demo, keys_inventory, keys_issue, keys_loans, keys_losses, keys_owner
from app.services.context import ServiceContext
from app.services.keys_common import PLEDGE_TYPES


def _at(ctx: ServiceContext, when: dt.datetime) -> ServiceContext:
    """The context at `when` (in the demo, acting as the clerk on duty then)."""
    return demo.at(ctx, when)


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> str:
    with ctx.read() as s:
        buildings = list(s.scalars(select(Building.id).order_by(Building.name)))
        residents = s.execute(select(Student.student_no, Room.id).join(Bed, Student.bed_id == Bed.id)
                              .join(Room, Bed.room_id == Room.id).order_by(Student.student_no)).all()
    if not buildings or not residents:
        return "没有楼栋或住宿学生，跳过"
    now = ctx.now().replace(second=0, microsecond=0)
    days = int(options.get("key_days") or 30)  # the whole month: key business every day
    start = (now - dt.timedelta(days=days)).replace(hour=8, minute=0)
    spares = sum(keys_inventory.ensure_spare_keys(_at(ctx, start - dt.timedelta(days=1)), b) for b in buildings)
    types = {t.name: t.id for t in keys_inventory.list_key_types(ctx)}
    defaults = {t.id: t.default_qty for t in keys_inventory.list_key_types(ctx) if t.default_qty}
    sample = residents[: min(len(residents), int(options.get("key_students") or 300))]
    issued = 0
    for i, (no, _room) in enumerate(sample):
        when = start + dt.timedelta(minutes=7 * i)
        try:
            keys_issue.issue_keys(_at(ctx, when), no, defaults, deposit=rng.choice((0, 0, 50)))
            issued += 1
        except DormDeskError:
            continue
    loans = late = 0
    for day in range(days):
        for _ in range(rng.randint(3, 7)):
            no, _room = rng.choice(sample)
            out = start + dt.timedelta(days=day, hours=rng.randint(0, 13), minutes=rng.randint(0, 59))
            c = _at(ctx, out)
            try:
                info = keys_loans.counter_lookup(c, no)
                free = [k for k in info.keys if k.available]
                if not free:
                    continue
                loan = keys_loans.lend_spare(c, no, free[0].key_id, rng.choice(PLEDGE_TYPES[:3]), no)
                back = out + dt.timedelta(minutes=rng.choice((5, 10, 15, 20, 25, 28, 45, 90)))
                keys_loans.return_spare(_at(ctx, back), loan.id)
                loans += 1
                late += back > loan.due_time
            except DormDeskError:
                continue
    still_out = 0
    for no, _room in rng.sample(sample, min(4, len(sample))):  # a few still out now, two of them overdue
        out = now - dt.timedelta(minutes=rng.choice((10, 20, 50, 120)))
        try:
            info = keys_loans.counter_lookup(ctx, no)
            free = [k for k in info.keys if k.available]
            if free:
                keys_loans.lend_spare(_at(ctx, out), no, free[0].key_id, "学生证", no)
                still_out += 1
        except DormDeskError:
            continue
    losses = 0
    for i, (no, _room) in enumerate(rng.sample(sample, min(5, len(sample)))):
        c = _at(ctx, start + dt.timedelta(days=2 + 2 * i, hours=10))
        try:
            action = "cylinder" if i == 0 else "recut"
            loss = keys_losses.report_loss(c, no, types["door" if i < 2 else "drawer"], 1, action, "lost")
            losses += 1
            if i < 3:
                paid = keys_losses.pay_loss(c, loss.id, f"SJ{rng.randint(100000, 999999)}", loss.version)
                keys_losses.complete_loss(_at(ctx, c.now() + dt.timedelta(days=1)), paid.id, paid.version)
        except DormDeskError:
            continue
    owners = 0
    for i, (room, owner) in enumerate((("A座1201", "陈建华"), ("A座1502", "林美玲"), ("B座0803", "黄志强"))):
        dep = keys_owner.deposit_owner_key(_at(ctx, start), room_no=room, owner_name=owner, owner_signature=owner,
                                           key_qty=2, key_description="入户门钥匙", declaration_signed=True)
        kinds = [("property", "检查漏水", "马主任"), ("sales", "带客户看房", None), ("project", "验收", None)]
        btype, purpose, approver = kinds[i]
        c = _at(ctx, start + dt.timedelta(days=3 + i, hours=1) if i < 2 else now - dt.timedelta(hours=1))
        loan = keys_owner.lend_owner_key(c, dep.id, borrower_name=rng.choice(("刘工", "周敏", "吴刚")),
                                         borrower_type=btype, purpose=purpose, approver=approver)
        if i < 2:  # the third is still out
            keys_owner.return_owner_key(_at(ctx, c.now() + dt.timedelta(hours=3)), loan.id, loan.version,
                                        inspector="值班员", doors_windows_closed=True, contents_intact=True)
        owners += 1
    return (f"备用钥匙 {spares} 把，发放 {issued} 人，借用 {loans} 次（逾期归还 {late} 次，未还 {still_out} 把），"
            f"挂失 {losses} 起，业主钥匙 {owners} 户")


DEMO_STEPS = [catalog.DemoStep(20, "钥匙", run)]

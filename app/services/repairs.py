"""Repair slips (R1 维修单/派工单, domain.md §4): reporting, time limits, repeat faults, photos, the
list and the detail with its whole history.

The module family:
- repairs.py            this: constants, rows, report, list/detail, photos, time limits
- repairs_hooks.py      catalog hooks: badge, dashboard, handover, assessment facts
- repairs_flow.py       the state machine: dispatch, start, complete, accept, defer, void, close
- repairs_fees.py       price list (SEEDS), fee assessment, damage notices (R2) and their print
- repairs_visits.py     return visits (§9, V1 records of visits.py) and the month's proposal
- repairs_registers.py  the Excel registers and the repair-slip print
- repairs_demo.py       the demo step (order 30)
"""
from __future__ import annotations

import datetime as dt
import decimal
import io
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from app import vocab
from app.db.models.repairs import RepairEvent, RepairMaterial, RepairPhoto, RepairSlip
from app.db.models.residents import Building, Room, Staff, Student
from app.errors import NotFound, ValidationError
from app.services import config, privacy, sequences
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

CATEGORIES = vocab.REPAIR_CATEGORY.codes   # stored codes (app/vocab.py), in the form's order
URGENCIES = vocab.REPAIR_URGENCY.codes      # high (紧急), norm (一般), plan (计划)
CHANNELS = vocab.REPAIR_CHANNEL.codes
STATUS_LABELS = {
    "reported": QT_TRANSLATE_NOOP("Repairs", "已报修"),
    "fee_assessed": QT_TRANSLATE_NOOP("Repairs", "已认定"),
    "dispatched": QT_TRANSLATE_NOOP("Repairs", "已派工"),
    "in_progress": QT_TRANSLATE_NOOP("Repairs", "维修中"),
    "deferred": QT_TRANSLATE_NOOP("Repairs", "已延期"),
    "completed": QT_TRANSLATE_NOOP("Repairs", "已完工"),
    "accepted": QT_TRANSLATE_NOOP("Repairs", "已验收"),
    "visited": QT_TRANSLATE_NOOP("Repairs", "已回访"),
    "closed": QT_TRANSLATE_NOOP("Repairs", "已关闭"),
    "voided": QT_TRANSLATE_NOOP("Repairs", "已作废"),
}
vocab.define("repairs.status", STATUS_LABELS, "Repairs")
vocab.define("repairs.overdue", {"超时": QT_TRANSLATE_NOOP("Status", "超时"),
                                 "到场超时": QT_TRANSLATE_NOOP("Status", "到场超时")}, "Status")
OPEN_STATUSES = ("reported", "fee_assessed", "dispatched", "in_progress", "deferred")
DONE_STATUSES = ("completed", "accepted", "visited", "closed")
PREFIX = "WX"

DEFAULTS = {
    "repairs.onsite_minutes": {"high": 60},                    # urgency code -> on site within the hour [R: 5 min]
    "repairs.done_hours": {"high": 0, "norm": 48, "plan": 168},  # urgency code -> hours; 0: the same day
    "repairs.repeat_window_days": 30,
    "repairs.repeat_threshold": 3,                           # same room+category ≥3 → repeat fault
    "repairs.visit_rate": 0.30,                              # share of the month's repairs visited
    "repairs.slip_copies": 2,                                # copies printed (2 per A4 page), up to 4
    "repairs.copy_labels": ["第一联 管理中心留存", "第二联 维修部门", "第三联 财务", "第四联 住户"],
    "repairs.damage_due_days": 3,
    "repairs.photo_max_kb": 5120,
    "repairs.photos_per_slip": 6,
}
# configuration keys whose dict keys are codes of a vocabulary (the settings page shows their labels)
CONFIG_VALUES = {"repairs.onsite_minutes": "repairs.urgency", "repairs.done_hours": "repairs.urgency"}

CONFIG_LABELS = {
    "repairs.onsite_minutes": QT_TRANSLATE_NOOP("Config", "维修到场时限（分钟，按紧急程度）"),
    "repairs.done_hours": QT_TRANSLATE_NOOP("Config", "维修完成时限（小时，按紧急程度；0 为当天完成）"),
    "repairs.repeat_window_days": QT_TRANSLATE_NOOP("Config", "重复故障统计天数"),
    "repairs.repeat_threshold": QT_TRANSLATE_NOOP("Config", "同房间同类报修达到几次记为重复故障"),
    "repairs.visit_rate": QT_TRANSLATE_NOOP("Config", "维修回访率（0.3 即 30%）"),
    "repairs.slip_copies": QT_TRANSLATE_NOOP("Config", "维修单打印联数（1–4，每页两联）"),
    "repairs.copy_labels": QT_TRANSLATE_NOOP("Config", "维修单各联名称"),
    "repairs.damage_due_days": QT_TRANSLATE_NOOP("Config", "公物损坏赔偿缴费期限（天）"),
    "repairs.photo_max_kb": QT_TRANSLATE_NOOP("Config", "维修照片大小上限（KB）"),
    "repairs.photos_per_slip": QT_TRANSLATE_NOOP("Config", "每张维修单照片数上限"),
}


@dataclass(frozen=True, slots=True)
class SlipRow:
    """A line of the repair list; `search` holds the lower-case text the instant filter looks in."""

    id: int
    slip_no: str
    status: str
    reported_at: dt.datetime
    building_id: int
    building: str
    room_no: str
    category: str
    urgency: str
    reporter_name: str
    student_no: str | None
    fault_description: str
    repairer: str | None
    chargeable: bool | None
    total_fee: decimal.Decimal
    completed_at: dt.datetime | None
    due_at: dt.datetime | None
    overdue: str            # "" | "到场超时" | "超时"
    satisfaction: str | None
    repeat_count: int
    version: int
    search: str


@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    action: str
    status_from: str | None
    status_to: str | None
    by_user: str
    note: str | None


@dataclass(frozen=True)
class PhotoRow:
    id: int
    filename: str
    size: int
    thumbnail: bytes


@dataclass(frozen=True)
class MaterialRow:
    item: str
    spec: str | None
    qty: decimal.Decimal
    unit_price: decimal.Decimal
    amount: decimal.Decimal


@dataclass(frozen=True)
class SlipDetail:
    """Everything about one slip, for the detail pane, the dialogs and the print."""

    slip: dict                       # column values of the slip (see RepairSlip)
    building: str
    room_no: str
    repairer: str | None
    repairer_phone: str | None
    price_item: str | None
    materials: list[MaterialRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    photos: list[PhotoRow] = field(default_factory=list)
    visits: list[dict] = field(default_factory=list)
    notices: list[dict] = field(default_factory=list)
    overdue: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.slip["status"]]

    def __getattr__(self, name):  # d.slip_no, d.status... read through to the slip's columns
        slip = self.__dict__.get("slip")
        if slip is not None and name in slip:
            return slip[name]
        raise AttributeError(name)


# Time limits ----------------------------------------------------------------------------------------
def time_limits(session, reported_at: dt.datetime, urgency: str) -> tuple[dt.datetime | None, dt.datetime]:
    """(on-site deadline or None, completion deadline) for a slip reported at `reported_at`."""
    onsite = (config.get_in(session, "repairs.onsite_minutes") or {}).get(urgency)
    hours = (config.get_in(session, "repairs.done_hours") or {}).get(urgency, 48)
    onsite_due = reported_at + dt.timedelta(minutes=onsite) if onsite else None
    if not hours:  # the same day
        due = dt.datetime.combine(reported_at.date(), dt.time(23, 59, 59))
    else:
        due = reported_at + dt.timedelta(hours=hours)
    return onsite_due, due


def overdue_flag(status: str, now: dt.datetime, due_at, onsite_due_at, started_at=None, completed_at=None) -> str:
    """"超时" past the completion limit, "到场超时" past the on-site limit, else ""."""
    if status in OPEN_STATUSES:
        if due_at and now > due_at:
            return QT_TRANSLATE_NOOP("Status", "超时")
        if onsite_due_at and started_at is None and completed_at is None and now > onsite_due_at:
            return QT_TRANSLATE_NOOP("Status", "到场超时")
    return ""


def overdue_clause(now: dt.datetime):
    return and_(RepairSlip.status.in_(OPEN_STATUSES),
                or_(RepairSlip.due_at < now,
                    and_(RepairSlip.onsite_due_at < now, RepairSlip.started_at.is_(None),
                         RepairSlip.completed_at.is_(None))))


# Reporting -------------------------------------------------------------------------------------------
def find_room(session, *, room_id: int | None = None, building: str | None = None, room_no: str | None = None):
    if room_id is not None:
        room = session.get(Room, room_id)
    else:
        room = session.scalar(select(Room).join(Building).where(Building.name == (building or "").strip(),
                                                                Room.room_no == (room_no or "").strip()))
    if room is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "房间不存在：{building} {room}"), field="room",
                              building=building or "", room=room_no or room_id or "")
    return room


def room_id_for(ctx: ServiceContext, building_id: int | None, room_no: str) -> int | None:
    """The room's id from a building and a 房号 (None when there is no such room)."""
    if building_id is None or not (room_no or "").strip():
        return None
    with ctx.read("repairs.view") as s:
        return s.scalar(select(Room.id).where(Room.building_id == building_id, Room.room_no == room_no.strip()))


def recent_repairs(ctx: ServiceContext, room_id: int, category: str, at: dt.datetime | None = None) -> list[SlipRow]:
    """Slips of the same room and category in the repeat window before `at` (voided ones excluded)."""
    at = at or ctx.now()
    with ctx.read("repairs.view") as s:
        days = config.get_in(s, "repairs.repeat_window_days")
        ids = s.scalars(select(RepairSlip.id).where(
            RepairSlip.room_id == room_id, RepairSlip.category == category, RepairSlip.status != "voided",
            RepairSlip.reported_at >= at - dt.timedelta(days=days), RepairSlip.reported_at <= at)).all()
    return list_slips(ctx, ids=ids) if ids else []


def report(ctx: ServiceContext, *, category: str, urgency: str, fault_description: str,
           room_id: int | None = None, building: str | None = None, room_no: str | None = None,
           student_id: int | None = None, reporter_name: str | None = None, reporter_phone: str | None = None,
           location_detail: str | None = None, appointment: dt.datetime | None = None,
           report_channel: str = "duty_room", photos=(), remarks: str | None = None) -> SlipDetail:
    """A new slip with a number from the database sequence; photos are stored in the same transaction.
    Category, urgency and channel are codes (a Chinese label is taken too)."""
    category = vocab.REPAIR_CATEGORY.code(category)
    urgency = vocab.REPAIR_URGENCY.code(urgency)
    channel = vocab.REPAIR_CHANNEL.code(report_channel)
    if category not in CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择维修类别。"), field="category")
    if urgency not in URGENCIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择紧急程度。"), field="urgency")
    if channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的报修方式：{value}"), field="channel",
                              value=report_channel)
    fault_description = (fault_description or "").strip()
    if not fault_description:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写故障描述。"), field="fault_description")
    now = ctx.now()
    if appointment is not None and appointment < now - dt.timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "预约时间不能早于现在。"), field="appointment")
    checked = [check_photo(ctx, name, data) for name, data in photos]
    with ctx.action("repairs.report") as tx:
        s = tx.session
        room = find_room(s, room_id=room_id, building=building, room_no=room_no)
        ctx.require_building(room.building_id)
        student = s.get(Student, student_id) if student_id else None
        if student_id and student is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "学生不存在。"), field="student")
        name = (reporter_name or (student.name if student else "")).strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写报修人。"), field="reporter_name")
        if len(checked) > config.get_in(s, "repairs.photos_per_slip"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "照片太多（最多 {n} 张）。"), field="photos",
                                  n=config.get_in(s, "repairs.photos_per_slip"))
        days = config.get_in(s, "repairs.repeat_window_days")
        earlier = s.scalar(select(func.count()).select_from(RepairSlip).where(
            RepairSlip.room_id == room.id, RepairSlip.category == category, RepairSlip.status != "voided",
            RepairSlip.reported_at >= now - dt.timedelta(days=days)))
        onsite_due, due = time_limits(s, now, urgency)
        slip = RepairSlip(
            slip_no=sequences.next_number(s, PREFIX, now.year), status="reported", reported_at=now,
            report_channel=channel, reporter_name=name, student_id=student.id if student else None,
            student_no=student.student_no if student else None,
            reporter_phone=(privacy.restore(reporter_phone, student and student.phone, "phone")
                            or (student.phone if student else None) or None),
            building_id=room.building_id, room_id=room.id, location_detail=(location_detail or "").strip() or None,
            category=category, urgency=urgency, fault_description=fault_description, appointment=appointment,
            repeat_count=earlier + 1, onsite_due_at=onsite_due, due_at=due, remarks=remarks,
            labour_fee=decimal.Decimal(0), materials_fee=decimal.Decimal(0), total_fee=decimal.Decimal(0))
        tx.stamp(slip, new=True)
        s.add(slip)
        s.flush()
        for name_, mime, data, thumb in checked:
            s.add(RepairPhoto(slip_id=slip.id, filename=name_, mime=mime, size=len(data), data=data,
                              thumbnail=thumb, added_at=now, added_by=ctx.actor.display_name))
        words = vocab.REPAIR_URGENCY.labels[urgency], vocab.REPAIR_CATEGORY.labels[category]  # Chinese text
        add_event(tx, slip, "report", None, "reported", f"{words[0]}·{words[1]}：{fault_description}"[:200])
        tx.audit("repair_slip", slip.slip_no, after=snapshot(slip),
                 summary=f"报修 {slip.slip_no} {room.room_no} {words[1]}")
        slip_id = slip.id
    return detail(ctx, slip_id)


def add_event(tx, slip: RepairSlip, action: str, status_from, status_to, note: str | None = None) -> None:
    """A history row; `action` is a code of the vocabulary repairs.event (repairs_flow.EVENT_LABELS)."""
    tx.session.add(RepairEvent(slip_id=slip.id, at=tx.ctx.now(), action=action, status_from=status_from,
                               status_to=status_to, by_user=tx.ctx.actor.display_name, note=note))


# Photos -------------------------------------------------------------------------------------------------
IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "BMP": "image/bmp",
                 "WEBP": "image/webp"}


def check_photo(ctx: ServiceContext, filename: str, data: bytes) -> tuple[str, str, bytes, bytes]:
    """(name, mime, data, JPEG thumbnail) of a valid image; refuses other files and huge ones."""
    from PIL import Image
    max_kb = config.get(ctx, "repairs.photo_max_kb")
    name = (filename or "照片").rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:128]
    if not data or len(data) > max_kb * 1024:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "照片 {name} 太大（最大 {max} KB）。"), field="photos",
                              name=name, max=max_kb)
    try:
        with Image.open(io.BytesIO(data)) as img:
            fmt = img.format
            if fmt not in IMAGE_FORMATS or img.width * img.height > 50_000_000:
                raise ValueError(fmt)
            img.thumbnail((160, 160))
            out = io.BytesIO()
            img.convert("RGB").save(out, "JPEG", quality=80)
    except Exception:  # noqa: BLE001 - any decoding failure means "not an image"
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "文件 {name} 不是图片。"), field="photos",
                              name=name) from None
    return name, IMAGE_FORMATS[fmt], data, out.getvalue()


def add_photos(ctx: ServiceContext, slip_id: int, photos) -> SlipDetail:
    checked = [check_photo(ctx, name, data) for name, data in photos]
    with ctx.action("repairs.edit") as tx:
        slip = get_slip(tx.session, slip_id)
        ctx.require_building(slip.building_id)
        count = tx.session.scalar(select(func.count()).select_from(RepairPhoto).where(RepairPhoto.slip_id == slip.id))
        limit = config.get_in(tx.session, "repairs.photos_per_slip")
        if count + len(checked) > limit:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "照片太多（最多 {n} 张）。"), field="photos", n=limit)
        for name, mime, data, thumb in checked:
            tx.session.add(RepairPhoto(slip_id=slip.id, filename=name, mime=mime, size=len(data), data=data,
                                       thumbnail=thumb, added_at=ctx.now(), added_by=ctx.actor.display_name))
        add_event(tx, slip, "add_photos", slip.status, slip.status, "、".join(c[0] for c in checked))
        tx.audit("repair_slip", slip.slip_no, after={"photos": [c[0] for c in checked]},
                 summary=f"维修单 {slip.slip_no} 添加照片 {len(checked)} 张")
    return detail(ctx, slip_id)


def photo_data(ctx: ServiceContext, photo_id: int) -> tuple[str, bytes]:
    with ctx.read("repairs.view") as s:
        photo = s.get(RepairPhoto, photo_id)
        if photo is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "照片不存在。"))
        return photo.filename, photo.data


# Reading -------------------------------------------------------------------------------------------------
def get_slip(session, slip_id: int) -> RepairSlip:
    slip = session.get(RepairSlip, slip_id)
    if slip is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "维修单不存在。"))
    return slip


def slip_id_by_number(ctx: ServiceContext, number: str) -> int:
    with ctx.read("repairs.view") as s:
        found = s.scalar(select(RepairSlip.id).where(RepairSlip.slip_no == (number or "").strip()))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "没有编号为 {number} 的维修单。"), number=number)
    return found


def list_slips(ctx: ServiceContext, *, year: int | None = None, building_id: int | None = None,
               ids=None, start: dt.datetime | None = None, end: dt.datetime | None = None) -> list[SlipRow]:
    """Slips reported in `year` (plus those still open from earlier), newest first, within scope."""
    worker = aliased(Staff)
    stmt = (select(RepairSlip.id, RepairSlip.slip_no, RepairSlip.status, RepairSlip.reported_at,
                   RepairSlip.building_id, Building.name, Room.room_no, RepairSlip.category, RepairSlip.urgency,
                   RepairSlip.reporter_name, RepairSlip.student_no, RepairSlip.fault_description, worker.name,
                   RepairSlip.chargeable, RepairSlip.total_fee, RepairSlip.completed_at, RepairSlip.due_at,
                   RepairSlip.onsite_due_at, RepairSlip.started_at, RepairSlip.satisfaction,
                   RepairSlip.repeat_count, RepairSlip.version, RepairSlip.location_detail, Student.name_pinyin,
                   Student.name_initials)
            .join(Building, RepairSlip.building_id == Building.id).join(Room, RepairSlip.room_id == Room.id)
            .outerjoin(Student, RepairSlip.student_id == Student.id)
            .outerjoin(worker, RepairSlip.repairer_id == worker.id).order_by(RepairSlip.reported_at.desc(),
                                                                             RepairSlip.id.desc()))
    if ids is not None:
        stmt = stmt.where(RepairSlip.id.in_(list(ids)))
    if year is not None:
        first, last = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
        stmt = stmt.where(or_(and_(RepairSlip.reported_at >= first, RepairSlip.reported_at < last),
                              and_(RepairSlip.reported_at < first, RepairSlip.status.in_(OPEN_STATUSES))))
    if start is not None:
        stmt = stmt.where(RepairSlip.reported_at >= start)
    if end is not None:
        stmt = stmt.where(RepairSlip.reported_at < end)
    if building_id is not None:
        stmt = stmt.where(RepairSlip.building_id == building_id)
    stmt = ctx.scope_filter(stmt, RepairSlip.building_id)
    now = ctx.now()
    rows = []
    shown = {c: vocab.label("repairs.category", c) for c in CATEGORIES} | {
        u: vocab.label("repairs.urgency", u) for u in URGENCIES}   # the filter finds what the list shows
    with ctx.read("repairs.view") as s:
        for (id_, no, status, rep_at, bid, bname, room_no, cat, urg, reporter, sno, fault, repairer, charge,
             fee, done_at, due, onsite_due, started, sat, repeat, version, loc, py, initials) in s.execute(stmt):
            flag = overdue_flag(status, now, due, onsite_due, started, done_at)
            search = " ".join(x for x in (no, bname, room_no, shown.get(cat, cat), shown.get(urg, urg), reporter, sno,
                                          py, initials, fault, repairer, loc, STATUS_LABELS[status], flag)
                              if x).lower()
            rows.append(SlipRow(id_, no, status, rep_at, bid, bname, room_no, cat, urg, reporter, sno, fault,
                                repairer, charge, fee or decimal.Decimal(0), done_at, due, flag, sat, repeat,
                                version, search))
    return rows


def filter_rows(rows: list[SlipRow], text: str = "", *, status: str | None = None, overdue_only: bool = False,
                building_id: int | None = None) -> list[SlipRow]:
    """The instant filter: every word of `text` must occur in the row (plain Python, no proxy model)."""
    words = (text or "").lower().split()
    out = rows
    if status:
        out = [r for r in out if r.status == status]
    if overdue_only:
        out = [r for r in out if r.overdue]
    if building_id is not None:
        out = [r for r in out if r.building_id == building_id]
    for w in words:
        out = [r for r in out if w in r.search]
    return out


def detail(ctx: ServiceContext, slip_id: int) -> SlipDetail:
    from app.db.models.repairs import AssetPrice, DamageNotice
    with ctx.read("repairs.view") as s:
        slip = get_slip(s, slip_id)
        ctx.require_building(slip.building_id)
        room = s.get(Room, slip.room_id)
        building = s.get(Building, slip.building_id)
        worker = s.get(Staff, slip.repairer_id) if slip.repairer_id else None
        price = s.get(AssetPrice, slip.price_item_id) if slip.price_item_id else None
        materials = [MaterialRow(m.item, m.spec, m.qty, m.unit_price, m.amount) for m in s.scalars(
            select(RepairMaterial).where(RepairMaterial.slip_id == slip.id).order_by(RepairMaterial.id))]
        events = [EventRow(e.at, e.action, e.status_from, e.status_to, e.by_user, e.note) for e in s.scalars(
            select(RepairEvent).where(RepairEvent.slip_id == slip.id).order_by(RepairEvent.at, RepairEvent.id))]
        photos = [PhotoRow(i, n, z, t) for i, n, z, t in s.execute(
            select(RepairPhoto.id, RepairPhoto.filename, RepairPhoto.size, RepairPhoto.thumbnail)
            .where(RepairPhoto.slip_id == slip.id).order_by(RepairPhoto.id))]
        from app.db.models.visits import ReturnVisit
        visits = [{"visit_no": v.visit_no, "visited_at": v.visit_date, "method": v.method,
                   "satisfaction": v.satisfaction, "interviewee": v.interviewee, "notes": v.feedback,
                   "visitor": v.visitor, "status": v.status}
                  for v in s.scalars(select(ReturnVisit).where(ReturnVisit.source_kind == "repair_slip",
                                                               ReturnVisit.source_id == slip.id,
                                                               ReturnVisit.visit_date.is_not(None))
                                     .order_by(ReturnVisit.visit_date))]
        notices = [snapshot(n) for n in s.scalars(select(DamageNotice).where(DamageNotice.slip_id == slip.id)
                                                  .order_by(DamageNotice.id))]
        values = {a.key: getattr(slip, a.key) for a in slip.__mapper__.column_attrs}
        values["reporter_phone"] = privacy.show(ctx, values["reporter_phone"], "phone")
        return SlipDetail(values, building.name, room.room_no, worker.name if worker else None,
                          worker.phone if worker else None, price.item_name if price else None, materials,
                          events, photos, visits, notices,
                          overdue_flag(slip.status, ctx.now(), slip.due_at, slip.onsite_due_at, slip.started_at,
                                       slip.completed_at))

"""Demo data for `dormdesk demo` (order 10): buildings for men and women, rooms and beds, staff
(宿管员 per building, 维修工, 保安) and N students with realistic names, valid 身份证号 and mobile
numbers. Students arrive the way real ones do: through the roster import (one batch, audited)."""
from __future__ import annotations

import datetime as dt
import random

from app import vocab
from app.importing import idcard
from app.importing.columns import FIELDS
from app.importing.readers import Sheet
from app.errors import DormDeskError
from app.services import catalog, residents, residents_places, roster_import

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔")
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "慕容")
MALE = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林博文志晨阳昊然睿轩泽子豪"
FEMALE = "芳娜敏静丽艳娟霞秀玲燕红琳雪倩婷颖慧佳怡欣悦晗萱雨彤琪嘉瑶梦璐婉馨蕾琦菲露薇月"
AREAS = ("110101", "310104", "320102", "330106", "340104", "350102", "360103", "370102", "410105", "420106",
         "430104", "440305", "450103", "500103", "510107", "520102", "530102", "610113", "620102", "130102")
COLLEGES = {"计算机学院": ("计科", "软工", "网安"), "经济管理学院": ("会计", "金融", "工商"),
            "外国语学院": ("英语", "日语"), "机械工程学院": ("机制", "车辆"), "文学院": ("汉语言", "新闻"),
            "理学院": ("数学", "物理")}
PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                  "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "186", "187", "188", "189",
                  "191", "198", "199")
STAFF_NAMES = ("王秀兰", "李桂英", "张玉梅", "刘建国", "陈卫东", "杨淑珍", "赵志刚", "孙丽华", "周海燕", "吴建军")


def person(rng: random.Random, male: bool) -> str:
    surname = rng.choice(COMPOUND) if rng.random() < 0.01 else rng.choice(SURNAMES)
    chars = MALE if male else FEMALE
    return surname + "".join(rng.choice(chars) for _ in range(rng.choice((1, 2, 2))))


def phone(rng: random.Random) -> str:
    return rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10 ** 8):08d}"


def roster_rows(rng: random.Random, n: int, buildings: list[tuple[str, str, int]], year: int = 2026) -> list[list]:
    """Rows in FIELDS order, as an office types them (性别 男/女); `buildings` is [(name, gender code,
    floors)]; 4 students a room, rooms x01..x20."""
    rows, slots = [], {"m": [], "f": []}
    for name, gender, floors in buildings:
        for floor in range(1, floors + 1):
            for r in range(1, 21):
                for bed in range(1, 5):
                    slots[gender].append((name, f"{floor}{r:02d}", str(bed)))
    used = {"m": 0, "f": 0}
    numbers: set[str] = set()
    colleges = list(COLLEGES)
    for i in range(n):
        male = rng.random() < 0.55
        g = "m" if male else "f"
        if used[g] >= len(slots[g]):
            g, male = ("f", False) if g == "m" else ("m", True)
            if used[g] >= len(slots[g]):
                break
        building, room, bed = slots[g][used[g]]
        used[g] += 1
        grade = year - rng.choice((0, 1, 2, 3))
        college = colleges[(i * 7) % len(colleges)]
        major = rng.choice(COLLEGES[college])
        birth = dt.date(grade - 18, 1, 1) + dt.timedelta(days=rng.randrange(365))
        number = idcard.make(rng.choice(AREAS), birth, rng.randrange(1000), male)
        while number in numbers:  # two people never share an ID number
            number = idcard.make(rng.choice(AREAS), birth, rng.randrange(1000), male)
        numbers.add(number)
        typed = vocab.get("residents.gender").labels[g]      # 男/女, as the office types it
        rows.append([f"{grade}{colleges.index(college) + 1:02d}{i + 1:05d}", person(rng, male), typed, number, college,
                     f"{major}{grade % 100:02d}{rng.randint(1, 4):02d}", phone(rng), building, room, bed,
                     dt.date(grade, 9, 1).isoformat(), "在住", ""])
    return rows


MOVE_REASONS = ("与室友作息不一致，申请调宿", "宿舍楼层调整", "转专业调整宿舍", "身体原因申请低楼层")


def run(ctx, rng: random.Random, options: dict) -> str:
    """Buildings, staff and the roster at the start of the month, then a few 调宿 on most days."""
    from app.services import demo
    now = ctx.now()
    month_start = (now - dt.timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)
    ctx = demo.at(ctx, month_start)
    n = int(options.get("students") or 1200)
    per_building = 6 * 20 * 4
    count = max(2, -(-int(n * 1.15) // per_building))
    count += count % 2
    existing = {b.name for b in residents_places.list_buildings(ctx)}
    layout = []
    for i in range(count):
        gender = "m" if i % 2 == 0 else "f"
        name = f"{i + 1}号楼"
        layout.append((name, gender, 6))
        if name not in existing:
            residents_places.save_building(ctx, None, name=name, gender=gender, floors=6,
                                           remarks="男生公寓" if gender == "m" else "女生公寓")
    ids = {b.name: b.id for b in residents_places.list_buildings(ctx)}
    staff = 0
    if residents_places.list_staff(ctx):
        layout_staff = []  # staff already there (a second run): add none
    else:
        layout_staff = layout
    for i, (name, _gender, _f) in enumerate(layout_staff):
        residents_places.save_staff(ctx, None, name=STAFF_NAMES[i % len(STAFF_NAMES)], category="warden",
                                    phone=phone(rng), building_ids=[ids[name]])
        staff += 1
    for category in ("repairer", "repairer", "guard", "guard") if layout_staff else ():
        residents_places.save_staff(ctx, None, name=person(rng, True), category=category, phone=phone(rng))
        staff += 1
    sheet = Sheet("demo", [["学生住宿名单"], [f.header for f in FIELDS]]
                  + roster_rows(rng, n, layout, ctx.today().year))
    pv = roster_import.preview(ctx, "演示名单.xlsx", sheet=sheet)
    result = roster_import.commit(ctx, pv, create_missing=True)
    have = {(r.building_id, r.room_no) for r in residents_places.list_rooms(ctx)}
    for name, _gender, floors in layout:  # an empty room per floor for moves
        for floor in range(1, floors + 1):
            if (ids[name], f"{floor}21") not in have:
                residents_places.save_room(ctx, None, building_id=ids[name], room_no=f"{floor}21", bed_count=4)
    moves = _moves(ctx, rng, month_start, now, int(options.get("moves") or 30))
    return (f"楼栋 {len(layout)} 栋，员工 {staff} 人，学生 {result.inserted} 人，"
            f"房间 {result.created_rooms + len(layout) * 6} 间，调宿 {moves} 次")


def _moves(ctx, rng: random.Random, start: dt.datetime, now: dt.datetime, count: int) -> int:
    """调宿 into the spare rooms, spread over the month in office hours (the 住宿变动 trend)."""
    from app.services import demo
    free = [b for b in residents_places.beds(ctx, free_only=True) if b.room_no.endswith("21")]
    students = {r.id: r for r in residents.list_students(ctx) if r.bed_id}
    genders = {b.name: b.gender for b in residents_places.list_buildings(ctx)}
    rng.shuffle(free)
    done = 0
    days = max((now - start).days, 1)
    for n in range(min(count, len(free))):
        bed = free[n]
        pick = [r for r in students.values() if r.building == bed.building and genders.get(r.building) == r.gender]
        if not pick:
            continue
        student = rng.choice(pick)
        when = (start + dt.timedelta(days=rng.randint(1, days))).replace(hour=rng.randint(8, 17),
                                                                         minute=rng.randrange(60))
        if when >= now:
            continue
        try:
            residents.move_student(demo.at(ctx, when), student.id, bed.id, reason=rng.choice(MOVE_REASONS))
        except DormDeskError:
            continue
        del students[student.id]
        done += 1
    return done


DEMO_STEPS = [catalog.DemoStep(10, "楼栋、房间与学生", run)]

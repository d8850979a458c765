"""Front-desk and property staff conduct as assessment items (domain.md §13.1: seed #16 前厅接待员岗位职责,
"a 10 元 financial penalty for each lapse", and seed #11 物业部员工行为规范). They join the warden items
of §5 in the one assessment mechanism (app/services/assessments*.py): same incidents, acknowledgement,
appeal and monthly sheet, for staff of category 客服 (the item's `applies_to`).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from app.db.models.assessments import AssessmentItem

STAFF_CATEGORY = "service"      # 客服, a residents.staff_category code
LAPSE = Decimal("10.00")        # 元 per lapse [S] seed #16
# (code, category, duty, violation) [S] seeds #16 and #11, [R] their usual further sections; the category is
# a code of "assessments.category" (app/vocab.py)
CONDUCT_ITEMS = (
    ("F1", "dress", "站姿端正：双手后背、左手握右拳，抬头挺胸，目视前方，双脚并拢", "站姿不规范"),
    ("F2", "duty", "在岗时不走动、不东张西望、不交头接耳", "在岗走动、东张西望或交头接耳"),
    ("F3", "dress", "按规定着工装，工牌佩戴于左胸，不穿拖鞋", "着装、工牌不合规定或穿拖鞋"),
    ("F4", "other", "使用物业服务规范用语，不说禁用语", "未使用规范用语或使用禁用语"),
    ("F5", "duty", "遵守纪律：法律法规、公司制度、劳动纪律", "迟到、早退或脱岗"),
    ("F6", "other", "爱岗敬业、勤奋学习，提高业务技能和服务质量", "业务不熟、答复错误或推诿"),
)


def seed_conduct_items(session, now: dt.datetime) -> None:
    """Insert the front-desk conduct items that are missing (by code); edited or retired rows stay."""
    have = set(session.scalars(select(AssessmentItem.code)))
    for order, (code, category, duty, violation) in enumerate(CONDUCT_ITEMS, start=1):
        if code in have:
            continue
        session.add(AssessmentItem(code=code, category=category, duty=duty, description=violation,
                                   deduction_mode="range", deduction_min=LAPSE, deduction_max=LAPSE, percent=None,
                                   sort_order=500 + order * 10, active=True, applies_to=STAFF_CATEGORY,
                                   created_at=now, created_by="system", updated_at=now, updated_by="system"))


SEEDS = [seed_conduct_items]

"""The dorm rules checked when a visitor comes in (domain.md §13.2, §5 items 3a–3c), as configurable
checks (`visitor.rules`): outsiders other than parents not admitted, no male parents in a girls'
building, no opposite-sex visits, nobody admitted outside opening hours (no overnight stays). A breach
raises NeedsOverride until a supervisor admits the visit (Override: the reason, and their login when
the user at the counter is not one). Closing time also decides who is "late" (still inside after it).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import vocab
from app.errors import ValidationError
from app.services import auth, config
from app.services.context import ServiceContext
from app.services.frontdesk_mail import _text
from app.services.permissions import allowed
from app.texts import QT_TRANSLATE_NOOP

OVERRIDE_PERMISSION = "visitors.override"
RULES = {
    "outsider": QT_TRANSLATE_NOOP("Gate", "家长以外的外来人员不得进入宿舍楼"),
    "male_parent": QT_TRANSLATE_NOOP("Gate", "男家长不得进入女生楼"),
    "opposite_sex": QT_TRANSLATE_NOOP("Gate", "异性不得进入宿舍（男女生不得互串宿舍）"),
    "overnight": QT_TRANSLATE_NOOP("Gate", "已过闭楼时间，来访人员不得留宿"),
}
vocab.define("gate.rule", RULES, "Gate")
LATE_FLAG = QT_TRANSLATE_NOOP("Gate", "闭楼未离开")

DEFAULTS = {
    "visitor.rules": ["outsider", "male_parent", "opposite_sex", "overnight"],
    "visitor.admitted_relations": ["parent", "student", "staff"],
    "visitor.opening_time": "06:00",
    "visitor.closing_time": "23:00",
}
# the settings page shows these values as labels and stores what the user types as codes
CONFIG_VALUES = {"visitor.rules": "gate.rule", "visitor.admitted_relations": "gate.relation"}
CONFIG_LABELS = {
    "visitor.rules": QT_TRANSLATE_NOOP("Config", "来访检查的宿舍规定"),
    "visitor.admitted_relations": QT_TRANSLATE_NOOP("Config", "无须主管放行的来访者身份"),
    "visitor.opening_time": QT_TRANSLATE_NOOP("Config", "宿舍楼开门时间（HH:MM）"),
    "visitor.closing_time": QT_TRANSLATE_NOOP("Config", "宿舍楼闭楼时间（HH:MM），此后仍在楼内的访客标红并列入交接班"),
}


class NeedsOverride(ValidationError):
    """The visit breaks dorm rules (`warnings`: rule codes); a supervisor must admit it."""

    def __init__(self, warnings: list[str]):
        super().__init__(QT_TRANSLATE_NOOP("Errors", "来访不符合宿舍规定：{rules}。须主管放行并说明理由。"),
                         field="override", rules="；".join(RULES[w] for w in warnings))
        self.warnings = list(warnings)


@dataclass(frozen=True)
class Override:
    """A supervisor's admission at the counter: their login (unless the user is one) and the reason."""

    reason: str
    username: str | None = None
    password: str | None = None


def _clock(value: str, fallback: str) -> dt.time:
    try:
        return dt.datetime.strptime(str(value or fallback).strip(), "%H:%M").time()
    except ValueError:
        return dt.datetime.strptime(fallback, "%H:%M").time()


def closing_time(session) -> dt.time:
    return _clock(config.get_in(session, "visitor.closing_time"), "23:00")


def closing_at(session, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, closing_time(session))


def is_late(time_in: dt.datetime, time_out: dt.datetime | None, now: dt.datetime, closing: dt.time) -> bool:
    """Inside after the closing time of the day of arrival (or still inside on a later day)."""
    close = dt.datetime.combine(time_in.date(), closing)
    if time_in >= close:        # came in after closing (an admitted exception): late from the start
        return time_out is None
    return (time_out or now) > close


def rule_warnings(*, rules, admitted, relation: str, gender: str | None, building_gender: str | None,
                  at: dt.datetime, opening: dt.time, closing: dt.time) -> list[str]:
    """The enabled dorm rules this visit breaks, as codes in RULES order (pure: tested alone)."""
    found = set()
    if relation not in admitted and relation != "parent":
        found.add("outsider")
    if gender and building_gender in ("m", "f"):        # residents.gender codes, as visitor genders
        house = building_gender
        if relation == "parent":
            if house == "f" and gender == "m":
                found.add("male_parent")
        elif relation != "staff" and gender != house:
            found.add("opposite_sex")
    if not opening <= at.time() < closing:
        found.add("overnight")
    return [code for code in RULES if code in found and code in rules]


def visit_warnings(session, *, relation: str, gender: str | None, building_gender: str | None,
                   at: dt.datetime) -> list[str]:
    """rule_warnings with the office's configuration."""
    return rule_warnings(rules=config.get_in(session, "visitor.rules"),
                         admitted=config.get_in(session, "visitor.admitted_relations"), relation=relation,
                         gender=gender, building_gender=building_gender, at=at,
                         opening=_clock(config.get_in(session, "visitor.opening_time"), "06:00"),
                         closing=closing_time(session))


def admitting_supervisor(ctx: ServiceContext, override: Override | None):
    """Who admits the exception: the user when they may, else the supervisor who logged in for it."""
    if override is None:
        return None
    if not _text(override.reason):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写主管放行的理由。"), field="override_reason")
    if _text(override.username) and override.username.strip() != ctx.actor.username:
        who = auth.login(ctx, override.username, override.password or "")
    else:
        who = ctx.actor
    if not allowed(who.role, OVERRIDE_PERMISSION):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} 不是主管，不能放行。"), field="override_user",
                              name=who.display_name)
    return who

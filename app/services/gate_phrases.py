"""The front-desk phrase sheet (物业服务规范用语, domain.md §13.1, seed #17): opening lines for internal
and external calls, asking the caller's name, offering help, when the line is unclear, before closing,
and the forbidden phrases. Seeded from the published text; the office edits it (supervisors). It is
shown beside the consultation entry, and the call log's opening line is pre-filled from it.

Kinds are stored as codes (KINDS) and translated when shown; the phrases themselves are the office's
own Chinese text (`{org}` in a phrase stands for the organisation's name, config `org.name`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.models.gate import FrontdeskPhrase
from app.errors import NotFound, ValidationError
from app.services import config
from app.services.context import ServiceContext, snapshot
from app.services.frontdesk_mail import _text
from app.texts import QT_TRANSLATE_NOOP

KINDS = {
    "internal_call": QT_TRANSLATE_NOOP("Gate", "内线电话开场"),
    "external_call": QT_TRANSLATE_NOOP("Gate", "外线电话开场"),
    "visit": QT_TRANSLATE_NOOP("Gate", "来访接待开场"),
    "ask_name": QT_TRANSLATE_NOOP("Gate", "询问称呼"),
    "offer_help": QT_TRANSLATE_NOOP("Gate", "提供帮助"),
    "unclear": QT_TRANSLATE_NOOP("Gate", "没听清时"),
    "closing": QT_TRANSLATE_NOOP("Gate", "结束前"),
    "refusal": QT_TRANSLATE_NOOP("Gate", "婉拒"),
    "forbidden": QT_TRANSLATE_NOOP("Gate", "禁用语"),
}
# seed #17 [S] and the related texts [R] (domain.md §13.1)
SEED_PHRASES = (
    ("internal_call", "您好！"),
    ("external_call", "您好，{org}。"),
    ("visit", "您好！请问有什么可以帮您的吗？"),
    ("ask_name", "请问您贵姓？"),
    ("offer_help", "请问有什么可以帮您的吗？"),
    ("unclear", "对不起，我没听清楚，请您再说一遍好吗？"),
    ("closing", "请问还有其他事情吗？"),
    ("refusal", "对不起，这件事我需要请示一下，稍后给您答复。"),
    ("forbidden", "不知道"),
    ("forbidden", "我不管"),
    ("forbidden", "急什么"),
    ("forbidden", "这不是我们的事"),
)
# the opening of a call-log entry per consultation channel (codes of frontdesk_consult.CHANNELS)
OPENINGS = {"phone": ("external_call", "ask_name", "offer_help"), "visit": ("visit", "ask_name")}


@dataclass(frozen=True, slots=True)
class PhraseRow:
    id: int
    kind: str
    text: str               # as said: {org} filled in
    sort_order: int
    version: int
    raw: str = ""           # as stored and edited: with {org}


def seed_phrases(session, now: dt.datetime) -> None:
    """The published phrases, once: an office that has edited or removed them keeps its sheet."""
    if session.scalar(select(func.count()).select_from(FrontdeskPhrase)):
        return
    for order, (kind, text) in enumerate(SEED_PHRASES, start=1):
        session.add(FrontdeskPhrase(kind=kind, text=text, sort_order=order * 10, active=True, created_at=now,
                                    created_by="system", updated_at=now, updated_by="system"))


SEEDS = [seed_phrases]


def list_phrases(ctx: ServiceContext) -> list[PhraseRow]:
    """The sheet in its order (kinds in KINDS order), `{org}` filled in."""
    order = {k: i for i, k in enumerate(KINDS)}
    with ctx.read("frontdesk.view") as s:
        org = config.get_in(s, "org.name") or ""
        rows = [PhraseRow(p.id, p.kind, p.text.replace("{org}", org), p.sort_order, p.version, p.text)
                for p in s.scalars(select(FrontdeskPhrase).where(FrontdeskPhrase.active.is_(True)))]
    return sorted(rows, key=lambda r: (order.get(r.kind, 99), r.sort_order, r.id))


def opening_from(rows, channel: str) -> str:
    """The call-log opening for a consultation channel from the sheet's rows (empty when none applies)."""
    parts = []
    for kind in OPENINGS.get(channel, ()):
        first = next((r.text for r in rows if r.kind == kind), None)
        if first and first not in parts:
            parts.append(first)
    return "".join(parts)


def opening_line(ctx: ServiceContext, channel: str) -> str:
    return opening_from(list_phrases(ctx), channel)


def with_opening(opening: str | None, remarks: str | None) -> str:
    """A ledger entry's 备注 carrying the opening line that was used."""
    opening, remarks = _text(opening), _text(remarks)
    return "；".join(x for x in (f"开场：{opening}" if opening else None, remarks) if x)


def save_phrase(ctx: ServiceContext, phrase_id: int | None, *, kind: str, text: str,
                expected_version: int | None = None) -> PhraseRow:
    """Add a phrase (at the end of its kind) or change one."""
    if kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择用语类别。"), field="kind")
    text = _text(text)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写用语内容。"), field="text")
    if len(text) > 255:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "用语不能超过 255 个字。"), field="text")
    with ctx.action("frontdesk.configure") as tx:
        s = tx.session
        if phrase_id is None:
            p = FrontdeskPhrase(kind=kind, text=text, active=True,
                                sort_order=(s.scalar(select(func.max(FrontdeskPhrase.sort_order))) or 0) + 10)
            tx.stamp(p, new=True)
            s.add(p)
            before = None
        else:
            p = s.get(FrontdeskPhrase, phrase_id)
            if p is None or not p.active:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "该用语已被删除。"))
            tx.check_version(p, expected_version)
            before = snapshot(p)
            p.kind, p.text = kind, text
            tx.stamp(p)
        s.flush()
        tx.audit("frontdesk_phrase", p.id, before=before, after=snapshot(p),
                 summary=f"{'新增' if before is None else '修改'}规范用语：{text[:40]}")
        return PhraseRow(p.id, p.kind, p.text, p.sort_order, p.version, p.text)


def remove_phrase(ctx: ServiceContext, phrase_id: int, expected_version: int | None = None) -> None:
    """Take a phrase off the sheet (the row stays, inactive, for the audit trail)."""
    with ctx.action("frontdesk.configure") as tx:
        p = tx.session.get(FrontdeskPhrase, phrase_id)
        if p is None or not p.active:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "该用语已被删除。"))
        tx.check_version(p, expected_version)
        p.active = False
        tx.stamp(p)
        tx.audit("frontdesk_phrase", p.id, before={"text": p.text, "active": True}, after={"active": False},
                 summary=f"删除规范用语：{p.text[:40]}")

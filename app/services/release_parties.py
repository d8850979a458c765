"""Parties of a building (租户/业主/单位) and their three-party release agreements (L2
用户室内大件物品放行协议书) with the people authorised to endorse release slips.

Dorm students need no party row: a slip or move-out names the student directly.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app import vocab
from app.db.models.release import PARTY_KINDS, AgreementSignatory, ReleaseAgreement, ReleaseParty
from app.db.models.residents import Building, Room
from app.errors import NotFound, ValidationError
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

AGREEMENT_STATUS = {"active": QT_TRANSLATE_NOOP("Values", "有效"), "terminated": QT_TRANSLATE_NOOP("Values", "已终止")}
vocab.define("release.agreement_status", AGREEMENT_STATUS)


@dataclass(frozen=True)
class PartyRow:
    """A party as the lists show it, with its agreement in force."""

    id: int
    kind: str
    name: str
    building_id: int
    building: str
    room_id: int | None
    unit_no: str | None
    owner_name: str | None
    contact_name: str | None
    phone: str | None
    active: bool
    version: int
    agreement_no: str | None = None   # the active agreement, if any
    signatories: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgreementRow:
    """An agreement with its authorised endorsers (name, ID number)."""

    id: int
    agreement_no: str
    party_id: int
    party_name: str
    tenant_legal_rep: str | None
    owner_name: str | None
    management_company: str | None
    sign_date: dt.date
    valid_from: dt.date
    valid_to: dt.date | None
    status: str
    status_label: str
    signatories: tuple[tuple[str, str | None], ...]
    version: int


def _unit_of(session, room_id, unit_no):
    if room_id and not unit_no:
        room = session.get(Room, room_id)
        return room.room_no if room else None
    return unit_no


def save_party(ctx: ServiceContext, *, party_id: int | None = None, kind: str, name: str, building_id: int,
               room_id: int | None = None, unit_no: str | None = None, owner_name: str | None = None,
               contact_name: str | None = None, phone: str | None = None, active: bool = True,
               expected_version: int | None = None) -> int:
    """Create or edit a party; returns its id."""
    name = (name or "").strip()
    kind = vocab.PARTY_KIND.code(kind) or kind    # a code, or its label as typed
    if kind not in PARTY_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "用户类别须为：{kinds}"), field="kind",
                              kinds=vocab.join(vocab.label("release.party_kind", k) for k in PARTY_KINDS))
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写用户（单位）名称。"), field="name")
    ctx.require_building(building_id)
    with ctx.action("release.edit") as tx:
        if tx.session.get(Building, building_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "楼栋不存在。"))
        party = tx.session.get(ReleaseParty, party_id) if party_id else None
        if party_id and party is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "用户不存在。"))
        before = snapshot(party) if party else None
        if party is None:
            party = ReleaseParty()
            tx.stamp(party, new=True)
            tx.session.add(party)
        else:
            tx.check_version(party, expected_version)
        party.kind, party.name, party.building_id, party.room_id = kind, name, building_id, room_id
        party.unit_no = _unit_of(tx.session, room_id, (unit_no or "").strip() or None)
        party.owner_name, party.contact_name, party.phone, party.active = owner_name, contact_name, phone, active
        tx.stamp(party)
        tx.session.flush()
        tx.audit("release_party", party.id, before=before, after=snapshot(party),
                 summary=f"{'新建' if before is None else '修改'}放行用户 {name}")
        return party.id


def active_agreement(session, party_id: int, on: dt.date) -> ReleaseAgreement | None:
    """The party's agreement in force on `on`, if any."""
    stmt = (select(ReleaseAgreement).where(
        ReleaseAgreement.party_id == party_id, ReleaseAgreement.status == "active",
        ReleaseAgreement.valid_from <= on)
        .order_by(ReleaseAgreement.valid_from.desc()))
    for agreement in session.scalars(stmt):
        if agreement.valid_to is None or agreement.valid_to >= on:
            return agreement
    return None


def save_agreement(ctx: ServiceContext, *, agreement_id: int | None = None, party_id: int, agreement_no: str,
                   sign_date: dt.date, valid_from: dt.date, valid_to: dt.date | None = None,
                   signatories: list[tuple[str, str | None]] = (), tenant_legal_rep: str | None = None,
                   owner_name: str | None = None, management_company: str | None = None,
                   expected_version: int | None = None) -> int:
    """Create or edit an agreement with its authorised endorsers (name, ID number)."""
    agreement_no = (agreement_no or "").strip()
    names = [(n.strip(), (i or "").strip() or None) for n, i in signatories if n and n.strip()]
    if not agreement_no:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写协议编号。"), field="agreement_no")
    if not names:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "协议须至少列出一名授权签署人。"), field="signatories")
    if valid_to is not None and valid_to < valid_from:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "协议的截止日期早于起始日期。"), field="valid_to")
    with ctx.action("release.edit") as tx:
        party = tx.session.get(ReleaseParty, party_id)
        if party is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "用户不存在。"))
        ctx.require_building(party.building_id)
        agreement = tx.session.get(ReleaseAgreement, agreement_id) if agreement_id else None
        before = snapshot(agreement) if agreement else None
        if agreement is None:
            agreement = ReleaseAgreement(status="active", party_id=party_id)
            tx.stamp(agreement, new=True)
            tx.session.add(agreement)
        else:
            tx.check_version(agreement, expected_version)
            before["signatories"] = [s.name for s in agreement.signatories]
        agreement.agreement_no, agreement.sign_date = agreement_no, sign_date
        agreement.valid_from, agreement.valid_to = valid_from, valid_to
        agreement.tenant_legal_rep, agreement.management_company = tenant_legal_rep, management_company
        agreement.owner_name = owner_name or party.owner_name
        agreement.signatories = [AgreementSignatory(name=n, id_no=i) for n, i in names]
        tx.stamp(agreement)
        tx.session.flush()
        after = snapshot(agreement) | {"signatories": [n for n, _ in names]}
        tx.audit("release_agreement", agreement.id, before=before, after=after,
                 summary=f"放行协议 {agreement_no}（{party.name}）")
        return agreement.id


def terminate_agreement(ctx: ServiceContext, agreement_id: int, expected_version: int | None = None) -> None:
    with ctx.action("release.edit") as tx:
        agreement = tx.session.get(ReleaseAgreement, agreement_id)
        if agreement is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "协议不存在。"))
        tx.check_version(agreement, expected_version)
        before = snapshot(agreement)
        agreement.status = "terminated"
        agreement.valid_to = min(agreement.valid_to or ctx.today(), ctx.today())
        tx.stamp(agreement)
        tx.audit("release_agreement", agreement.id, before=before, after=snapshot(agreement),
                 summary=f"终止放行协议 {agreement.agreement_no}")


def list_parties(ctx: ServiceContext, building_id: int | None = None) -> list[PartyRow]:
    today = ctx.today()
    stmt = (select(ReleaseParty, Building.name).join(Building, ReleaseParty.building_id == Building.id)
            .order_by(Building.name, ReleaseParty.unit_no, ReleaseParty.name))
    if building_id:
        stmt = stmt.where(ReleaseParty.building_id == building_id)
    stmt = ctx.scope_filter(stmt, ReleaseParty.building_id)
    with ctx.read("release.view") as s:
        rows = []
        for p, bname in s.execute(stmt):
            agreement = active_agreement(s, p.id, today)
            rows.append(PartyRow(p.id, p.kind, p.name, p.building_id, bname, p.room_id, p.unit_no, p.owner_name,
                                 p.contact_name, p.phone, p.active, p.version,
                                 agreement.agreement_no if agreement else None,
                                 tuple(x.name for x in agreement.signatories) if agreement else ()))
        return rows


def list_agreements(ctx: ServiceContext, party_id: int | None = None) -> list[AgreementRow]:
    stmt = (select(ReleaseAgreement, ReleaseParty.name)
            .join(ReleaseParty, ReleaseAgreement.party_id == ReleaseParty.id)
            .order_by(ReleaseAgreement.sign_date.desc()))
    if party_id:
        stmt = stmt.where(ReleaseAgreement.party_id == party_id)
    stmt = ctx.scope_filter(stmt, ReleaseParty.building_id)
    with ctx.read("release.view") as s:
        return [AgreementRow(a.id, a.agreement_no, a.party_id, pname, a.tenant_legal_rep, a.owner_name,
                             a.management_company, a.sign_date, a.valid_from, a.valid_to, a.status,
                             AGREEMENT_STATUS.get(a.status, a.status),
                             tuple((x.name, x.id_no) for x in a.signatories), a.version)
                for a, pname in s.execute(stmt)]

"""Printing release slips: what goes on the paper, the audited print record (a second print is a
补打), one slip or a year of them in one PDF, and `dormdesk print release-slip NUMBER`."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import vocab
from app.db.models.release import ReleaseSlip
from app.db.models.residents import Building
from app.errors import Conflict, NotFound
from app.services import catalog, config, privacy
from app.services.context import ServiceContext
from app.services.release_queries import normalise_no
from app.texts import QT_TRANSLATE_NOOP, punctuate
from reports.pdf import release_slip as pdf


def _mask_id(id_no: str | None, may_see: bool) -> str:
    """ID numbers on prints follow the one privacy rule (app/services/privacy.py)."""
    return (id_no or "") if may_see else privacy.mask_id(id_no)


def to_print(slip: ReleaseSlip, building: str, org_name: str, copies: int, *, reprint: bool,
             show_ids: bool) -> pdf.SlipPrint:
    endorsement = owner = ""
    if slip.endorse_method:
        text = punctuate(f"{vocab.label('release.endorse_method', slip.endorse_method)}：") + (slip.endorser_name or "")
        if slip.endorse_note:
            text += punctuate(f"（{slip.endorse_note}）")
        if slip.endorse_method == "stamp":
            endorsement = text
        else:
            owner = text
    return pdf.SlipPrint(
        org_name=org_name, slip_no=slip.slip_no or "", issue_date=slip.issue_date, valid_until=slip.valid_until,
        building=building, unit_no=slip.unit_no or "", tenant_name=slip.tenant_name,
        phone=privacy.show(None, slip.handler_phone, "phone", full=show_ids),
        handler_name=slip.handler_name + punctuate(f"（{vocab.label('release.applicant_role', slip.applicant_role)}）"),
        handler_id=f"{vocab.label('release.id_type', slip.handler_id_type)} {_mask_id(slip.handler_id_no, show_ids)}",
        reason=vocab.label("release.reason", slip.reason) + (punctuate("：") + slip.reason_text if slip.reason_text else ""),
        items=[pdf.SlipItemPrint(i.item_name, i.spec_model or "", i.unit or "", i.qty, i.remarks or "")
               for i in slip.items],
        endorsement=endorsement, owner_confirmation=owner,
        cs_approver=slip.cs_approver or "",
        planned_time=f"{slip.planned_time:%m-%d %H:%M}" if slip.planned_time else "",
        exit_gate=slip.exit_gate or "", reprint=reprint, voided=slip.status == "void", copies=copies)


def _load(session, ids: Sequence[int] | None, numbers: Sequence[str] | None):
    stmt = (select(ReleaseSlip, Building.name).join(Building, ReleaseSlip.building_id == Building.id)
            .options(selectinload(ReleaseSlip.items)))
    if ids is not None:
        stmt = stmt.where(ReleaseSlip.id.in_(list(ids)))
    else:
        stmt = stmt.where(ReleaseSlip.slip_no.in_([normalise_no(n) for n in numbers]))
    return list(session.execute(stmt.order_by(ReleaseSlip.slip_no)))


def build_slips(ctx: ServiceContext, path: Path, *, ids: Sequence[int] | None = None,
                numbers: Sequence[str] | None = None, record: bool = True,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """Draw the slips into one PDF. With `record`, the print is audited and counted (one audit row
    for the batch); a slip already printed once is marked 补打. Without it (the preview) nothing
    is written, and the preview shows what the paper will show."""
    show_ids = privacy.may_see_full(ctx)
    if record:
        with ctx.action("release.print") as tx:
            rows = _check(ctx, _load(tx.session, ids, numbers), numbers)
            org, copies = config.get_in(tx.session, "org.name"), int(config.get_in(tx.session, "release.copies") or 3)
            prints = []
            for slip, building in rows:
                prints.append(to_print(slip, building, org, copies, reprint=slip.print_count > 0, show_ids=show_ids))
                slip.print_count += 1
            reprints = sum(1 for p in prints if p.reprint)
            first = prints[0].slip_no
            tx.audit("release_slip", rows[0][0].id if len(rows) == 1 else None,
                     after={"slip_nos": [p.slip_no for p in prints], "reprints": reprints},
                     summary=(f"{'补打' if reprints else '打印'}放行条 {first}" if len(prints) == 1
                              else f"打印放行条 {len(prints)} 张（补打 {reprints} 张）"))
    else:
        with ctx.read("release.print") as s:
            rows = _check(ctx, _load(s, ids, numbers), numbers)
            org, copies = config.get_in(s, "org.name"), int(config.get_in(s, "release.copies") or 3)
            prints = [to_print(slip, b, org, copies, reprint=slip.print_count > 0, show_ids=show_ids)
                      for slip, b in rows]
    return pdf.build(prints, path, progress)


def _check(ctx: ServiceContext, rows, numbers):
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "找不到放行条 {number}。"),
                       number="、".join(numbers or []) or "?")
    for slip, _b in rows:
        ctx.require_building(slip.building_id)
        if not slip.slip_no:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "放行申请尚未开具（没有编号），不能打印。"))
    return rows


def print_source(ctx: ServiceContext, number: str, path: Path) -> Path:
    """`dormdesk print release-slip FX2026-000123 -o slip.pdf` (audited; a second print is 补打)."""
    return build_slips(ctx, Path(path), numbers=[number], record=True)


def year_slip_ids(ctx: ServiceContext, year: int) -> list[int]:
    """Every numbered slip of a year (the yearly reprint for the archive)."""
    with ctx.read("release.view") as s:
        stmt = ctx.scope_filter(select(ReleaseSlip.id).where(ReleaseSlip.slip_no.like(f"FX{year}-%")),
                                ReleaseSlip.building_id)
        return list(s.scalars(stmt.order_by(ReleaseSlip.slip_no)))


PRINTS = [catalog.PrintSource("release-slip", "物品放行条", print_source)]

"""Test data for the release module: a building with a tenant under an agreement, and ready-made
slip inputs. Writes through the services (so the steps are the real ones)."""
from __future__ import annotations

import datetime as dt

from app.services import release, release_parties
from app.services.release import ItemInput, SlipInput
from tests import factories


def setup_tenant(ctx, *, building_name="A座", signatories=(("王经理", "110101198001011234"),)) -> dict:
    b = factories.building(ctx.db, name=building_name, rooms=("1203", "1205"), beds=1)
    party = release_parties.save_party(ctx, kind="租户", name="深圳市某某科技有限公司", building_id=b["building"],
                                       room_id=b["rooms"]["1203"], owner_name="李业主", phone="0755-12345678")
    agreement = release_parties.save_agreement(
        ctx, party_id=party, agreement_no="XY-2026-001", sign_date=dt.date(2026, 1, 5),
        valid_from=dt.date(2026, 1, 5), valid_to=dt.date(2027, 1, 4), signatories=list(signatories))
    return {"building": b["building"], "rooms": b["rooms"], "party": party, "agreement": agreement}


def slip_input(data: dict, items=None, **kw) -> SlipInput:
    values = dict(party_id=data["party"], applicant_role="租户", handler_name="张三", handler_id_type="身份证",
                  handler_id_no="440301199001011234", handler_phone="13800138000", reason="迁出",
                  items=items if items is not None else [ItemInput("办公桌", 4, "1.6米", "张"),
                                                         ItemInput("文件柜", 6, "四门", "个"),
                                                         ItemInput("台式电脑", 22, "联想", "台")])
    values.update(kw)
    return SlipInput(**values)


def issued_slip(ctx, data: dict, **kw) -> tuple[int, str]:
    """A slip taken through endorsement and the arrears check to issue; returns (id, number)."""
    slip_id = release.create_slip(ctx, slip_input(data, **kw))
    release.endorse(ctx, slip_id, method="单位盖章", endorser_name="王经理")
    release.check_arrears(ctx, slip_id, clear=True)
    return slip_id, release.issue(ctx, slip_id)

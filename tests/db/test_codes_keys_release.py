"""Migration 0021_codes_keys_release: the keys' and release slips' enumerated values are stored as
codes; the migration rewrites the Chinese labels of existing rows into codes and back, on SQLite
and PostgreSQL, and the services take a code or a label and store the code."""
import importlib
import json

import pytest

from sqlalchemy import select, text

from app import vocab
from app.errors import ValidationError
from app.db.models.keys import KeyLoss, KeyMovement, KeyPrice
from app.services import keys_inventory, keys_issue, keys_losses
from tests import factories
from tests.db.test_codes_migration import _alembic

REVISION = "0021_codes_keys_release"


def _undo(db) -> None:
    """This migration undone (with whatever else builds on 0016_codes2): the rows as an older
    version wrote them. The release tables stay (0011_gate keeps 0006_release)."""
    _alembic(db, "downgrade", "0016_codes2")


def _redo(db) -> None:
    _alembic(db, "upgrade", "heads")


def _read(db, stmt) -> list:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(stmt)]


def test_key_losses_and_movements_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    b = factories.building(db, "1号楼", rooms=("101",))
    factories.student(db, "2026001", "张三", b["beds"]["101"][0])
    t = {r.name: r.id for r in keys_inventory.list_key_types(ctx)}
    door, closet = t["door"], t["closet"]
    keys_issue.issue_keys(ctx, "2026001", {door: 1, closet: 2})
    keys_losses.report_loss(ctx, "2026001", closet, 1, "补配钥匙", "丢失")   # labels, as typed on the command line
    keys_losses.report_loss(ctx, "2026001", door, 1, "cylinder", "worn")    # codes, as the dialog's combos give them
    losses = select(KeyLoss.action, KeyLoss.reason).order_by(KeyLoss.id)
    prices = select(KeyPrice.code).order_by(KeyPrice.code)
    kinds = select(KeyMovement.kind).distinct().order_by(KeyMovement.kind)
    codes = (_read(db, losses), _read(db, prices), _read(db, kinds))
    assert codes == ([("recut", "lost"), ("cylinder", "worn")], [("cylinder",), ("lock",)],
                     [("damaged",), ("issue",), ("lost",)])

    _undo(db)
    assert _read(db, losses) == [("补配钥匙", "丢失"), ("更换锁芯", "自然损坏")]
    assert {k for (k,) in _read(db, prices)} == {"更换锁芯", "更换门锁"}
    assert {k for (k,) in _read(db, kinds)} == {"发放", "遗失", "损坏"}
    with db.engine.begin() as conn:     # a row nothing converts: left alone
        conn.execute(text("UPDATE key_loss SET remarks = 'x'"))
    _redo(db)
    assert (_read(db, losses), _read(db, prices), _read(db, kinds)) == codes
    assert vocab.label("key.loss_action", codes[0][0][0]) == "补配钥匙"


def test_key_types_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    """The seeded key types are a fixed list: key_type.name holds the code, shown as its label;
    a key return's JSON detail names the types by code too."""
    from app.db.models.keys import KeyReturn, KeyType
    b = factories.building(db, "1号楼", rooms=("101",))
    student = factories.student(db, "2026001", "张三", b["beds"]["101"][0])
    t = {r.name: r.id for r in keys_inventory.list_key_types(ctx)}
    assert list(t) == ["door", "closet", "drawer", "balcony", "mailbox", "other"]
    assert [vocab.label("key.type", n) for n in t] == ["房门", "壁橱", "抽屉", "阳台", "信箱", "其他"]
    keys_issue.issue_keys(ctx, "2026001", {t["door"]: 1, t["drawer"]: 2})
    keys_issue.return_keys(ctx, student, {t["door"]: 1, t["drawer"]: 2})
    names = select(KeyType.name).order_by(KeyType.sort_order)
    detail = select(KeyReturn.detail)
    assert '"type": "door"' in _read(db, detail)[0][0]

    _undo(db)
    assert [n for (n,) in _read(db, names)] == ["房门", "壁橱", "抽屉", "阳台", "信箱", "其他"]
    assert '"type": "房门"' in _read(db, detail)[0][0] and '"type": "抽屉"' in _read(db, detail)[0][0]
    _redo(db)
    assert [n for (n,) in _read(db, names)] == list(t)
    assert '"type": "door"' in _read(db, detail)[0][0] and '"type": "drawer"' in _read(db, detail)[0][0]
    assert {r.name: r.id for r in keys_inventory.list_key_types(ctx)} == t


def test_release_slip_and_inspection_values_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    """Party kind, applicant role, ID type, endorsement method and reason of a slip, and the result
    of an inspection and of each item of its checklist (JSON)."""
    import datetime as dt

    from app.db.models.release import MoveOutInspection, ReleaseParty, ReleaseSlip
    from app.services import moveout, release
    from app.services.moveout import MoveOutInput
    from tests.release_data import setup_tenant, slip_input
    data = setup_tenant(ctx)                                    # party kind given as its label, 租户
    mid = moveout.apply(ctx, MoveOutInput(kind="tenant", party_id=data["party"], planned_date=ctx.today() + dt.timedelta(days=5),
                                          owner_consent_received=True, consent_notice_no="TZ-01",
                                          consent_fees_paid_to=ctx.today() + dt.timedelta(days=60),
                                          mailbox_keys_returned=2))
    moveout.settle_fees(ctx, mid, arrears_amount="0", mgmt_fee_paid_to=ctx.today() + dt.timedelta(days=60),
                        confirmed_by="财务")
    moveout.request_inspection(ctx, mid, requested_date=ctx.today())
    moveout.record_inspection(ctx, mid, result="不合格", inspection_date=ctx.today(), inspectors="工程部",
                              defects="烟感缺失", checklist={"烟感": "不合格", "灭火器": "pass", "水管": "未检"})
    with pytest.raises(ValidationError, match="烟感"):             # an unknown result: refused, naming the item
        moveout.record_inspection(ctx, mid, result="fail", inspection_date=ctx.today(), inspectors="工程部",
                                  defects="烟感缺失", checklist={"烟感": "坏了"})
    labelled = release.create_slip(ctx, slip_input(data))     # labels: 租户, 身份证, 迁出 (as typed)
    release.endorse(ctx, labelled, method="单位盖章", endorser_name="王经理")
    coded = release.create_slip(ctx, slip_input(data, applicant_role="agent", handler_id_type="passport",
                                                reason="disposal"))  # codes, as the combos give them
    release.endorse(ctx, coded, method="phone", endorser_name="王经理", note="王经理 10:00 来电")
    slips = select(ReleaseSlip.applicant_role, ReleaseSlip.handler_id_type, ReleaseSlip.reason,
                   ReleaseSlip.endorse_method).order_by(ReleaseSlip.id)
    kinds = select(ReleaseParty.kind)
    inspections = select(MoveOutInspection.result, MoveOutInspection.checklist)

    def stored():
        (result, checklist), = _read(db, inspections)
        return _read(db, slips), _read(db, kinds), result, json.loads(checklist)
    codes = ([("tenant", "id_card", "move_out", "stamp"), ("agent", "passport", "disposal", "phone")],
             [("tenant",)], "fail", {"烟感": "fail", "灭火器": "pass", "水管": "not_done"})
    assert stored() == codes

    _undo(db)
    assert stored() == ([("租户", "身份证", "迁出", "单位盖章"), ("受托人", "护照", "处置", "电话确认")],
                        [("租户",)], "不合格", {"烟感": "不合格", "灭火器": "合格", "水管": "未检"})
    _redo(db)
    assert stored() == codes


def test_the_migration_knows_every_code_of_the_vocabularies_it_converts():
    """The migration keeps its own copy of the labels; it must match the vocabulary it converts."""
    conversions = importlib.import_module(f"app.db.migrations.versions.{REVISION}").CONVERSIONS
    by_column = {c: v for v in (vocab.get(n) for n in vocab.names()) for c in v.columns}
    for table, column, mapping in conversions:
        assert mapping == by_column[f"{table}.{column}"].labels, (table, column)


def test_every_code_fits_the_columns_that_store_it():
    """A code longer than its String(n) column fails on PostgreSQL only (SQLite does not check)."""
    from app.db.models import Base
    from app.services import catalog
    catalog.registers()  # services declare their own vocabularies when imported
    too_long = []
    for name in vocab.names():
        for column in vocab.get(name).columns:
            table, col = column.split(".")
            length = getattr(Base.metadata.tables[table].c[col].type, "length", None)
            too_long += [(column, code) for code in vocab.get(name).codes if length and len(code) > length]
    assert not too_long

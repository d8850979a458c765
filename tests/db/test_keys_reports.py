"""Key registers read back with openpyxl, the key receipt and tags read back with pypdf, the catalog
hooks (badge, dashboard, handover, assessment facts) and the demo step."""
import datetime as dt
import random

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.errors import NotFound
from app.services import (catalog, keys_demo, keys_inventory, keys_issue, keys_loans, keys_losses, keys_owner,
                          registers)
from app.services.periods import parse_month
from tests import factories
from tests.conftest import context_for


@pytest.fixture
def history(ctx, clock):
    b = factories.building(ctx.db, "1号楼", rooms=("101", "102"))
    factories.student(ctx.db, "2026001", "张三", b["beds"]["101"][0])
    factories.student(ctx.db, "2026002", "李四", b["beds"]["102"][0])
    keys_inventory.ensure_spare_keys(ctx, b["building"])
    t = {k.name: k.id for k in keys_inventory.list_key_types(ctx)}
    keys_issue.issue_keys(ctx, "2026001", {t["door"]: 1, t["closet"]: 2, t["drawer"]: 2, t["mailbox"]: 1}, deposit=50)
    key = keys_loans.counter_lookup(ctx, "2026001").keys[0]
    loan = keys_loans.lend_spare(ctx, "2026001", key.key_id, "身份证", "110101200001011234")
    clock.advance(minutes=40)
    keys_loans.return_spare(ctx, loan.id)
    key2 = keys_loans.counter_lookup(ctx, "2026002").keys[0]
    keys_loans.lend_spare(ctx, "2026002", key2.key_id, "一卡通")
    clock.advance(minutes=35)
    keys_losses.report_loss(ctx, "2026001", t["drawer"], 1, "补配钥匙", "丢失")
    dep = keys_owner.deposit_owner_key(ctx, room_no="A-1201", owner_name="陈业主", owner_signature="陈业主",
                                       building_id=b["building"])
    keys_owner.lend_owner_key(ctx, dep.id, borrower_name="周销售", borrower_type="销售人员", purpose="带看")
    return b


def _sheet(path, index=0):
    wb = load_workbook(path)
    return [list(r) for r in wb.worksheets[index].iter_rows(values_only=True)], wb


def test_registers_read_back(ctx, history, tmp_path):
    period = parse_month("2026-09")
    out = registers.export(ctx, "key-issues", period, "1号楼", tmp_path / "issues.xlsx")
    rows, _ = _sheet(out)
    assert rows[0][0] == "钥匙发放登记簿" and rows[2][:4] == ["登记编号", "发放日期", "学号", "姓名"]
    assert rows[3][2] == "2026001" and rows[3][10:14] == [1, 2, 2, "信箱1"] and rows[3][14] == 50
    out = registers.export(ctx, "spare-loans", period, None, tmp_path / "loans.xlsx")
    rows, _ = _sheet(out)
    assert rows[0][0] == "学生公寓备用钥匙借用登记表"
    assert "借出时间" in rows[2] and "证件已退还" in rows[2]
    data = [r for r in rows[3:] if r[0] and str(r[0]).startswith("JY")]
    assert [r[6] for r in data] == ["张三", "李四"]
    assert data[0][8] == "110101200001011234"  # an admin may see the number in full
    clerk, _ = _sheet(registers.export(context_for(ctx, "clerk"), "spare-loans", period, None, tmp_path / "c.xlsx"))
    assert [r[8] for r in clerk[3:] if r[0] and str(r[0]).startswith("JY")][0] == "110101********1234"
    assert "个人信息已遮蔽" in clerk[1][0]
    assert data[0][13] == "逾期归还" and data[1][13] == "逾期未还"
    out = registers.export(ctx, "key-losses", period, None, tmp_path / "losses.xlsx")
    rows, wb = _sheet(out)
    assert rows[0][0] == "钥匙挂失赔偿登记" and rows[3][6:11] == ["抽屉", 1, "补配钥匙", "丢失", 20]
    assert wb.sheetnames == ["钥匙挂失", "离校交回"]
    out = registers.export(ctx, "owner-key-loans", period, None, tmp_path / "owner.xlsx")
    rows, _ = _sheet(out)
    assert rows[0][0] == "业主钥匙借(领)登记表" and rows[3][6:8] == ["周销售", "销售人员"]


def test_receipt_and_tags_pdfs(ctx, history, tmp_path):
    source = catalog.prints()["key-receipt"]
    out = source.build(ctx, "YS2026-000001", tmp_path / "r.pdf")
    reader = PdfReader(out)
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    for part in ("钥匙领取单", "YS2026-000001", "张三", "学生签名", "管理员签名", "伍拾元整", "学生联"):
        assert part in text
    with pytest.raises(NotFound):
        source.build(ctx, "YS2026-999999", tmp_path / "x.pdf")
    tags = catalog.prints()["key-tags"].build(ctx, "1号楼:101-101", tmp_path / "t.pdf")
    text = PdfReader(tags).pages[0].extract_text()
    assert "H001" in text and "H002" not in text and "101" not in text.replace("1号楼", "")


def test_catalog_hooks(ctx, history, clock):
    assert keys_loans.count_overdue(ctx) == 1 and keys_loans.count_open(ctx) == 1
    badges = {b.page: b.count(ctx) for b in catalog.badges() if b.page == "keys"}
    assert badges == {"keys": 1}
    items = {d.key: d.count(ctx) for d in catalog.dashboard_items() if d.key.startswith("keys.")}
    assert items == {"keys.spare_out": 1, "keys.spare_overdue": 1, "keys.owner_out": 1}
    lines = {h.title: h.rows(ctx, clock.now() - dt.timedelta(hours=8), clock.now())
             for h in catalog.handover_sections() if "钥匙" in h.title}
    assert any("李四" in x for x in lines["逾期未还的备用钥匙"])
    assert any("周销售" in x for x in lines["借出未还的业主钥匙"])
    facts = keys_loans.late_return_facts(ctx, parse_month("2026-09"))
    assert len(facts) == 2 and {f["source"] for f in facts} == {"keys"}
    assert all(f["building_id"] and f["ref"].startswith("K2:") for f in facts)


def test_checkout_check_is_in_the_catalog(ctx, history):
    s = ctx.db.read_session()
    texts = [check(s, ctx, 1) for check in catalog.checkout_checks() if check.__module__.startswith("app.services.keys")]
    s.close()
    assert texts and "钥匙未交回" in texts[0]


def test_demo_step_after_residents(ctx):
    b = factories.building(ctx.db, "1号楼", rooms=("101", "102", "103"))
    for i in range(6):
        factories.student(ctx.db, f"20269{i:02d}", f"学生{i}", b["beds"][("101", "102", "103")[i % 3]][i // 3])
    summary = keys_demo.run(ctx, random.Random(1), {"key_days": 2})
    assert "备用钥匙 3 把" in summary and "发放 6 人" in summary
    assert keys_loans.count_open(ctx) >= 1
    assert keys_demo.run(ctx, random.Random(1), {"key_days": 2}) is not None  # not failing on a second run


def test_lock_renewal_list(ctx, history, tmp_path):
    from tests.conftest import context_for
    t = {k.name: k.id for k in keys_inventory.list_key_types(ctx)}
    keys_issue.issue_keys(ctx, "2026002", {t["door"]: 1, t["closet"]: 2})
    sid = keys_issue.student_keys(ctx, "2026002").student_id
    keys_loans.return_spare(ctx, keys_loans.open_loans(ctx)[0].id)
    keys_issue.return_keys(context_for(ctx, "supervisor"), sid, {}, waive_reason="测试")
    out = registers.export(ctx, "lock-renewal", parse_month("2026-09"), None, tmp_path / "lock.xlsx")
    rows, _ = _sheet(out)
    assert rows[0][0] == "门锁锁芯更换清单"
    data = [r for r in rows[3:] if r[0] == "1号楼"]
    assert [(r[1], r[5]) for r in data] == [("102", "否")]
    assert "不足一半" in data[0][4]


def test_spare_key_check_list(ctx, history, tmp_path):
    out = registers.export(ctx, "spare-keys", parse_month("2026-09"), "1号楼", tmp_path / "board.xlsx")
    rows, _ = _sheet(out)
    assert rows[0][0] == "备用钥匙清点表" and rows[2][:4] == ["楼栋", "房号", "挂钩", "钥匙编号"]
    data = {r[2]: r for r in rows[3:] if r[0] == "1号楼"}
    assert set(data) == {"H001", "H002"}
    assert data["H001"][5] == "在库" and "借给 李四" in data["H002"][6]

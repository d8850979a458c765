"""The key registers and prints from the command line: `dormdesk export register key-...` and
`dormdesk print key-receipt NUMBER`, with their exit codes."""
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.services.bootstrap import prepare
from app.services.context import ServiceContext
from app.services import keys_inventory, keys_issue
from tests import factories


@pytest.fixture
def issued(tmp_path, monkeypatch, sqlite_template):
    import shutil
    path = tmp_path / "cli.sqlite3"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    monkeypatch.setenv("DORMDESK_DB", url)
    db = prepare(url)
    b = factories.building(db, "1号楼", rooms=("101",))
    factories.student(db, "2026001", "张三", b["beds"]["101"][0])
    ctx = ServiceContext(db=db)
    t = {k.name: k.id for k in keys_inventory.list_key_types(ctx)}
    result = keys_issue.issue_keys(ctx, "2026001", {t["door"]: 1, t["closet"]: 2})
    db.dispose()
    return result.issue_no, ctx.today()


def test_print_key_receipt_and_registers(issued, tmp_path):
    number, today = issued
    out = tmp_path / "r.pdf"
    assert main(["print", "key-receipt", number, "-o", str(out)]) == 0
    assert "钥匙领取单" in PdfReader(out).pages[0].extract_text()
    assert main(["print", "key-receipt", "YS1999-000001", "-o", str(tmp_path / "x.pdf")]) == 4
    for kind in ("key-issues", "spare-loans", "owner-key-loans", "key-losses"):
        xlsx = tmp_path / f"{kind}.xlsx"
        assert main(["export", "register", kind, "--month", f"{today:%Y-%m}", "-o", str(xlsx)]) == 0
        assert load_workbook(xlsx).worksheets[0]["A1"].value
    rows = list(load_workbook(tmp_path / "key-issues.xlsx").worksheets[0].iter_rows(values_only=True))
    assert rows[3][0] == number and rows[3][3] == "张三"
    assert main(["export", "register", "key-issues", "--month", f"{today:%Y-%m}", "--building", "9号楼",
                 "-o", str(tmp_path / "y.xlsx")]) == 4

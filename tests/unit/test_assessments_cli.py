"""`dormdesk export register assessments` and `dormdesk print assessment YYYY-MM/NAME` on the command line."""
import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.clock import Clock
from app.db.engine import open_database
from app.services import assessments_incidents as incidents
from app.services.bootstrap import prepare
from app.services.context import ServiceContext
from tests.assessments_data import item_id, setup_wardens


def test_cli_export_and_print(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DORMDESK_DB", url)
    prepare(url).dispose()
    db = open_database(url)
    w = setup_wardens(db)
    ctx = ServiceContext(db=db, clock=Clock(dt.datetime(2026, 9, 15, 10, 0)))
    incidents.record(ctx, staff_id=w["张三"], occurred_at=dt.datetime(2026, 9, 2, 22, 0),
                     item_id=item_id(db, "3b"), description="外校同学留宿")
    db.dispose()
    xlsx, pdf = tmp_path / "kh.xlsx", tmp_path / "zs.pdf"
    assert main(["export", "register", "assessments", "--month", "2026-09", "-o", str(xlsx)]) == 0
    assert load_workbook(xlsx)["月度考核表"]["B4"].value in ("李四", "王五", "张三")
    assert main(["print", "assessment", "2026-09/张三", "-o", str(pdf)]) == 0
    assert "外来人员留宿" in PdfReader(pdf).pages[0].extract_text()
    assert main(["print", "assessment", "2026-09/无此人", "-o", str(pdf)]) == 4
    assert main(["print", "assessment", "九月/张三", "-o", str(pdf)]) == 3
    assert main(["export", "register", "assessments", "--from", "2026-09-01", "--to", "2026-10-31",
                 "-o", str(xlsx)]) == 3
    assert "--month" in capsys.readouterr().err

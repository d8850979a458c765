"""The meeting registers and the printed order from the command line: `dormdesk print meeting-order
HY…` and `dormdesk export register meetings …`, with their exit codes."""
import datetime as dt
import shutil

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.services import meetings_booking
from app.services.bootstrap import prepare
from app.services.context import ServiceContext
from tests.meetings_data import rooms


@pytest.fixture
def order(tmp_path, monkeypatch, sqlite_template):
    path = tmp_path / "cli.sqlite3"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    monkeypatch.setenv("DORMDESK_DB", url)
    db = prepare(url)
    ctx = ServiceContext(db=db)
    r = rooms(ctx)
    start = dt.datetime.combine(ctx.today() + dt.timedelta(days=1), dt.time(9))
    row = meetings_booking.book(ctx, room_id=r["hall"], start_at=start, end_at=start + dt.timedelta(hours=2),
                                meeting_name="命令行测试会议", organiser_unit="办公室", attendees_count=30, confirm=True)
    db.dispose()
    return row


def test_print_meeting_order_and_register(order, tmp_path):
    out = tmp_path / "o.pdf"
    assert main(["print", "meeting-order", order.order_no, "-o", str(out)]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "会 议 接 待 单" in text and "命令行测试会议" in text
    assert main(["print", "meeting-order", "HY1999-000001", "-o", str(tmp_path / "x.pdf")]) == 4
    xlsx = tmp_path / "m.xlsx"
    assert main(["export", "register", "meetings", "--month", f"{order.start_at:%Y-%m}", "-o", str(xlsx)]) == 0
    rows = list(load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    assert rows[3][2] == "命令行测试会议" and rows[3][8] == order.order_no

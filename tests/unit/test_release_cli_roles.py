"""Release slips from the command line (`dormdesk print release-slip`, `export register ...`) and
what each role may do."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.db.engine import open_database
from app.db.models.core import AuditLog
from app.errors import PermissionDenied
from app.services import release
from app.services.bootstrap import prepare
from app.services.context import ServiceContext
from tests.conftest import ADMIN, context_for
from tests.release_data import issued_slip, setup_tenant, slip_input


@pytest.fixture
def cli_ctx(tmp_path, monkeypatch, clock):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DORMDESK_DB", url)
    db = prepare(url)
    yield ServiceContext(db=db, actor=ADMIN, clock=clock, pc_name="TEST-PC")
    db.dispose()


def test_print_and_export_from_the_command_line(cli_ctx, tmp_path, capsys):
    _, number = issued_slip(cli_ctx, setup_tenant(cli_ctx))
    out = tmp_path / "slip.pdf"
    assert main(["print", "release-slip", number, "-o", str(out)]) == 0
    assert number in PdfReader(out).pages[0].extract_text()
    assert main(["print", "release-slip", "FX2026-999999", "-o", str(tmp_path / "x.pdf")]) == 4
    assert "FX2026-999999" in capsys.readouterr().err
    with open_database(f"sqlite:///{tmp_path / 'cli.sqlite3'}").read_session() as s:
        printed = s.scalars(select(AuditLog).where(AuditLog.action == "release.print")).all()
    assert [r.channel for r in printed] == ["cli"]
    for kind, sheet in (("release-slips", "物品放行条登记"), ("move-outs", "迁出登记")):
        xlsx = tmp_path / f"{kind}.xlsx"
        assert main(["export", "register", kind, "--month", "2026-09", "-o", str(xlsx)]) == 0
        assert sheet in load_workbook(xlsx).sheetnames


def test_roles(ctx):
    data = setup_tenant(ctx)
    clerk, readonly = context_for(ctx, "clerk", "客服甲"), context_for(ctx, "readonly")
    with pytest.raises(PermissionDenied):
        release.create_slip(readonly, slip_input(data))
    slip_id, number = issued_slip(clerk, data)  # customer service does every step up to the issue
    assert release.gate_check(clerk, number, released=True, guard_name="赵保安", handler_id_checked=True) == "released"
    with pytest.raises(PermissionDenied):
        release.void(clerk, slip_id, "x")

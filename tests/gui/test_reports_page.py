"""The reports screen with qtbot: every register listed, the monthly pack exported on a worker
thread, the folder opened, the choices remembered, and cancel leaving no file."""
from __future__ import annotations

import time

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from app import feedback
from app.controllers import reports_page as reports_module
from app.controllers.app_state import AppState
from app.controllers.reports_page import MONTHLY, ReportsPage
from app.services import catalog
from app.settings import Settings
from app.tasks import TaskRunner
from tests import factories, reports_data
from tests.gui.conftest import settle


@pytest.fixture
def setup(qtbot, ctx, tmp_path, monkeypatch):
    factories.building(ctx.db, "1号楼")
    factories.building(ctx.db, "2号楼", rooms=("201",))
    reports_data.install(monkeypatch)
    opened, errors = [], []
    monkeypatch.setattr(reports_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(feedback, "show_error", lambda parent, exc, title=None: errors.append(exc))

    def save_as(path):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))

    state = AppState(ctx=ctx, tasks=TaskRunner(), settings=Settings(str(tmp_path / "s.ini")))
    yield state, opened, errors, save_as
    state.tasks.wait_all()


def _page(qtbot, state):
    page = ReportsPage(state)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    settle(page)  # the buildings load off the UI thread
    return page


def _kinds(page):
    return [page.ui.register_list.item(r).data(Qt.UserRole) for r in range(page.ui.register_list.count())]


def test_monthly_pack_export_remembers_choices(qtbot, setup, tmp_path):
    state, opened, errors, save_as = setup
    page = _page(qtbot, state)
    kinds = _kinds(page)
    assert kinds[0] == MONTHLY
    assert set(catalog.registers()) <= set(kinds)  # every register the modules declare
    page.ui.month_edit.setDate(QDate(2026, 9, 1))
    settle(page)
    page.ui.building_combo.setCurrentIndex(page.ui.building_combo.findData("1号楼"))
    settle(page)
    target = tmp_path / "out" / "pack.xlsx"
    target.parent.mkdir()
    save_as(target)
    qtbot.mouseClick(page.ui.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and target.exists(), timeout=20000)
    assert not errors
    wb = load_workbook(target)
    assert wb.sheetnames[0] == "封面" and "入住退宿" in wb.sheetnames
    assert opened == [str(target.parent)]
    assert "pack.xlsx" in page.ui.last_file_label.text()
    page.grab().save("/tmp/reports_page.png")

    again = _page(qtbot, state)
    assert again.current_kind() == MONTHLY
    assert again.ui.month_edit.date() == QDate(2026, 9, 1)
    assert again.ui.building_combo.currentData() == "1号楼"
    assert again.ui.month_radio.isChecked()
    assert "pack.xlsx" in again.ui.last_file_label.text()
    assert state.settings.get("reports/last_folder") == str(target.parent)


def test_register_export_over_a_range_and_pdf_pack(qtbot, setup, tmp_path):
    state, opened, errors, save_as = setup
    page = _page(qtbot, state)
    page._select_kind("test-moves")
    assert page.ui.format_combo.count() == 1  # registers are Excel only
    page.ui.range_radio.setChecked(True)
    settle(page)
    page.ui.from_edit.setDate(QDate(2026, 9, 1))
    settle(page)
    page.ui.to_edit.setDate(QDate(2026, 9, 10))
    settle(page)
    page.ui.open_folder_check.setChecked(False)
    settle(page)
    save_as(tmp_path / "moves")  # the extension is added
    qtbot.mouseClick(page.ui.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and (tmp_path / "moves.xlsx").exists(), timeout=20000)
    ws = load_workbook(tmp_path / "moves.xlsx").active
    assert "2026-09-01 至 2026-09-10" in ws["A2"].value
    assert opened == [] and not errors
    page._select_kind(MONTHLY)
    page.ui.format_combo.setCurrentIndex(page.ui.format_combo.findData("pdf"))
    settle(page)
    save_as(tmp_path / "pack.pdf")
    qtbot.mouseClick(page.ui.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and (tmp_path / "pack.pdf").exists(), timeout=20000)
    assert (tmp_path / "pack.pdf").read_bytes()[:4] == b"%PDF"


def test_cancel_leaves_no_file(qtbot, setup, tmp_path, monkeypatch):
    state, opened, errors, save_as = setup
    slow = catalog.RegisterSource("slow", "慢登记表", lambda c, p, b: (time.sleep(0.5), reports_data.moves_fetch(c, p, b))[1])
    monkeypatch.setattr(catalog, "registers", lambda: {"slow": slow})
    page = _page(qtbot, state)
    page._select_kind(MONTHLY)
    save_as(tmp_path / "cancelled.xlsx")
    qtbot.mouseClick(page.ui.export_button, Qt.LeftButton)
    assert page.task is not None and not page.ui.export_button.isEnabled()
    page.task.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=10000)
    assert not (tmp_path / "cancelled.xlsx").exists()
    assert not errors and opened == []
    assert page.ui.export_button.isEnabled()

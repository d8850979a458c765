"""The 放行 page driven through its main flow: application → endorsement (a refused endorser
first) → arrears check → issue and print → gate check at the fast screen (too many items refused)
→ return check-in → the weekly reconciliation; then a move-out with the supervisor's override."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pypdf import PdfReader

from app import feedback
from app.controllers import release_page as page_module
from app.controllers.moveout_dialog import MoveOutDialog
from app.controllers.release_form_dialog import ReleaseFormDialog
from app.controllers.release_page import ReleasePage
from app.controllers.release_slip_dialog import ReleaseSlipDialog
from app.services import moveout_queries, release_queries
from tests import factories
from tests.conftest import audit_count
from tests.release_data import setup_tenant
from tests.gui.conftest import settle


def _fill_form(values: dict, errors: list):
    """Replaces ReleaseFormDialog.ask: the real dialog, its fields set from `values[title]`."""
    def ask(parent, title, fields, submit, hint=""):
        dialog = ReleaseFormDialog(title, fields, submit, hint, parent)
        for key, value in values.get(title, {}).items():
            w = dialog.widgets[key]
            if hasattr(w, "setEditText"):
                w.setEditText(value)
            elif hasattr(w, "setChecked"):
                w.setChecked(value)
            else:
                w.setText(value)
        dialog._on_button_box_accepted()
        errors.append(dialog.ui.error_label.text())
        return dialog.result_value
    return ask


def test_from_application_to_reconciliation(qtbot, state, monkeypatch, tmp_path):
    ctx = state.ctx
    setup_tenant(ctx)
    factories.staff(ctx.db, "赵保安", "保安")

    def new_slip(ctx_, parent=None, move_out=None):
        dialog = ReleaseSlipDialog(ctx_, parent, move_out=move_out)
        ui = dialog.ui   # labels shown, codes given (release.applicant_role, release.id_type, release.party_kind)
        assert (ui.role_combo.currentText(), ui.role_combo.currentData()) == ("租户", "tenant")
        assert (ui.id_type_combo.currentText(), ui.id_type_combo.currentData()) == ("身份证", "id_card")
        assert ui.party_combo.currentText().endswith("（租户）")
        dialog.ui.handler_name_edit.setText("张三")
        dialog.ui.id_no_edit.setText("440301199001011234")
        dialog.set_items([("办公桌", "1.6米", "张", 4, ""), ("文件柜", "四门", "个", 28, "")])
        assert "叁拾贰件" in dialog.ui.total_label.text()
        dialog._on_button_box_accepted()
        return dialog.slip_id
    monkeypatch.setattr(ReleaseSlipDialog, "ask", classmethod(lambda cls, c, parent=None, move_out=None:
                                                                 new_slip(c, parent, move_out)))
    form_values, form_errors = {"签署意见": {"endorser_name": "陌生人"}, "欠费核查": {}}, []
    monkeypatch.setattr(ReleaseFormDialog, "ask", staticmethod(_fill_form(form_values, form_errors)))
    monkeypatch.setattr(feedback, "confirm", lambda *a, **k: True)
    printed = []

    def preview(path, record, info="", parent=None):
        printed.append(record())  # the 打印 button: the recorded (audited) file
        return 1
    monkeypatch.setattr(page_module.PdfPreviewDialog, "show_preview", staticmethod(preview))
    monkeypatch.setattr(page_module, "temp_pdf", lambda name: tmp_path / name)

    page = ReleasePage(state)
    qtbot.addWidget(page)
    page.show()
    settle(page)  # the slips load off the UI thread
    qtbot.mouseClick(page.ui.new_slip_button, Qt.LeftButton)
    settle(page)
    assert page.current_slip().status == "draft" and page.ui.endorse_button.isEnabled()
    assert not page.ui.issue_button.isEnabled()

    before = audit_count(ctx.db)
    qtbot.mouseClick(page.ui.endorse_button, Qt.LeftButton)
    settle(page)
    assert "授权签署人" in form_errors[-1] and audit_count(ctx.db) == before  # refused inline, nothing written
    form_values["签署意见"]["endorser_name"] = "王经理"
    qtbot.mouseClick(page.ui.endorse_button, Qt.LeftButton)
    settle(page)
    assert page.current_slip().status == "endorsed"
    qtbot.mouseClick(page.ui.arrears_button, Qt.LeftButton)
    settle(page)
    assert page.current_slip().status == "fee_checked"
    qtbot.mouseClick(page.ui.issue_button, Qt.LeftButton)
    settle(page)
    row = page.current_slip()
    assert row.status == "issued" and row.slip_no == "FX2026-000001"
    text = PdfReader(printed[-1]).pages[0].extract_text()
    assert "FX2026-000001" in text and "第二联" in text

    # The guard's fast screen: scan the number, too many desks refused, then released.
    page.ui.tabs.setCurrentIndex(1)
    settle(page)
    page.ui.gate_number_edit.setText("fx2026-000001")
    qtbot.keyClick(page.ui.gate_number_edit, Qt.Key_Return)
    settle(page)
    assert "已开具" in page.ui.gate_summary_label.text() and page.ui.gate_items_table.rowCount() == 2
    page.ui.gate_items_table.item(0, 3).setText("5")
    page.ui.id_checked_check.setChecked(True)
    settle(page)
    qtbot.mouseClick(page.ui.release_button, Qt.LeftButton)
    settle(page)
    assert "超过" in page.ui.gate_error_label.text()
    page.ui.gate_items_table.item(0, 3).setText("4")
    qtbot.mouseClick(page.ui.release_button, Qt.LeftButton)
    settle(page)
    assert release_queries.get_slip(ctx, row.id).row.status == "released"
    assert page.ui.gate_number_edit.text() == "" and not page.ui.release_button.isEnabled()
    page.ui.return_number_edit.setText("FX2026-000001")
    qtbot.keyClick(page.ui.return_number_edit, Qt.Key_Return)
    settle(page)
    assert "已回收" in page.ui.return_result_label.text()

    page.ui.tabs.setCurrentIndex(2)
    settle(page)  # the reconciliation loads off the UI thread
    page.ui.week_edit.setDate(QDate(2026, 9, 15))
    settle(page)
    assert "开具 <b>1</b>" in page.ui.figures_label.text() and "待查 <b>0</b>" in page.ui.figures_label.text()
    assert page.reconcile.model.rowCount() == 1
    assert page.reconcile.model.rows[0].fate == "已放行，门岗联已回收"
    qtbot.mouseClick(page.ui.reconcile_print_button, Qt.LeftButton)
    settle(page)
    assert "物品放行条周对账表" in PdfReader(printed[-1]).pages[0].extract_text()


def test_move_out_for_tomorrow_needs_the_supervisor(qtbot, state, monkeypatch):
    ctx = state.ctx
    setup_tenant(ctx)
    asked = []
    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: asked.append(a) or "业主急需，经理同意")

    def new_move_out(cls, c, parent=None):
        dialog = MoveOutDialog(c, parent)
        dialog.ui.planned_edit.setDate(QDate(ctx.today() + dt.timedelta(days=1)))
        assert dialog.ui.notice_label.text()  # warned as the date is picked
        dialog.ui.consent_check.setChecked(True)
        dialog._on_button_box_accepted()
        return dialog.move_out_id
    monkeypatch.setattr(MoveOutDialog, "ask", classmethod(new_move_out))
    page = ReleasePage(state)
    qtbot.addWidget(page)
    page.show()
    settle(page)  # the slips load off the UI thread
    page.apply_filter("moveouts-week")
    qtbot.mouseClick(page.ui.new_moveout_button, Qt.LeftButton)
    settle(page)
    assert asked, "the override reason is asked"
    rows = moveout_queries.list_move_outs(ctx)
    assert len(rows) == 1 and rows[0].override_reason == "业主急需，经理同意"
    assert page.moveouts.model.rowCount() == 1
    page.ui.moveouts_table.selectRow(0)
    assert page.ui.fees_button.isEnabled() and not page.ui.inspection_button.isEnabled()
    assert "主管特批" in page.ui.moveout_detail_text.toPlainText()


def test_bulk_print_of_a_year_runs_as_a_task(qtbot, state, monkeypatch, tmp_path):
    from tests.release_data import issued_slip
    ctx = state.ctx
    data = setup_tenant(ctx)
    for _ in range(3):
        issued_slip(ctx, data)
    monkeypatch.setattr(feedback, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(page_module, "temp_pdf", lambda name: tmp_path / name)
    shown = []
    monkeypatch.setattr(page_module.PdfPreviewDialog, "show_preview",
                        staticmethod(lambda path, record, info="", parent=None: shown.append((path, record()))))
    page = ReleasePage(state)
    qtbot.addWidget(page)
    before = audit_count(ctx.db)
    qtbot.mouseClick(page.ui.print_all_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    preview, recorded = shown[0]
    assert len(PdfReader(preview).pages) == 3 and len(PdfReader(recorded).pages) == 3
    assert audit_count(ctx.db) == before + 1  # one audit row for the batch


def test_preview_dialog_shows_the_pdf(qtbot, tmp_path):
    import datetime as _dt

    from app.controllers.pdf_preview_dialog import PdfPreviewDialog
    from reports.pdf.release_slip import SlipItemPrint, SlipPrint, build
    path = build([SlipPrint("中心", "FX2026-000009", _dt.date(2026, 9, 15), _dt.date(2026, 9, 15), "A座", "1203",
                            "某公司", "", "张三", "身份证 1", "迁出", [SlipItemPrint("办公桌", "", "张", 2)])],
                 tmp_path / "p.pdf")
    dialog = PdfPreviewDialog(path, None, "FX2026-000009")
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1 and not dialog.ui.print_button.isEnabled()

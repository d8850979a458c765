"""The meetings page driven with qtbot, from the grid to the printed PDF: drag a free span, fill the
real 会议接待单 form (a capacity warning the supervisor overrides), see the span taken and a drag over
it turn red, confirm/prepare/start the meeting, keep its service log, answer the refill reminder,
print the form; a recurring booking whose conflicting date is listed before saving."""
from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import feedback
from app.controllers.app_state import AppState
from app.controllers.meeting_order_dialog import MeetingOrderDialog
from app.controllers.meeting_service_dialog import MeetingServiceDialog
from app.controllers.meetings_page import MeetingsPage
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.qtmodels.booking_grid import PENDING_CONFLICT, PENDING_FREE
from app.services import meetings_booking as mb
from app.settings import Settings
from app.tasks import TaskRunner
from tests.gui.conftest import settle
from tests.meetings_data import DAY, at, rooms


def _page(qtbot, ctx):
    page = MeetingsPage(AppState(ctx, TaskRunner(), Settings()))
    qtbot.addWidget(page)
    page.show()
    settle(page)  # the page loads off the UI thread
    page.ui.date_edit.setDate(QDate(DAY.year, DAY.month, DAY.day))
    settle(page)
    return page


def _save(dialog):
    dialog.ui.button_box.button(QDialogButtonBox.Save).click()


def _column(page, name):
    return next(i for i, r in enumerate(page.grid.rooms) if r.name == name)


def _row(page, hour, minute=0):
    return page.grid_model.times.index(at(hour, minute))


def _color(page, row, col):
    brush = page.grid_model.data(page.grid_model.index(row, col), Qt.BackgroundRole)
    return brush.color().name() if brush else None


def test_from_the_grid_to_the_printed_order(qtbot, ctx, monkeypatch, tmp_path):
    rooms(ctx)
    page = _page(qtbot, ctx)
    small = _column(page, "小会议室")
    page.select_span(small, _row(page, 9), _row(page, 10, 30))
    assert _color(page, _row(page, 9), small) == PENDING_FREE and "空闲" in page.ui.grid_hint_label.text()

    asked = []
    monkeypatch.setattr(feedback, "ask_text", lambda parent, label, title=None: asked.append(label) or "临时加椅")

    def fill(cls, ctx_, parent=None, **kwargs):
        d = cls(ctx_, parent, **kwargs)
        qtbot.addWidget(d)
        assert d.times() == (at(9), at(11)) and d.ui.room_combo.currentText().startswith("小会议室")
        _save(d)  # no name
        assert "会议名称" in d.ui.error_label.text()
        d.ui.name_edit.setText("学生会例会")
        d.ui.organiser_edit.setText("校学生会")
        d.ui.attendees_spin.setValue(12)  # the room seats 10: the supervisor (admin here) confirms a reason
        d.ui.layout_combo.setCurrentIndex(d.ui.layout_combo.findData("会议桌"))
        d.ui.banner_edit.setText("校学生会第一次例会")
        d.ui.staff_edit.setText("赵敏")
        _save(d)
        return d.result
    monkeypatch.setattr(MeetingOrderDialog, "ask", classmethod(fill))
    page.book_selection()
    settle(page)
    assert asked and "超过" in asked[0]
    booked = mb.list_orders(ctx)
    assert len(booked) == 1 and booked[0].order_no == "HY2026-000001" and booked[0].capacity_override == "临时加椅"
    assert _color(page, _row(page, 9, 30), small) != PENDING_FREE  # the grid shows it taken

    # a drag that touches it turns red at once, and is refused
    page.select_span(small, _row(page, 10), _row(page, 12))
    assert _color(page, _row(page, 10), small) == PENDING_CONFLICT
    assert "冲突" in page.ui.grid_hint_label.text() and "学生会例会" in page.ui.grid_hint_label.text()
    assert page.book_selection() is None

    # the order through its steps, from the 接待单 tab
    page.ui.tabs.setCurrentWidget(page.ui.orders_tab)
    settle(page)
    page.ui.order_month_edit.setDate(QDate(2026, 9, 1))
    settle(page)
    page.orders.select_order(booked[0].id, DAY)
    assert page.ui.prepare_button.isEnabled() and not page.ui.finish_button.isEnabled()
    qtbot.mouseClick(page.ui.prepare_button, Qt.LeftButton)
    settle(page)
    assert page.orders.current.status == "prepared"

    def log(cls, ctx_, order, parent=None):
        d = cls(ctx_, order, parent)
        qtbot.addWidget(d)
        d.ui.arrived_check.setChecked(True)
        d.ui.arrived_edit.setTime(d.ui.arrived_edit.time().addSecs(10 * 60))  # 08:55, not 15 minutes early: late
        assert "晚到" in d.ui.late_label.text()
        d.ui.audio_check.setChecked(True)
        d.ui.issued_edit.setText("激光笔1")
        _save(d)
        assert d.result is not None, d.ui.error_label.text()
        return d.result
    monkeypatch.setattr(MeetingServiceDialog, "ask", classmethod(log))
    qtbot.mouseClick(page.ui.service_button, Qt.LeftButton)
    settle(page)
    qtbot.mouseClick(page.ui.start_button, Qt.LeftButton)
    settle(page)
    assert page.orders.current.status == "in_progress"

    # twenty minutes later the reminder is on screen; 已续水 clears it
    ctx.clock.advance(minutes=20)
    page.check_refills()
    assert page.ui.refill_label.isVisibleTo(page) and "学生会例会" in page.ui.refill_label.text()
    qtbot.mouseClick(page.ui.refill_button, Qt.LeftButton)
    settle(page)
    assert not page.ui.refill_label.isVisibleTo(page)

    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", classmethod(lambda cls, path, info="", parent=None:
                                                                     shown.append(path)))
    page.orders.select_order(booked[0].id, DAY)
    qtbot.mouseClick(page.ui.print_button, Qt.LeftButton)
    settle(page)
    text = PdfReader(str(shown[0])).pages[0].extract_text()
    for word in ("HY2026-000001", "学生会例会", "校学生会第一次例会", "会议桌", "临时加椅", "赵敏", "晚到 10 分钟"):
        assert word in text, word


def test_recurring_booking_lists_its_conflict_before_saving(qtbot, ctx, monkeypatch):
    r = rooms(ctx)
    taken = DAY + dt.timedelta(days=7)
    mb.book(ctx, room_id=r["east"], start_at=at(14, day=taken), end_at=at(15, day=taken), meeting_name="已有会议",
            attendees_count=5)
    page = _page(qtbot, ctx)
    east = _column(page, "东厅")
    page.select_span(east, _row(page, 14), _row(page, 15, 30))

    def fill(cls, ctx_, parent=None, **kwargs):
        d = cls(ctx_, parent, **kwargs)
        qtbot.addWidget(d)
        d.ui.name_edit.setText("党课")
        d.ui.attendees_spin.setValue(20)
        d.ui.repeat_box.setChecked(True)
        d.ui.freq_combo.setCurrentIndex(d.ui.freq_combo.findData("weekly"))
        d.ui.until_edit.setDate(QDate(2026, 9, 30))
        _save(d)  # the dates are listed first; nothing saved yet
        assert d.result is None and d.ui.occurrence_list.count() == 3
        conflict = d.ui.occurrence_list.item(1)
        assert "已有会议" in conflict.text() and conflict.checkState() == Qt.Unchecked
        _save(d)
        return d.result
    monkeypatch.setattr(MeetingOrderDialog, "ask", classmethod(fill))
    ids = page.book_selection()
    assert len(ids) == 2
    days = sorted(o.start_at.date() for o in mb.list_orders(ctx) if o.meeting_name == "党课")
    assert days == [DAY, DAY + dt.timedelta(days=14)]


def test_week_view_shows_a_hall_in_its_halves(qtbot, ctx):
    r = rooms(ctx)
    mb.book(ctx, room_id=r["hall"], start_at=at(9), end_at=at(10), meeting_name="全体大会", attendees_count=80)
    page = _page(qtbot, ctx)
    page.ui.view_combo.setCurrentIndex(page.ui.view_combo.findData(7))
    settle(page)
    assert page.grid_model.rowCount() == 7 * 30
    row = page.grid_model.times.index(at(9))
    texts = {page.grid.rooms[c].name: page.grid_model.data(page.grid_model.index(row, c))
             for c in range(page.grid_model.columnCount())}
    assert texts["大会堂"] == "全体大会" and "合并占用" in texts["东厅"] and "合并占用" in texts["西厅"]
    assert texts["小会议室"] is None


def test_rooms_dialog_adds_rooms_and_a_combined_hall(qtbot, ctx):
    from app.controllers.meeting_rooms_dialog import MeetingRoomsDialog
    from app.services.meetings_rooms import list_rooms
    d = MeetingRoomsDialog(ctx)
    qtbot.addWidget(d)
    for name in ("南厅", "北厅"):
        qtbot.mouseClick(d.ui.new_room_button, Qt.LeftButton)
        d.ui.name_edit.setText(name)
        d.ui.capacity_spin.setValue(30)
        _save(d)
    qtbot.mouseClick(d.ui.new_room_button, Qt.LeftButton)
    d.ui.name_edit.setText("南北厅")
    d.ui.capacity_spin.setValue(60)
    d.ui.parts_list.item(0).setCheckState(Qt.Checked)
    _save(d)
    assert "至少由两个" in d.ui.error_label.text()
    d.ui.parts_list.item(1).setCheckState(Qt.Checked)
    _save(d)
    hall = next(r for r in list_rooms(ctx) if r.name == "南北厅")
    assert hall.parts == "南厅、北厅" and d.changed and d.ui.room_list.count() == 3

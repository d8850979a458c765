"""Reporting a fault (报修) at the counter or on the phone: the room from a 学号, name, pinyin or
房号, the category, urgency, place and description, an optional appointment and photos. Warns when
the same room and category had repairs recently (repeat faults)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem

from app import feedback
from app.errors import DormDeskError
from app.services import config, lookups, repairs
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_repair_report_dialog import Ui_RepairReportDialog

IMAGE_FILTER = "图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"


def to_qdatetime(value) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))


def thumbnail_icon(data: bytes, size: int = 96) -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    if not pixmap.isNull():
        pixmap = pixmap.scaled(size, size, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    return QIcon(pixmap)


class RepairReportDialog(RulesDialog):
    """Fills a new repair slip; `result` holds the saved SlipDetail."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result: repairs.SlipDetail | None = None
        self.student_id: int | None = None
        self.photos: list[tuple[str, bytes]] = []
        self.ui = Ui_RepairReportDialog()
        self.ui.setupUi(self)
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self):
        feedback.show_inline(self.ui.error_label, None)
        for b in lookups.buildings(self.ctx):
            self.ui.building_combo.addItem(b.name, b.id)
        value_combo.fill(self.ui.category_combo, "repairs.category", repairs.CATEGORIES)
        value_combo.fill(self.ui.urgency_combo, "repairs.urgency", repairs.URGENCIES)
        value_combo.fill(self.ui.channel_combo, "repairs.channel", repairs.CHANNELS)
        self.ui.urgency_combo.setCurrentIndex(1)
        self.ui.appointment_edit.setDateTime(to_qdatetime(self.ctx.now().replace(minute=0, second=0)).addSecs(3600))
        self.ui.repeat_label.setVisible(False)
        self.ui.student_search_edit.setFocus()
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (self.ui.room_edit, self.tr("房号")),
            (self.ui.reporter_name_edit, self.tr("报修人")),
            (self.ui.description_edit, self.tr("故障描述")),
        ])

    def _connect_signals(self):
        self.ui.student_search_edit.textChanged.connect(self._on_student_search_edit_text_changed)
        self.ui.student_search_edit.returnPressed.connect(self._on_student_search_edit_return_pressed)
        self.ui.student_list.itemClicked.connect(self._on_student_list_item_clicked)
        self.ui.student_list.itemActivated.connect(self._on_student_list_item_clicked)
        self.ui.room_edit.textEdited.connect(self._on_room_edit_text_edited)
        self.ui.building_combo.currentIndexChanged.connect(self._check_repeats)
        self.ui.category_combo.currentIndexChanged.connect(self._check_repeats)
        self.ui.appointment_check.toggled.connect(self.ui.appointment_edit.setEnabled)
        self.ui.add_photo_button.clicked.connect(self._on_add_photo_button_clicked)
        self.ui.remove_photo_button.clicked.connect(self._on_remove_photo_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)

    @Slot(str)
    def _on_student_search_edit_text_changed(self, text: str):
        self.ui.student_list.clear()
        if len(text.strip()) < 1:
            return
        try:
            hits = lookups.find_students(self.ctx, text, limit=20, residents_only=True)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        for hit in hits:
            item = QListWidgetItem(f"{hit.student_no}  {hit.name}  {hit.building or ''} {hit.room_no or ''}"
                                   f"{'-' + hit.bed_no if hit.bed_no else ''}")
            item.setData(Qt.UserRole, hit)
            self.ui.student_list.addItem(item)
        if len(hits) == 1:
            self.ui.student_list.setCurrentRow(0)
            self._on_student_list_item_clicked(self.ui.student_list.item(0))
        elif hits and len({h.room_id for h in hits}) == 1 and hits[0].room_no == text.strip():
            # a room number typed: the room is known, the reporter is picked from its residents
            self.student_id = None
            index = self.ui.building_combo.findData(hits[0].building_id)
            if index >= 0:
                self.ui.building_combo.setCurrentIndex(index)
            self.ui.room_edit.setText(hits[0].room_no)
            self._check_repeats()

    @Slot()
    def _on_student_search_edit_return_pressed(self):
        """Enter takes the highlighted (or first) hit and moves on to the description."""
        lst = self.ui.student_list
        if lst.count():
            self._on_student_list_item_clicked(lst.currentItem() or lst.item(0))
        self.ui.description_edit.setFocus()

    @Slot(QListWidgetItem)
    def _on_student_list_item_clicked(self, item):
        hit = item.data(Qt.UserRole) if item else None
        if hit is None:
            return
        self.student_id = hit.id
        index = self.ui.building_combo.findData(hit.building_id)
        if index >= 0:
            self.ui.building_combo.setCurrentIndex(index)
        self.ui.room_edit.setText(hit.room_no or "")
        self.ui.reporter_name_edit.setText(hit.name)
        self.ui.phone_edit.setText(hit.phone or "")
        self._check_repeats()

    @Slot(str)
    def _on_room_edit_text_edited(self, _text):
        self.student_id = None  # a room typed by hand is not the found student's any more
        self._check_repeats()

    @Slot()
    def _check_repeats(self):
        room_id = repairs.room_id_for(self.ctx, self.ui.building_combo.currentData(), self.ui.room_edit.text())
        recent = repairs.recent_repairs(self.ctx, room_id, self.ui.category_combo.currentData()) if room_id else []
        if not recent:
            self.ui.repeat_label.setVisible(False)
            return
        threshold = config.get(self.ctx, "repairs.repeat_threshold")
        text = self.tr("该房间近期已有 %1 次同类报修：%2").replace("%1", str(len(recent))).replace(
            "%2", "、".join(f"{r.slip_no}（{r.reported_at:%m-%d}）" for r in recent[:5]))
        if len(recent) + 1 >= threshold:
            text += self.tr("。本次将记为重复故障，请通知主管。")
        self.ui.repeat_label.setText(text)
        self.ui.repeat_label.setStyleSheet("color: #b9770e;")
        self.ui.repeat_label.setVisible(True)

    @Slot()
    def _on_add_photo_button_clicked(self):
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片"), "", IMAGE_FILTER)
        for p in paths:
            self.add_photo(Path(p).name, Path(p).read_bytes())

    def add_photo(self, name: str, data: bytes) -> None:
        self.photos.append((name, data))
        self.rules.mark_dirty()
        item = QListWidgetItem(thumbnail_icon(data, 80), name)
        self.ui.photos_list.addItem(item)

    @Slot()
    def _on_remove_photo_button_clicked(self):
        row = self.ui.photos_list.currentRow()
        if row >= 0:
            self.ui.photos_list.takeItem(row)
            del self.photos[row]

    @Slot()
    def _on_button_box_accepted(self):
        appointment = (self.ui.appointment_edit.dateTime().toPython().replace(second=0, microsecond=0)
                       if self.ui.appointment_check.isChecked() else None)
        try:
            self.result = repairs.report(
                self.ctx, category=self.ui.category_combo.currentData(), urgency=self.ui.urgency_combo.currentData(),
                fault_description=self.ui.description_edit.toPlainText(),
                building=self.ui.building_combo.currentText(), room_no=self.ui.room_edit.text(),
                student_id=self.student_id, reporter_name=self.ui.reporter_name_edit.text(),
                reporter_phone=self.ui.phone_edit.text().strip() or None, location_detail=self.ui.location_edit.text(),
                appointment=appointment, report_channel=self.ui.channel_combo.currentData(), photos=self.photos)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None) -> repairs.SlipDetail | None:
        dialog = cls(ctx, parent)
        return dialog.result if dialog.exec() == QDialog.Accepted else None

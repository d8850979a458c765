"""The one print preview for every PDF form (QtPdf), with printing and saving. The preview file is
drawn without recording anything; 打印 asks `record()` for the file to print, which may audit the
print (a release slip's second print becomes a 补打), then sends its pages to the printer."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout

from app import feedback
from app.errors import DormDeskError
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_pdf_preview_dialog import Ui_PdfPreviewDialog


def print_pdf(parent, path: Path) -> bool:
    """Send a PDF to a printer chosen in the print dialog; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.Accepted:
        return False
    doc = QPdfDocument()
    doc.load(str(path))
    painter = QPainter(printer)
    try:
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            rect = painter.viewport()
            size = doc.pagePointSize(page)
            scale = min(rect.width() / size.width(), rect.height() / size.height())
            image = doc.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
        doc.close()
    return True


class PdfPreviewDialog(RulesDialog):
    """Shows `preview_path`; `record()` returns the PDF to print (audited)."""

    def __init__(self, preview_path: Path, record: Callable[[], Path] | None, info: str = "", parent=None):
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.rules = DialogRules(self)  # Return never closes it; Esc asks when something was typed
        self.preview_path, self.record = Path(preview_path), record
        self.ui.info_label.setText(info)
        self.document = QPdfDocument(self)
        self.document.load(str(self.preview_path))
        self.view = QPdfView(self.ui.view_host)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self.ui.view_host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.ui.print_button.setEnabled(record is not None)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)

    @Slot()
    def _on_print_button_clicked(self):
        try:
            path = self.record()
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        if print_pdf(self, path):
            feedback.status(self.parent(), self.tr("已发送到打印机"))
            self.accept()

    @Slot()
    def _on_save_button_clicked(self):
        target, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), self.preview_path.name, "PDF (*.pdf)")
        if not target:
            return
        try:
            source = self.record() if self.record is not None else self.preview_path
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        shutil.copyfile(source, target)
        feedback.status(self.parent(), self.tr("已保存 %1").replace("%1", target))

    @classmethod
    def show_preview(cls, preview_path: Path, record: Callable[[], Path] | None, info: str = "", parent=None):
        dialog = cls(preview_path, record, info, parent)
        dialog.resize(780, 940)
        return dialog.exec()

    @classmethod
    def show_pdf(cls, path: Path, info: str = "", parent=None):
        """Preview a finished file: printing and saving use the file itself."""
        path = Path(path)
        return cls.show_preview(path, lambda: path, info, parent)

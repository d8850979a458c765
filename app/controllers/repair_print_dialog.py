"""Print preview of a PDF form (repair slip, damage notice): QtPdf's QPdfView when PySide6 has it,
otherwise the PDF opens in the system viewer. Printing renders each page at printer resolution."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSize, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog

from app import feedback
from ui.generated.ui_repair_print_dialog import Ui_RepairPrintDialog

try:  # QtPdf is an optional part of PySide6 builds
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the PySide6 build
    QPdfDocument = QPdfView = None


class RepairPrintDialog(QDialog):
    """Shows the PDF at `path`; Print sends it to a printer, Save copies it elsewhere."""

    def __init__(self, path: Path, title: str, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.ui = Ui_RepairPrintDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.document = None
        if QPdfView is not None:
            self.document = QPdfDocument(self)
            self.document.load(str(self.path))
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.ui.viewer_layout.addWidget(self.view)
        self.ui.print_button.setEnabled(self.document is not None)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)

    @Slot()
    def _on_print_button_clicked(self):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.Accepted:
            return
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                image = self.document.render(page, QSize(rect.width(), rect.height()))
                painter.drawImage(rect, image)
        finally:
            painter.end()

    @Slot()
    def _on_save_button_clicked(self):
        target, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"), self.path.name, "PDF (*.pdf)")
        if target:
            shutil.copyfile(self.path, target)
            feedback.status(self.parent(), self.tr("已保存 %1").replace("%1", target))

    @Slot()
    def _on_open_button_clicked(self):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    @classmethod
    def show_pdf(cls, path: Path, title: str, parent=None) -> None:
        """Preview `path`; without QtPdf hand it to the system's PDF viewer."""
        if QPdfView is None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            return
        cls(path, title, parent).exec()

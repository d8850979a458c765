"""Reading a sheet of cells from .xlsx, .xls or .csv, judged by content rather than by name, with
limits that refuse hostile files quickly and in bounded memory.

Limits: the file's size, the unzipped size and compression ratio of an .xlsx (zip bombs), the
number of rows (counted by streaming the sheet XML before any cell is loaded), encrypted
workbooks (an OLE container holding `EncryptedPackage`, or an .xls with a password).
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import NotFound, ValidationError
from app.texts import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 150            # unzipped / zipped, for members bigger than RATIO_FLOOR
RATIO_FLOOR = 8 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 100
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Sheet:
    """Cells of one sheet; `rows[i]` is the Excel row i+1; `first_col` is the column of rows[i][0]."""

    name: str
    rows: list[list]
    first_col: int = 0
    encoding: str | None = None


def _refuse(message: str, **params):
    raise ValidationError(message, **params)


def read_sheet(path: str | Path) -> Sheet:
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "文件不存在：{path}"), path=str(path)) from None
    except OSError as exc:
        _refuse(QT_TRANSLATE_NOOP("Errors", "无法打开文件：{detail}"), detail=str(exc))
    if size == 0:
        _refuse(QT_TRANSLATE_NOOP("Errors", "文件是空的。"))
    if size > MAX_FILE_BYTES:
        _refuse(QT_TRANSLATE_NOOP("Errors", "文件过大（{mb} MB），上限为 {limit} MB。"),
                mb=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
    if head.startswith(b"PK"):
        _check_xlsx(path)
        return _calamine(path)
    if head.startswith(OLE_MAGIC):
        _check_ole(path)
        return _calamine(path)
    return _csv(path)


def _check_xlsx(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
                _refuse(QT_TRANSLATE_NOOP("Errors", "这是一个压缩包，不是 Excel 工作簿（.xlsx）。"))
            total = sum(i.file_size for i in infos)
            if total > MAX_UNZIPPED_BYTES:
                _refuse(QT_TRANSLATE_NOOP("Errors", "文件解压后过大（{mb} MB），疑似恶意文件，已拒绝。"),
                        mb=total // (1024 * 1024))
            for info in infos:
                if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    _refuse(QT_TRANSLATE_NOOP("Errors", "文件压缩比异常（{name}），疑似恶意文件，已拒绝。"),
                            name=info.filename)
            for info in infos:
                if re.match(r"xl/worksheets/sheet\d*\.xml$", info.filename):
                    _count_rows(zf, info.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        _refuse(QT_TRANSLATE_NOOP("Errors", "文件已损坏，无法读取（{detail}）。"), detail=str(exc)[:120])


# A cell reference beyond column CV (the 100th): calamine would allocate every cell of the rectangle.
_WIDE_CELL = re.compile(rb'<c r="(?:[D-Z][A-Z]|C[W-Z]|[A-Z]{3})\d')
_ROW_NUMBER = re.compile(rb'<row r="(\d+)"')


def _count_rows(zf: zipfile.ZipFile, name: str) -> None:
    """Stream the sheet XML counting <row> elements, and look for far rows and far columns; refuse
    before calamine loads the cells (it holds the whole rectangle in memory)."""
    rows = 0
    tail = b""
    with zf.open(name) as fh:
        while chunk := fh.read(1 << 20):
            data = tail + chunk
            rows += data.count(b"<row ") + data.count(b"<row>")
            numbers = _ROW_NUMBER.findall(data[-4096:])
            far = int(numbers[-1]) if numbers else 0
            if rows > MAX_ROWS or far > MAX_ROWS:
                _refuse(QT_TRANSLATE_NOOP("Errors", "工作表行数超过上限 {limit} 行（含空行），请删除多余的行后再导入。"),
                        limit=MAX_ROWS)
            if _WIDE_CELL.search(data):
                _refuse(QT_TRANSLATE_NOOP("Errors", "工作表列数超过上限 {limit} 列。"), limit=MAX_COLUMNS)
            tail = data[-32:]
            rows -= tail.count(b"<row ") + tail.count(b"<row>")


def _check_ole(path: Path) -> None:
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        _refuse(QT_TRANSLATE_NOOP("Errors", "文件已加密（设置了打开密码）。请在 Excel 中取消密码并另存后再导入。"))


def _calamine(path: Path) -> Sheet:
    from python_calamine import CalamineWorkbook
    try:
        wb = CalamineWorkbook.from_path(str(path))
        sheet = _first_sheet_with_data(wb)
        if sheet.end and sheet.end[0] + 1 > MAX_ROWS:
            _refuse(QT_TRANSLATE_NOOP("Errors", "工作表行数超过上限 {limit} 行（含空行），请删除多余的行后再导入。"),
                    limit=MAX_ROWS)
        if sheet.width > MAX_COLUMNS:
            _refuse(QT_TRANSLATE_NOOP("Errors", "工作表列数超过上限 {limit} 列。"), limit=MAX_COLUMNS)
        rows = list(sheet.iter_rows())
        return Sheet(sheet.name, rows, first_col=sheet.start[1] if sheet.start else 0)
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine raises its own error kinds
        detail = str(exc)
        if "ncrypt" in detail or "assword" in detail:
            _refuse(QT_TRANSLATE_NOOP("Errors", "文件已加密（设置了打开密码）。请在 Excel 中取消密码并另存后再导入。"))
        _refuse(QT_TRANSLATE_NOOP("Errors", "文件已损坏或不是有效的 Excel 工作簿（{detail}）。"), detail=detail[:160])


def _first_sheet_with_data(wb):
    first = None
    for idx, meta in enumerate(wb.sheets_metadata):
        sheet = wb.get_sheet_by_index(idx)
        if first is None:
            first = sheet
        if getattr(meta.visible, "name", "Visible") == "Visible" and sheet.height:
            return sheet
    if first is None:
        _refuse(QT_TRANSLATE_NOOP("Errors", "工作簿中没有工作表。"))
    return first


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset of GBK)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return data.decode("gb18030"), "gb18030"


def _csv(path: Path) -> Sheet:
    data = path.read_bytes()
    sample = data[:4096]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        _refuse(QT_TRANSLATE_NOOP("Errors", "无法识别的文件：既不是 Excel 工作簿，也不是 CSV 文本文件。"))
    try:
        content, encoding = decode(data)
    except UnicodeDecodeError:
        _refuse(QT_TRANSLATE_NOOP("Errors", "无法识别的文件编码：请另存为 UTF-8 或 GBK 编码的 CSV。"))
    if content.count("\n") > MAX_ROWS:
        _refuse(QT_TRANSLATE_NOOP("Errors", "工作表行数超过上限 {limit} 行（含空行），请删除多余的行后再导入。"),
                limit=MAX_ROWS)
    first_line = content[:2000].splitlines()[0] if content.strip() else ""
    delimiter = max((",", "\t", ";", "，"), key=first_line.count) if first_line else ","
    try:
        rows = [row[:MAX_COLUMNS] for row in csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        _refuse(QT_TRANSLATE_NOOP("Errors", "CSV 文件格式错误：{detail}"), detail=str(exc))
    return Sheet(path.stem, rows, 0, encoding)

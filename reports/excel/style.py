"""The shared look of every DormDesk workbook: fonts, borders, fills and the A4 print setup."""
from __future__ import annotations

import unicodedata

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "宋体"
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

TITLE = NamedStyle("dd_title", font=Font(name=FONT_NAME, size=16, bold=True),
                   alignment=Alignment(horizontal="center", vertical="center"))
SUBTITLE = NamedStyle("dd_subtitle", font=Font(name=FONT_NAME, size=10),
                      alignment=Alignment(horizontal="left", vertical="center"))
HEADER = NamedStyle("dd_header", font=Font(name=FONT_NAME, size=10, bold=True), border=BORDER,
                    fill=PatternFill("solid", fgColor="DDE6F0"),
                    alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
BODY = NamedStyle("dd_body", font=Font(name=FONT_NAME, size=10), border=BORDER,
                  alignment=Alignment(vertical="center", wrap_text=False))
TEXT = NamedStyle("dd_text", font=Font(name=FONT_NAME, size=10), border=BORDER, number_format="@",
                  alignment=Alignment(vertical="center"), protection=None)
MONEY = NamedStyle("dd_money", font=Font(name=FONT_NAME, size=10), border=BORDER, number_format="#,##0.00")
DATE = NamedStyle("dd_date", font=Font(name=FONT_NAME, size=10), border=BORDER, number_format="yyyy-mm-dd",
                  alignment=Alignment(horizontal="center"))
DATETIME = NamedStyle("dd_datetime", font=Font(name=FONT_NAME, size=10), border=BORDER,
                      number_format="yyyy-mm-dd hh:mm", alignment=Alignment(horizontal="center"))
INT = NamedStyle("dd_int", font=Font(name=FONT_NAME, size=10), border=BORDER, number_format="0",
                 alignment=Alignment(horizontal="right"))
TOTAL = NamedStyle("dd_total", font=Font(name=FONT_NAME, size=10, bold=True), border=BORDER,
                   fill=PatternFill("solid", fgColor="F2F2F2"))
SIGN = NamedStyle("dd_sign", font=Font(name=FONT_NAME, size=10))
MARKED = PatternFill("solid", fgColor="FCE4D6")  # rows to notice (overdue, voided...)

ALL_STYLES = (TITLE, SUBTITLE, HEADER, BODY, TEXT, MONEY, DATE, DATETIME, INT, TOTAL, SIGN)
KIND_STYLE = {"text": "dd_text", "int": "dd_int", "money": "dd_money", "date": "dd_date",
              "datetime": "dd_datetime", "bool": "dd_body", "number": "dd_body"}


def register_styles(workbook) -> None:
    for style in ALL_STYLES:
        if style.name not in workbook.named_styles:
            workbook.add_named_style(style)


def display_width(text: str) -> int:
    """Columns a text takes in Excel: wide (CJK) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def setup_print(ws: Worksheet, *, header_rows: str, landscape: bool = True) -> None:
    """A4, landscape by default, fitted to the page width, header rows on every page, page footer."""
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_title_rows = header_rows
    from app.texts import translate
    ws.oddFooter.center.text = translate("Registers", "第 &P 页 共 &N 页")
    ws.oddFooter.center.size = 9

"""The monthly pack as one PDF (A4 landscape): the cover with key figures and sign-off, one table
per register with its header repeated on every page and a totals row, then the charts.
"第 N 页 共 M 页" in every footer."""
from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from app import vocab
from app.texts import QT_TRANSLATE_NOOP, punctuate, translate
from reports.excel.register import RegisterSpec, _value, column_widths
from reports.files import atomic_path
from reports.pdf import fonts

PAGE = landscape(A4)
MARGIN = 12 * mm
MAX_CELL = 40  # characters shown per cell; the workbook keeps the full text
HEADER_BG = colors.HexColor("#DDE6F0")
MARK_BG = colors.HexColor("#FCE4D6")


# The cover's words, collected for translation (_cover translates each as it writes it).
WORDS = (QT_TRANSLATE_NOOP("Prints", "{org}　　楼栋：{building}　　期间：{period}"),
         QT_TRANSLATE_NOOP("Prints", "制表：{who}　　生成时间：{at}"), QT_TRANSLATE_NOOP("Prints", "本月主要数据"),
         QT_TRANSLATE_NOOP("Prints", "项目"), QT_TRANSLATE_NOOP("Prints", "数值"), QT_TRANSLATE_NOOP("Prints", "说明"),
         QT_TRANSLATE_NOOP("Prints", "目录"), QT_TRANSLATE_NOOP("Prints", "登记表"), QT_TRANSLATE_NOOP("Prints", "记录数"),
         QT_TRANSLATE_NOOP("Prints", "制表人"), QT_TRANSLATE_NOOP("Prints", "审核人"),
         QT_TRANSLATE_NOOP("Prints", "主管领导"), QT_TRANSLATE_NOOP("Prints", "日期：　　年　　月　　日"),
         QT_TRANSLATE_NOOP("Prints", "审核签字"))


class _NumberedCanvas(Canvas):
    """Draws "第 N 页 共 M 页" once the page count is known (pages are kept until save)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(fonts.register(), 8)
            self.drawCentredString(PAGE[0] / 2, 6 * mm,
                                   translate("Prints", "第 {0} 页 共 {1} 页").format(self._pageNumber, total))
            super().showPage()
        super().save()


def _styles():
    font = fonts.register()
    return {
        "title": ParagraphStyle("t", fontName=font, fontSize=18, leading=24, alignment=1),
        "h": ParagraphStyle("h", fontName=font, fontSize=12, leading=16, spaceBefore=4, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=font, fontSize=9, leading=12),
    }


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Columns", "是" if value else "否")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (float, decimal.Decimal)):
        return f"{float(value):,.2f}"
    s = str(value).replace("\n", " ")
    return s if len(s) <= MAX_CELL else s[:MAX_CELL - 1] + "…"


def _grid(font: str, size: float = 7.5) -> list:
    return [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size + 2), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]


def register_table(spec: RegisterSpec, rows, font: str):
    """A table of a register: header row repeated on each page, marked rows shaded, a totals row."""
    width = PAGE[0] - 2 * MARGIN
    chars = column_widths(spec, rows)
    scale = width / sum(chars)
    head = ParagraphStyle("th", fontName=font, fontSize=7, leading=8.5, alignment=1, wordWrap="CJK")
    data = [[Paragraph(translate("Columns", c.header).replace("&", "&amp;").replace("<", "&lt;"), head)
             for c in spec.columns]]
    style = _grid(font)
    totals = [decimal.Decimal(0)] * len(spec.columns)
    for n, row in enumerate(rows, start=1):
        out = []
        for i, col in enumerate(spec.columns):
            value = _value(row, col.key)
            out.append(_text(vocab.label(col.values, value) if col.values else value))
            if col.total == "sum" and isinstance(value, (int, float, decimal.Decimal)) and not isinstance(value, bool):
                totals[i] += decimal.Decimal(str(value))
            elif col.total == "count" and value not in (None, "", False):
                totals[i] += 1
        data.append(out)
        if spec.mark_key and _value(row, spec.mark_key):
            style.append(("BACKGROUND", (0, n), (-1, n), MARK_BG))
    if any(c.total for c in spec.columns):
        data.append([translate("Registers", "合计")] + [_text(float(t) if c.kind == "money" else int(t)) if c.total else ""
                              for c, t in zip(spec.columns[1:], totals[1:], strict=True)])
        style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#F2F2F2")))
    return LongTable(data, colWidths=[w * scale for w in chars], repeatRows=1, style=style)


def bar_chart(title: str, pairs, font: str) -> Drawing:
    d = Drawing(PAGE[0] - 2 * MARGIN, 70 * mm)
    d.add(String(0, 66 * mm, title, fontName=font, fontSize=11))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 15 * mm, 12 * mm, 200 * mm, 48 * mm
    chart.data = [[float(v) for _, v in pairs] or [0]]
    chart.categoryAxis.categoryNames = [str(k)[:8] for k, _ in pairs] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#4F81BD")
    d.add(chart)
    return d


def _cover(pack, st, font) -> list:
    meta = pack.meta
    t = lambda s: translate("Prints", s)  # noqa: E731 - the words are marked in WORDS
    story = [Paragraph(pack.title, st["title"]), Spacer(1, 3 * mm),
             Paragraph(t("{org}　　楼栋：{building}　　期间：{period}").format(
                 org=meta.org_name, building=meta.building_label, period=meta.period_label), st["p"]),
             Paragraph(t("制表：{who}　　生成时间：{at}").format(who=meta.generated_by, at=pack.generated_at), st["p"]),
             *([Paragraph(meta.privacy_label, st["p"])] if meta.privacy_label else []),
             Paragraph(t("本月主要数据"), st["h"])]
    rows = [[t("项目"), t("数值"), t("说明")]] + [[f.label, _text(f.value), f.note] for f in pack.figures]
    story.append(Table(rows, colWidths=[110 * mm, 40 * mm, 80 * mm], style=_grid(font, 9), hAlign="LEFT"))
    story.append(Paragraph(t("目录"), st["h"]))
    rows = [[t("登记表"), t("记录数")]] + [[s.title, str(len(s.rows))] for s in pack.sections]
    story.append(Table(rows, colWidths=[110 * mm, 40 * mm], style=_grid(font, 9), hAlign="LEFT"))
    story += [Paragraph(w.replace("&", "&amp;").replace("<", "&lt;"), st["p"]) for w in pack.warnings]
    sign = [[punctuate(t(who) + "："), "", t("日期：　　年　　月　　日")] for who in ("制表人", "审核人", "主管领导")]
    story += [Spacer(1, 6 * mm), KeepTogether([
        Paragraph(t("审核签字"), st["h"]),
        Table(sign, colWidths=[40 * mm, 70 * mm, 70 * mm], rowHeights=[12 * mm] * 3, hAlign="LEFT",
              style=[("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                     ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black)])])]
    return story


def build_pack_pdf(pack, path: str | Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the pack's PDF atomically; `progress(done, total)` per register (it may raise to cancel)."""
    font = fonts.register()
    st = _styles()
    story = _cover(pack, st, font)
    total = len(pack.sections) + 1
    for n, sec in enumerate(pack.sections, start=1):
        heading = translate("Prints", "{0}（{1} 条）").format(translate("Registers", sec.spec.title), len(sec.rows))
        story += [PageBreak(), Paragraph(heading, st["h"]),
                  register_table(sec.spec, sec.rows, font)]
        for extra_spec, extra_rows in sec.extra:
            story += [Spacer(1, 4 * mm), Paragraph(translate("Registers", extra_spec.title), st["h"]),
                      register_table(extra_spec, extra_rows, font)]
        if progress:
            progress(n, total)
    if pack.charts:
        story.append(PageBreak())
        for chart in pack.charts:
            story += [bar_chart(chart.title, chart.pairs, font), Spacer(1, 4 * mm)]
    with atomic_path(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=pack.title,
                                author="DormDesk 宿管台")
        doc.build(story, canvasmaker=_NumberedCanvas)
    if progress:
        progress(total, total)
    return Path(path)

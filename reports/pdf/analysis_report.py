"""A portrait A4 report for leadership: title, a few lines of facts, tables, bar charts and the
signature block (制表 / 审核 / 签发). Used by the monthly visit analysis (V3) and the survey report (S2).

`sections` is a list of ("table", heading, header, rows) | ("chart", heading, pairs) | ("text", heading, lines).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from app.texts import QT_TRANSLATE_NOOP, language, punctuate, translate
from reports.files import atomic_path
from reports.pdf import fonts

SIGNERS = (QT_TRANSLATE_NOOP("Prints", "制表人"), QT_TRANSLATE_NOOP("Prints", "审核人"), QT_TRANSLATE_NOOP("Prints", "签发"))

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN


def _esc(s) -> str:
    return str("" if s is None else s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _chart(pairs, font: str) -> Drawing:
    d = Drawing(WIDTH, 58 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 12 * mm, WIDTH - 16 * mm, 42 * mm
    chart.data = [[float(v) for _, v in pairs] or [0]]
    cut = 10 if language() != "en" else max(12, int(150 / max(len(pairs), 1)))  # letters take less room
    chart.categoryAxis.categoryNames = [str(k)[:cut] for k, _ in pairs] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#4F81BD")
    chart.barLabelFormat = "%g"
    chart.barLabels.fontSize = 6
    d.add(chart)
    return d


def _table(header, rows, font: str, head_style=None) -> Table:
    if language() == "en" and head_style is not None:  # English headers are longer: wrap them in their cell
        header = [Paragraph(_esc(h), head_style) for h in header]
    data = [list(header)] + [[_esc(c) if not isinstance(c, Paragraph) else c for c in r] for r in rows]
    n = max(len(header), 1)
    return Table(data, colWidths=[WIDTH / n] * n, repeatRows=1, hAlign="LEFT",
                 style=[("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])


def build_analysis_pdf(path: str | Path, title: str, facts: list[str], sections: list[tuple],
                       signers=SIGNERS) -> Path:
    """`title`, `facts`, the sections' headings and headers and `signers` come in the interface
    language (the caller translates them); the form's own words are translated here."""
    font = fonts.register()
    st = {"title": ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1),
          "h": ParagraphStyle("h", fontName=font, fontSize=11, leading=16, spaceBefore=6, spaceAfter=3),
          "p": ParagraphStyle("p", fontName=font, fontSize=9, leading=13),
          "cell": ParagraphStyle("c", fontName=font, fontSize=8, leading=10)}
    story = [Paragraph(_esc(title), st["title"]), Spacer(1, 3 * mm)]
    story += [Paragraph(_esc(f), st["p"]) for f in facts]
    for section in sections:
        kind, heading = section[0], section[1]
        head = Paragraph(_esc(heading), st["h"])
        if kind == "table":
            rows = [[Paragraph(_esc(c), st["cell"]) for c in r] for r in section[3]] or [["—"] * len(section[2])]
            story += [head, _table(section[2], rows, font, st["cell"])]
        elif kind == "chart":
            story.append(KeepTogether([head, _chart(section[2], font)]))
        else:
            story += [head] + [Paragraph(_esc(x), st["p"]) for x in section[2] or ["—"]]
    date = translate("Prints", "日期：　　年　　月　　日")
    sign = [[punctuate(f"{translate('Prints', who)}："), "", date] for who in signers]
    if language() == "en":  # longer captions wrap in their column
        sign = [[Paragraph(_esc(who), st["p"]), blank, d] for who, blank, d in sign]
    story += [Spacer(1, 6 * mm), KeepTogether([
        Paragraph(_esc(translate("Prints", "审核签字")), st["h"]),
        Table(sign, colWidths=[30 * mm, 70 * mm, 70 * mm], rowHeights=[11 * mm] * len(signers), hAlign="LEFT",
              style=[("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                     ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black)])])]

    def footer(canvas, doc):
        canvas.setFont(font, 8)
        canvas.drawCentredString(A4[0] / 2, 8 * mm, translate("Prints", "{0}　第 {1} 页").format(title, doc.page))

    with atomic_path(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=14 * mm,
                                bottomMargin=16 * mm, title=title, author="DormDesk 宿管台")
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return Path(path)

"""Printed details from issue 15 item 9: the 沿虚线裁开 label is not struck through by its cut line,
and a count of nothing is never read as "零件" (which reads as "parts")."""
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from reports.pdf import common


def test_cut_line_leaves_a_gap_for_its_label(tmp_path, monkeypatch):
    segments = []
    monkeypatch.setattr(common, "line", lambda c, x1, y1, x2, y2, **kw: segments.append((x1, x2)))
    c = Canvas(str(tmp_path / "x.pdf"))
    common.cut_line(c, 140)
    half = c.stringWidth(common.CUT_LABEL, common.font(), 6.5) / mm / 2
    middle = common.PAGE_W / mm / 2
    assert len(segments) == 2
    for x1, x2 in segments:  # no dash runs under the label
        assert x2 <= middle - half or x1 >= middle + half


def test_capital_quantity_reads_nothing_for_zero():
    assert common.capital_quantity(0) == "" and common.capital_quantity(None) == ""
    assert common.capital_quantity(3) == "叁件" and common.capital_quantity(12, "把") == "壹拾贰把"


def test_release_total_in_the_dialog_never_says_lingjian():
    from app.controllers.release_slip_dialog import total_text
    assert "零件" not in total_text(0) and "大写" not in total_text(0)
    assert total_text(3) == "合计：3 件（大写：叁件）"

"""The home page's trend chart has axes: counts on the left (0 and the top), dates along the bottom."""
import datetime as dt

from PySide6.QtGui import QImage

from app.widgets.trend_chart import TrendChart


def test_trend_chart_labels_its_axes_with_counts_and_dates(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(360, 150)
    values = tuple(range(30))
    chart.set_series("钥匙业务", values, "30 天共 435，今天 29", first_day=dt.date(2026, 11, 3))
    x_labels, y_labels = chart.axis_labels()
    assert x_labels[0] == "11-03" and x_labels[-1] == "12-02" and len(x_labels) >= 3
    assert y_labels[0] == "0" and y_labels[-1] == "29"
    image = QImage(chart.size(), QImage.Format_ARGB32)
    chart.render(image)  # paints without error, with the labels inside the widget
    assert chart.plot_rect().left() > 12 and chart.plot_rect().bottom() < chart.height() - 12


def test_an_empty_series_still_shows_a_zero_axis(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_series("考核", (0,) * 30, "", first_day=dt.date(2026, 11, 3))
    assert chart.axis_labels()[1] == ["0", "1"]

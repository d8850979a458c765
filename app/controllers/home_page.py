"""The home page (首页): the numbers that need attention now, each opening the list behind it, and
small trend charts for the last 30 days. The numbers are read on a worker thread and refreshed by
themselves every minute while the page is visible; the window never waits for them."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer, Slot

from app import feedback
from app.controllers.handover_dialog import HandoverDialog
from app.controllers.page import Page
from app.services import dashboard
from app.widgets.number_tile import NumberTile
from app.widgets.trend_chart import TrendChart
from ui.generated.ui_home_page import Ui_HomePage

log = logging.getLogger(__name__)
REFRESH_MS = 60_000
TILE_COLUMNS = 4
TREND_COLUMNS = 3


class HomePage(Page):
    ui_class = Ui_HomePage

    def _init_widgets(self):
        self.tiles: dict[str, NumberTile] = {}
        self.tile_data: dict[str, dashboard.Tile] = {}
        self.charts: dict[str, TrendChart] = {}
        self.snapshot: dashboard.Snapshot | None = None
        self._task = None
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.ui.empty_label.setVisible(False)
        self.ui.handover_button.setVisible(self.ctx.can("handover.create") or self.ctx.can("handover.accept"))

    def _connect_signals(self):
        self.refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.handover_button.clicked.connect(self._on_handover_button_clicked)

    # Loading -------------------------------------------------------------------------------------
    def reload(self):
        self.refresh()
        self.refresh_timer.start()

    def hideEvent(self, event):  # noqa: N802 - Qt API
        self.refresh_timer.stop()
        super().hideEvent(event)

    @Slot()
    def _on_refresh_timer_timeout(self):
        if self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self):
        """Read the numbers on a worker thread (skipped while a read is still running)."""
        if self._task is not None:
            return
        ctx = self.ctx
        self._task = self.state.tasks.run(lambda _p, cancelled: dashboard.snapshot(ctx, cancelled),
                                          on_done=self._on_snapshot, on_error=self._on_snapshot_failed)

    def _on_snapshot_failed(self, exc):
        self._task = None
        log.warning("dashboard: %s", exc)
        self.ui.updated_label.setText(self.tr("读取失败：%1").replace("%1", feedback.error_text(exc)))

    def _on_snapshot(self, snap: dashboard.Snapshot):
        self._task = None
        self.snapshot = snap
        self._show_tiles(snap.tiles)
        self._show_trends(snap.trends)
        self.ui.updated_label.setText(self.tr("更新于 %1").replace("%1", f"{snap.at:%H:%M}"))
        for layout in (self.ui.tiles_grid, self.ui.trends_grid, self.ui.contents_layout, self.layout()):
            layout.activate()  # lay the new tiles out now, not at the next event-loop turn

    def _show_tiles(self, tiles):
        keys = [t.key for t in tiles]
        if keys != list(self.tiles):
            for tile in self.tiles.values():
                tile.deleteLater()
            self.tiles.clear()
            for n, data in enumerate(tiles):
                tile = NumberTile(QCoreApplication.translate("Dashboard", data.title), self.ui.tiles_container)
                tile.setObjectName(f"tile_{data.key}")
                tile.sig_clicked.connect(lambda key=data.key: self.open_item(key))
                self.ui.tiles_grid.addWidget(tile, n // TILE_COLUMNS, n % TILE_COLUMNS)
                tile.show()  # the layout would only show it at the next event-loop turn
                self.tiles[data.key] = tile
        self.tile_data = {t.key: t for t in tiles}
        for data in tiles:
            self.tiles[data.key].set_count(data.count, data.needs_attention)
        self.ui.empty_label.setVisible(not tiles)

    def _show_trends(self, trends):
        for n, trend in enumerate(trends):
            chart = self.charts.get(trend.key)
            if chart is None:
                chart = TrendChart(parent=self.ui.trends_container)
                chart.setObjectName(f"trend_{trend.key}")
                self.ui.trends_grid.addWidget(chart, n // TREND_COLUMNS, n % TREND_COLUMNS)
                chart.show()
                self.charts[trend.key] = chart
            caption = self.tr("30 天共 %1，今天 %2").replace("%1", str(trend.total)).replace(
                "%2", str(trend.values[-1] if trend.values else 0))
            chart.set_series(QCoreApplication.translate("Dashboard", trend.title), trend.values, caption,
                             first_day=trend.first_day)

    # Opening the list behind a number -------------------------------------------------------------
    def open_item(self, key: str) -> None:
        item = self.tile_data.get(key)
        if item is None:
            return
        if item.page == "home":
            if item.filter == "handover":
                self._on_handover_button_clicked()
            return
        window = self.window()
        entries = [e.key for e in getattr(window, "entries", [])]
        if not hasattr(window, "show_page") or (entries and item.page not in entries):
            feedback.status(self, self.tr("没有权限打开该页面，或该模块尚未安装。"))
            return
        window.show_page(item.page)
        page = getattr(window, "pages", {}).get(item.page)
        if page is not None and item.filter and hasattr(page, "apply_filter"):
            page.apply_filter(item.filter)

    @Slot()
    def _on_handover_button_clicked(self):
        HandoverDialog.run(self.state, self)
        self.refresh()

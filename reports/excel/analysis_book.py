"""An analysis workbook: several register-style sheets (the one register engine) and a sheet of
native charts. Used by the monthly visit analysis (V3) and the survey report (S2). No database, no Qt."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reports.excel.charts import ChartData, write_chart_sheet
from reports.excel.register import RegisterMeta, RegisterSpec, new_workbook, write_register
from reports.files import atomic_path


def build_analysis_book(sheets: Sequence[tuple[RegisterSpec, Sequence]], charts: Sequence[ChartData],
                        path: str | Path, meta: RegisterMeta, progress=None) -> Path:
    """Write the sheets in order, then the charts sheet (when there are charts), atomically."""
    wb = new_workbook()
    for n, (spec, rows) in enumerate(sheets):
        write_register(wb, spec, rows, meta, progress if n == 0 else None)
    if charts:
        write_chart_sheet(wb, list(charts))
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return Path(path)

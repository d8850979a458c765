"""The monthly pack workbook (月度报表): a cover sheet with the month's key figures, a table of the
sheets and a sign-off block, then one register sheet per register (the register engine), then a
sheet of native charts. Plain data in, a file out; no database, no Qt."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment

from app.texts import QT_TRANSLATE_NOOP, punctuate, translate
from reports.excel import style
from reports.excel.charts import ChartData, write_chart_sheet
from reports.excel.register import RegisterMeta, RegisterSpec, new_workbook, write_register
from reports.files import atomic_path

SIGN_OFF = (QT_TRANSLATE_NOOP("Registers", "制表人"), QT_TRANSLATE_NOOP("Registers", "审核人"),
            QT_TRANSLATE_NOOP("Registers", "主管领导"))
# The cover's words, collected for translation (write_cover translates each as it writes it).
COVER_WORDS = (QT_TRANSLATE_NOOP("Registers", "封面"), QT_TRANSLATE_NOOP("Registers", "期间：{0}"),
               QT_TRANSLATE_NOOP("Registers", "楼栋：{0}"), QT_TRANSLATE_NOOP("Registers", "制表：{0}    生成时间：{1}"),
               QT_TRANSLATE_NOOP("Registers", "本月主要数据"), QT_TRANSLATE_NOOP("Registers", "项目"),
               QT_TRANSLATE_NOOP("Registers", "数值"), QT_TRANSLATE_NOOP("Registers", "说明"),
               QT_TRANSLATE_NOOP("Registers", "目录"), QT_TRANSLATE_NOOP("Registers", "工作表"),
               QT_TRANSLATE_NOOP("Registers", "记录数"), QT_TRANSLATE_NOOP("Registers", "登记表"),
               QT_TRANSLATE_NOOP("Registers", "图表"), QT_TRANSLATE_NOOP("Registers", "审核签字"),
               QT_TRANSLATE_NOOP("Registers", "日期：______年____月____日"), QT_TRANSLATE_NOOP("Registers", "（盖章）"))


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: object
    note: str = ""


@dataclass
class PackSection:
    """One register of the pack: its main sheet and any summary sheets."""

    kind: str
    title: str
    spec: RegisterSpec
    rows: Sequence
    extra: list[tuple[RegisterSpec, Sequence]] = field(default_factory=list)


@dataclass
class PackContent:
    title: str
    meta: RegisterMeta
    figures: list[KeyFigure]
    sections: list[PackSection]
    charts: list[ChartData] = field(default_factory=list)
    generated_at: str = ""
    warnings: list[str] = field(default_factory=list)  # registers left out (failed to read)


def _cell(ws, value, style_name="dd_body", *, text=False):
    c = WriteOnlyCell(ws, value=value)
    if text or isinstance(value, str):
        c.data_type = "s"  # user text never becomes a formula
    c.style = style_name
    return c


def write_cover(wb, pack: PackContent):
    """The cover: title, organisation/period/building, key figures, contents and sign-off."""
    t = lambda s: translate("Registers", s)  # noqa: E731 - the words are marked in COVER_WORDS
    ws = wb.create_sheet(title=t("封面"))
    for letter, width in zip("ABC", (34, 16, 40), strict=True):
        ws.column_dimensions[letter].width = width
    style.setup_print(ws, header_rows="1:1", landscape=False)
    ws.print_title_rows = None
    meta = pack.meta
    row = [_cell(ws, pack.title, "dd_title"), _cell(ws, None, "dd_title"), _cell(ws, None, "dd_title")]
    for c in row:  # write-only sheets cannot merge: centre across the three columns instead
        c.alignment = Alignment(horizontal="centerContinuous", vertical="center")
    ws.append(row)
    ws.append([_cell(ws, meta.org_name, "dd_subtitle")])
    ws.append([_cell(ws, t("期间：{0}").format(meta.period_label), "dd_subtitle"),
               _cell(ws, t("楼栋：{0}").format(meta.building_label), "dd_subtitle")])
    ws.append([_cell(ws, t("制表：{0}    生成时间：{1}").format(meta.generated_by, pack.generated_at), "dd_subtitle")])
    if meta.privacy_label:
        ws.append([_cell(ws, meta.privacy_label, "dd_subtitle")])
    ws.append([])
    ws.append([_cell(ws, t("本月主要数据"), "dd_subtitle")])
    ws.append([_cell(ws, t(h), "dd_header") for h in ("项目", "数值", "说明")])
    for fig in pack.figures:
        value = fig.value
        ws.append([_cell(ws, fig.label, "dd_text"),
                   _cell(ws, value, "dd_money" if isinstance(value, float) else "dd_int"),
                   _cell(ws, fig.note, "dd_text", text=True)])
    ws.append([])
    ws.append([_cell(ws, t("目录"), "dd_subtitle")])
    ws.append([_cell(ws, t(h), "dd_header") for h in ("工作表", "记录数", "登记表")])
    for sec in pack.sections:
        ws.append([_cell(ws, t(sec.spec.sheet_name or sec.spec.title)[:31], "dd_text"),
                   _cell(ws, len(sec.rows), "dd_int"), _cell(ws, sec.title, "dd_text")])
    if pack.charts:
        ws.append([_cell(ws, t("图表"), "dd_text"), _cell(ws, len(pack.charts), "dd_int"),
                   _cell(ws, translate("Values", "、").join(c.title for c in pack.charts), "dd_text")])
    for note in [*meta.notes, *pack.warnings]:
        ws.append([_cell(ws, note, "dd_sign", text=True)])
    ws.append([])
    ws.append([_cell(ws, t("审核签字"), "dd_subtitle")])
    for who in SIGN_OFF:
        ws.append([_cell(ws, punctuate(f"{t(who)}："), "dd_sign"), _cell(ws, "", "dd_sign"),
                   _cell(ws, t("日期：______年____月____日"), "dd_sign")])
        ws.append([])
    ws.append([_cell(ws, t("（盖章）"), "dd_sign")])
    return ws


def build_pack(pack: PackContent, path: str | Path,
               progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the pack atomically; `progress(done, total)` counts rows written (it may raise to cancel)."""
    wb = new_workbook()
    write_cover(wb, pack)
    total = sum(len(s.rows) + sum(len(r) for _, r in s.extra) for s in pack.sections) or 1
    done = 0

    def sub(base):
        return (lambda d, _t: progress(base + d, total)) if progress else None

    for sec in pack.sections:
        write_register(wb, sec.spec, sec.rows, pack.meta, sub(done))
        done += len(sec.rows)
        owner = (sec.spec.sheet_name or sec.spec.title)[:12]
        for extra_spec, extra_rows in sec.extra:
            # short generic summary names get their register's name ("投诉登记·统计", not "统计1")
            name = extra_spec.sheet_name or extra_spec.title
            if len(name) <= 4:
                extra_spec = replace(extra_spec, sheet_name=f"{owner}·{name}"[:31])
            write_register(wb, extra_spec, extra_rows, pack.meta, sub(done))
            done += len(extra_rows)
    if pack.charts:
        write_chart_sheet(wb, pack.charts, translate("Registers", "图表"))
    with atomic_path(path) as tmp:
        wb.save(tmp)
    if progress:
        progress(total, total)
    return Path(path)

"""Printed forms speak the interface language: every PRINTS kind of the catalog (and the monthly
pack's and the weekly reconciliation's PDFs) printed in English on demo data carries no Chinese
outside user data; printed in Chinese, the forms keep their Chinese layout."""
from __future__ import annotations

import json
import random
import re
import shutil
import subprocess

import pytest
from sqlalchemy import select

from app.db.models.assessments import AssessmentIncident
from app.db.models.frontdesk import Complaint
from app.db.models.handover import Handover
from app.db.models.keys import KeyIssue
from app.db.models.meetings import MeetingOrder
from app.db.models.release import MoveOutInspection, ReleaseSlip
from app.db.models.visits import ReturnVisit, SurveyPlan
from app.services import catalog, demo, monthly_pack, release_reports
from app.services.periods import parse_month
from tests.gui.test_english_everywhere import CJK, _report, english, leftover, user_data  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")


def _first(ctx, column, *where):
    with ctx.db.engine.connect() as s:
        return s.scalar(select(column).where(column.is_not(None), *where).order_by(column).limit(1))


def numbers(ctx) -> dict[str, str]:
    """One document number per print kind, found in the demo data."""
    from app.db.models.repairs import DamageNotice, RepairSlip
    from app.db.models.residents import Building
    month = f"{ctx.today():%Y-%m}"
    with ctx.db.engine.connect() as s:
        incident_month = s.scalar(select(AssessmentIncident.occurred_at).order_by(AssessmentIncident.id.desc()).limit(1))
    return {
        "repair-slip": _first(ctx, RepairSlip.slip_no),
        "damage-notice": _first(ctx, DamageNotice.notice_no),
        "complaint": _first(ctx, Complaint.complaint_no),
        "visit": _first(ctx, ReturnVisit.visit_no),
        "visit-analysis": month,
        "meeting-order": _first(ctx, MeetingOrder.order_no),
        "handover": str(_first(ctx, Handover.id)),
        "key-receipt": _first(ctx, KeyIssue.issue_no),
        "key-tags": _first(ctx, Building.name),
        "release-slip": _first(ctx, ReleaseSlip.slip_no),
        "inspection-notice": _first(ctx, MoveOutInspection.notice_no),
        "survey-report": _first(ctx, SurveyPlan.survey_no),
        "assessment": f"{incident_month:%Y-%m}" if incident_month else month,
    }


def pdf_text(path) -> str:
    """The text in reading order; a Chinese text wrapped over two lines of a cell is joined again."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(f"(?<={CJK.pattern})\n(?={CJK.pattern})", "", out)


def printed_user_data(ctx):
    """user_data, plus what a print shows as written: the frozen rows of handover records and the name
    of the user printing."""
    _, texts = user_data(ctx)
    found = set(texts) | {ctx.actor.display_name}
    with ctx.db.engine.connect() as conn:
        for (sections,) in conn.execute(select(Handover.sections)):
            found.update(row for section in json.loads(sections or "[]") for row in section["rows"])
    texts = sorted(found, key=len, reverse=True)
    return re.compile("|".join(re.escape(v) for v in texts)), texts


def print_all(ctx, folder) -> dict[str, object]:
    """Every printed form by kind (one document each, plus the pack and the reconciliation): paths."""
    found = numbers(ctx)
    paths = {}
    for kind, source in sorted(catalog.prints().items()):
        number = found.get(kind)
        assert number, f"no demo document for print kind {kind!r}: add it to numbers()"
        paths[kind] = source.build(ctx, number, folder / f"{kind}.pdf")
    period = parse_month(f"{ctx.today():%Y-%m}")
    paths["monthly-pack"] = monthly_pack.export_pdf(ctx, period, None, folder / "monthly-pack.pdf")
    paths["reconciliation"] = release_reports.build_reconciliation_pdf(ctx, period, folder / "reconciliation.pdf")
    return paths


def _print_all(ctx, tmp_path) -> dict[str, str]:
    return {kind: pdf_text(path) for kind, path in print_all(ctx, tmp_path).items()}


def _leftover(line: str, data) -> str:
    """leftover(), also allowing a user text that a cell cut short: the whole line the start of one,
    or a part of one before "…"."""
    _, texts = data
    if len(line) >= 2 and any(t.startswith(line) for t in texts):
        return ""
    line = re.sub(r"(\S+)…", lambda m: " " if any(m.group(1) in t for t in texts) else m.group(0), line)
    return leftover(line, data)


@pytest.fixture
def demo_db(ctx):
    demo.run(ctx, random.Random(7), {"students": 80})
    return ctx


def test_every_printed_form_in_english_has_no_chinese_but_user_data(demo_db, english, tmp_path):
    data = printed_user_data(demo_db)
    problems: dict = {}
    for kind, text in _print_all(demo_db, tmp_path).items():
        for line in text.splitlines():
            rest = _leftover(line.strip(), data)
            if rest:
                problems.setdefault(kind, set()).add(f"{rest[:30]} in {line.strip()[:60]!r}")
    assert not problems, "Chinese in forms printed in English:\n" + _report(problems)


def test_printed_forms_in_chinese_keep_their_chinese_layout(demo_db, tmp_path):
    texts = _print_all(demo_db, tmp_path)
    expected = {"repair-slip": "维修单（派工单）", "damage-notice": "公物损坏赔偿通知单", "complaint": "投诉记录/处理表",
                "visit": "回访记录表", "meeting-order": "会 议 接 待 单", "handover": "交接班记录",
                "key-receipt": "钥匙领取单", "key-tags": "备用钥匙标签", "release-slip": "物 品 放 行 条",
                "assessment": "宿舍管理员月度考核表", "monthly-pack": "本月主要数据",
                "reconciliation": "物品放行条周对账表", "inspection-notice": "通知书",
                "visit-analysis": "审核签字", "survey-report": "审核签字"}
    for kind, title in expected.items():
        assert title.replace(" ", "") in re.sub(r"\s", "", texts[kind]), f"{kind}: {title!r} missing from the Chinese print"


def test_monthly_pack_workbook_cover_in_english_has_no_chinese_but_user_data(demo_db, english, tmp_path):
    """The Excel pack shares the PDF's cover: its words, key figures and chart titles in English too."""
    from openpyxl import load_workbook
    data = printed_user_data(demo_db)
    period = parse_month(f"{demo_db.today():%Y-%m}")
    wb = load_workbook(monthly_pack.export(demo_db, period, None, tmp_path / "pack.xlsx"), read_only=True)
    cover = wb.worksheets[0]
    texts = [cover.title] + [str(v) for row in cover.iter_rows(values_only=True) for v in row if v is not None]
    problems = {t for t in texts if _leftover(t, data)}
    wb.close()
    assert not problems, f"Chinese on the monthly pack's cover in English: {sorted(problems)[:6]}"

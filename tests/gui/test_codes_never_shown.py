"""A stored code is never what the user reads: every page (and tab) and every register, on demo
data, in the default Chinese interface, shows the label of each enumerated value (app.vocab), never
its code. Catches a screen, register or message that reads a converted column without
`vocab.label` (it would show "urgent" where the clerk expects 紧急)."""
from __future__ import annotations

import re

from openpyxl import load_workbook

from app import vocab
from app.services import catalog, registers
from app.services.periods import parse_month
from tests.gui.test_english_everywhere import RECORDS, demo_db, page_texts  # noqa: F401 (fixture)

WORD = re.compile(r"[A-Za-z][A-Za-z_-]*")  # "meeting-cleaning" (a register's CLI name) is one word


def shown_codes() -> set[str]:
    """Codes that differ from their label and could be mistaken for nothing else: ASCII words of
    two letters or more (a lone "m" or "f" is too common in ordinary text to tell)."""
    codes = set()
    for name in vocab.names():
        for code, label in vocab.get(name).labels.items():
            if code != label and code.isascii() and len(code) >= 2:
                codes.add(code)
    return codes


def codes_in(text: str, codes: set[str]) -> set[str]:
    return {w for w in WORD.findall(text or "") if w in codes}


def test_every_page_shows_labels_not_codes(qtbot, state, demo_db, qapp):  # noqa: F811
    codes = shown_codes()
    problems: dict = {}
    for where, text in page_texts(qtbot, state, qapp):
        found = codes_in(text, codes)
        if found:
            problems.setdefault(where, set()).add(f"{sorted(found)} in {text[:50]!r}")
    assert not problems, "Stored codes shown instead of labels:\n" + "\n".join(
        f"{where}: {sorted(texts)[:4]}" for where, texts in sorted(problems.items()))


def test_every_register_shows_labels_not_codes(demo_db, tmp_path):  # noqa: F811
    ctx = demo_db
    codes = shown_codes()
    period = parse_month(f"{ctx.today():%Y-%m}")
    problems: dict = {}
    for kind in sorted(catalog.registers()):
        path = registers.export(ctx, kind, period, None, tmp_path / f"{kind}.xlsx")
        wb = load_workbook(path, read_only=True)
        for ws in wb.worksheets:
            # the audit trail's before/after snapshots are records kept as written (codes included)
            for row in ws.iter_rows(values_only=True, max_row=3 if kind in RECORDS else None):
                for value in row:
                    if isinstance(value, str) and (found := codes_in(value, codes)):
                        problems.setdefault(f"{kind}/{ws.title}", set()).add(f"{sorted(found)} in {value[:50]!r}")
        wb.close()
    assert not problems, "Stored codes in registers instead of labels:\n" + "\n".join(
        f"{where}: {sorted(texts)[:4]}" for where, texts in sorted(problems.items()))

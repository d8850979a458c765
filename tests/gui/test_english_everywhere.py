"""English mode leaves no Chinese outside what users typed: every page (and tab) of the main window
and every register, on demo data, in English. A Chinese character is allowed only inside user
data: the texts stored in the database (names, addresses, free text, building names...), except
those that are the source of a translation (a stored enumerated label is not user data)."""
from __future__ import annotations

import json
import random
import re

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QListView, QTabWidget,
                               QPlainTextEdit, QTableView, QTextEdit, QTreeView, QTreeWidget, QWidget)
from sqlalchemy import String, Text, select

from app import i18n, vocab
from app.texts import punctuate
from app.db.models import Base
from app.services import catalog, config, demo, registers
from app.services.periods import parse_month

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
RUN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
# Tables whose texts the application writes itself (not user data): the audit trail's summaries,
# configuration (its labels are translated; the organisation's name is the one typed value).
NOT_USER_DATA = {"audit_log", "config_value", "alembic_version"}
# Registers whose rows are records kept as they were written (the audit trail's summaries and
# before/after snapshots): only their title and headers are checked.
RECORDS = {"audit"}
# A language is named in its own language in the language menu.
OWN_NAMES = {"简体中文"}


def user_data(ctx) -> tuple[re.Pattern, list[str]]:
    """A pattern matching every user-typed text in the database (longest first), and the texts.
    Columns that hold vocabulary values (app.vocab) are not user data, nor are tables the
    application writes itself; configuration values are (the office types them)."""
    stored = vocab.stored_columns()
    found = set()
    with ctx.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_USER_DATA:
                continue
            cols = [c for c in table.columns if isinstance(c.type, (String, Text))
                    and f"{table.name}.{c.name}" not in stored]
            if not cols:
                continue
            for row in conn.execute(select(*cols)):
                found.update(v.strip() for v in row if isinstance(v, str) and CJK.search(v))
        for (value,) in conn.execute(select(Base.metadata.tables["config_value"].c.value)):
            found.update(_strings(json.loads(value)))
    found.update(_strings(list(catalog.config_defaults().values())))
    found.add(config.get(ctx, "org.name"))
    found |= {punctuate(t).strip() for t in found}  # as detail panes show them in English
    found.discard("")
    texts = sorted(found, key=len, reverse=True)
    return re.compile("|".join(re.escape(v) for v in texts)), texts


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def leftover(text: str, data) -> str:
    """The Chinese left in `text` once user data is taken out ("" if none). A user text cut short
    (a description in a narrow column header) also counts: a run of 4 or more characters found
    inside a user text, or a last run of 2 or more that starts one."""
    if not text or not CJK.search(text):
        return ""
    pattern, texts = data
    rest = pattern.sub(" ", text)
    runs = RUN.findall(rest)
    last = runs[-1] if runs else ""
    if len(last) >= 2 and rest.rstrip().endswith(last) and any(t.startswith(last) for t in texts):
        runs.pop()  # the start of a user text cut short (a narrow column header)
    runs = [r for r in runs if not (len(r) >= 4 and any(r in t for t in texts))]
    return " ".join(runs)


def widget_texts(root: QWidget):
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        name = w.objectName()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
            yield name, w.toolTip()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield name, w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield name, w.tabText(i)
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QLineEdit):
            yield name, w.placeholderText()
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield name, w.toPlainText()
        if isinstance(w, QTreeWidget):
            for i in range(w.columnCount()):
                yield name, w.headerItem().text(i)
        if isinstance(w, (QTableView, QTreeView, QListView)) and w.model() is not None:
            m = w.model()
            ncol = 1 if isinstance(w, QListView) else m.columnCount(QModelIndex())
            for col in range(ncol):
                yield name, str(m.headerData(col, Qt.Horizontal) or "")
            for r in range(min(m.rowCount(QModelIndex()), 60)):
                for col in range(ncol):
                    value = m.data(m.index(r, col))
                    if value is not None:
                        yield name, str(value)


@pytest.fixture
def demo_db(ctx):
    demo.run(ctx, random.Random(7), {"students": 80})
    return ctx


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "zh_CN")


def _report(problems: dict) -> str:
    return "\n".join(f"{where}: {sorted(texts)[:4]}" for where, texts in sorted(problems.items()))


def page_texts(qtbot, state, qapp):
    """("page/widget", text) for every text the main window shows, page by page and tab by tab,
    each once its rows have loaded."""
    from app.controllers.main_window import MainWindow
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    for entry in window.entries:
        window.show_page(entry.key)
        page = window.pages[entry.key]
        tabs = [(None, None)] + [(tw, i) for tw in page.findChildren(QTabWidget) for i in range(tw.count())]
        for tw, i in tabs:
            if tw is not None:
                tw.setCurrentIndex(i)
            state.tasks.wait_all(10000)
            qapp.processEvents()
            for name, text in widget_texts(page):
                yield f"{entry.key}/{name}", text


def test_every_page_in_english_shows_no_chinese_but_user_data(qtbot, state, demo_db, english, qapp):
    data = user_data(demo_db)
    problems: dict = {}
    for where, text in page_texts(qtbot, state, qapp):
        rest = leftover(text, data)
        if rest and text not in OWN_NAMES:
            problems.setdefault(where, set()).add(f"{rest[:30]} in {text[:50]!r}")
    assert not problems, "Chinese in the English interface:\n" + _report(problems)


def test_every_register_in_english_has_no_chinese_but_user_data(demo_db, english, tmp_path):
    ctx = demo_db
    data = user_data(ctx)
    period = parse_month(f"{ctx.today():%Y-%m}")
    problems: dict = {}
    for kind in sorted(catalog.registers()):
        path = registers.export(ctx, kind, period, None, tmp_path / f"{kind}.xlsx")
        wb = load_workbook(path, read_only=True)
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True, max_row=3 if kind in RECORDS else None)
            for text in [ws.title] + [str(v) for row in rows for v in row if v is not None]:
                rest = leftover(text, data)
                if rest:
                    problems.setdefault(f"{kind}/{ws.title}", set()).add(f"{rest[:30]} in {text[:50]!r}")
        wb.close()
    assert not problems, "Chinese in registers exported in English:\n" + _report(problems)

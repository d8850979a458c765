"""Enumerated values (app/vocab.py): codes shown as labels in the interface's language, labels
typed back to codes, and registers writing a vocabulary column as its labels."""
from openpyxl import load_workbook

from app import texts, vocab
from reports.excel.register import build_register
from reports.excel.spec import Col, RegisterMeta, RegisterSpec


def test_codes_and_labels_both_ways():
    assert vocab.label("key.pledge_type", "student") == "学生证"
    assert vocab.code("key.pledge_type", "学生证") == "student"
    assert vocab.code("key.pledge_type", "id_card") == "id_card"
    assert vocab.code("key.pledge_type", "驾驶证") is None
    assert vocab.label("key.pledge_type", None) == "" and vocab.label("repairs.category", "water") == "水"
    assert vocab.join(["张三", "李四"]) == "张三、李四"


def test_labels_follow_the_installed_translator():
    english = {("Values", "学生证"): "Student card", ("Values", "、"): ", "}
    texts.set_translator(lambda ctx, s: english.get((ctx, s), s), "en")
    try:
        assert vocab.label("key.pledge_type", "student") == "Student card"
        assert vocab.code("key.pledge_type", "Student card") == "student"
        assert vocab.join(["Zhang", "Li"]) == "Zhang, Li"
        assert texts.punctuate("报修人：张三（101）") == "报修人: 张三 (101)"
    finally:
        texts.set_translator(None, "zh_CN")
    assert texts.punctuate("报修人：张三") == "报修人：张三"


def test_every_vocabulary_column_exists_in_the_schema():
    from app.db.models import Base
    from app.services import catalog
    catalog.registers()  # services declare their own vocabularies when imported
    tables = Base.metadata.tables
    for column in vocab.stored_columns():
        table, name = column.split(".")
        assert table in tables and name in tables[table].c, column


def test_register_writes_a_vocabulary_column_as_labels(tmp_path):
    spec = RegisterSpec("借用登记", (Col("no", "序号"), Col("pledge", "抵押证件", values="key.pledge_type")))
    path = build_register(spec, [{"no": "JY1", "pledge": "campus"}, {"no": "JY2", "pledge": None}],
                          tmp_path / "r.xlsx", RegisterMeta(org_name="测试"))
    ws = load_workbook(path).active
    assert [ws.cell(4, 2).value, ws.cell(5, 2).value] == ["一卡通", None]

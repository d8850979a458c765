"""The roster file layer: reading xlsx/xls/GBK csv, finding the header, normalising, every
file-level rejection rule, GB 11643, hostile files, and the export -> import round trip."""
import datetime as dt
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import NotFound, ValidationError
from app.importing import columns, idcard, normalise, readers, roster
from tests import roster_files as rf


def _parse(path):
    return roster.parse(readers.read_sheet(path), today=dt.date(2026, 9, 15))


@pytest.mark.parametrize("kind", ["xlsx", "xls", "csv-gbk", "csv-utf8-bom"])
def test_messy_roster_in_every_format(tmp_path, kind):
    rows = rf.messy_rows()
    if kind == "xlsx":
        path = rf.write_xlsx(tmp_path / "名单.xlsx", rows)
    elif kind == "xls":
        path = rf.write_xls(tmp_path / "名单.xls", rows)
    elif kind == "csv-gbk":
        path = rf.write_csv(tmp_path / "名单.csv", rows, "gbk")
    else:
        path = rf.write_csv(tmp_path / "名单.csv", rows, "utf-8-sig")
    parsed = _parse(path)
    assert parsed.header_row == 4
    assert parsed.mapping["student_no"] == 1 and parsed.mapping["room_no"] == 9
    got = {r.values["student_no"]: r for r in parsed.rows}
    assert set(got) == set(rf.EXPECTED)
    for no, exp in rf.EXPECTED.items():
        v = got[no].values
        assert v["name"] == exp["name"] and v["gender"] == exp["gender"]
        assert (v.get("phone") or None) == exp["phone"]
        if "bed" in exp:
            assert got[no].bed_key == exp["bed"]
            assert v["check_in_date"] == dt.date(2026, 9, 1)
    # Excel row numbers: the blank row inside the data shifts the later rows
    assert got["2026010001"].row == 5 and got["0026010003"].row == 8
    rejected = {(r.row, r.column) for r in parsed.rejects}
    first_bad = 5 + 2 + 1 + 3  # two good, a blank, three good
    for offset, (_row, column, word) in enumerate(rf.bad_rows()):
        assert (first_bad + offset, column) in rejected, (column, word)
        reasons = [r.reason for r in parsed.rejects if r.row == first_bad + offset]
        if not (kind.startswith("csv") and offset == len(rf.bad_rows()) - 1):
            assert any(word in reason for reason in reasons), (word, reasons)
    assert len(parsed.rejects) == len(rf.bad_rows())


def test_header_synonyms_and_noise():
    assert columns.field_for("学 号*") == "student_no"
    assert columns.field_for("手机号（必填）") == "phone"
    assert columns.field_for("房间号") == "room_no" and columns.field_for("床号") == "bed_no"
    sheet = readers.Sheet("x", [["标题"], ["随便", "什么"], ["学号", "姓名", "房号"], ["1", "甲", "101"]])
    assert columns.find_header(sheet.rows) == 2


def test_missing_required_column_is_refused_unless_mapped():
    sheet = readers.Sheet("x", [["编号", "姓名", "房号"], ["1", "甲", "101"]])
    with pytest.raises(ValidationError, match="学号"):
        roster.parse(sheet)
    parsed = roster.parse(sheet, mapping={"student_no": 0, "name": 1})
    assert [r.values["student_no"] for r in parsed.rows] == ["1"]


def test_no_header_at_all():
    with pytest.raises(ValidationError, match="表头"):
        roster.parse(readers.Sheet("x", [["a", "b"], ["1", "2"]]))


@pytest.mark.parametrize("raw,expected", [
    (dt.date(2026, 9, 1), dt.date(2026, 9, 1)), (dt.datetime(2026, 9, 1, 8, 0), dt.date(2026, 9, 1)),
    ("2026/9/1", dt.date(2026, 9, 1)), ("2026.09.01", dt.date(2026, 9, 1)), ("2026年9月1日", dt.date(2026, 9, 1)),
    ("２０２６－０９－０１", dt.date(2026, 9, 1)), (46266.0, dt.date(2026, 9, 1)), ("20260901", dt.date(2026, 9, 1)),
    ("2026-09-01 00:00:00", dt.date(2026, 9, 1)), ("", None)])
def test_dates(raw, expected):
    assert normalise.date(raw) == expected


def test_text_and_codes():
    assert normalise.code(2026010001.0) == "2026010001"
    assert normalise.code("ＡＢ１２３") == "AB123"
    assert normalise.text("　张　三　") == "张 三"
    assert normalise.code("11010120070501001x") == "11010120070501001X"
    assert normalise.phone("+86 138-0013-8000") == "13800138000"
    assert normalise.is_mobile("13800138000") and not normalise.is_mobile("12800138000")


def test_gb11643():
    assert idcard.problem("11010519491231002X") is None  # the standard's own example
    assert idcard.problem("110105194912310021") == "身份证号校验位错误"
    assert "出生日期" in idcard.problem("110105194902310028")
    assert idcard.gender("11010519491231002X") == "f"
    made = idcard.make("440305", dt.date(2008, 2, 29), 7, male=True)
    assert idcard.problem(made) is None and idcard.gender(made) == "m"


# Hostile files -----------------------------------------------------------------------------------------
def test_not_a_spreadsheet(tmp_path):
    p = tmp_path / "photo.xlsx"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with pytest.raises(ValidationError, match="无法识别"):
        readers.read_sheet(p)


def test_corrupt_xlsx(tmp_path):
    good = rf.write_xlsx(tmp_path / "a.xlsx", rf.messy_rows())
    p = tmp_path / "broken.xlsx"
    p.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ValidationError, match="损坏"):
        readers.read_sheet(p)


def test_zip_that_is_not_a_workbook(tmp_path):
    p = tmp_path / "a.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(ValidationError, match="不是 Excel"):
        readers.read_sheet(p)


def test_encrypted_workbook(tmp_path):
    # An encrypted .xlsx is an OLE container with EncryptionInfo / EncryptedPackage streams.
    p = tmp_path / "secret.xlsx"
    p.write_bytes(readers.OLE_MAGIC + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100
                  + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2000)
    with pytest.raises(ValidationError, match="加密"):
        readers.read_sheet(p)


def _sheet_xml(body: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>' + body + b"</sheetData></worksheet>")


def _workbook_with_sheet(path, sheet_xml: bytes):
    good = rf.write_xlsx(path.with_name("base.xlsx"), [["学号", "姓名"]])
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = sheet_xml if info.filename == "xl/worksheets/sheet1.xml" else src.read(info.filename)
            dst.writestr(info.filename, data)
    return path


def test_a_million_empty_rows_is_refused_quickly(tmp_path):
    import time
    body = b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' + b"".join(
        b'<row r="%d" s="1" customFormat="1"/>' % i for i in range(2, 1_000_002))
    p = _workbook_with_sheet(tmp_path / "rows.xlsx", _sheet_xml(body))
    start = time.perf_counter()
    with pytest.raises(ValidationError, match="行数超过上限"):
        readers.read_sheet(p)
    assert time.perf_counter() - start < 5


def test_zip_bomb_is_refused(tmp_path):
    body = b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + b" " * (readers.RATIO_FLOOR * 2) + b"</t></is></c></row>"
    p = _workbook_with_sheet(tmp_path / "bomb.xlsx", _sheet_xml(body))
    with pytest.raises(ValidationError, match="压缩比|过大"):
        readers.read_sheet(p)


def test_missing_file_is_not_found(tmp_path):
    with pytest.raises(NotFound):
        readers.read_sheet(tmp_path / "nope.xlsx")


def test_csv_encodings(tmp_path):
    for enc in ("utf-8", "utf-8-sig", "gbk", "gb18030"):
        p = rf.write_csv(tmp_path / f"{enc}.csv", [["学号", "姓名"], ["001", "张三"]], enc)
        sheet = readers.read_sheet(p)
        assert sheet.rows[1] == ["001", "张三"]
    p = rf.write_csv(tmp_path / "rare.csv", [["学号", "姓名"], ["001", "䶮𠀀"]], "gb18030")
    assert readers.read_sheet(p).rows[1][1] == "䶮𠀀"


# Round trip: the register written by the register engine reads back identical ------------------------------
RARE = "张王李赵䶮𠀀𪚥龘堃喆淼昇珺玥璟骉犇鱻"
student = st.fixed_dictionaries({
    "student_no": st.text("0123456789", min_size=1, max_size=12),
    "name": st.text(RARE, min_size=1, max_size=4),
    "id_card": st.one_of(st.none(), st.builds(lambda n, m: idcard.make("110101", dt.date(2006, 1, 1), n, m),
                                              st.integers(0, 999), st.booleans())),
    "phone": st.one_of(st.none(), st.integers(13000000000, 19999999999).map(str)),
    "college": st.one_of(st.none(), st.sampled_from(["计算机学院", "=SUM(A1)", "-1", "@x", "文学院"])),
    "room_no": st.text("0123456789", min_size=1, max_size=4),
    "bed_no": st.integers(1, 8).map(str),
    "check_in_date": st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(student, min_size=1, max_size=6,
                unique_by=(lambda s: s["student_no"], lambda s: s["id_card"] or ("none", s["student_no"]))))
def test_register_round_trip(tmp_path, people):
    from app.services.residents import REGISTER_COLUMNS
    from reports.excel.register import RegisterMeta, RegisterSpec, build_register
    rows = []
    for i, p in enumerate(people):
        gender = idcard.gender(p["id_card"]) if p["id_card"] else "f"
        rows.append(p | {"gender": gender, "class_name": None, "building": "1号楼", "bed_no": str(i + 1),
                         "status": "resident", "remarks": None})
    path = build_register(RegisterSpec("住宿学生名册", REGISTER_COLUMNS), rows, tmp_path / "r.xlsx",
                          RegisterMeta(org_name="测试"))
    parsed = roster.parse(readers.read_sheet(path), today=dt.date(2030, 12, 31))
    assert parsed.rejects == []
    back = {r.values["student_no"]: r.values for r in parsed.rows}
    assert set(back) == {r["student_no"] for r in rows}
    for r in rows:
        v = back[r["student_no"]]
        for key in ("name", "gender", "college", "room_no", "bed_no", "check_in_date", "building"):
            assert (v.get(key) or None) == (r[key] or None), key
        assert (v.get("id_card") or None) == r["id_card"]
        assert (v.get("phone") or None) == r["phone"]


@pytest.mark.parametrize("cell", ["XFD2", "A900000"])
def test_a_far_cell_is_refused_before_loading(tmp_path, cell):
    # One value far away would make the reader hold the whole rectangle of cells in memory.
    row = int("".join(c for c in cell if c.isdigit()))
    body = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
            b'<row r="%d"><c r="%s" t="inlineStr"><is><t>y</t></is></c></row>' % (row, cell.encode()))
    p = _workbook_with_sheet(tmp_path / "far.xlsx", _sheet_xml(body))
    with pytest.raises(ValidationError, match="上限"):
        readers.read_sheet(p)

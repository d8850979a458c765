"""Cell values as offices type them, turned into clean text, dates and codes.

Full-width digits and letters become half-width, numbers typed as numbers (2026010001.0) become
text, dates come as Excel dates, serials or text in the usual Chinese ways (2026/9/1, 2026.09.01,
2026年9月1日, 20260901).
"""
from __future__ import annotations

import datetime as dt
import re

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space, and nothing else: a broader NFKC
# would also rewrite rare name characters (CJK compatibility ideographs).
_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
_TIME_PART = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


def half_width(text: str) -> str:
    return text.translate(_HALF)


def text(value) -> str:
    """Any cell as trimmed text; whole numbers without '.0'; inner runs of spaces collapsed."""
    if value.__class__ is str:  # the common case first: this runs for every cell of the roster
        if not value.isascii():
            value = value.translate(_HALF)
        return " ".join(value.split())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(half_width(str(value)).split())


def code(value) -> str:
    """An identifier (学号, 身份证号, phone, 房号): text without any spaces; x -> X."""
    if value.__class__ is str and value.isascii():
        return "".join(value.split()).replace("x", "X")
    return text(value).replace(" ", "").replace("x", "X") if value is not None else ""


def date(value) -> dt.date | None:
    """A date from an Excel date, an Excel serial number or text; None when blank.

    Raises ValueError for something that is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 < value < 80000:
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        compact = _DATE_COMPACT.match(text(value))
        if compact:
            return dt.date(*map(int, compact.groups()))
        raise ValueError(value)
    raw = _TIME_PART.sub("", text(value)).replace(" ", "")
    m = _DATE_TEXT.match(raw) or _DATE_COMPACT.match(raw)
    if not m:
        raise ValueError(value)
    return dt.date(*map(int, m.groups()))


def gender(value) -> str:
    """The code "m" / "f" (vocabulary residents.gender) from the usual spellings of 男 / 女; '' when
    blank; the cleaned text otherwise (rejected later)."""
    t = text(value).upper()
    if t in ("男", "男性", "M", "MALE", "男生"):
        return "m"
    if t in ("女", "女性", "F", "FEMALE", "女生"):
        return "f"
    return text(value)


_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def phone(value) -> str:
    """A mainland mobile number without spaces, dashes or the +86 prefix (validation is separate)."""
    t = code(value).replace("-", "").replace("(", "").replace(")", "")
    if t.startswith("+86"):
        t = t[3:]
    elif t.startswith("0086"):
        t = t[4:]
    elif len(t) == 13 and t.startswith("86"):
        t = t[2:]
    return t


def is_mobile(number: str) -> bool:
    return bool(_MOBILE.match(number))

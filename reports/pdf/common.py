"""Drawing helpers shared by the PDF forms: text in boxes, form grids, signature and stamp boxes,
copy labels, cut lines and QR codes. Forms are drawn on a reportlab canvas in millimetres.

Layout text (titles, captions, headers, notes, signature and stamp lines) is written in Chinese and
printed in the interface language: each form writes `translate("Prints", "…")` where it draws a
caption, or marks constants with `QT_TRANSLATE_NOOP("Prints", …)` and translates them when drawing
(app.texts; `dormdesk print --lang en` and the GUI's language choose it). The helpers here translate
their own words (the date line, the stamp label, the cut line). User data (names, the organisation)
is printed as typed. `amount_in_words`, `quantity_in_words` and `long_date` give the Chinese forms
their 大写 and 年月日 and the English forms words and a written-out date."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.texts import QT_TRANSLATE_NOOP, language, punctuate, translate
from reports.files import atomic_path
from reports.pdf import fonts

PAGE_W, PAGE_H = A4
RED = (0.8, 0.1, 0.1)


def new_canvas(path: Path, title: str) -> Canvas:
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("DormDesk 宿管台")
    c.setCreator("DormDesk")
    return c


def build_pdf(path: str | Path, title: str, draw_pages: Callable[[Canvas], None]) -> Path:
    """Write a PDF atomically: `draw_pages(canvas)` draws every page (calling showPage between)."""
    fonts.register()
    with atomic_path(path) as tmp:
        c = new_canvas(tmp, title)
        draw_pages(c)
        c.save()
    return Path(path)


def font() -> str:
    return fonts.register()


def text(c: Canvas, x: float, y: float, s: str, size: float = 10, *, align: str = "left",
         color=(0, 0, 0)) -> None:
    """Draw `s` at (x, y) in mm from the bottom-left."""
    c.setFillColorRGB(*color)
    c.setFont(font(), size)
    if align == "center":
        c.drawCentredString(x * mm, y * mm, s)
    elif align == "right":
        c.drawRightString(x * mm, y * mm, s)
    else:
        c.drawString(x * mm, y * mm, s)
    c.setFillColorRGB(0, 0, 0)


def fit_text(s: str, width_mm: float, size: float = 10, min_size: float = 6) -> float:
    """The largest font size <= size at which `s` fits in width_mm."""
    while size > min_size and stringWidth(s, font(), size) > width_mm * mm:
        size -= 0.5
    return size


def wrap(s: str, width_mm: float, size: float) -> list[str]:
    """Split text (Chinese has no spaces) into lines that fit width_mm."""
    lines, line = [], ""
    for ch in s or "":
        if ch == "\n":
            lines.append(line)
            line = ""
            continue
        if stringWidth(line + ch, font(), size) > width_mm * mm:
            lines.append(line)
            line = ch
        else:
            line += ch
    if line or not lines:
        lines.append(line)
    return lines


def wrap_text(s: str, width_mm: float, size: float) -> list[str]:
    """Layout text (notes, a notice's body) split into lines that fit: as `wrap` in Chinese; in
    English between words where it can (a word longer than the line is cut)."""
    if language() != "en":
        return wrap(s, width_mm, size)
    lines, line = [], ""
    for word in (s or "").split(" "):
        candidate = f"{line} {word}" if line else word
        if line and stringWidth(candidate, font(), size) > width_mm * mm:
            lines.append(line)
            line = word
        else:
            line = candidate
        if stringWidth(line, font(), size) > width_mm * mm:
            *full, line = wrap(line, width_mm, size)
            lines += full
    return lines + [line]


def box(c: Canvas, x: float, y: float, w: float, h: float, *, dash: bool = False, width: float = 0.6) -> None:
    c.setLineWidth(width)
    if dash:
        c.setDash(3, 2)
    c.rect(x * mm, y * mm, w * mm, h * mm)
    if dash:
        c.setDash()


def line(c: Canvas, x1: float, y1: float, x2: float, y2: float, *, dash: bool = False, width: float = 0.6) -> None:
    c.setLineWidth(width)
    if dash:
        c.setDash(4, 3)
    c.line(x1 * mm, y1 * mm, x2 * mm, y2 * mm)
    if dash:
        c.setDash()


def labelled_cell(c: Canvas, x: float, y: float, w: float, h: float, label: str, value: str,
                  label_w: float = 22, size: float = 9) -> None:
    """A form cell: a label column and a value, both boxed; the value shrinks or wraps to fit. `label` is
    a Chinese source string ("Prints" context), printed in the interface language."""
    label = translate("Prints", label)
    box(c, x, y, label_w, h)
    box(c, x + label_w, y, w - label_w, h)
    text(c, x + label_w / 2, y + h / 2 - 1.2, label, fit_text(label, label_w - 2, size), align="center")
    value = value or ""
    vsize = fit_text(value, w - label_w - 3, size)
    if vsize > 7 or h < 10:
        text(c, x + label_w + 1.5, y + h / 2 - 1.2, value, vsize)
    else:
        lines = wrap(value, w - label_w - 3, 7.5)[: max(int(h // 3.4), 1)]
        top = y + h - 3.2
        for i, ln in enumerate(lines):
            text(c, x + label_w + 1.5, top - i * 3.2, ln, 7.5)


DATE_LINE = QT_TRANSLATE_NOOP("Prints", "年    月    日")


def date_line() -> str:
    """The blank date a signer fills in (年 月 日), in the interface language."""
    return translate("Prints", DATE_LINE)


def signature_row(c: Canvas, x: float, y: float, w: float, labels: list[str], h: float = 12) -> None:
    """Boxes for wet signatures: 「label：＿＿＿ 日期」; labels are Chinese source strings ("Prints"
    context), printed in the interface language."""
    cell = w / len(labels)
    for i, label in enumerate(labels):
        box(c, x + i * cell, y, cell, h)
        caption = punctuate(translate("Prints", label) + "：").rstrip()
        text(c, x + i * cell + 1.5, y + h - 4, caption, fit_text(caption, cell - 3, 8.5))
        text(c, x + (i + 1) * cell - 1.5, y + 1.5, date_line(), 7, align="right")


def stamp_box(c: Canvas, x: float, y: float, size: float = 26, label: str = QT_TRANSLATE_NOOP("Prints", "盖章")) -> None:
    """An empty square for the red stamp; `label` is a Chinese source string ("Prints" context)."""
    box(c, x, y, size, size, dash=True)
    label = translate("Prints", label)
    text(c, x + size / 2, y + 1.5, label, fit_text(label, size - 2, 7, 5), align="center", color=(0.5, 0.5, 0.5))


@lru_cache(maxsize=64)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's dark modules, encoded once per number (the three parts share it)."""
    from reportlab.graphics.barcode import qrencoder
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    # Any of the 8 masks is valid; choosing the "best" one tries all 8 (20 ms in pure Python).
    code.version = code.calculate_version()
    code.makeImpl(False, 2)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def qr(c: Canvas, x: float, y: float, size: float, value: str, border: int = 2) -> None:
    """A QR code as one filled path in module units. reportlab's QrCodeWidget builds a shape per
    module and encodes twice (80% of a slip's drawing time); even path.rect() formats each
    number in pure Python, so the runs are written as raw `re` operators with integers."""
    modules = qr_modules(value)
    n = len(modules) + 2 * border
    ops = []
    for r, row in enumerate(modules):
        start = None
        for col, dark in enumerate(row + (False,)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                ops.append(f"{start + border} {n - r - border - 1} {col - start} 1 re")
                start = None
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.transform(size * mm / n, 0, 0, size * mm / n, x * mm, y * mm)
    c._code.append(" ".join(ops) + " f")  # noqa: SLF001 - raw operators, see above
    c.restoreState()


CUT_LABEL = QT_TRANSLATE_NOOP("Prints", "沿 虚 线 裁 开")
CUT_GREY = (0.45, 0.45, 0.45)


def cut_line(c: Canvas, y: float, left: float = 8, right: float | None = None) -> None:
    """A dashed tear line across the page with its label in a gap in the middle (the line never
    runs through the label; the font has no ✂ glyph)."""
    right = PAGE_W / mm - 8 if right is None else right
    middle = PAGE_W / mm / 2
    label = translate("Prints", CUT_LABEL)
    half = stringWidth(label, font(), 6.5) / mm / 2 + 2
    c.setStrokeColorRGB(*CUT_GREY)
    line(c, left, y, middle - half, y, dash=True, width=0.4)
    line(c, middle + half, y, right, y, dash=True, width=0.4)
    c.setStrokeColorRGB(0, 0, 0)
    text(c, middle, y - 1.1, label, 6.5, align="center", color=CUT_GREY)


CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def capital_number(n: int) -> str:
    """Whole numbers in Chinese capital numerals (大写), e.g. 32 -> 叁拾贰, 105 -> 壹佰零伍,
    11000 -> 壹万壹仟, 10000001 -> 壹仟万零壹."""
    if n == 0:
        return "零"
    if n < 0:
        return "负" + capital_number(-n)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿", "万亿"]
    groups = []
    while n > 0:
        groups.append(n % 10000)
        n //= 10000
    out, pending_zero = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(out)
            continue
        # A zero is read where digits are skipped: a gap of empty groups, or a group below 1000
        # after a higher group (壹万零伍佰, 壹亿零壹).
        if out and (pending_zero or group < 1000):
            out += "零"
        pending_zero = False
        g, zero = "", False
        for i, d in enumerate(str(group).zfill(4)):
            if d == "0":
                zero = bool(g)
            else:
                if zero:
                    g += "零"
                    zero = False
                g += CAPITAL_DIGITS[int(d)] + units[3 - i]
        out += g + big[index]
    return out


def capital_quantity(n: int | None, unit: str = "件") -> str:
    """A count in capitals with its unit, 3 -> 叁件; nothing for 0 or None, since "零件" reads as
    "parts" and an empty 大写 line is how a form shows that nothing was entered."""
    return f"{capital_number(int(n))}{unit}" if n else ""


def capital_money(amount) -> str:
    """Money in capitals: 123.45 -> 壹佰贰拾叁元肆角伍分; 20 -> 贰拾元整."""
    from decimal import ROUND_HALF_UP, Decimal
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    yuan = int(value)
    fen_total = int((value - yuan) * 100)
    jiao, fen = divmod(fen_total, 10)
    s = capital_number(yuan) + "元"
    if not jiao and not fen:
        return s + "整"
    s += (CAPITAL_DIGITS[jiao] + "角") if jiao else ("零" if yuan else "")
    if fen:
        s += CAPITAL_DIGITS[fen] + "分"
    return s


_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "- - twenty thirty forty fifty sixty seventy eighty ninety".split()


def english_number(n: int) -> str:
    """Whole numbers in English words: 123 -> "one hundred twenty-three"."""
    if n < 0:
        return "minus " + english_number(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" " + english_number(n % 100) if n % 100 else "")
    for value, word in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= value:
            rest = n % value
            return english_number(n // value) + " " + word + (" " + english_number(rest) if rest else "")
    return str(n)


def amount_in_words(amount) -> str:
    """An amount written out as on a receipt: 大写 in Chinese (壹佰贰拾叁元肆角伍分), words in English
    ("one hundred twenty-three yuan and 45 fen")."""
    if language() != "en":
        return capital_money(amount)
    from decimal import ROUND_HALF_UP, Decimal
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    yuan, fen = int(value), int((value - int(value)) * 100)
    words = f"{english_number(yuan)} yuan" + (f" and {fen} fen" if fen else " only")
    return words[0].upper() + words[1:]


def quantity_in_words(n: int | None, unit: str = "件") -> str:
    """A count written out: 叁件 in Chinese (nothing for 0 or None, see capital_quantity), "three" in
    English."""
    if language() != "en":
        return capital_quantity(n, unit)
    return english_number(int(n)).capitalize() if n else ""


def long_date(day) -> str:
    """A date written out: 2026年09月15日 in Chinese, "September 15, 2026" in English."""
    if language() == "en":
        return f"{day:%B} {day.day}, {day.year}"
    return f"{day:%Y年%m月%d日}"

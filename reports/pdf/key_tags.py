"""Key tags: an A4 sheet of labels (3 × 8) for the spare keys on the board, each with a QR code of
the tag code, the tag code in large print and the hook. The room number is deliberately not on
the tag (a lost key must not lead to its door); the office finds it by scanning the code.

`tags` are objects with `tag_code`, `hook` and `key_type` attributes.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm

from app import vocab
from reports.pdf.common import PAGE_H, PAGE_W, box, build_pdf, qr, text

COLS, ROWS = 3, 8
MARGIN_X, MARGIN_Y = 10, 12
CELL_W = (PAGE_W / mm - 2 * MARGIN_X) / COLS
CELL_H = (PAGE_H / mm - 2 * MARGIN_Y - 8) / ROWS


def build_key_tags(tags: Sequence, path: str | Path, title: str = "备用钥匙标签") -> Path:
    per_page = COLS * ROWS
    pages = max((len(tags) + per_page - 1) // per_page, 1)

    def draw(c):
        for page in range(pages):
            text(c, PAGE_W / mm / 2, PAGE_H / mm - MARGIN_Y + 2, f"{title}（第 {page + 1} 页 共 {pages} 页）", 10,
                 align="center")
            for i, tag in enumerate(tags[page * per_page:(page + 1) * per_page]):
                col, row = i % COLS, i // COLS
                x = MARGIN_X + col * CELL_W
                y = PAGE_H / mm - MARGIN_Y - 6 - (row + 1) * CELL_H
                box(c, x + 1, y + 1, CELL_W - 2, CELL_H - 2, dash=True, width=0.3)
                size = CELL_H - 8
                qr(c, x + 3, y + 4, size, tag.tag_code)
                tx = x + size + 6
                text(c, tx, y + CELL_H - 10, tag.tag_code, 14)
                text(c, tx, y + CELL_H - 17, f"挂钩 {tag.hook or '-'}", 9)
                text(c, tx, y + CELL_H - 23, f"{vocab.label('key.type', tag.key_type)}钥匙", 9)
                text(c, tx, y + 5, "拾到请交公寓管理中心", 6.5, color=(0.4, 0.4, 0.4))
            c.showPage()
    return build_pdf(path, title, draw)

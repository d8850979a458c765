"""The Chinese font for PDFs: a TrueType font found on the system (or configured) is embedded as
a subset, so a form prints the same on any PC. reportlab cannot embed Noto CJK (PostScript
outlines); WenQuanYi Zen Hei and AR PL UMing embed fine. Fallback: STSong-Light (not embedded)."""
from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import bundled_font

log = logging.getLogger(__name__)

FONT = "DormDeskCJK"
FONT_BOLD = "DormDeskCJK"  # most Chinese TrueType fonts have no bold face; forms use size instead

CANDIDATES = [
    # Windows
    r"C:\Windows\Fonts\simhei.ttf", r"C:\Windows\Fonts\simsun.ttc", r"C:\Windows\Fonts\msyh.ttc",
    r"C:\Windows\Fonts\msyh.ttf",
    # Linux
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    # macOS
    "/System/Library/Fonts/STHeiti Medium.ttc", "/Library/Fonts/Arial Unicode.ttf",
]


@cache
def register() -> str:
    """Register and return the font name to use; DORMDESK_PDF_FONT names a .ttf/.ttc to prefer."""
    configured = os.environ.get("DORMDESK_PDF_FONT")
    bundled = bundled_font()  # the desktop bundle carries its own
    for candidate in ([configured] if configured else []) + ([str(bundled)] if bundled else []) + CANDIDATES:
        if candidate and Path(candidate).exists():
            try:
                pdfmetrics.registerFont(TTFont(FONT, candidate, subfontIndex=0))
                log.info("PDF font: %s", candidate)
                return FONT
            except Exception as exc:  # noqa: BLE001 - try the next one
                log.warning("cannot use font %s: %s", candidate, exc)
    log.warning("no embeddable Chinese TrueType font found; using STSong-Light (not embedded)")
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"

"""Markers and translation for text in layers that must not import Qt.

Source strings in DormDesk are Simplified Chinese (the default language); English comes from
resources/translations/dormdesk_en.ts. `pyside6-lupdate` recognises QT_TRANSLATE_NOOP by name,
so services can mark a message here and the controller translates it when it shows it.

`translate(context, text)` translates at the moment text is built or shown, in services, the
register engine and PDF builders, without importing Qt: `app.i18n.install` (GUI, and the CLI's
`--lang en`) hands it Qt's translator; until then it returns the Chinese source unchanged.
"""
from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_language = "zh_CN"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return `text` unchanged; lupdate collects it under `context`."""
    return text


def tr_error(text: str) -> str:
    """Shorthand used by services for messages collected under the "Errors" context."""
    return text


def set_translator(fn: Callable[[str, str], str] | None, language: str = "zh_CN") -> None:
    """Called by app.i18n.install: `fn(context, source) -> text` (None: Chinese as written)."""
    global _translator, _language
    _translator, _language = fn, language


def language() -> str:
    """The interface language: "zh_CN" or "en"."""
    return _language


def translate(context: str, text: str) -> str:
    """`text` (a Chinese source string marked with QT_TRANSLATE_NOOP(context, ...)) in the
    current language."""
    if _translator is None or not text:
        return text
    return _translator(context, text) or text


_ASCII_PUNCTUATION = str.maketrans({"：": ": ", "，": ", ", "；": "; ", "、": ", ", "（": " (", "）": ")",
                                    "。": ". ", "！": "! ", "？": "? ", "\u3000": "  "})


def punctuate(text: str) -> str:
    """Text composed in the Chinese way (labels joined by ：，（）、) with ASCII punctuation when
    the interface is English; unchanged in Chinese."""
    return text.translate(_ASCII_PUNCTUATION) if _language == "en" and text else text

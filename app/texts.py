"""Markers for translatable text in layers that must not import Qt.

Source strings in DormDesk are Simplified Chinese (the default language); English comes from
resources/translations/dormdesk_en.ts. `pyside6-lupdate` recognises QT_TRANSLATE_NOOP by name,
so services can mark a message here and the controller translates it when it shows it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return `text` unchanged; lupdate collects it under `context`."""
    return text


def tr_error(text: str) -> str:
    """Shorthand used by services for messages collected under the "Errors" context."""
    return text

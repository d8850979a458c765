"""What a register is, without the code that writes it: columns, title, period and signature data.

Services declare their registers with these classes; importing this module costs nothing (no
openpyxl), so declaring a register does not slow the start of the application.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Col:
    key: str
    header: str
    kind: str = "text"          # text | int | money | date | datetime | bool | number
    width: float | None = None  # in characters; None: fitted to header and values
    total: str | None = None    # "sum" | "count" | None
    values: str | None = None   # an app.vocab vocabulary: the stored code written as its label
    personal: str | None = None  # "id" | "phone": masked by role (app/services/privacy.py)


@dataclass(frozen=True)
class RegisterSpec:
    """Title, sheet name and headers are Chinese sources (contexts "Registers" and "Columns");
    the engine writes them in the current language (app.texts.translate)."""
    title: str
    columns: tuple[Col, ...]
    sheet_name: str | None = None
    landscape: bool = True
    mark_key: str | None = None  # a row field that, when true, highlights the row (overdue...)


@dataclass
class RegisterMeta:
    org_name: str = ""
    period_label: str = ""
    building_label: str = ""
    generated_by: str = ""
    notes: list[str] = field(default_factory=list)
    privacy_label: str = ""  # whether personal numbers are masked; shown under the title

"""Document numbers: one per document, per kind and year, unique across PCs, never reused.

The counter row is incremented inside the caller's transaction, so a document that is not saved
does not use up its number, and two PCs issuing at once are serialised by the row lock.
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models.core import DocSequence


def next_value(session: Session, kind: str, year: int) -> int:
    for _ in range(3):
        result = session.execute(
            update(DocSequence).where(DocSequence.kind == kind, DocSequence.year == year)
            .values(last_value=DocSequence.last_value + 1).returning(DocSequence.last_value))
        value = result.scalar()
        if value is not None:
            return value
        try:
            with session.begin_nested():
                session.add(DocSequence(kind=kind, year=year, last_value=0))
        except IntegrityError:
            pass  # another PC created the row first; the UPDATE now finds it
    raise RuntimeError(f"could not take a number for {kind}/{year}")


def next_number(session: Session, prefix: str, year: int, width: int = 6) -> str:
    """E.g. next_number(s, "FX", 2026) -> "FX2026-000123"."""
    return f"{prefix}{year}-{next_value(session, prefix, year):0{width}d}"


def peek(session: Session, kind: str, year: int) -> int:
    return session.scalar(select(DocSequence.last_value).where(
        DocSequence.kind == kind, DocSequence.year == year)) or 0

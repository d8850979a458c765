"""phone_visit: a phone visit's 电话回访 mark no longer stored in return_visit.remarks

Revision ID: 0023_phone_visit
Revises: 0016_codes2
Create Date: 2026-12-02 21:10:00

Data only (no schema change). A phone visit was marked by writing 电话回访 at the head of its remarks
("电话回访" or "电话回访；<remarks>"); the mark now follows from method == "phone" and is shown in the
interface language (app.services.visits.signature_text). Upgrade takes the mark out of the remarks of
phone visits; downgrade writes it back, as the older version stored it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0023_phone_visit'
down_revision = '0016_codes2'  # which builds on 0010_visits (naming both makes alembic refuse to downgrade to 0016_codes2)
branch_labels = None
depends_on = None

MARK = "电话回访"     # as the older version wrote it (kept here: later edits never change this migration)
SEPARATOR = "；"

visits = sa.table("return_visit", sa.column("id", sa.Integer), sa.column("method", sa.String),
                  sa.column("remarks", sa.Text))


def _phone_visits(conn):
    return conn.execute(sa.select(visits.c.id, visits.c.remarks).where(visits.c.method == "phone")).all()


def upgrade() -> None:
    conn = op.get_bind()
    for id_, remarks in _phone_visits(conn):
        if remarks is None or not remarks.startswith(MARK):
            continue
        rest = remarks[len(MARK):]
        rest = rest[len(SEPARATOR):] if rest.startswith(SEPARATOR) else rest
        conn.execute(sa.update(visits).where(visits.c.id == id_).values(remarks=rest or None))


def downgrade() -> None:
    conn = op.get_bind()
    for id_, remarks in _phone_visits(conn):
        if remarks and remarks.startswith(MARK):
            continue
        conn.execute(sa.update(visits).where(visits.c.id == id_)
                     .values(remarks=SEPARATOR.join(x for x in (MARK, remarks) if x)))

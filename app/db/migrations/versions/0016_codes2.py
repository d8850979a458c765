"""codes2: return-visit ratings and methods, meeting ratings stored as codes instead of their Chinese text

Revision ID: 0016_codes2
Revises: 0009_meetings, 0010_visits, 0014_codes
Create Date: 2026-12-02 18:45:00

Data only (no schema change), as 0014_codes: the ratings (common.rating) and visit methods
(common.visit_method) of return visits, repair slips and complaints, and the customers' ratings
of meetings (meetings.rating, meeting_service_log.fb_*) are rewritten label -> code; the labels are kept here as they were written, so later edits to
app/vocab.py never change what this migration does. Downgrade writes the labels back.
"""
from alembic import op
import sqlalchemy as sa


revision = '0016_codes2'
down_revision = ('0009_meetings', '0010_visits', '0014_codes')
branch_labels = ('codes2',)
depends_on = None

RATING = {"good": "满意", "fair": "较满意", "bad": "不满意"}
VISIT_METHOD = {"on_site": "上门", "phone": "电话", "meeting": "座谈", "other": "其他"}
MEETING_RATING = {"great": "很满意", "good": "满意", "average": "一般", "bad": "不满意"}

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("return_visit", "satisfaction", RATING),
    ("return_visit", "quality_rating", RATING),
    ("return_visit", "effect_rating", RATING),
    ("return_visit", "method", VISIT_METHOD),
    ("repair_slip", "satisfaction", RATING),
    ("complaint", "satisfaction", RATING),
    ("complaint", "visit_method", VISIT_METHOD),
    *(("meeting_service_log", c, MEETING_RATING) for c in (
        "fb_communication", "fb_preparation", "fb_cleanliness", "fb_attitude", "fb_audio", "fb_overall")),
)


def _rewrite(pairs) -> None:
    conn = op.get_bind()
    for table, column, mapping in CONVERSIONS:
        t = sa.table(table, sa.column(column, sa.String))
        for old, new in pairs(mapping):
            conn.execute(sa.update(t).where(t.c[column] == old).values({column: new}))


def upgrade() -> None:
    _rewrite(lambda mapping: [(label, code) for code, label in mapping.items()])


def downgrade() -> None:
    _rewrite(lambda mapping: list(mapping.items()))

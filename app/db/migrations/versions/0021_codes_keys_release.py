"""codes_keys_release: the keys' and release slips' enumerated values stored as codes instead of their Chinese text

Revision ID: 0021_codes_keys_release
Revises: 0016_codes2, 0006_release
Create Date: 2026-12-02 20:45:00

Data only (no schema change), as 0014_codes: lost-key actions and reasons (key_loss, and the
lock-change price rows of key_price keyed by their action) and key movements are rewritten
label -> code; the labels are kept here as they were written, so later edits to app/vocab.py
never change what this migration does. Downgrade writes the labels back.
"""
from alembic import op
import sqlalchemy as sa


revision = '0021_codes_keys_release'
# 0003_keys (key tables) is already an ancestor through 0016_codes2 <- 0014_codes; naming it again
# makes Alembic fail (KeyError '0003_keys' while upgrading), so only the release tables are added.
down_revision = ('0016_codes2', '0006_release')
branch_labels = ('codes_keys_release',)
depends_on = None

LOSS_ACTION = {"recut": "补配钥匙", "cylinder": "更换锁芯", "lock": "更换门锁"}
LOSS_REASON = {"lost": "丢失", "damaged": "损坏", "worn": "自然损坏"}
MOVEMENT = {"stock_in": "入库", "issue": "发放", "lend": "借出", "back": "归还", "return": "交回",
            "lost": "遗失", "damaged": "损坏", "void": "作废", "found": "撤销挂失"}

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("key_loss", "action", LOSS_ACTION),
    ("key_price", "code", LOSS_ACTION),
    ("key_loss", "reason", LOSS_REASON),
    ("key_movement", "kind", MOVEMENT),
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

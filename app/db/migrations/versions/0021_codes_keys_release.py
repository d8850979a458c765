"""codes_keys_release: the keys' and release slips' enumerated values stored as codes instead of their Chinese text

Revision ID: 0021_codes_keys_release
Revises: 0016_codes2, 0006_release
Create Date: 2026-12-02 20:45:00

Data only (no schema change), as 0014_codes: lost-key actions and reasons (key_loss, and the
lock-change price rows of key_price keyed by their action), key movements and the names of the
seeded key types (key_type.name, and the types listed in each key return's JSON `detail`) are
rewritten label -> code; the labels are kept here as they were written, so later edits to app/vocab.py
never change what this migration does. Downgrade writes the labels back.
"""
import json

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
KEY_TYPE = {"door": "房门", "closet": "壁橱", "drawer": "抽屉", "balcony": "阳台", "mailbox": "信箱", "other": "其他"}

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("key_loss", "action", LOSS_ACTION),
    ("key_price", "code", LOSS_ACTION),
    ("key_loss", "reason", LOSS_REASON),
    ("key_movement", "kind", MOVEMENT),
    ("key_type", "name", KEY_TYPE),
)


def _rewrite(pairs) -> None:
    conn = op.get_bind()
    for table, column, mapping in CONVERSIONS:
        t = sa.table(table, sa.column(column, sa.String))
        for old, new in pairs(mapping):
            conn.execute(sa.update(t).where(t.c[column] == old).values({column: new}))
    _rewrite_return_details(conn, dict(pairs(KEY_TYPE)))


def _rewrite_return_details(conn, names: dict) -> None:
    """key_return.detail is a JSON list of {"type": <key type name>, "expected": n, "returned": n}."""
    t = sa.table("key_return", sa.column("id", sa.Integer), sa.column("detail", sa.Text))
    for row_id, detail in conn.execute(sa.select(t.c.id, t.c.detail)).all():
        try:
            lines = json.loads(detail or "[]")
        except ValueError:
            continue
        if not isinstance(lines, list):
            continue
        changed = False
        for line in lines:
            if isinstance(line, dict) and line.get("type") in names:
                line["type"], changed = names[line["type"]], True
        if changed:
            conn.execute(sa.update(t).where(t.c.id == row_id).values(detail=json.dumps(lines, ensure_ascii=False)))


def upgrade() -> None:
    _rewrite(lambda mapping: [(label, code) for code, label in mapping.items()])


def downgrade() -> None:
    _rewrite(lambda mapping: list(mapping.items()))

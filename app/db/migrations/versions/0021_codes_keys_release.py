"""codes_keys_release: the keys' and release slips' enumerated values stored as codes instead of their Chinese text

Revision ID: 0021_codes_keys_release
Revises: 0016_codes2, 0006_release
Create Date: 2026-12-02 20:45:00

Data only (no schema change), as 0014_codes: lost-key actions and reasons (key_loss, and the
lock-change price rows of key_price keyed by their action), key movements and the names of the
seeded key types (key_type.name, and the types listed in each key return's JSON `detail`), and
the release slips' and move-outs' values (party kinds, applicant roles, ID types, endorsement
methods, reasons, inspection results, also the results in each inspection's JSON `checklist`) are
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
PARTY_KIND = {"tenant": "租户", "owner": "业主", "company": "单位"}
APPLICANT_ROLE = {"owner": "业主", "tenant": "租户", "agent": "受托人", "builder": "装修单位", "student": "学生",
                  "other": "其他"}
ID_TYPE = {"id_card": "身份证", "student_card": "学生证", "passport": "护照", "hk_macao": "港澳通行证", "other": "其他"}
ENDORSE_METHOD = {"stamp": "单位盖章", "signed": "到场签字", "written": "书面同意", "phone": "电话确认",
                  "student": "学生本人"}
SLIP_REASON = {"move_out": "迁出", "repair": "维修", "transfer": "调拨", "disposal": "处置", "other": "其他"}
INSPECTION_RESULT = {"pass": "合格", "fail": "不合格", "not_done": "未检"}

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("key_loss", "action", LOSS_ACTION),
    ("key_price", "code", LOSS_ACTION),
    ("key_loss", "reason", LOSS_REASON),
    ("key_movement", "kind", MOVEMENT),
    ("key_type", "name", KEY_TYPE),
    ("release_party", "kind", PARTY_KIND),
    ("release_slip", "applicant_role", APPLICANT_ROLE),
    ("release_slip", "handler_id_type", ID_TYPE),
    ("release_slip", "endorse_method", ENDORSE_METHOD),
    ("release_slip", "reason", SLIP_REASON),
    ("move_out_inspection", "result", INSPECTION_RESULT),
)


def _rewrite(pairs) -> None:
    conn = op.get_bind()
    for table, column, mapping in CONVERSIONS:
        t = sa.table(table, sa.column(column, sa.String))
        for old, new in pairs(mapping):
            conn.execute(sa.update(t).where(t.c[column] == old).values({column: new}))
    types, results = dict(pairs(KEY_TYPE)), dict(pairs(INSPECTION_RESULT))
    # key_return.detail: a JSON list of {"type": <key type name>, "expected": n, "returned": n}
    _rewrite_json(conn, "key_return", "detail", lambda lines: [
        line | {"type": types[line["type"]]} if isinstance(line, dict) and line.get("type") in types else line
        for line in lines] if isinstance(lines, list) else lines)
    # move_out_inspection.checklist: a JSON object {item: result}
    _rewrite_json(conn, "move_out_inspection", "checklist", lambda items: {
        item: results.get(result, result) for item, result in items.items()} if isinstance(items, dict) else items)


def _rewrite_json(conn, table: str, column: str, change) -> None:
    """Rewrite each row's JSON text in `table.column` through `change`; other texts are left alone."""
    t = sa.table(table, sa.column("id", sa.Integer), sa.column(column, sa.Text))
    for row_id, value in conn.execute(sa.select(t.c.id, t.c[column]).where(t.c[column].is_not(None))).all():
        try:
            data = json.loads(value)
        except ValueError:
            continue
        new = change(data)
        if new != data:
            conn.execute(sa.update(t).where(t.c.id == row_id).values({column: json.dumps(new, ensure_ascii=False)}))


def upgrade() -> None:
    _rewrite(lambda mapping: [(label, code) for code, label in mapping.items()])


def downgrade() -> None:
    _rewrite(lambda mapping: list(mapping.items()))

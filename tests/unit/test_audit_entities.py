"""Every kind of record the services audit has a name on the audit screen (its entity filter and
list), so the user never reads a stored entity such as "repair_slip"."""
import re
from pathlib import Path

from app.services import audit

APP = Path(__file__).resolve().parents[2] / "app"


def test_every_audited_entity_has_a_label():
    audited = set()
    for path in APP.rglob("*.py"):
        audited |= set(re.findall(r'\.audit\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
        audited |= set(re.findall(r'entity="([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert len(audited) > 30
    assert audited - set(audit.ENTITY_LABELS) == set()
    assert audit.entity_label("repair_slip") == "报修单"
    assert audit.entity_label("something_new") == "something_new"

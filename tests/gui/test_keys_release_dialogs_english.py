"""In English, the key and release dialogs show the stored codes' English labels (the walk tests
cover lists and registers, not dialogs): key types, loss actions and reasons, the lock-change
prices, a slip's applicant role, ID type, reason and party kind, and the inspection results."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from app.controllers.release_form_dialog import Field, ReleaseFormDialog
from app.controllers.release_slip_dialog import ReleaseSlipDialog
from app.services import keys_issue, keys_inventory
from tests import factories
from tests.gui.test_english_everywhere import english  # noqa: F401 (fixture)
from tests.release_data import setup_tenant


def _items(combo: QComboBox) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_key_dialogs_show_english_labels(qtbot, ctx, english):  # noqa: F811
    from app.controllers.key_loss_dialog import KeyLossDialog
    from app.controllers.key_prices_dialog import KeyPricesDialog
    from app.controllers.key_return_dialog import KeyReturnDialog
    b = factories.building(ctx.db, "1号楼", rooms=("101",))
    student = factories.student(ctx.db, "2026001", "张三", b["beds"]["101"][0])
    types = {t.name: t.id for t in keys_inventory.list_key_types(ctx)}
    keys_issue.issue_keys(ctx, "2026001", {types["door"]: 1})

    loss = KeyLossDialog(ctx, "2026001")
    qtbot.addWidget(loss)
    assert _items(loss.ui.key_type_combo)[0] == ("Door", types["door"])
    assert [c for _t, c in _items(loss.ui.action_combo)] == ["recut", "cylinder", "lock"]
    assert all(t.isascii() and t not in ("recut", "cylinder", "lock") for t, _c in _items(loss.ui.action_combo))
    assert all(t.isascii() and t != c for t, c in _items(loss.ui.reason_combo))

    prices = KeyPricesDialog(ctx)
    qtbot.addWidget(prices)
    texts = [w.text() for w in prices.findChildren(QLabel)]
    assert "Door" in texts and any(t.endswith("(per room)") for t in texts)

    back = KeyReturnDialog(ctx, student, "张三")
    qtbot.addWidget(back)
    assert "Door" in [w.text() for w in back.findChildren(QLabel)]


def test_release_dialogs_show_english_labels(qtbot, ctx, english):  # noqa: F811
    from app import vocab
    setup_tenant(ctx)
    slip = ReleaseSlipDialog(ctx)
    qtbot.addWidget(slip)
    ui = slip.ui
    for combo in (ui.role_combo, ui.reason_combo, ui.id_type_combo):
        assert all(text.isascii() and text != code for text, code in _items(combo)), _items(combo)
    assert ui.party_combo.currentText().endswith("（Tenant）")
    form = ReleaseFormDialog("x", [Field("result", "x", "combo", vocab.INSPECTION_RESULT.choices())], lambda v: None)
    qtbot.addWidget(form)
    assert _items(form.widgets["result"]) == [("Passed", "pass"), ("Failed", "fail"), ("Not inspected", "not_done")]

"""The mail tab in English with the values stored as codes (app/vocab.py "Front desk"): the list,
the hand-over dialog and the notice and return-to-sender choices show English labels, and what is
stored is the code."""
import pytest
from PySide6.QtWidgets import QInputDialog

from app import i18n, vocab
from app.controllers.frontdesk_page import FrontDeskPage
from app.controllers.mail_handover_dialog import MailHandoverDialog
from app.services import frontdesk_mail as fm
from tests import frontdesk_data
from tests.gui.conftest import settle


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "zh_CN")


def test_mail_choices_and_lists_show_english_labels_and_store_codes(qtbot, state, english, monkeypatch):
    data = frontdesk_data.setup(state.ctx.db)
    ctx = state.ctx
    item = fm.register(ctx, mail_type="registered", student_id=data["zhang"])
    page = FrontDeskPage(state)
    qtbot.addWidget(page)
    page.show()
    settle(page)
    shown = page.mail.model.data(page.mail.model.index(0, 2))
    assert shown == vocab.label("frontdesk.mail_type", "registered") and shown.isascii() and shown != "registered"

    dialog = MailHandoverDialog(ctx, list(page.mail.model.rows))
    qtbot.addWidget(dialog)
    assert shown in dialog.ui.items_label.text()

    asked = []

    def answer(choice):
        def get_item(parent, title, prompt, items, current=0, editable=True):
            asked.append(items)
            return choice(items), True
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))

    page.mail.select({item.id})
    answer(lambda items: items[1])
    page.ui.notify_button.click()
    settle(page)
    assert asked[-1] == [vocab.label("frontdesk.notify_method", c) for c in fm.NOTIFY_METHODS]
    assert all(text.isascii() for text in asked[-1])
    assert fm.get(ctx, item.id).notified_by == fm.NOTIFY_METHODS[1]

    page.mail.select({item.id})
    answer(lambda items: items[0])      # the first choice each time: no such person, to the post office
    page.ui.return_button.click()
    assert asked[-2:] == [[vocab.label("frontdesk.return_reason", c) for c in fm.RETURN_REASONS],
                          [vocab.label("frontdesk.return_to", c) for c in fm.RETURN_TO]]
    assert all(text.isascii() for items in asked[-2:] for text in items)
    row = fm.get(ctx, item.id)
    assert (row.status, row.return_reason, row.returned_to) == ("returned", "no_such_person", "post_office")

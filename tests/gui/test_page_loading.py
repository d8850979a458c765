"""controllers/page.py: every load runs off the UI thread, the newest of a kind wins, a tab's load
asked for during a page load becomes a page load, and `then` runs once the rows are shown."""
from app.controllers.page import Page
from tests.gui.conftest import settle


class _Page(Page):
    def __init__(self, state):
        self.loads, self.shown = 0, []
        super().__init__(state)

    def loader(self):
        self.loads += 1
        n = self.loads
        return lambda: ("page", n)

    def show_loaded(self, data):
        self.shown.append(data)


def test_a_tab_load_during_a_page_load_runs_the_page_load_again(qtbot, state):
    page = _Page(state)
    qtbot.addWidget(page)
    tab_rows = []
    page.reload()
    page.reload(got=(lambda: "tab", tab_rows.append))
    assert page.loading
    settle(page)
    assert page.shown == [("page", 2)] and tab_rows == []  # the first page load was dropped


def test_the_newest_load_of_each_tab_wins_and_then_runs_after_the_rows(qtbot, state):
    page = _Page(state)
    qtbot.addWidget(page)
    a, b, selected = [], [], []
    page.reload(got=(lambda: "a1", a.append))
    page.reload(got=(lambda: "b1", b.append))
    page.reload(got=(lambda: "a2", a.append), then=lambda: selected.append(list(a)))
    settle(page)
    assert a == ["a2"] and b == ["b1"] and selected == [["a2"]] and page.shown == []


def test_meetings_checklist_filter_loads_off_the_ui_thread(qtbot, state):
    from app.controllers.meetings_page import MeetingsPage
    page = MeetingsPage(state)
    qtbot.addWidget(page)
    page.reload()
    settle(page)
    page.ui.checks_flagged_check.setChecked(not page.ui.checks_flagged_check.isChecked())
    assert page.loading  # the checklists reload on the runner, not in the toggle
    settle(page)
    assert not page.loading

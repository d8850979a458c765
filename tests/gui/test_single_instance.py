"""A second start on the same data folder asks the first to raise its window, then exits."""
from app.single_instance import SingleInstance


def test_second_instance_raises_the_first(qtbot, qapp):
    first = SingleInstance()
    assert first.another_is_running() is False
    second = SingleInstance()
    with qtbot.waitSignal(first.sig_raise_requested, timeout=3000):
        assert second.another_is_running() is True
    first.server.close()

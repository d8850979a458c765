"""The shared table model passes Qt's model tester and sorts in the model."""
from dataclasses import dataclass

from PySide6.QtCore import Qt

from app.qtmodels.row_table import SORT_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class _Row:
    name: str
    amount: float | None


def test_model_tester_and_sorting(qtmodeltester):
    model = RowTableModel([Column("name", "姓名"), Column("amount", "金额", "money")],
                          highlight=lambda r: "#fde" if (r.amount or 0) > 10 else None)
    model.set_rows([_Row("乙", 20.5), _Row("甲", None), _Row("丙", 3)])
    qtmodeltester.check(model)
    model.sort(1, Qt.AscendingOrder)
    assert [model.index(i, 1).data(SORT_ROLE) for i in range(3)] == [3, 20.5, None]
    assert model.index(1, 1).data() == "20.50"
    assert model.index(1, 0).data(Qt.BackgroundRole) is not None

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


def test_a_vocabulary_column_sorts_in_declared_order_not_by_code():
    """Repair urgency is stored as high / norm / plan: sorting follows 紧急, 一般, 计划 (the order the
    vocabulary declares), not the codes' alphabetical order; an unknown value goes last."""
    model = RowTableModel([Column("name", "紧急程度", values="repairs.urgency")])
    model.set_rows([_Row("plan", None), _Row("?", None), _Row("high", None), _Row("norm", None)])
    model.sort(0, Qt.AscendingOrder)
    assert [model.index(i, 0).data() for i in range(4)] == ["紧急", "一般", "计划", "?"]

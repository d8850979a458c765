"""A Hypothesis state machine over the key flows (issue, lend, return, lose, pay, change the lock /
void, cancel, hand back at leaving) on SQLite and PostgreSQL. After every step: no key has two
holders (a student and an open loan, or two open loans), statuses agree with holders and loans,
and every successful mutation wrote exactly one audit row while a refused one wrote none."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import func, select, text

from app.db.models.keys import KeyItem, KeyLoss, SpareKeyLoan
from app.errors import DormDeskError
from app.services import keys_inventory, keys_issue, keys_loans, keys_losses
from tests import factories
from tests.conftest import audit_count, context_for

KEY_TABLES = ("key_movement", "spare_key_loan", "key_loss", "key_return", "key_item", "key_issue_line", "key_issue")
STUDENTS = ("2026101", "2026102", "2026103", "2026201")


@pytest.fixture
def world(ctx):
    b = factories.building(ctx.db, "9号楼", rooms=("101", "201"), beds=2)
    for no, (room, i) in zip(STUDENTS, (("101", 0), ("101", 1), ("201", 0), ("201", 1))):
        factories.student(ctx.db, no, f"学生{no[-3:]}", b["beds"][room][i])
    return ctx, b["building"]


def test_key_flows_keep_one_holder_per_key_and_one_audit_row_per_change(world):
    ctx, building_id = world
    sup = context_for(ctx, "supervisor", username="主管")

    class KeyMachine(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            with ctx.db.engine.begin() as conn:
                for table in KEY_TABLES:
                    conn.execute(text(f"DELETE FROM {table}"))
            keys_inventory.ensure_spare_keys(ctx, building_id)
            self.types = {t.name: t.id for t in keys_inventory.list_key_types(ctx)}

        def _do(self, fn, *args, **kwargs):
            before = audit_count(ctx.db)
            try:
                result = fn(*args, **kwargs)
            except DormDeskError:
                assert audit_count(ctx.db) == before, f"{fn.__name__} refused but wrote an audit row"
                return None
            assert audit_count(ctx.db) == before + 1, f"{fn.__name__} must write exactly one audit row"
            return result

        def _ids(self, stmt):
            with ctx.db.engine.connect() as conn:
                return list(conn.execute(stmt).scalars())

        @rule(no=st.sampled_from(STUDENTS), door=st.integers(0, 2), closet=st.integers(0, 2))
        def issue(self, no, door, closet):
            self._do(keys_issue.issue_keys, ctx, no, {self.types["door"]: door, self.types["closet"]: closet})

        @rule(no=st.sampled_from(STUDENTS), other_room=st.booleans())
        def lend(self, no, other_room):
            keys = self._ids(select(KeyItem.id).where(KeyItem.kind == "spare").order_by(KeyItem.id))
            if not keys:
                return
            info_room = keys_loans.counter_lookup(ctx, no).keys
            key_id = keys[-1] if other_room or not info_room else info_room[0].key_id
            self._do(keys_loans.lend_spare, sup, no, key_id, "学生证", override_reason="测试" if other_room else None)

        @rule(pick=st.integers(0, 5))
        def give_back(self, pick):
            loans = self._ids(select(SpareKeyLoan.id).order_by(SpareKeyLoan.id))
            if loans:
                self._do(keys_loans.return_spare, ctx, loans[pick % len(loans)])

        @rule(no=st.sampled_from(STUDENTS), action=st.sampled_from(("recut", "cylinder")),
              reason=st.sampled_from(("lost", "worn")))
        def lose(self, no, action, reason):
            self._do(keys_losses.report_loss, ctx, no, self.types["door"], 1, action, reason)

        @rule(pick=st.integers(0, 5), step=st.sampled_from(("pay", "complete", "cancel")))
        def settle_loss(self, pick, step):
            with ctx.db.engine.connect() as conn:
                rows = conn.execute(select(KeyLoss.id, KeyLoss.version).order_by(KeyLoss.id)).all()
            if not rows:
                return
            loss_id, version = rows[pick % len(rows)]
            if step == "pay":
                self._do(keys_losses.pay_loss, ctx, loss_id, "SJ1", version)
            elif step == "complete":  # a lock change voids every old key of that lock
                self._do(keys_losses.complete_loss, ctx, loss_id, version)
            else:
                self._do(keys_losses.cancel_loss, sup, loss_id, "找到了", version)

        @rule(no=st.sampled_from(STUDENTS), all_back=st.booleans())
        def leave(self, no, all_back):
            sid = self._ids(text(f"SELECT id FROM student WHERE student_no = '{no}'"))[0]
            held = {h.key_type_id: h.qty for h in keys_issue.held_summary(ctx, sid)}
            back = held if all_back else {t: 0 for t in held}
            self._do(keys_issue.return_keys, sup, sid, back, waive_reason=None if all_back else "测试免除")

        @invariant()
        def one_holder_per_key(self):
            with ctx.db.engine.connect() as conn:
                open_per_key = dict(conn.execute(select(SpareKeyLoan.key_id, func.count()).where(
                    SpareKeyLoan.time_in.is_(None)).group_by(SpareKeyLoan.key_id)).all())
                keys = conn.execute(select(KeyItem.id, KeyItem.status, KeyItem.holder_student_id)).all()
            for key_id, status, holder in keys:
                loans = open_per_key.get(key_id, 0)
                assert loans <= 1 and (holder is not None) + loans <= 1, f"key {key_id} has two holders"
                assert (status == "issued") == (holder is not None), f"key {key_id}: {status} / {holder}"
                assert (status == "on_loan") == (loans == 1), f"key {key_id}: {status} / {loans} open loans"

    KeyMachine.TestCase.settings = settings(max_examples=12, stateful_step_count=12, deadline=None,
                                            suppress_health_check=list(HealthCheck))
    KeyMachine.TestCase().runTest()

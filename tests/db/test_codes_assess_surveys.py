"""Migration 0022_codes_assess_surveys on SQLite and PostgreSQL: the assessment items' categories
(seeded and edited), the incidents' copied categories and appeal statuses, the survey opinions'
topics and the questionnaires' methods are stored as codes; an older database's Chinese labels are
rewritten into codes and back. Services take a code or a label and store the code; what is shown is
the label."""
import datetime as dt
import importlib

from alembic import command
from sqlalchemy import select

from app import vocab
from app.db.migrate import alembic_config
from app.db.models.assessments import AssessmentIncident, AssessmentItem
from app.db.models.visits import SurveyOpinion, SurveyResponse
from app.services import assessments, surveys, surveys_report, visits
from app.services import assessments_incidents as incidents
from tests import factories
from tests.assessments_data import item_id, setup_wardens
from tests.conftest import context_for

REVISION = "0022_codes_assess_surveys"
SEPT = dt.datetime(2026, 9, 3, 22, 30)


def _alembic(db, verb: str, target: str) -> None:
    cfg = alembic_config(db)
    with db.engine.execution_options(dormdesk_write=True).begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, target)


def _undo(db) -> None:
    """0022 undone (only revisions built on 0016_codes2 go): the rows as an older version wrote them."""
    _alembic(db, "downgrade", "0016_codes2")


def _assessment_rows(db):
    with db.engine.connect() as conn:
        items = dict(conn.execute(select(AssessmentItem.code, AssessmentItem.category)
                                  .where(AssessmentItem.code.in_(("1", "3a", "F4", "9")))).all())
        incs = [tuple(r) for r in conn.execute(select(AssessmentIncident.item_code, AssessmentIncident.item_category,
                                                      AssessmentIncident.appeal_status)
                                               .order_by(AssessmentIncident.id))]
    return items, incs


def test_assessment_categories_and_appeals_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    w = setup_wardens(db)
    boss, clerk = ctx, context_for(ctx, "clerk")
    assessments.save_item(ctx, None, code="9", category="其他", description="值班记录不全",   # a label, as typed
                          deduction_min=5, deduction_max=5)

    def rec(code):
        return incidents.record(clerk, staff_id=w["张三"], occurred_at=SEPT, item_id=item_id(db, code),
                                description="夜间巡查发现", deduction=None if code != "1" else 10)
    a, b, c, _d = rec("1"), rec("3a"), rec("9"), rec("3a")
    incidents.appeal(clerk, a.id, "当时不在班")
    incidents.appeal(clerk, b.id, "误记")
    incidents.appeal(clerk, c.id, "误记")
    incidents.decide(boss, b.id, "撤销", "查无此事")         # a label, as typed
    incidents.decide(boss, c.id, "adjusted", "情节较轻", new_deduction=2)   # a code, as the dialog gives it
    codes = ({"1": "dress", "3a": "access", "F4": "other", "9": "other"},
             [("1", "dress", "pending"), ("3a", "access", "revoked"), ("9", "other", "adjusted"),
              ("3a", "access", "none")])
    assert _assessment_rows(db) == codes
    assert [i.effective_deduction for i in incidents.list_incidents(ctx, "2026-09")][1] == 0
    assert vocab.label("assessments.category", "access") == "门禁"
    assert vocab.label("assessments.appeal", "revoked") == "撤销"

    _undo(db)
    assert _assessment_rows(db) == (
        {"1": "仪表", "3a": "门禁", "F4": "其他", "9": "其他"},
        [("1", "仪表", "申诉中"), ("3a", "门禁", "撤销"), ("9", "其他", "调整"), ("3a", "门禁", "无")])
    _alembic(db, "upgrade", "heads")
    assert _assessment_rows(db) == codes
    assert [i.appeal_status for i in incidents.list_incidents(ctx, "2026-09", appeals_only=True)] == ["pending"]


def _survey_rows(db):
    with db.engine.connect() as conn:
        methods = list(conn.execute(select(SurveyResponse.method).where(SurveyResponse.status == "returned")
                                    .order_by(SurveyResponse.response_no)).scalars())
        topics = list(conn.execute(select(SurveyOpinion.topic).order_by(SurveyOpinion.id)).scalars())
    return methods, topics


def test_survey_topics_and_methods_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    b = factories.building(db, "1号楼", rooms=("101", "102", "103"))
    plan = surveys.create_plan(ctx, title="秋季调查", start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 9, 30))
    surveys.issue_forms(ctx, plan.id, building_id=b["building"])
    surveys.enter_response(ctx, plan.id, "1", {"rating_cleaning": 1},          # labels, as typed
                           opinions=[("保安", "夜间门禁松懈"), ("工程维修", "热水器经常坏")], method="表格访谈")
    surveys.enter_response(ctx, plan.id, "2", {"rating_cleaning": 2},          # codes, as the entry screen gives them
                           opinions=[("cleaning", "楼道垃圾清理不及时")], method="phone")
    surveys.enter_response(ctx, plan.id, "3", {"rating_cleaning": 3})          # the default: a paper questionnaire
    codes = (["talk", "phone", "paper"], ["security", "upkeep", "cleaning"])
    assert _survey_rows(db) == codes
    a = surveys_report.analyse(ctx, plan.id)
    assert list(a.opinions) == ["cleaning", "security", "upkeep"]             # the topics' declared order
    assert surveys.opinions_to_visits(ctx, plan.id) == 3                       # subjects keep the Chinese label
    assert sorted(v.subject for v in visits.list_visits(ctx) if v.visit_type == "survey")[0] == "保安：夜间门禁松懈"

    _undo(db)
    assert _survey_rows(db) == (["表格访谈", "电话", "问卷"], ["保安", "工程维修", "清洁"])
    _alembic(db, "upgrade", "heads")
    assert _survey_rows(db) == codes


def test_the_migration_knows_every_code_of_the_vocabularies_it_converts():
    """The migration keeps its own copy of the labels; it must match the vocabulary it converted."""
    conversions = importlib.import_module(f"app.db.migrations.versions.{REVISION}").CONVERSIONS
    by_column = {c: v for v in (vocab.get(n) for n in vocab.names()) for c in v.columns}
    for table, column, mapping in conversions:
        assert mapping == by_column[f"{table}.{column}"].labels, (table, column)
    assert {f"{t}.{c}" for t, c, _m in conversions} >= {
        "assessment_item.category", "assessment_incident.item_category", "assessment_incident.appeal_status",
        "survey_opinion.topic", "survey_response.method"}

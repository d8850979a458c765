"""visits: one return-visit record (V1) for every kind of visit, the form sign-out sheet (V2) and
the service-quality survey (S1 with plan, opinions and actions).

The repairs' own visit rows (repair_visit) and the visit kept on each complaint become V1 rows:
done visits wait for the supervisor's review (status visited), a complaint still waiting for its
visit gets a planned one with its due date (its second when an earlier visit was 不满意). The table repair_visit is dropped; complaints keep the
summary of their latest visit on their own row.

Revision ID: 0010_visits
Revises: 0004_repairs, 0008_frontdesk
Create Date: 2026-12-02 17:03:46.975558
"""
import datetime as dt

from alembic import op
import sqlalchemy as sa


revision = '0010_visits'
down_revision = ('0004_repairs', '0008_frontdesk')
branch_labels = ('visits',)
depends_on = None

REPAIR_DUE_DAYS = 3      # 业户报修: within 3 days after the repair (visits.due_days.repair)
COMPLAINT_DUE_DAYS = 3   # 投诉: within 3 days after it is handled (complaints.visit_days)


def _day(value):
    """A date from what the driver returns (a date/datetime, or ISO text on SQLite)."""
    if value is None:
        return None
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value).date() if len(value) > 10 else dt.date.fromisoformat(value)
    return value.date() if isinstance(value, dt.datetime) else value


def _when(value):
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


def _move_visits() -> None:
    """Copy the repair visits and the complaints' visits into return_visit, numbered HF<year>-NNNNNN."""
    bind = op.get_bind()
    visit = sa.table('return_visit', *(sa.column(c) for c in (
        'visit_no', 'status', 'visit_type', 'source_kind', 'source_id', 'source_no', 'source_done_at',
        'work_order_no', 'building_id', 'room_no', 'interviewee', 'phone', 'subject', 'method', 'due_date',
        'visit_date', 'satisfaction', 'feedback', 'interviewee_signature', 'visitor', 'attempt', 'version',
        'created_at', 'created_by', 'updated_at', 'updated_by', 'remarks')))
    seq = sa.table('doc_sequence', sa.column('id'), sa.column('kind'), sa.column('year'), sa.column('last_value'))
    counters = {year: value for year, value in bind.execute(
        sa.select(seq.c.year, seq.c.last_value).where(seq.c.kind == 'HF'))}
    known_years = set(counters)
    rows = []
    repairs = bind.execute(sa.text(
        "SELECT v.visited_at, v.method, v.satisfaction, v.interviewee, v.notes, v.visitor, s.id, s.slip_no, "
        "s.completed_at, s.building_id, r.room_no, s.reporter_phone, s.category, s.fault_description "
        "FROM repair_visit v JOIN repair_slip s ON s.id = v.slip_id JOIN room r ON r.id = s.room_id "
        "ORDER BY v.visited_at, v.id"))
    for at, method, rating, who, notes, visitor, sid, slip_no, done, bid, room, phone, cat, fault in repairs:
        at = _when(at)
        due = (_day(done) or at.date()) + dt.timedelta(days=REPAIR_DUE_DAYS)
        rows.append(dict(status='visited', visit_type='repair', attempt=1, source_kind='repair_slip', source_id=sid,
                         source_no=slip_no, source_done_at=_when(done), work_order_no=slip_no, building_id=bid,
                         room_no=room, interviewee=who, phone=phone, subject=f"{cat}：{fault}"[:500],
                         method=method, due_date=due, visit_date=at, satisfaction=rating, feedback=notes,
                         interviewee_signature=None if method == '电话' else who, visitor=visitor))
    complaints = bind.execute(sa.text(
        "SELECT id, complaint_no, status, resolved_at, visit_due, visited_at, visit_method, satisfaction, "
        "visit_notes, visitor, complainant, building_id, room_no, phone, category, content "
        "FROM complaint WHERE visited_at IS NOT NULL OR status = 'resolved' ORDER BY id"))
    for cid, no, status, resolved, due, at, method, rating, notes, visitor, who, bid, room, phone, cat, text in complaints:
        at, resolved = _when(at), _when(resolved)
        common = dict(visit_type='complaint', source_kind='complaint', source_id=cid, source_no=no, work_order_no=no,
                      building_id=bid, room_no=room, interviewee=who, phone=phone, subject=f"{cat}：{text}"[:500])
        if at is not None:  # the visit made (a 不满意 one when the complaint was handled again since)
            rows.append(dict(common, status='visited', source_done_at=None, method=method, visit_date=at,
                             due_date=_day(due) if status != 'resolved' and due else at.date(), satisfaction=rating,
                             feedback=notes, interviewee_signature=None if method == '电话' else who, visitor=visitor,
                             attempt=1))
        if status == 'resolved':  # handled, its visit still to make
            base = _day(resolved) or dt.date.today()
            rows.append(dict(common, status='planned', source_done_at=resolved, method=None, visit_date=None,
                             due_date=_day(due) or base + dt.timedelta(days=COMPLAINT_DUE_DAYS), satisfaction=None,
                             feedback=None, interviewee_signature=None, visitor=None, attempt=2 if at else 1))
    now = dt.datetime.now().replace(microsecond=0)
    for row in rows:
        year = (row['visit_date'] or dt.datetime.combine(row['due_date'], dt.time.min)).year
        counters[year] = counters.get(year, 0) + 1
        row.setdefault("attempt", 1)
        row.update(visit_no=f"HF{year}-{counters[year]:06d}", version=1, created_at=now,
                   created_by='migration', updated_at=now, updated_by='migration',
                   remarks='由原维修/投诉回访记录迁移')
    if rows:
        op.bulk_insert(visit, rows)
    for year, value in counters.items():
        if year in known_years:
            bind.execute(seq.update().where(seq.c.kind == 'HF', seq.c.year == year).values(last_value=value))
        else:
            bind.execute(seq.insert().values(kind='HF', year=year, last_value=value))


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table('survey_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_no', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('target', sa.Text(), nullable=True),
    sa.Column('coverage', sa.Text(), nullable=True),
    sa.Column('team', sa.Text(), nullable=True),
    sa.Column('scale', sa.SmallInteger(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('prepared_by', sa.String(length=64), nullable=True),
    sa.Column('reported_at', sa.DateTime(), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_plan')),
    sa.UniqueConstraint('survey_no', name=op.f('uq_survey_plan_survey_no'))
    )
    op.create_table('visit_form_signout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('signout_no', sa.String(length=32), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('form_nos', sa.Text(), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('received_by', sa.String(length=64), nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('returned_date', sa.Date(), nullable=True),
    sa.Column('returned_qty', sa.Integer(), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_form_signout')),
    sa.UniqueConstraint('signout_no', name=op.f('uq_visit_form_signout_signout_no'))
    )
    with op.batch_alter_table('visit_form_signout', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_form_signout_date'), ['date'], unique=False)

    op.create_table('survey_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('dept', sa.String(length=16), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['survey_id'], ['survey_plan.id'], name=op.f('fk_survey_action_survey_id_survey_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_action'))
    )
    with op.batch_alter_table('survey_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_action_survey_id'), ['survey_id'], unique=False)

    op.create_table('survey_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('response_no', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=True),
    sa.Column('room_no', sa.String(length=16), nullable=True),
    sa.Column('respondent_org', sa.String(length=128), nullable=True),
    sa.Column('respondent_name', sa.String(length=64), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('rating_building_mgmt', sa.SmallInteger(), nullable=True),
    sa.Column('rating_cleaning', sa.SmallInteger(), nullable=True),
    sa.Column('rating_efficiency', sa.SmallInteger(), nullable=True),
    sa.Column('rating_postal', sa.SmallInteger(), nullable=True),
    sa.Column('rating_security', sa.SmallInteger(), nullable=True),
    sa.Column('item_complaint_efficiency', sa.SmallInteger(), nullable=True),
    sa.Column('item_staff_manners', sa.SmallInteger(), nullable=True),
    sa.Column('item_cleanliness', sa.SmallInteger(), nullable=True),
    sa.Column('item_security_fire', sa.SmallInteger(), nullable=True),
    sa.Column('item_entry_registration', sa.SmallInteger(), nullable=True),
    sa.Column('item_goods_in_out', sa.SmallInteger(), nullable=True),
    sa.Column('item_postal', sa.SmallInteger(), nullable=True),
    sa.Column('suggestions', sa.Text(), nullable=True),
    sa.Column('respondent_signature', sa.Boolean(), nullable=False),
    sa.Column('collected_date', sa.Date(), nullable=True),
    sa.Column('surveyor', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_survey_response_building_id_building')),
    sa.ForeignKeyConstraint(['survey_id'], ['survey_plan.id'], name=op.f('fk_survey_response_survey_id_survey_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_response')),
    sa.UniqueConstraint('survey_id', 'response_no', name=op.f('uq_survey_response_survey_id_response_no'))
    )
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_response_survey_id'), ['survey_id'], unique=False)

    op.create_table('return_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_no', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('visit_type', sa.String(length=16), nullable=False),
    sa.Column('source_kind', sa.String(length=16), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('source_no', sa.String(length=32), nullable=True),
    sa.Column('source_done_at', sa.DateTime(), nullable=True),
    sa.Column('work_order_no', sa.String(length=32), nullable=True),
    sa.Column('building_id', sa.Integer(), nullable=True),
    sa.Column('room_no', sa.String(length=16), nullable=True),
    sa.Column('interviewee', sa.String(length=64), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('method', sa.String(length=8), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('visit_date', sa.DateTime(), nullable=True),
    sa.Column('quality_rating', sa.String(length=4), nullable=True),
    sa.Column('effect_rating', sa.String(length=4), nullable=True),
    sa.Column('satisfaction', sa.String(length=4), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('shortcomings', sa.Text(), nullable=True),
    sa.Column('suggestions', sa.Text(), nullable=True),
    sa.Column('site_left_clean', sa.Boolean(), nullable=True),
    sa.Column('repair_explained', sa.Boolean(), nullable=True),
    sa.Column('fee_checked', sa.Boolean(), nullable=True),
    sa.Column('interviewee_signature', sa.String(length=64), nullable=True),
    sa.Column('visitor', sa.String(length=64), nullable=True),
    sa.Column('supervisor_comment', sa.Text(), nullable=True),
    sa.Column('reviewed_by', sa.String(length=64), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('nonconformity_action', sa.Text(), nullable=True),
    sa.Column('complaint_id', sa.Integer(), nullable=True),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.Column('plan_month', sa.String(length=7), nullable=True),
    sa.Column('signout_id', sa.Integer(), nullable=True),
    sa.Column('form_no', sa.String(length=16), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_return_visit_building_id_building')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_return_visit_complaint_id_complaint'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['previous_id'], ['return_visit.id'], name=op.f('fk_return_visit_previous_id_return_visit'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['signout_id'], ['visit_form_signout.id'], name=op.f('fk_return_visit_signout_id_visit_form_signout'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_visit')),
    sa.UniqueConstraint('visit_no', name=op.f('uq_return_visit_visit_no'))
    )
    with op.batch_alter_table('return_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_return_visit_building_id'), ['building_id'], unique=False)
        batch_op.create_index('ix_return_visit_source', ['source_kind', 'source_id'], unique=False)
        batch_op.create_index('ix_return_visit_status_due', ['status', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_return_visit_visit_date'), ['visit_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_return_visit_visit_type'), ['visit_type'], unique=False)

    op.create_table('survey_opinion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['response_id'], ['survey_response.id'], name=op.f('fk_survey_opinion_response_id_survey_response'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['return_visit.id'], name=op.f('fk_survey_opinion_visit_id_return_visit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_opinion'))
    )
    with op.batch_alter_table('survey_opinion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_opinion_response_id'), ['response_id'], unique=False)

    _move_visits()

    with op.batch_alter_table('repair_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repair_visit_slip_id'))
        batch_op.drop_index(batch_op.f('ix_repair_visit_visited_at'))

    op.drop_table('repair_visit')
    # ### end Alembic commands ###


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table('repair_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_id', sa.Integer(), nullable=False),
    sa.Column('visited_at', sa.DateTime(), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('satisfaction', sa.String(length=4), nullable=False),
    sa.Column('interviewee', sa.String(length=64), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('visitor', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['slip_id'], ['repair_slip.id'], name=op.f('fk_repair_visit_slip_id_repair_slip'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_visit'))
    )
    with op.batch_alter_table('repair_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_visit_visited_at'), ['visited_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_visit_slip_id'), ['slip_id'], unique=False)
    # the repair visits go back to their own table (complaints kept theirs on the complaint row)
    op.execute("INSERT INTO repair_visit (slip_id, visited_at, method, satisfaction, interviewee, notes, visitor) "
               "SELECT source_id, visit_date, method, satisfaction, interviewee, feedback, COALESCE(visitor, '') "
               "FROM return_visit WHERE source_kind = 'repair_slip' AND visit_date IS NOT NULL "
               "AND method IS NOT NULL AND satisfaction IS NOT NULL")

    with op.batch_alter_table('survey_opinion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_opinion_response_id'))

    op.drop_table('survey_opinion')
    with op.batch_alter_table('return_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_return_visit_visit_type'))
        batch_op.drop_index(batch_op.f('ix_return_visit_visit_date'))
        batch_op.drop_index('ix_return_visit_status_due')
        batch_op.drop_index('ix_return_visit_source')
        batch_op.drop_index(batch_op.f('ix_return_visit_building_id'))

    op.drop_table('return_visit')
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_response_survey_id'))

    op.drop_table('survey_response')
    with op.batch_alter_table('survey_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_action_survey_id'))

    op.drop_table('survey_action')
    with op.batch_alter_table('visit_form_signout', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_form_signout_date'))

    op.drop_table('visit_form_signout')
    op.drop_table('survey_plan')
    # ### end Alembic commands ###

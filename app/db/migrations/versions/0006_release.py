"""Release slips, agreements, move-outs and inspections (domain.md §6, §8).

Revision ID: 0006_release
Revises: 0001_foundation
Create Date: 2026-11-27 16:32:45.265554
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_release'
down_revision = '0001_foundation'
branch_labels = ('release',)
depends_on = None


def upgrade() -> None:
    op.create_table('release_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('unit_no', sa.String(length=32), nullable=True),
    sa.Column('owner_name', sa.String(length=64), nullable=True),
    sa.Column('contact_name', sa.String(length=64), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_release_party_building_id_building')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_release_party_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_party'))
    )
    with op.batch_alter_table('release_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_party_building_id'), ['building_id'], unique=False)

    op.create_table('release_agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_no', sa.String(length=32), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('tenant_legal_rep', sa.String(length=64), nullable=True),
    sa.Column('owner_name', sa.String(length=64), nullable=True),
    sa.Column('management_company', sa.String(length=128), nullable=True),
    sa.Column('sign_date', sa.Date(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['party_id'], ['release_party.id'], name=op.f('fk_release_agreement_party_id_release_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_agreement')),
    sa.UniqueConstraint('agreement_no', name=op.f('uq_release_agreement_agreement_no'))
    )
    with op.batch_alter_table('release_agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_agreement_party_id'), ['party_id'], unique=False)

    op.create_table('move_out',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_no', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('unit_no', sa.String(length=32), nullable=True),
    sa.Column('party_id', sa.Integer(), nullable=True),
    sa.Column('student_id', sa.Integer(), nullable=True),
    sa.Column('tenant_name', sa.String(length=128), nullable=False),
    sa.Column('owner_name', sa.String(length=64), nullable=True),
    sa.Column('contact_name', sa.String(length=64), nullable=True),
    sa.Column('contact_phone', sa.String(length=32), nullable=True),
    sa.Column('lease_from', sa.Date(), nullable=True),
    sa.Column('lease_to', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('apply_date', sa.Date(), nullable=False),
    sa.Column('planned_date', sa.Date(), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('override_by', sa.String(length=64), nullable=True),
    sa.Column('owner_consent_received', sa.Boolean(), nullable=False),
    sa.Column('consent_notice_no', sa.String(length=32), nullable=True),
    sa.Column('consent_fees_paid_to', sa.Date(), nullable=True),
    sa.Column('mailbox_keys_returned', sa.Integer(), nullable=False),
    sa.Column('other_keys_cards', sa.String(length=255), nullable=True),
    sa.Column('arrears_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('mgmt_fee_paid_to', sa.Date(), nullable=True),
    sa.Column('electricity_reading', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('electricity_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('payment_method', sa.String(length=16), nullable=True),
    sa.Column('fees_confirmed_by', sa.String(length=64), nullable=True),
    sa.Column('fees_settled_at', sa.DateTime(), nullable=True),
    sa.Column('inspection_requested_date', sa.Date(), nullable=True),
    sa.Column('inspection_contact', sa.String(length=64), nullable=True),
    sa.Column('inspection_phone', sa.String(length=32), nullable=True),
    sa.Column('moved_out_date', sa.Date(), nullable=True),
    sa.Column('handled_by', sa.String(length=64), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_move_out_building_id_building')),
    sa.ForeignKeyConstraint(['party_id'], ['release_party.id'], name=op.f('fk_move_out_party_id_release_party')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_move_out_room_id_room')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_move_out_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_out')),
    sa.UniqueConstraint('application_no', name=op.f('uq_move_out_application_no'))
    )
    with op.batch_alter_table('move_out', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_move_out_building_id'), ['building_id'], unique=False)
        batch_op.create_index('ix_move_out_planned', ['planned_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_move_out_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_move_out_student_id'), ['student_id'], unique=False)

    op.create_table('release_signatory',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('id_no', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['release_agreement.id'], name=op.f('fk_release_signatory_agreement_id_release_agreement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_signatory'))
    )
    with op.batch_alter_table('release_signatory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_signatory_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('move_out_inspection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('move_out_id', sa.Integer(), nullable=False),
    sa.Column('notice_no', sa.String(length=32), nullable=False),
    sa.Column('result', sa.String(length=8), nullable=False),
    sa.Column('inspection_date', sa.Date(), nullable=False),
    sa.Column('inspectors', sa.String(length=128), nullable=True),
    sa.Column('checklist', sa.Text(), nullable=True),
    sa.Column('defects', sa.Text(), nullable=True),
    sa.Column('rectification_deadline', sa.Date(), nullable=True),
    sa.Column('gm_stamped', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['move_out_id'], ['move_out.id'], name=op.f('fk_move_out_inspection_move_out_id_move_out'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_out_inspection')),
    sa.UniqueConstraint('notice_no', name=op.f('uq_move_out_inspection_notice_no'))
    )
    with op.batch_alter_table('move_out_inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_move_out_inspection_move_out_id'), ['move_out_id'], unique=False)

    op.create_table('release_slip',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_no', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('unit_no', sa.String(length=32), nullable=True),
    sa.Column('party_id', sa.Integer(), nullable=True),
    sa.Column('student_id', sa.Integer(), nullable=True),
    sa.Column('move_out_id', sa.Integer(), nullable=True),
    sa.Column('tenant_name', sa.String(length=128), nullable=False),
    sa.Column('owner_name', sa.String(length=64), nullable=True),
    sa.Column('applicant_role', sa.String(length=8), nullable=False),
    sa.Column('handler_name', sa.String(length=64), nullable=False),
    sa.Column('handler_id_type', sa.String(length=16), nullable=False),
    sa.Column('handler_id_no', sa.String(length=32), nullable=False),
    sa.Column('handler_phone', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.String(length=8), nullable=False),
    sa.Column('reason_text', sa.String(length=255), nullable=True),
    sa.Column('planned_time', sa.DateTime(), nullable=True),
    sa.Column('exit_gate', sa.String(length=64), nullable=True),
    sa.Column('total_qty', sa.Integer(), nullable=False),
    sa.Column('endorse_method', sa.String(length=8), nullable=True),
    sa.Column('endorser_name', sa.String(length=64), nullable=True),
    sa.Column('endorse_note', sa.String(length=255), nullable=True),
    sa.Column('endorsed_at', sa.DateTime(), nullable=True),
    sa.Column('endorsed_by', sa.String(length=64), nullable=True),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('arrears_clear', sa.Boolean(), nullable=True),
    sa.Column('arrears_note', sa.String(length=255), nullable=True),
    sa.Column('arrears_checked_at', sa.DateTime(), nullable=True),
    sa.Column('arrears_checked_by', sa.String(length=64), nullable=True),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('cs_approver', sa.String(length=64), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.Column('review_reject_reason', sa.String(length=255), nullable=True),
    sa.Column('returned_date', sa.Date(), nullable=True),
    sa.Column('returned_by', sa.String(length=64), nullable=True),
    sa.Column('follow_up_note', sa.String(length=255), nullable=True),
    sa.Column('void_reason', sa.String(length=255), nullable=True),
    sa.Column('voided_by', sa.String(length=64), nullable=True),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['release_agreement.id'], name=op.f('fk_release_slip_agreement_id_release_agreement')),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_release_slip_building_id_building')),
    sa.ForeignKeyConstraint(['move_out_id'], ['move_out.id'], name=op.f('fk_release_slip_move_out_id_move_out')),
    sa.ForeignKeyConstraint(['party_id'], ['release_party.id'], name=op.f('fk_release_slip_party_id_release_party')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_release_slip_room_id_room')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_release_slip_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_slip')),
    sa.UniqueConstraint('slip_no', name=op.f('uq_release_slip_slip_no'))
    )
    with op.batch_alter_table('release_slip', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_slip_building_id'), ['building_id'], unique=False)
        batch_op.create_index('ix_release_slip_issue', ['issue_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_release_slip_move_out_id'), ['move_out_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_release_slip_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_release_slip_student_id'), ['student_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_release_slip_valid_until'), ['valid_until'], unique=False)

    op.create_table('release_gate_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_id', sa.Integer(), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=False),
    sa.Column('guard_name', sa.String(length=64), nullable=False),
    sa.Column('handler_id_checked', sa.Boolean(), nullable=False),
    sa.Column('handler_id_no', sa.String(length=32), nullable=True),
    sa.Column('released_qty', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=255), nullable=True),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['slip_id'], ['release_slip.id'], name=op.f('fk_release_gate_check_slip_id_release_slip'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_gate_check'))
    )
    with op.batch_alter_table('release_gate_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_gate_check_slip_id'), ['slip_id'], unique=False)

    op.create_table('release_slip_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('item_name', sa.String(length=64), nullable=False),
    sa.Column('spec_model', sa.String(length=64), nullable=True),
    sa.Column('unit', sa.String(length=8), nullable=True),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('released_qty', sa.Integer(), nullable=True),
    sa.Column('remarks', sa.String(length=128), nullable=True),
    sa.ForeignKeyConstraint(['slip_id'], ['release_slip.id'], name=op.f('fk_release_slip_item_slip_id_release_slip'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_slip_item'))
    )
    with op.batch_alter_table('release_slip_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_slip_item_slip_id'), ['slip_id'], unique=False)


def downgrade() -> None:
    # Dropping a table drops its indexes; children first.
    for table in ("release_slip_item", "release_gate_check", "release_slip", "move_out_inspection",
                  "release_signatory", "move_out", "release_agreement", "release_party"):
        op.drop_table(table)

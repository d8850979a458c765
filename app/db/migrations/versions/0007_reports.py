"""reports: shift handover records

Revision ID: 0007_reports
Revises: 0001_foundation
Create Date: 2026-11-27 16:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_reports'
down_revision = '0001_foundation'
branch_labels = ('reports',)
depends_on = None


def upgrade() -> None:
    op.create_table('handover',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=True),
    sa.Column('shift_start', sa.DateTime(), nullable=False),
    sa.Column('shift_end', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('outgoing_user', sa.String(length=64), nullable=False),
    sa.Column('outgoing_name', sa.String(length=64), nullable=False),
    sa.Column('incoming_user', sa.String(length=64), nullable=True),
    sa.Column('incoming_name', sa.String(length=64), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(), nullable=True),
    sa.Column('sections', sa.Text(), nullable=False),
    sa.Column('item_count', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('incoming_notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_handover_building_id_building')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover'))
    )
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_building_id'), ['building_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handover_shift_end'), ['shift_end'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_shift_end'))
        batch_op.drop_index(batch_op.f('ix_handover_building_id'))
    op.drop_table('handover')

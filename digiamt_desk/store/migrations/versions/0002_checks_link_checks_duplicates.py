"""link checks, duplicate merges and dismissals, maturity levels

Revision ID: 0002_checks
Revises: 0001_initial
Create Date: 2026-11-22

Adds tables only and one nullable column: the data of 0001 stays as it is (ALTER TABLE ADD
COLUMN, no copy of the procedure table).
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_checks'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('duplicate_dismissal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.ForeignKeyConstraint(['first_id'], ['procedure.id'], ),
    sa.ForeignKeyConstraint(['second_id'], ['procedure.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duplicate_dismissal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duplicate_dismissal_application_id'), ['application_id'], unique=False)

    op.create_table('procedure_check',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('url', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('http_status', sa.Integer(), nullable=True),
    sa.Column('final_url', sa.String(), nullable=False),
    sa.Column('redirects', sa.String(), nullable=False),
    sa.Column('content_type', sa.String(), nullable=False),
    sa.Column('online_form', sa.Boolean(), nullable=True),
    sa.Column('hints', sa.String(), nullable=False),
    sa.Column('evidence', sa.String(), nullable=False),
    sa.Column('detail', sa.String(), nullable=False),
    sa.Column('maturity', sa.Integer(), nullable=True),
    sa.Column('maturity_override', sa.Integer(), nullable=True),
    sa.Column('override_by', sa.String(), nullable=False),
    sa.Column('override_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], ),
    sa.PrimaryKeyConstraint('procedure_id')
    )
    with op.batch_alter_table('procedure_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_check_application_id'), ['application_id'], unique=False)

    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('procedure_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_check_application_id'))

    op.drop_table('procedure_check')
    with op.batch_alter_table('duplicate_dismissal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duplicate_dismissal_application_id'))

    op.drop_table('duplicate_dismissal')

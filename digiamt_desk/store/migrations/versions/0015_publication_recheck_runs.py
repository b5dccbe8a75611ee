"""re-checks of awarded authorities, kept with their date (issue 15)

Revision ID: 0015_publication
Revises: 0010_import
Create Date: 2026-12-02

Adds two tables and a partial index on the rejected procedures (for the statistics' rejection
reasons; imports write "open" rows, which the index does not hold, so they cost nothing more).
"""
from alembic import op
import sqlalchemy as sa


revision = '0015_publication'
down_revision = '0010_import'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recheck_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(), nullable=False),
    sa.Column('applications', sa.Integer(), nullable=False),
    sa.Column('links', sa.Integer(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('recheck_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('ars', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('threshold', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Integer(), nullable=False),
    sa.Column('reachable', sa.Integer(), nullable=False),
    sa.Column('dead', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['recheck_run.id'], ),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('recheck_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recheck_result_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recheck_result_application_id'),
                              ['application_id'], unique=False)
    op.create_index('ix_procedure_rejected', 'procedure', ['application_id', 'reason_code'],
                    unique=False, sqlite_where=sa.text("decision = 'rejected'"),
                    postgresql_where=sa.text("decision = 'rejected'"))


def downgrade() -> None:
    op.drop_index('ix_procedure_rejected', table_name='procedure')
    with op.batch_alter_table('recheck_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recheck_result_application_id'))
        batch_op.drop_index(batch_op.f('ix_recheck_result_run_id'))
    op.drop_table('recheck_result')
    op.drop_table('recheck_run')

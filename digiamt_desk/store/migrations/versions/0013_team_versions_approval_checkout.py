"""team mode: row versions, assignment, four eyes, checkouts, event ids; server-side guards

Revision ID: 0013_team
Revises: 0015_publication
Create Date: 2026-12-02

Adds columns with defaults and new tables only (ALTER TABLE ADD COLUMN, no table copy), on
SQLite and PostgreSQL alike. On PostgreSQL it also installs the guards the database enforces
whatever program writes (store/team_sql.py): who may change a decided application, the four
eyes on an approval, the acting login stamped into the history, no change to a checked-out
application. The roles and grants are the administrator's (`digiamt team init`).
"""
from alembic import op
import sqlalchemy as sa


revision = '0013_team'
down_revision = '0015_publication'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assignee', sa.String(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    for table in ('change_set', 'status_event'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('event_id', sa.String(), nullable=True))
            batch_op.create_index(batch_op.f(f'ix_{table}_event_id'), ['event_id'], unique=True)
    with op.batch_alter_table('final_decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event_id', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('approved_by', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('approval_note', sa.String(), server_default='',
                                      nullable=False))
        batch_op.create_index(batch_op.f('ix_final_decision_event_id'), ['event_id'], unique=True)

    op.create_table('assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('assignee', sa.String(), nullable=False),
    sa.Column('previous', sa.String(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignment_application_id'), ['application_id'], unique=False)

    op.create_table('checkout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('token', sa.String(), nullable=False),
    sa.Column('by', sa.String(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('target', sa.String(), nullable=False),
    sa.Column('released_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('released_by', sa.String(), nullable=False),
    sa.Column('release', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('checkout', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkout_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkout_token'), ['token'], unique=False)

    if op.get_bind().dialect.name == 'postgresql':
        from digiamt_desk.store.team_sql import GUARDS

        for statement in GUARDS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        from digiamt_desk.store.team_sql import DROP_GUARDS

        for statement in DROP_GUARDS:
            op.execute(statement)
    op.drop_table('checkout')
    op.drop_table('assignment')
    with op.batch_alter_table('final_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_final_decision_event_id'))
        for column in ('approval_note', 'approved_at', 'approved_by', 'event_id'):
            batch_op.drop_column(column)
    for table in ('status_event', 'change_set'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_event_id'))
            batch_op.drop_column('event_id')
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.drop_column('version')
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('assignee')

"""what the import noticed about a procedure's link

Revision ID: 0010_import
Revises: 0002_checks
Create Date: 2026-12-02

One column with a server default (ALTER TABLE ADD COLUMN, no copy of the procedure table):
space-separated codes such as "no_online_link" (no link of the record was an online service,
its service page was taken), "appointment" (a booking link) and "shared_link" (rows with other
titles or LeiKa keys were merged under this link).
"""
from alembic import op
import sqlalchemy as sa


revision = '0010_import'
down_revision = '0002_checks'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_hints', sa.String(), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.drop_column('import_hints')

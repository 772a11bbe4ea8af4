"""scoring rules, hot seat and lifelines

Each round names its mode's scoring rule next to the rule's version; every round before
this one was scored by the Classic rule, version 1. Rounds record how many players took turns
and whether they were paused; answers record what a 50:50 took away; questions keep the time
their pack allows for them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 05:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('round', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('scoring_rule', sa.String(length=32), server_default='classic', nullable=False)
        )
        batch_op.add_column(sa.Column('seats', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(
            sa.Column('paused', sa.Boolean(), server_default='0', nullable=False)
        )
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('removed', sa.JSON(), nullable=True))
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.add_column(sa.Column('time_limit_s', sa.Integer(), nullable=True))


def downgrade() -> None:
    # Plain column drops (SQLite 3.35 and later, PostgreSQL): a batch copy of these tables
    # would drop the old ones, and their foreign keys would take answers with them.
    op.drop_column('question', 'time_limit_s')
    op.drop_column('answer', 'removed')
    op.drop_column('round', 'paused')
    op.drop_column('round', 'seats')
    op.drop_column('round', 'scoring_rule')

"""last player leaves the store

Which player a desktop offers first is that desktop's own setting, kept in its settings
file: a store shared by several desktops has no one last player. The value a store kept is
handed to the desktop that upgrades it (see LEFT_FOR_DESKTOP), and the table goes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Where quizapp.store.engine.migrate looks for what the store hands over.
LEFT_FOR_DESKTOP = 'left_for_desktop'


def upgrade() -> None:
    setting = sa.table('setting', sa.column('key', sa.String(64)), sa.column('value', sa.Text))
    last = op.get_bind().execute(
        sa.select(setting.c.value).where(setting.c.key == 'last_player')
    ).scalar()
    if last is not None:
        config = op.get_context().config
        if config is not None:
            config.attributes.setdefault(LEFT_FOR_DESKTOP, {})['last_player'] = last
    op.drop_table('setting')


def downgrade() -> None:
    op.create_table(
        'setting',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_setting')),
    )

"""classic mode key

Rounds played in the Classic mode were recorded under the key "normal"; the key is now
"classic", the name players know the mode by, so high scores and history find them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 04:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_round = sa.table('round', sa.column('mode', sa.String(32)))


def _rename_mode(old: str, new: str) -> None:
    op.execute(_round.update().where(_round.c.mode == old).values(mode=new))


def upgrade() -> None:
    _rename_mode('normal', 'classic')


def downgrade() -> None:
    _rename_mode('classic', 'normal')

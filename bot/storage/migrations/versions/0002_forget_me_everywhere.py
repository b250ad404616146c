"""forget-me everywhere: a quiz host can be cleared, feedback remembers whose question it quotes

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 00:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration."""
    with op.batch_alter_table("quiz_sessions", schema=None) as batch_op:
        batch_op.alter_column("host_id", existing_type=sa.BigInteger(), nullable=True)
    with op.batch_alter_table("answer_feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("asker_id", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_answer_feedback_asker_id"), ["asker_id"], unique=False)


def downgrade() -> None:
    """Revert this migration (hosts cleared by forget-me become 0)."""
    op.execute("UPDATE quiz_sessions SET host_id = 0 WHERE host_id IS NULL")
    with op.batch_alter_table("answer_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_feedback_asker_id"))
        batch_op.drop_column("asker_id")
    with op.batch_alter_table("quiz_sessions", schema=None) as batch_op:
        batch_op.alter_column("host_id", existing_type=sa.BigInteger(), nullable=False)

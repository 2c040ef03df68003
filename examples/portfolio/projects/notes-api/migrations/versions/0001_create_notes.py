"""create notes table"""

revision = "0001"
down_revision = None


def upgrade() -> None:
    pass

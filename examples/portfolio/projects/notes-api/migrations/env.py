"""Alembic environment (demo)."""

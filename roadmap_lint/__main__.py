"""Allow ``python -m roadmap_lint``."""

from roadmap_lint.cli import run

if __name__ == "__main__":
    run()

"""The pre-commit hook: ``roadmap-lint check`` on the roadmap files a commit stages.

It checks what a commit can fix: the file, its schema and the rules that read it. Projects
are not scanned (that takes seconds, and a commit to the portfolio does not change them) and
the rules that fire because time passed are left to the scheduled Action, so an unchanged
file never starts failing commits on its own. pre-commit passes every matching file in one
call; ``check`` takes them all. Options the hook's ``args:`` give go to ``check``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

HOOK_OPTIONS = ("--no-scan", "--no-clock")


def main(argv: Sequence[str] | None = None) -> int:
    from roadmap_lint.cli import main as roadmap_lint

    args = list(sys.argv[1:] if argv is None else argv)
    if not any(_is_roadmap(arg) for arg in args):
        return 0
    return roadmap_lint(["check", *HOOK_OPTIONS, *args])


def _is_roadmap(arg: str) -> bool:
    return not arg.startswith("-") and arg.endswith((".yml", ".yaml"))


if __name__ == "__main__":
    sys.exit(main())

"""The pre-commit hook: ``roadmap-lint check --no-scan`` on each roadmap file it is given.

pre-commit passes every staged file that matches in one call, while ``check`` reads one
roadmap; this runs it once per file and fails when any run fails. Options before the files
(the hook's ``args:``) go to each ``check``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from roadmap_lint.cli import main as roadmap_lint

    args = list(sys.argv[1:] if argv is None else argv)
    files = [arg for arg in args if _is_roadmap(arg)]
    options = [arg for arg in args if arg not in files]
    codes = [roadmap_lint(["check", "--no-scan", *options, path]) for path in files]
    return max(codes, default=0)


def _is_roadmap(arg: str) -> bool:
    return not arg.startswith("-") and arg.endswith((".yml", ".yaml"))


if __name__ == "__main__":
    sys.exit(main())

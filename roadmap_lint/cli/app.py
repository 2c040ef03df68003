"""The click command tree. Each command lives in its own module and imports lazily."""

from __future__ import annotations

import difflib

import click

from roadmap_lint import __version__
from roadmap_lint.cli import check_cmd, init_cmd, render_cmd, review_cmd, rules_cmd, scan_cmd

_EPILOG = """\b
Examples:
  roadmap-lint check                       lint ./roadmap.yml, scan projects, read history
  roadmap-lint check --no-scan --format json
  roadmap-lint check --select RL3 --fail-on warning
  roadmap-lint scan ../notes-api           one repository's signals, with evidence
  roadmap-lint rules essential-overload    explain one rule
  roadmap-lint init --level beginner --language python
  roadmap-lint render --check              is ROADMAP.md current?

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 roadmap-lint could not run.
"""


class _Group(click.Group):
    """A group that suggests the closest command for a typo."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            close = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            raise click.UsageError(f"No such command '{name}'.{hint}", ctx)
        return super().resolve_command(ctx, args)


@click.group(cls=_Group, epilog=_EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="roadmap-lint")
@click.option("-v", "--verbose", is_flag=True, help="Show a traceback when roadmap-lint fails.")
def cli(verbose: bool) -> None:
    """Lint a learner's backend-developer roadmap against the evidence in git.

    roadmap-lint validates roadmap.yml, scans your project repositories for evidence (tests,
    CI, Dockerfile, migrations…), flags stale and imbalanced areas from the roadmap's git
    history, and renders the review checklist.
    """


for _module in (check_cmd, scan_cmd, rules_cmd, init_cmd, review_cmd, render_cmd):
    cli.add_command(_module.command)

"""The click command tree. Each command lives in its own module, imported only when run.

`roadmap-lint scan` should not pay for importing `check`, `review` and `render` (and what they
import) on every run; `--help` imports them all to list their help.
"""

from __future__ import annotations

import importlib

import click

from roadmap_lint import __version__

#: command name → the module under roadmap_lint.cli whose `command` it is
COMMANDS: dict[str, str] = {
    "check": "check_cmd",
    "brief": "brief_cmd",
    "scan": "scan_cmd",
    "rules": "rules_cmd",
    "init": "init_cmd",
    "review": "review_cmd",
    "render": "render_cmd",
    "completion": "completion_cmd",
    "cohort": "cohort_cmd",
}

_EPILOG = """\b
Examples:
  roadmap-lint check                       lint ./roadmap.yml, scan projects, read history
  roadmap-lint check --no-scan --format json
  roadmap-lint check --select RL3 --fail-on warning
  roadmap-lint scan ../notes-api           one repository's signals, with evidence
  roadmap-lint rules essential-overload    explain one rule
  roadmap-lint init --level beginner --language python
  roadmap-lint render --check              is ROADMAP.md current?
  roadmap-lint brief --postings postings/  the page to read before an interview
  roadmap-lint cohort cohort.yml           one row per learner, for a mentor
  roadmap-lint completion bash             shell completion (also zsh, fish)

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 roadmap-lint could not run.
"""


class _Group(click.Group):
    """A group that loads a command's module on first use and suggests one for a typo."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        command: click.Command = importlib.import_module(f"roadmap_lint.cli.{module}").command
        return command

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            import difflib  # only on a typo

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

"""``roadmap-lint completion``: print the shell's completion script, as ruff and pip do.

The script asks roadmap-lint itself what to complete (click's protocol, through the
``_ROADMAP_LINT_COMPLETE`` variable), so it stays right as commands and options change.
"""

from __future__ import annotations

import click

from roadmap_lint.cli.common import Choice

SHELLS = ("bash", "zsh", "fish")
#: The variable click's scripts set when they ask for completions.
COMPLETE_VAR = "_ROADMAP_LINT_COMPLETE"

_EPILOG = """\b
Install it once, then open a new shell:
  bash  roadmap-lint completion bash > ~/.local/share/bash-completion/completions/roadmap-lint
  zsh   roadmap-lint completion zsh > ~/.zfunc/_roadmap-lint
        (with `fpath+=~/.zfunc; autoload -Uz compinit; compinit` in ~/.zshrc)
  fish  roadmap-lint completion fish > ~/.config/fish/completions/roadmap-lint.fish
"""


@click.command("completion", epilog=_EPILOG)
@click.argument("shell", type=Choice(SHELLS))
def command(shell: str) -> int:
    """Print the script that completes roadmap-lint's commands, options and rule names."""
    from click.shell_completion import get_completion_class

    from roadmap_lint.cli.app import cli

    completion = get_completion_class(shell)
    assert completion is not None  # every name in SHELLS is one click ships
    click.echo(completion(cli, {}, "roadmap-lint", COMPLETE_VAR).source())
    return 0

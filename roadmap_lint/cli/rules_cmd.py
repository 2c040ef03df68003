"""``roadmap-lint rules``: the rule catalogue, or one rule's documentation."""

from __future__ import annotations

import click

from roadmap_lint.cli.common import Choice
from roadmap_lint.cli.environment import use_color


def _complete_rules(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[click.shell_completion.CompletionItem]:
    """Codes and names that start with what was typed, each with its summary (zsh, fish)."""
    from click.shell_completion import CompletionItem

    from roadmap_lint import rules
    from roadmap_lint.rules.docs import summary

    return [
        CompletionItem(key, help=summary(rule))
        for rule in rules.RULES
        for key in (rule.CODE, rule.NAME)
        if key.lower().startswith(incomplete.lower())
    ]


@click.command("rules")
@click.argument("rule", required=False, metavar="[CODE|NAME]", shell_complete=_complete_rules)
@click.option("--format", "output_format", type=Choice(["text", "json"]), default="text")
def command(rule: str | None, output_format: str) -> int:
    """List every rule, or explain one: `roadmap-lint rules RL207` or `rules essential-overload`."""
    import json
    import sys

    from roadmap_lint import rules
    from roadmap_lint.rules.docs import catalogue_rows, rule_text

    if rule:
        chosen = rules.get(rule)
        if output_format == "json":
            click.echo(json.dumps(catalogue_rows([chosen])[0], indent=2))
        else:
            click.echo(rule_text(chosen, color=use_color(sys.stdout)))
        return 0
    rows = catalogue_rows(rules.RULES)
    if output_format == "json":
        click.echo(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        click.echo(f"{row['code']}  {row['name']:<30} {row['severity']:<8} {row['summary']}")
    click.echo("\n`roadmap-lint rules CODE` explains one rule.")
    return 0

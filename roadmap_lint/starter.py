"""Render the starter roadmap and workflow from ``templates/``."""

from __future__ import annotations

import re
from typing import Any

from roadmap_lint.scanning.signals import language_name

_STAGES = {"beginner": 1, "intermediate": 4, "job-seeking": 5}
_LANGUAGE = re.compile(r"^[A-Za-z][A-Za-z0-9+#._ -]{0,30}$")


def render_starter(*, level: str, language: str, name: str) -> str:
    from roadmap_lint.core.errors import UserError

    if not _LANGUAGE.match(language):
        raise UserError(f"--language '{language}' is not a language name", hint="e.g. python, go")
    return _render(
        "roadmap.yml.j2",
        schema_url=schema_url(),
        name=name or "Your Name",
        level=level,
        stage=_STAGES[level],
        language=language.lower(),
        language_title=language_name(language),
    )


def schema_url() -> str:
    """Where the schema is published: its ``$id``, so the modeline and the schema agree."""
    import json

    from roadmap_lint.core.resources import schema_path

    url: str = json.loads(schema_path().read_text(encoding="utf-8"))["$id"]
    return url


def render_workflow(*, roadmap: str) -> str:
    return _render("workflow.yml.j2", roadmap=roadmap)


def _render(template_name: str, **values: Any) -> str:
    from roadmap_lint.core.templating import template_environment

    environment = template_environment(trim_blocks=False, lstrip_blocks=False)
    return str(environment.get_template(template_name).render(**values))

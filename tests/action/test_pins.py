"""Every third-party action is pinned by full commit SHA with its version in a comment, the
same pin everywhere, as docs/action.md lists them (OpenSSF Scorecard's Pinned-Dependencies).

roadmap-lint's own action (`roadmap-lint/roadmap-lint@v0` in the examples) is the reader's to
pin to the release they pick; a local `./` action has no version.
"""

from __future__ import annotations

import re

from roadmap_lint.starter import render_workflow
from tests.conftest import EXAMPLES, REPO_ROOT

_USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", re.M)
_PINNED = re.compile(r"^(?P<action>[\w.-]+/[\w./-]+)@(?P<sha>[0-9a-f]{40})$")
_VERSION = re.compile(r"^\s+# (v\d+\.\d+\.\d+)\s*$")
_OURS = ("roadmap-lint/roadmap-lint@", "./")

SOURCES = {
    "action.yml": (REPO_ROOT / "action.yml").read_text("utf-8"),
    "init --workflow": render_workflow(roadmap="roadmap.yml"),
    **{
        str(path.relative_to(REPO_ROOT)): path.read_text("utf-8")
        for path in [
            *sorted((EXAMPLES / "workflows").glob("*.yml")),
            *sorted(EXAMPLES.glob("projects/*/.github/workflows/*.yml")),
            REPO_ROOT / "README.md",
            *sorted((REPO_ROOT / "docs").glob("*.md")),
        ]
    },
}


def _pins() -> list[tuple[str, str, str, str]]:
    """``(source, action, sha, version)`` for every third-party ``uses:``."""
    found = []
    for source, text in SOURCES.items():
        for reference, rest in _USES.findall(text):
            if reference.startswith(_OURS):
                continue
            pinned, version = _PINNED.match(reference), _VERSION.match(rest)
            assert pinned and version, f"{source}: `{reference}{rest}` is not pinned by SHA"
            found.append((source, pinned["action"], pinned["sha"], version[1]))
    return found


def test_every_third_party_action_is_pinned_with_its_version() -> None:
    sources = {source for source, *_ in _pins()}
    assert {"action.yml", "init --workflow", "docs/action.md", "README.md"} <= sources


def test_one_pin_per_action_as_the_docs_list_them() -> None:
    doc = (REPO_ROOT / "docs" / "action.md").read_text("utf-8")
    table = doc.split("## Pinned actions", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (.+?) \| (v[\d.]+) \| `([0-9a-f]{40})` \|$", table, re.M)
    listed = {
        name: (sha, version)
        for names, version, sha in rows
        for name in re.findall(r"`([^`]+)`", names)
    }
    used: dict[str, set[tuple[str, str]]] = {}
    for _, action, sha, version in _pins():
        used.setdefault(action, set()).add((sha, version))
    for action, pins in used.items():
        assert pins == {listed[action]}, f"{action} is pinned differently: {pins}"

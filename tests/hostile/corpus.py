"""The hostile-input corpus: each case is a recipe that builds its input in a temporary folder.

A case names the command line to run (``{dir}`` is the case's folder), the exit code it must
give, and a phrase its output must contain. ``test_corpus.py`` runs each with bounded time and
memory and checks the shared promises (no traceback, no token, no escape, no program run).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile import repos
from tests.support.lint import MINIMAL

CHECK = ("check", "{dir}/roadmap.yml", "--today", "2026-11-25", "--format", "json")
OFFLINE = (*CHECK, "--no-scan", "--no-history")
SCANNED = (*CHECK, "--no-history")
#: The token every case runs with; it must never show in any output.
TOKEN = "ghp_" + "S3cr3tT0k3nValue" * 3


#: The reason most process cases give: their peak memory is measured for the whole process.
MEMORY = "a memory ceiling"


def _nothing(folder: Path) -> None:
    pass


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], None]
    args: tuple[str, ...] = OFFLINE
    code: int = 1
    says: str = ""
    #: text that must appear nowhere in the output (a secret, a file's content)
    never: str = ""
    #: variables for the run (``{dir}`` is the case's folder); None removes one
    env: Mapping[str, str | None] = field(default_factory=dict)
    #: why the case needs a process of its own; empty runs it inside the test's process
    process: str = ""
    #: undoes what the run must not see undone by pytest (a read-only folder)
    clean_up: Callable[[Path], None] = _nothing


def _roadmap(content: str | bytes) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        path = folder / "roadmap.yml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    return build


def _alias_ladder(width: int, depth: int, flow: bool = True) -> str:
    lines = [f"l0: &l0 [{', '.join(['x'] * width)}]"]
    for level in range(1, depth + 1):
        refs = ", ".join([f"*l{level - 1}"] * width)
        lines.append(f"l{level}: &l{level} [{refs}]")
    return "\n".join(lines) + "\n"


def _mapping_bomb(depth: int) -> str:
    lines = ["m0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10}"]
    for level in range(1, depth + 1):
        keys = ", ".join(f"k{i}: *m{level - 1}" for i in range(10))
        lines.append(f"m{level}: &m{level} {{{keys}}}")
    return "\n".join(lines) + "\n"


def _with_skill(skill: str) -> str:
    return MINIMAL.replace(
        "  core_language: {}\n", f"  core_language:\n    skills:\n      - {skill}\n"
    )


def _projects(count: int) -> str:
    items = "".join(
        f"  - {{id: p{i}, repo: ./p{i}, kind: independent, status: done}}\n" for i in range(count)
    )
    return MINIMAL + "projects:\n" + items


YAML_CASES = [
    Case("alias-bomb-sequences", _roadmap(_alias_ladder(10, 9)), says="alias bomb", process=MEMORY),
    Case("alias-bomb-mappings", _roadmap(_mapping_bomb(8)), says="alias bomb", process=MEMORY),
    Case(
        "alias-bomb-block-style", _roadmap(_alias_ladder(12, 7)), says="alias bomb", process=MEMORY
    ),
    Case(
        "alias-self-merge-chain",
        _roadmap("a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: [*a, *b], z: 3}\n"),
        says="unknown key",
    ),
    Case("deep-flow-nesting", _roadmap("a: " + "[" * 5000 + "]" * 5000 + "\n"), says="nest"),
    Case(
        "deep-block-nesting",
        _roadmap("".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v\n"),
        says="nests deeper",
    ),
    Case(
        "huge-scalar", _roadmap("version: 1\nnotes: '" + "x" * 900_000 + "'\n"), says="unknown key"
    ),
    Case("ten-megabytes", _roadmap(b"# " + b"y" * (10 * 1024 * 1024) + b"\n"), says="larger than"),
    Case("merge-key-not-a-mapping", _roadmap("a: &a [1]\nb: {<<: *a}\n"), says="merge key"),
    Case(
        "python-object-tag",
        _roadmap("version: !!python/object:os.system {}\n"),
        says="unsupported YAML tag",
    ),
    Case(
        "python-apply-tag",
        _roadmap("a: !!python/object/apply:subprocess.call [[touch, /tmp/pwned]]\n"),
        says="unsupported YAML tag",
    ),
    Case("custom-tag", _roadmap("version: !include secrets.yml\n"), says="unsupported YAML tag"),
    Case("binary-tag", _roadmap("version: !!binary aGVsbG8=\n"), says="must be 1"),
    Case(
        "latin-1-bytes",
        _roadmap(b"version: 1\nprofile: {name: Andr\xe9}\n"),
        says="not valid UTF-8",
    ),
    Case("utf-16-bom", _roadmap(codecs.BOM_UTF16_LE + MINIMAL.encode("utf-16-le")), says="UTF-16"),
    Case("utf-32-bom", _roadmap(codecs.BOM_UTF32_BE + MINIMAL.encode("utf-32-be")), says="UTF-32"),
    Case(
        "utf-8-bom-is-fine",
        _roadmap(codecs.BOM_UTF8 + MINIMAL.encode()),
        code=0,
        says="area-without-project",
    ),
    Case("nul-byte", _roadmap(b"version: 1\x00\n"), says="NUL"),
    Case(
        "crlf-line-endings",
        _roadmap(MINIMAL.replace("\n", "\r\n") + "version: 2\r\n"),
        says="duplicate key",
    ),
    Case("empty-file", _roadmap(""), says="empty"),
    Case("only-comments", _roadmap("# nothing here\n# at all\n"), says="empty"),
    Case("multiple-documents", _roadmap(MINIMAL + "---\n" + MINIMAL), says="single document"),
    Case("tabs", _roadmap("version: 1\nprofile:\n\tlevel: beginner\n"), says="tabs"),
    Case("unclosed-flow", _roadmap("areas: {core_language: [\n"), says="not valid YAML"),
    Case("complex-key", _roadmap("? [a, b]\n: c\n"), says="plain text"),
    Case(
        "terminal-escape-in-key",
        _roadmap(MINIMAL + "\x1b]0;pwned\x07evil: 1\n"),
        says="U+001B",
    ),
]

SCHEMA_CASES = [
    Case(
        "version-is-text", _roadmap(MINIMAL.replace("version: 1", "version: one")), says="must be 1"
    ),
    Case(
        "profile-is-list",
        _roadmap(MINIMAL.replace("profile: {level: intermediate}", "profile: [x]")),
        says="must be a mapping",
    ),
    Case(
        "areas-is-text",
        _roadmap("version: 1\nprofile: {level: beginner}\nareas: all of them\n"),
        says="must be a mapping",
    ),
    Case(
        "skills-is-mapping",
        _roadmap(MINIMAL.replace("  core_language: {}", "  core_language: {skills: {a: 1}}")),
        says="must be a list",
    ),
    Case("skill-is-number", _roadmap(_with_skill("42")), says="must be a mapping"),
    Case(
        "status-is-list",
        _roadmap(_with_skill("{name: Go, status: [comfortable]}")),
        says="not an allowed value",
    ),
    Case(
        "stage-negative",
        _roadmap(_with_skill("{name: Go, status: fragile, stage: -3}")),
        says="at least 1",
    ),
    Case(
        "stage-float",
        _roadmap(_with_skill("{name: Go, status: fragile, stage: 2.5}")),
        says="whole number",
    ),
    Case(
        "stage-bool",
        _roadmap(_with_skill("{name: Go, status: fragile, stage: true}")),
        says="whole number",
    ),
    Case(
        "impossible-date",
        _roadmap(MINIMAL + "reviews: [{date: 2026-02-30, kind: monthly}]\n"),
        says="not a real date",
    ),
    Case(
        "date-with-time",
        _roadmap(MINIMAL + "reviews: [{date: 2026-02-03T10:00:00, kind: monthly}]\n"),
        says="not a real date",
    ),
    Case(
        "date-is-number",
        _roadmap(MINIMAL + "reviews: [{date: 20260203, kind: monthly}]\n"),
        says="must be text",
    ),
    Case(
        "cyrillic-confusable-enum",
        _roadmap(_with_skill("{name: Go, status: cоmfortable}")),
        says="did you mean 'comfortable'",
    ),
    Case(
        "zero-width-in-enum",
        _roadmap(_with_skill('{name: Go, status: "fragile\u200b"}')),
        says="did you mean 'fragile'",
    ),
    Case(
        "threshold-is-text",
        _roadmap(MINIMAL + "lint: {thresholds: {essential_max: many}}\n"),
        says="whole number",
    ),
    Case(
        "threshold-is-zero",
        _roadmap(MINIMAL + "lint: {thresholds: {monthly_days: 0}}\n"),
        says="at least 1",
    ),
    Case(
        "fail-on-unknown",
        _roadmap(MINIMAL + "lint: {fail_on: sometimes}\n"),
        says="not an allowed value",
    ),
    Case(
        "null-everywhere",
        _roadmap("version:\nprofile:\nareas:\nprojects:\nreviews:\n"),
        says="must be",
    ),
]

REFERENCE_CASES = [
    Case(
        "skill-references-itself",
        _roadmap(_with_skill("{name: Go, status: fragile, projects: [Go]}")),
        says="unknown project",
    ),
    Case(
        "reason-cycle",
        _roadmap(_with_skill("{name: Go, status: fragile, major_tool: true, reason: Go}")),
        says="unknown project",
    ),
    Case(
        "review-names-missing-project",
        _roadmap(MINIMAL + "reviews: [{date: 2026-01-01, kind: project, project: ghost}]\n"),
        says="unknown project 'ghost'",
    ),
    Case(
        "thousands-of-projects",
        _roadmap(_projects(10_000)),
        says="more than 50000 values",
        process=MEMORY,
    ),
    Case("many-projects-below-cap", _roadmap(_projects(800)), code=0, says='"error": 0'),
    Case(
        "unknown-rule-inline",
        _roadmap(_with_skill("{name: Go, status: fragile, ignore: [RL9]}")),
        says="unknown rule",
    ),
]

REPOSITORY_CASES = [
    Case("repo-missing", repos.with_repo("./nowhere"), SCANNED, 0, "repo-unreachable"),
    Case(
        "repo-plain-folder",
        repos.with_repo("plain", repos.plain_folder),
        SCANNED,
        0,
        "not a git repository",
    ),
    Case(
        "repo-empty-no-commits",
        repos.with_repo("repo", repos.empty_repo),
        SCANNED,
        1,
        "no commits yet",
    ),
    Case(
        "repo-detached-head",
        repos.with_repo("repo", repos.detached_head),
        SCANNED,
        0,
        "tests/test_a.py",
    ),
    Case(
        "repo-200000-files",
        repos.with_repo("huge.git", repos.huge_tree),
        SCANNED,
        1,
        '"head"',
        process=MEMORY,
    ),
    Case(
        "repo-50mb-manifest",
        repos.with_repo("repo", repos.huge_manifest),
        SCANNED,
        1,
        "claim-not-found",
    ),
    Case(
        "repo-binary-manifests",
        repos.with_repo("repo", repos.binary_manifest),
        SCANNED,
        1,
        "claim-not-found",
    ),
    Case(
        "repo-symlinks-outside",
        repos.with_repo("repo", repos.links_outside),
        SCANNED,
        1,
        "claim-not-found",
        "root:x:0",
    ),
    Case(
        "plain-symlinks-and-fifo",
        repos.with_repo("plain", repos.plain_links_outside),
        SCANNED,
        1,
        "not a git repository",
        "root:x:0",
    ),
    Case("repo-submodule", repos.with_repo("repo", repos.submodule), SCANNED, 1, "claim-not-found"),
    Case(
        "repo-dotdot-escape",
        repos.with_repo("../" * 40),
        SCANNED,
        0,
        "stopped after",
        process=MEMORY,
    ),
    Case(
        "repo-escape-sequences-in-names",
        repos.with_repo("repo", repos.hostile_names),
        ("scan", "{dir}/repo"),
        0,
        "test_\\x1b[31mred",
    ),
]

URL_CASES = [
    Case(
        "url-ext-transport",
        repos.with_repo("ext::sh -c touch% /tmp/roadmap-lint-pwned"),
        SCANNED,
        0,
        "refused",
    ),
    Case("url-fd-transport", repos.with_repo("fd::3"), SCANNED, 0, "refused"),
    Case(
        "url-option-u", repos.with_repo("-u touch /tmp/roadmap-lint-pwned"), SCANNED, 0, "refused"
    ),
    Case(
        "url-upload-pack",
        repos.with_repo("--upload-pack=touch /tmp/roadmap-lint-pwned"),
        SCANNED,
        0,
        "refused",
    ),
    Case("url-file-device", repos.with_repo("file:///dev/zero"), SCANNED, 0, "repo-unreachable"),
    Case(
        "url-embedded-credentials",
        repos.with_repo("https://learner:pa55w0rd-xyz@127.0.0.1:9/x.git"),
        SCANNED,
        0,
        "repo-unreachable",
        "pa55w0rd-xyz",
    ),
    Case(
        "url-ssh-proxy-command",
        repos.with_repo("ssh://-oProxyCommand=touch% /tmp/roadmap-lint-pwned/x"),
        SCANNED,
        0,
        "refused",
    ),
]

CASES = [*YAML_CASES, *SCHEMA_CASES, *REFERENCE_CASES, *REPOSITORY_CASES, *URL_CASES]

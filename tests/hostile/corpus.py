"""The hostile-input corpus: each case is a recipe that builds its input in a temporary folder.

A case names the command line to run (``{dir}`` is the case's folder), the exit code it must
give, and a phrase its output must contain. ``test_corpus.py`` runs each with bounded time and
memory and checks the shared promises (no traceback, no token, no escape, no program run).
"""

from __future__ import annotations

import codecs

from tests.hostile import repos
from tests.hostile.case import MEMORY, SCANNED, Case, roadmap_file
from tests.hostile.git_cases import GIT_CASES
from tests.hostile.history_cases import HISTORY_CASES
from tests.hostile.name_cases import NAME_CASES
from tests.hostile.output_cases import OUTPUT_CASES
from tests.hostile.remote_cases import REMOTE_CASES
from tests.hostile.size_cases import SIZE_CASES
from tests.support.lint import MINIMAL


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
    Case(
        "alias-bomb-sequences",
        roadmap_file(_alias_ladder(10, 9)),
        says="alias bomb",
        process=MEMORY,
    ),
    Case("alias-bomb-mappings", roadmap_file(_mapping_bomb(8)), says="alias bomb", process=MEMORY),
    Case(
        "alias-bomb-block-style",
        roadmap_file(_alias_ladder(12, 7)),
        says="alias bomb",
        process=MEMORY,
    ),
    Case(
        "alias-self-merge-chain",
        roadmap_file("a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: [*a, *b], z: 3}\n"),
        says="unknown key",
    ),
    Case("deep-flow-nesting", roadmap_file("a: " + "[" * 5000 + "]" * 5000 + "\n"), says="nest"),
    Case(
        "deep-block-nesting",
        roadmap_file("".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v\n"),
        says="nests deeper",
    ),
    Case(
        "huge-scalar",
        roadmap_file("version: 1\nnotes: '" + "x" * 900_000 + "'\n"),
        says="unknown key",
    ),
    Case(
        "ten-megabytes", roadmap_file(b"# " + b"y" * (10 * 1024 * 1024) + b"\n"), says="larger than"
    ),
    Case("merge-key-not-a-mapping", roadmap_file("a: &a [1]\nb: {<<: *a}\n"), says="merge key"),
    Case(
        "python-object-tag",
        roadmap_file("version: !!python/object:os.system {}\n"),
        says="unsupported YAML tag",
    ),
    Case(
        "python-apply-tag",
        roadmap_file("a: !!python/object/apply:subprocess.call [[touch, /tmp/pwned]]\n"),
        says="unsupported YAML tag",
    ),
    Case(
        "custom-tag", roadmap_file("version: !include secrets.yml\n"), says="unsupported YAML tag"
    ),
    Case("binary-tag", roadmap_file("version: !!binary aGVsbG8=\n"), says="must be 1"),
    Case(
        "latin-1-bytes",
        roadmap_file(b"version: 1\nprofile: {name: Andr\xe9}\n"),
        says="not valid UTF-8",
    ),
    Case(
        "utf-16-bom", roadmap_file(codecs.BOM_UTF16_LE + MINIMAL.encode("utf-16-le")), says="UTF-16"
    ),
    Case(
        "utf-32-bom", roadmap_file(codecs.BOM_UTF32_BE + MINIMAL.encode("utf-32-be")), says="UTF-32"
    ),
    Case(
        "utf-8-bom-is-fine",
        roadmap_file(codecs.BOM_UTF8 + MINIMAL.encode()),
        code=0,
        says="area-without-project",
    ),
    Case("nul-byte", roadmap_file(b"version: 1\x00\n"), says="NUL"),
    Case(
        "crlf-line-endings",
        roadmap_file(MINIMAL.replace("\n", "\r\n") + "version: 2\r\n"),
        says="duplicate key",
    ),
    Case("empty-file", roadmap_file(""), says="empty"),
    Case("only-comments", roadmap_file("# nothing here\n# at all\n"), says="empty"),
    Case("multiple-documents", roadmap_file(MINIMAL + "---\n" + MINIMAL), says="single document"),
    Case("tabs", roadmap_file("version: 1\nprofile:\n\tlevel: beginner\n"), says="tabs"),
    Case("unclosed-flow", roadmap_file("areas: {core_language: [\n"), says="not valid YAML"),
    Case("complex-key", roadmap_file("? [a, b]\n: c\n"), says="plain text"),
    Case(
        "terminal-escape-in-key",
        roadmap_file(MINIMAL + "\x1b]0;pwned\x07evil: 1\n"),
        says="U+001B",
    ),
]

SCHEMA_CASES = [
    Case(
        "version-is-text",
        roadmap_file(MINIMAL.replace("version: 1", "version: one")),
        says="must be 1",
    ),
    Case(
        "profile-is-list",
        roadmap_file(MINIMAL.replace("profile: {level: intermediate}", "profile: [x]")),
        says="must be a mapping",
    ),
    Case(
        "areas-is-text",
        roadmap_file("version: 1\nprofile: {level: beginner}\nareas: all of them\n"),
        says="must be a mapping",
    ),
    Case(
        "skills-is-mapping",
        roadmap_file(MINIMAL.replace("  core_language: {}", "  core_language: {skills: {a: 1}}")),
        says="must be a list",
    ),
    Case("skill-is-number", roadmap_file(_with_skill("42")), says="must be a mapping"),
    Case(
        "status-is-list",
        roadmap_file(_with_skill("{name: Go, status: [comfortable]}")),
        says="not an allowed value",
    ),
    Case(
        "stage-negative",
        roadmap_file(_with_skill("{name: Go, status: fragile, stage: -3}")),
        says="at least 1",
    ),
    Case(
        "stage-float",
        roadmap_file(_with_skill("{name: Go, status: fragile, stage: 2.5}")),
        says="whole number",
    ),
    Case(
        "stage-bool",
        roadmap_file(_with_skill("{name: Go, status: fragile, stage: true}")),
        says="whole number",
    ),
    Case(
        "impossible-date",
        roadmap_file(MINIMAL + "reviews: [{date: 2026-02-30, kind: monthly}]\n"),
        says="not a real date",
    ),
    Case(
        "date-with-time",
        roadmap_file(MINIMAL + "reviews: [{date: 2026-02-03T10:00:00, kind: monthly}]\n"),
        says="not a real date",
    ),
    Case(
        "date-is-number",
        roadmap_file(MINIMAL + "reviews: [{date: 20260203, kind: monthly}]\n"),
        says="must be text",
    ),
    Case(
        "cyrillic-confusable-enum",
        roadmap_file(_with_skill("{name: Go, status: cоmfortable}")),
        says="did you mean 'comfortable'",
    ),
    Case(
        "zero-width-in-enum",
        roadmap_file(_with_skill('{name: Go, status: "fragile\u200b"}')),
        says="did you mean 'fragile'",
    ),
    Case(
        "threshold-is-text",
        roadmap_file(MINIMAL + "lint: {thresholds: {essential_max: many}}\n"),
        says="whole number",
    ),
    Case(
        "threshold-is-zero",
        roadmap_file(MINIMAL + "lint: {thresholds: {monthly_days: 0}}\n"),
        says="at least 1",
    ),
    Case(
        "fail-on-unknown",
        roadmap_file(MINIMAL + "lint: {fail_on: sometimes}\n"),
        says="not an allowed value",
    ),
    Case(
        "null-everywhere",
        roadmap_file("version:\nprofile:\nareas:\nprojects:\nreviews:\n"),
        says="must be",
    ),
]

REFERENCE_CASES = [
    Case(
        "skill-references-itself",
        roadmap_file(_with_skill("{name: Go, status: fragile, projects: [Go]}")),
        says="unknown project",
    ),
    Case(
        "reason-cycle",
        roadmap_file(_with_skill("{name: Go, status: fragile, major_tool: true, reason: Go}")),
        says="unknown project",
    ),
    Case(
        "review-names-missing-project",
        roadmap_file(MINIMAL + "reviews: [{date: 2026-01-01, kind: project, project: ghost}]\n"),
        says="unknown project 'ghost'",
    ),
    Case(
        "thousands-of-projects",
        roadmap_file(_projects(10_000)),
        says="more than 50000 values",
        process=MEMORY,
    ),
    Case(
        "many-projects-below-cap",
        roadmap_file(_projects(800)),
        code=0,
        says='"error": 0',
        process=MEMORY,
    ),
    Case(
        "unknown-rule-inline",
        roadmap_file(_with_skill("{name: Go, status: fragile, ignore: [RL9]}")),
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

CASES = [
    *YAML_CASES,
    *SCHEMA_CASES,
    *REFERENCE_CASES,
    *REPOSITORY_CASES,
    *URL_CASES,
    *GIT_CASES,
    *HISTORY_CASES,
    *SIZE_CASES,
    *NAME_CASES,
    *OUTPUT_CASES,
    *REMOTE_CASES,
]

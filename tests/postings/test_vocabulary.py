"""The shipped vocabulary, its extension by the user, and the errors a bad extension gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from roadmap_lint.postings import (
    AREAS,
    Posting,
    PostingsError,
    Term,
    load_vocabulary,
    match_postings,
    normalise,
)
from roadmap_lint.postings.vocabulary import MAX_VOCABULARY_BYTES
from tests.postings.support import VOCABULARY

#: Skills the issue names, which the shipped vocabulary must hold under these names.
REQUIRED_SKILLS = [
    "Python", "Java", "Kotlin", "Go", "C#", "C++", "C", "JavaScript", "TypeScript", "Node.js",
    "Ruby", "PHP", "Rust", "Elixir", "Scala", "Django", "Flask", "FastAPI", ".NET", "Express",
    "NestJS", "Rails", "Laravel", "Symfony", "Phoenix", "Gin", "SQL", "PostgreSQL", "MySQL",
    "SQLite", "MongoDB", "NoSQL", "Redis", "Elasticsearch", "DynamoDB", "Cassandra", "ORM",
    "Kafka", "RabbitMQ", "SQS", "Celery", "AWS", "GCP", "Azure", "Docker", "Kubernetes", "Helm",
    "Terraform", "CI/CD", "Git", "TDD", "pytest", "JUnit", "Logging", "Monitoring", "Prometheus",
    "Grafana", "OpenTelemetry", "OAuth", "JWT", "OWASP", "Authentication", "REST", "GraphQL",
    "gRPC", "OpenAPI", "Microservices", "Caching", "Linux", "Spring Boot", "SQL Server",
    "Oracle Database", "Unit testing", "Integration testing", "System design",
    "Distributed systems", "Message queues", "Data structures & algorithms",
]  # fmt: skip


def test_the_shipped_vocabulary_is_versioned_and_complete() -> None:
    assert isinstance(VOCABULARY.version, int) and VOCABULARY.version >= 1
    assert VOCABULARY.extended_by is None
    assert set(REQUIRED_SKILLS) <= {term.name for term in VOCABULARY.terms}
    assert {term.area for term in VOCABULARY.terms} == set(AREAS)


@pytest.mark.parametrize("term", VOCABULARY.terms, ids=lambda term: term.name)
def test_every_spelling_finds_its_skill(term: Term) -> None:
    """Each name and alias, written mid-sentence, is found as its own skill."""
    for spelling in term.spellings:
        posting = Posting("p.txt", f"We use {spelling} daily.", "text")
        assert [d.name for d in match_postings([posting], VOCABULARY)] == [term.name], spelling


@pytest.mark.parametrize(
    ("skill", "roadmap_name", "satisfied"),
    [
        ("PostgreSQL", "Postgres", True),
        ("PostgreSQL", "postgresql", True),
        ("PostgreSQL", "SQL", False),
        ("SQL", "PostgreSQL", True),
        ("Spring Boot", "spring-boot", True),
        ("Unit testing", "pytest", True),
        ("Python", "Django", True),
        ("Django", "Python", False),
        ("Kubernetes", "k8s", True),
        ("C#", ".NET", True),
        ("C", "C++", False),
    ],
)
def test_satisfied_by(skill: str, roadmap_name: str, satisfied: bool) -> None:
    term = next(term for term in VOCABULARY.terms if term.name == skill)
    assert term.is_satisfied_by(roadmap_name) is satisfied


def test_normalise_treats_case_and_separators_alike() -> None:
    assert normalise("  Spring_Boot ") == normalise("spring-boot") == "spring boot"
    assert normalise("Node.JS") == "node.js"


def _user(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vocabulary.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_adds_spellings_and_skills(tmp_path: Path) -> None:
    _user(
        tmp_path,
        "version: 1\nskills:\n"
        "  - name: Kubernetes\n    aliases: [kube]\n"
        "  - name: Postgres\n    satisfied_by: [cockroachdb]\n"
        "  - name: NATS\n    area: api_design\n    aliases: [NATS JetStream]\n"
        "  - name: Linux\n    area: core_language\n",
    )
    vocabulary = load_vocabulary(tmp_path)
    assert vocabulary.extended_by == str(tmp_path / "vocabulary.yml")
    terms = {term.name: term for term in vocabulary.terms}
    assert "kube" in terms["Kubernetes"].aliases
    assert terms["PostgreSQL"].is_satisfied_by("CockroachDB")
    assert terms["Linux"].area == "core_language"
    posting = Posting("p.txt", "We run kube and NATS JetStream.", "text")
    assert {d.name for d in match_postings([posting], vocabulary)} == {"Kubernetes", "NATS"}
    assert len(vocabulary.terms) == len(VOCABULARY.terms) + 1


def test_a_folder_without_a_vocabulary_uses_the_shipped_one(tmp_path: Path) -> None:
    assert load_vocabulary(tmp_path) == VOCABULARY


def test_a_named_file_that_is_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PostingsError, match="no such vocabulary file"):
        load_vocabulary(tmp_path / "mine.yml")


def test_a_symlinked_vocabulary_in_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.yml").write_text("skills: []")
    (tmp_path / "postings").mkdir()
    (tmp_path / "postings" / "vocabulary.yml").symlink_to(tmp_path / "elsewhere.yml")
    with pytest.raises(PostingsError, match="symlink"):
        load_vocabulary(tmp_path / "postings")


BAD = [
    ("skills:\n  - name: [Kafka\n", "line 3, column 1: not valid YAML", "docs/brief.md"),
    ("- just a list", "needs a top-level 'skills:' list", "version: 1"),
    ("skils: []", "unknown key 'skils'", "did you mean 'skills'?"),
    ("version: one\nskills: []", "version: must be a whole number", "docs/brief.md"),
    ("skills:\n  - Kafka", "line 2: skills[0]: must be a mapping", "- name:"),
    ("skills:\n  - area: databases", "skills[0]: needs a 'name:'", "docs/brief.md"),
    ("skills:\n  - name: Foo\n    Area: x", "skills[0] (Foo) Area: unknown key", "'area'?"),
    (
        "skills:\n  - name: Foo\n    area: database\n",
        "line 3: skills[0] (Foo) area: 'database' is not a roadmap area",
        "did you mean 'databases'?",
    ),
    (
        "skills:\n  - name: Foo\n    area: databases\n    alias: [x]\n",
        "line 4: skills[0] (Foo) alias: unknown key 'alias'",
        "did you mean 'aliases'?",
    ),
    ("skills:\n  - name: Foo\n", "skills[0] (Foo): is not a known skill, so it needs an 'area'",
     "one of core_language"),
    (
        "skills:\n  - name: Foo\n    area: databases\n    aliases: [yes]\n",
        "skills[0] (Foo) aliases: must be a list of names; True is not a name",
        "quote it",
    ),
    (
        "skills:\n  - name: Kafka Connect\n    area: api_design\n    aliases: [Kafka]\n",
        "skills[0] (Kafka Connect): the spelling 'Kafka' already names 'Kafka'",
        "add it under '- name: Kafka' instead",
    ),
    (
        "skills:\n  - name: Foo\n    area: databases\n  - name: foo\n    area: databases\n",
        "line 4: skills[1] (foo): repeats the skill 'Foo'",
        "merge the two entries",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "message", "hint"), BAD)
def test_bad_user_files_get_clear_errors(
    tmp_path: Path, text: str, message: str, hint: str
) -> None:
    path = _user(tmp_path, text)
    with pytest.raises(PostingsError) as raised:
        load_vocabulary(path)
    assert str(raised.value).startswith(str(path))
    assert message in str(raised.value)
    assert hint in raised.value.hint


def test_a_huge_or_binary_user_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.yml"
    path.write_bytes(b"#" * (MAX_VOCABULARY_BYTES + 1))
    with pytest.raises(PostingsError, match="larger than"):
        load_vocabulary(path)
    path.write_bytes(b"skills: [\xff]")
    with pytest.raises(PostingsError, match="not UTF-8"):
        load_vocabulary(path)

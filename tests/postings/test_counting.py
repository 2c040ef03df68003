"""What ``match_postings`` returns: postings not mentions, shares, order, and roadmap state."""

from __future__ import annotations

import dataclasses
import json

import pytest

from roadmap_lint.postings import Posting, match_postings, roadmap_state
from tests.postings.support import VOCABULARY

POSTINGS = [
    Posting("a.txt", "Python, Python and more Python. Kafka is a plus.", "text"),
    Posting("b.md", "Requirements\n- Python\n- Postgres\n\nNice to have\n- Kafka", "markdown"),
    Posting("c.txt", "Go developer. Kafka required.", "text"),
    Posting("d.txt", "Nothing technical here at all.", "text"),
]


def test_postings_are_counted_not_mentions() -> None:
    demand = match_postings(POSTINGS, VOCABULARY)
    python = next(d for d in demand if d.name == "Python")
    assert (python.postings, python.share, python.matched) == (2, 0.5, ("a.txt", "b.md"))


def test_required_and_nice_to_have_are_told_apart() -> None:
    kafka = next(d for d in match_postings(POSTINGS, VOCABULARY) if d.name == "Kafka")
    assert (kafka.postings, kafka.required, kafka.nice_to_have) == (3, 1, 2)
    assert kafka.required_in == ("c.txt",)
    assert kafka.nice_to_have_in == ("a.txt", "b.md")


def test_most_asked_first_and_only_skills_asked() -> None:
    names = [demand.name for demand in match_postings(POSTINGS, VOCABULARY)]
    assert names == ["Kafka", "Python", "Go", "PostgreSQL"]


def test_no_postings_no_demand() -> None:
    assert match_postings([], VOCABULARY) == []


def test_each_skill_carries_its_canonical_name_and_aliases_for_json() -> None:
    postgres = next(d for d in match_postings(POSTINGS, VOCABULARY) if d.name == "PostgreSQL")
    assert "Postgres" in postgres.aliases
    document = json.loads(json.dumps(dataclasses.asdict(postgres)))
    assert document["name"] == "PostgreSQL" and document["area"] == "databases"


@pytest.mark.parametrize(
    ("skills", "state"),
    [
        ([("Postgres", "comfortable", True)], "comfortable_with_evidence"),
        ([("PostgreSQL", "comfortable", False)], "on_roadmap_weak"),
        ([("postgresql", "fragile", True)], "on_roadmap_weak"),
        ([("PostgreSQL", "theoretical", False)], "on_roadmap_weak"),
        ([("SQL", "comfortable", True)], "missing"),
        ([], "missing"),
        (
            [("Postgres", "theoretical", False), ("PostgreSQL", "comfortable", True)],
            "comfortable_with_evidence",
        ),
    ],
)
def test_roadmap_state(skills: list[tuple[str, str, bool]], state: str) -> None:
    postgres = next(d for d in match_postings(POSTINGS, VOCABULARY) if d.name == "PostgreSQL")
    assert roadmap_state(postgres, skills) == state


def test_roadmap_state_takes_a_vocabulary_term_too() -> None:
    sql = next(term for term in VOCABULARY.terms if term.name == "SQL")
    assert roadmap_state(sql, [("PostgreSQL", "comfortable", True)]) == "comfortable_with_evidence"

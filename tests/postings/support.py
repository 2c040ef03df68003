"""Shared helpers for the postings tests: match one text, read what the matcher concluded."""

from __future__ import annotations

from roadmap_lint.postings import Posting, load_vocabulary, match_postings

VOCABULARY = load_vocabulary()


def asked(text: str, name: str = "posting.txt") -> dict[str, str]:
    """Skill name → "required" or "nice", as the matcher reads one posting."""
    demands = match_postings([Posting(name=name, text=text, format="text")], VOCABULARY)
    return {demand.name: "required" if demand.required else "nice" for demand in demands}

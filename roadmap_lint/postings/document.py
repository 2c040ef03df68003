"""A vocabulary document: parsed, validated, and merged into the skills already known.

The shipped file and a user's file have one shape, so they go through this one validator. An
entry whose name is already a name or spelling of a known skill adds to that skill; any other
entry adds a new skill. Every problem is a ``PostingsError`` naming the file, the line and the
entry, with a hint; a typo in a key or an area gets a "did you mean".
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from typing import Any

import yaml

from roadmap_lint.postings.errors import VOCABULARY_HINT, PostingsError
from roadmap_lint.postings.terms import AREAS, Term, normalise, unique_names

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LIST_FIELDS = ("aliases", "common_words", "exclude", "satisfied_by")
_FIELDS = ("name", "area", *_LIST_FIELDS)
_Where = tuple[str | int, ...]


def merge_document(terms: list[Term], label: str, text: str) -> tuple[int | None, list[Term]]:
    """The version ``text`` states, and ``terms`` with its entries added.

    ``label`` is what error messages call the document (its path, as the caller gave it).
    """
    return _build(terms, _Source(label, text))


@dataclass(frozen=True)
class _Source:
    """A vocabulary document and the name error messages give it."""

    label: str
    text: str

    def fail(
        self, where: _Where, message: str, hint: str = VOCABULARY_HINT, *, skill: str = ""
    ) -> PostingsError:
        """An error at ``where`` (a path such as ``("skills", 3, "area")``) in this document."""
        line = _line_of(self.text, where)
        place = f"{self.label}, line {line}" if line else self.label
        return PostingsError(f"{place}: {_describe(where, skill)}{message}", hint)


def _build(terms: list[Term], source: _Source) -> tuple[int | None, list[Term]]:
    """Add the entries of ``source`` to ``terms``: new skills, or spellings for known ones."""
    version, entries = _parse(source)
    owner = {normalise(spelling): i for i, term in enumerate(terms) for spelling in term.spellings}
    earlier = len(terms)  # entries before this index come from an earlier file
    for index, entry in entries:
        where: _Where = ("skills", index)
        target = owner.get(normalise(entry.name))
        if target is not None and target >= earlier:
            message = f"repeats the skill {terms[target].name!r}"
            raise source.fail(where, message, _REPEAT_HINT, skill=entry.name)
        if target is None:
            if not entry.area:
                message = "is not a known skill, so it needs an 'area'"
                raise source.fail(where, message, _area_hint(""), skill=entry.name)
            terms.append(entry)
            target = len(terms) - 1
        else:
            terms[target] = _combine(terms[target], entry)
        _claim(owner, terms, target, source, where)
    return version, terms


_REPEAT_HINT = "merge the two entries into one"


def _claim(
    owner: dict[str, int], terms: list[Term], target: int, source: _Source, where: _Where
) -> None:
    """Record that ``terms[target]``'s spellings are its own; a spelling of two skills is an error.

    Two skills sharing a spelling would make every mention of it ambiguous.
    """
    for spelling in terms[target].spellings:
        holder = owner.setdefault(normalise(spelling), target)
        if holder != target:
            message = f"the spelling {spelling!r} already names {terms[holder].name!r}"
            hint = f"remove it here, or add it under '- name: {terms[holder].name}' instead"
            raise source.fail(where, message, hint, skill=terms[target].name)


def _combine(term: Term, extra: Term) -> Term:
    """``term`` with the spellings and names of ``extra`` added; ``extra``'s area wins if set."""
    return replace(
        term,
        area=extra.area or term.area,
        aliases=unique_names((*term.aliases, *extra.aliases)),
        common_words=unique_names((*term.common_words, *extra.common_words)),
        exclude=unique_names((*term.exclude, *extra.exclude)),
        satisfied_by=unique_names((*term.satisfied_by, *extra.satisfied_by)),
    )


def _parse(source: _Source) -> tuple[int | None, list[tuple[int, Term]]]:
    try:
        data = yaml.load(source.text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        place = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise PostingsError(
            f"{source.label}, {place}not valid YAML ({error.problem})", VOCABULARY_HINT
        ) from error
    except yaml.YAMLError as error:
        raise PostingsError(f"{source.label}: not valid YAML ({error})", VOCABULARY_HINT) from error
    if not isinstance(data, dict):
        raise source.fail((), "needs a top-level 'skills:' list", _SHAPE_HINT)
    _check_keys(source, (), data, ("version", "skills"))
    if not isinstance(data.get("skills"), list):
        raise source.fail(("skills",), "needs a top-level 'skills:' list", _SHAPE_HINT)
    version = data.get("version")
    if version is not None and (type(version) is not int or version < 1):
        raise source.fail(("version",), f"must be a whole number from 1; got {version!r}")
    return version, [(i, _entry(source, i, raw)) for i, raw in enumerate(data["skills"])]


_SHAPE_HINT = "start with 'version: 1' and 'skills:', then one '- name: ...' item per skill"


def _entry(source: _Source, index: int, raw: object) -> Term:
    where: _Where = ("skills", index)
    if not isinstance(raw, dict):
        raise source.fail(where, "must be a mapping with 'name:' and 'area:'", _SHAPE_HINT)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise source.fail(where, "needs a 'name:' (text)")
    _check_keys(source, where, raw, _FIELDS, skill=name)
    area = raw.get("area", "")
    if area != "" and area not in AREAS:
        message = f"{area!r} is not a roadmap area"
        raise source.fail((*where, "area"), message, _area_hint(str(area)), skill=name)
    lists = {
        field: _texts(source, (*where, field), raw.get(field, []), name) for field in _LIST_FIELDS
    }
    return Term(name=name.strip(), area=area, **lists)


def _texts(source: _Source, where: _Where, value: object, skill: str) -> tuple[str, ...]:
    names = []
    for item in value if isinstance(value, list) else [value]:
        if not isinstance(item, str) or not item.strip():
            hint = "quote it: YAML reads yes, no, on, off and numbers as something else"
            message = f"must be a list of names; {item!r} is not a name"
            raise source.fail(where, message, hint, skill=skill)
        names.append(item.strip())
    return tuple(names)


def _check_keys(
    source: _Source, where: _Where, raw: dict[Any, Any], known: tuple[str, ...], skill: str = ""
) -> None:
    for key in raw:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
            raise source.fail((*where, str(key)), f"unknown key {key!r}", hint, skill=skill)


def _area_hint(area: str) -> str:
    close = difflib.get_close_matches(area, AREAS, n=1)
    known = f"one of {', '.join(AREAS)}"
    return f"did you mean {close[0]!r}? ({known})" if close else known


def _describe(where: _Where, skill: str) -> str:
    """``("skills", 3, "area")`` and ``Kafka`` → ``"skills[3] (Kafka) area: "``."""
    text = ""
    for step in where:
        text += f"[{step}]" if isinstance(step, int) else f" {step}"
        if isinstance(step, int) and skill:
            text += f" ({skill})"
    return f"{text.strip()}: " if text else ""


def _line_of(text: str, where: _Where) -> int | None:
    """The 1-based line of the node at ``where``, or of its nearest parent that exists."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    for step in where:
        child = _child(node, step)
        if child is None:
            break
        node = child
    return node.start_mark.line + 1 if node is not None else None


def _child(node: yaml.Node | None, step: str | int) -> yaml.Node | None:
    if isinstance(step, int) and isinstance(node, yaml.SequenceNode):
        return node.value[step] if step < len(node.value) else None
    if isinstance(step, str) and isinstance(node, yaml.MappingNode):
        return next((value for key, value in node.value if key.value == step), None)
    return None

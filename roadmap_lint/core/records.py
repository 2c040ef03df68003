"""A base for the mutable records a scan fills in: compared by their fields, shown with them.

A dataclass costs about 1 ms to define on Python 3.11 (it compiles its generated methods),
and the scan defines its records on every run, where a millisecond is half a percent of a
100,000-file scan. These few write their ``__init__`` by hand and take the rest from here.
"""

from __future__ import annotations


class Record:
    """Equal to another record of the same type with equal fields (tests compare scans)."""

    __hash__ = None  # type: ignore[assignment]  # mutable: never a dict key

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(self) == vars(other)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in vars(self).items())
        return f"{type(self).__name__}({fields})"

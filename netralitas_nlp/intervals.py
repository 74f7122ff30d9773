"""Spans of an article, asked "is this position inside one?" or "does this span overlap one?" in log time.

Components ask it for every match of an article; scanning the whole list each time made their cost
grow with the square of the article's length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable


class Intervals:
    """Half-open ``(start, end)`` spans, sorted once; overlapping spans are fine."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # The furthest end among the spans up to each one: a span covers a position only if this reaches past it.
        self._reach = list(accumulate((end for _, end in ordered), max))

    def covers(self, position: int) -> bool:
        """Some span has ``start <= position < end``."""
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and self._reach[index] > position

    def overlaps(self, start: int, end: int) -> bool:
        """Some span ``(s, e)`` has ``s < end`` and ``start < e``."""
        index = bisect_left(self._starts, end) - 1
        return index >= 0 and self._reach[index] > start

    def __len__(self) -> int:
        return len(self._starts)


class SpanUnion:
    """A growing set of taken, non-empty spans, kept as their union (disjoint and sorted) so that adding
    one and asking whether a span overlaps any both cost a bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Some taken span ``(s, e)`` has ``s < end`` and ``start < e``."""
        index = bisect_left(self._starts, end) - 1
        return index >= 0 and self._ends[index] > start

    def add(self, start: int, end: int) -> None:
        first = bisect_left(self._ends, start)  # the spans it overlaps or touches are merged with it
        stop = bisect_right(self._starts, end)
        if first < stop:
            start, end = min(start, self._starts[first]), max(end, self._ends[stop - 1])
        self._starts[first:stop] = [start]
        self._ends[first:stop] = [end]

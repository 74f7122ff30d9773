"""Intervals and SpanUnion answer as a scan over every span would (they replace such scans)."""

from __future__ import annotations

import random

from netralitas_nlp.intervals import Intervals, SpanUnion


def test_intervals_cover_and_overlap_as_a_scan_does():
    rng = random.Random(11)
    for _ in range(500):
        spans = [(start, start + rng.randint(0, 6)) for start in (rng.randint(0, 40) for _ in range(rng.randint(0, 12)))]
        index = Intervals(spans)
        for position in range(-2, 50):
            assert index.covers(position) == any(start <= position < end for start, end in spans)
            end = position + rng.randint(0, 5)
            assert index.overlaps(position, end) == any(start < end and position < stop for start, stop in spans)


def test_span_union_grows_and_answers_as_a_scan_does():
    rng = random.Random(12)
    for _ in range(500):
        union, taken = SpanUnion(), []
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 40)
            end = start + rng.randint(1, 8)
            assert union.overlaps(start, end) == any(start < stop and begin < end for begin, stop in taken)
            if rng.random() < 0.6:
                union.add(start, end)
                taken.append((start, end))


def test_nested_and_touching_spans():
    index = Intervals([(0, 10), (2, 3), (10, 12)])
    assert index.covers(5) and index.covers(10) and not index.covers(12)
    union = SpanUnion([(0, 10), (2, 3)])
    union.add(10, 12)
    assert union.overlaps(11, 20) and not union.overlaps(12, 20) and not union.overlaps(-5, 0)


"""compile_anchored: the same matches as regex.compile, without the search for a required literal."""

from __future__ import annotations

import random

import regex

from netralitas_nlp.patterns import compile_anchored


def test_anchored_patterns_match_what_the_plain_ones_do():
    """compile_anchored hides a pattern's required literal from regex's pre-match search; matches stay the same."""
    rng = random.Random(13)
    for source in (r"\G\s*,", r"\G\s+RI\b", r"\G\s*\((?P<acronym>\p{Lu}[\p{L}\-]{0,14})\)", r"\s+serentak\b"):
        plain, anchored = regex.compile(source, regex.IGNORECASE), compile_anchored(source, regex.IGNORECASE)
        for _ in range(2000):
            text = "".join(rng.choice([" ", ",", "RI", "ri", "(", ")", "Ab", "x", "\n", "serentak"]) for _ in range(8))
            position = rng.randint(0, len(text))
            expected, found = plain.match(text, position), anchored.match(text, position)
            assert (expected and (expected.span(), expected.groupdict())) == (found and (found.span(), found.groupdict()))

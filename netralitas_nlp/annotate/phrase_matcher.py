"""Fast whole-word matching of many literal phrases: one trie-shaped regex over lower-cased text.

A plain alternation of hundreds of phrases makes the regex engine try each one
at every position (several ms per article); the same phrases folded into a
trie (`pe(?:ngawas(?:an)?|…)`) branch on one character at a time.  Because the
trie makes every continuation optional-greedy, the longest phrase wins at a
position (`covid-19` over `covid`, `pemungutan suara ulang` over `pemungutan suara`).
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

_END = ""


def _trie(phrases: Iterable[str]) -> dict:
    root: dict = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _pattern(node: dict) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def lowered(text: str) -> str:
    """``text.lower()`` with offsets kept (the rare characters whose lower form is longer stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


class PhraseMatcher:
    """Finds lower-case literal phrases as whole words; ``finditer`` yields (start, end, phrase)."""

    def __init__(self, phrases: Iterable[str]):
        phrases = {phrase.lower() for phrase in phrases if phrase}
        if not phrases:
            raise ValueError("PhraseMatcher needs at least one phrase")
        self.regex = re.compile(rf"(?<!\w)(?:{_pattern(_trie(phrases))})(?!\w)")
        self.phrases = frozenset(phrases)

    def finditer(self, low_text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
        for match in self.regex.finditer(low_text, start, len(low_text) if end is None else end):
            phrase = match.group()
            # The trie may stop inside a longer phrase's prefix that is not itself a phrase.
            if phrase in self.phrases:
                yield match.start(), match.end(), phrase

"""Speech vocabulary: speech verbs and the words around a speaker (``lang/id/speech_verbs.tsv``,
``lang/id/speaker_words.tsv``), loaded once and read by the role-run rules, the person-name model, the
quote attribution and the warning decision."""

from __future__ import annotations

from functools import lru_cache

from . import load_kinds, load_mapping


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Speech verb form → its use (``post``: after a quote, ``pre``/``pre-open``: before a statement, …)."""
    return dict(load_mapping("speech_verbs.tsv"))


# The uses of ``speech_verbs.tsv`` that attribute a statement to a speaker.
ATTRIBUTION_USES = ("post", "pre", "pre-open", "passive")


def attribution_verbs() -> list[str]:
    """Speech verbs that attribute a statement (`kata`, `menegaskan`, `disampaikan`), not conjunctions or stances."""
    return [verb for verb, use in speech_verbs().items() if use in ATTRIBUTION_USES]


# The kinds of lang/id/speaker_words.tsv (its header says what each one is).
SPEAKER_WORD_KINDS = ("role", "pronoun", "negator", "opener", "adverb", "demonstrative", "not_subject",
                      "adjunct", "role_joiner")


@lru_cache(maxsize=None)
def speaker_word_kind(kind: str) -> frozenset[str]:
    """The words of one kind in speaker_words.tsv."""
    if kind not in SPEAKER_WORD_KINDS:
        raise ValueError(f"unknown speaker word kind {kind!r}")
    return frozenset(load_kinds("speaker_words.tsv", kind_column=1).get(kind, ()))

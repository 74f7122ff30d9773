"""The NER corpora in ``../shared/ner`` as spaCy ``Doc`` objects with PER/ORG/LOC entities.

All five sets are one token per line (token first, IOB2 tag last, other columns ignored), sentences
separated by blank lines; they differ in their label names and in whether a model trained on them may ship:

* ``idner-news-2k`` (MIT), ``nergrit`` and ``nerp`` (Apache-2.0): training and evaluation;
* ``nerui`` and ``nerugm`` (no licence stated): cross-domain evaluation only, never training.

Each source label maps to ``PER``, ``ORG`` or ``LOC``, to nothing (the tokens are outside any
entity), or to *missing*: the tokens carry no annotation, so a model trained on them is neither
rewarded nor penalised there.  NERP's ``IND`` mixes companies and bodies (ORG in the other sets) with
products, brands and TV series (not entities in the other sets), so it is missing rather than guessed.

Sentences are rebuilt as text (tokens joined by single spaces) and re-tokenized by the pipeline's own
tokenizer, so a model is trained and scored on the tokens it will see on news text.  Entity
boundaries move to the new tokens, punctuation at an entity's edge dropped (``(KKPN)`` -> ``KKPN``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .gold import shared_dir

LABELS = ("LOC", "ORG", "PER")
MISSING = "-"
"""Label-map value: the span's tokens carry no annotation (neither an entity nor outside one)."""


@dataclasses.dataclass(frozen=True)
class NerCorpus:
    name: str
    folder: str
    label_map: dict[str, str]
    """Source entity type -> ``PER``/``ORG``/``LOC`` or ``MISSING``; other types are outside any entity."""
    splits: dict[str, tuple[str, ...]]
    """Split name -> file names in ``folder``."""
    licence: str
    trainable: bool
    lowercased: bool = False

    def paths(self, split: str, shared: Optional[Path] = None) -> list[Path]:
        if split not in self.splits:
            raise KeyError(f"{self.name} has no split {split!r} (has {', '.join(self.splits)})")
        folder = (shared or shared_dir()) / "ner" / self.folder
        return [folder / name for name in self.splits[split]]


def _folds(kind: str) -> tuple[str, ...]:
    return tuple(f"{kind}.0{fold}.tsv" for fold in range(1, 6))


INDONLU_SPLITS = {"train": ("train_preprocess.txt",), "dev": ("valid_preprocess.txt",), "test": ("test_preprocess.txt",)}
CORPORA = {
    corpus.name: corpus
    for corpus in (
        NerCorpus("idner-news-2k", "idner-news-2k", {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
                  {"train": ("train.txt",), "dev": ("dev.txt",)}, "MIT", trainable=True),
        NerCorpus("nergrit", "nergrit", {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
                  INDONLU_SPLITS, "Apache-2.0", trainable=True),
        NerCorpus("nerp", "nerp", {"PPL": "PER", "PLC": "LOC", "IND": MISSING},
                  INDONLU_SPLITS, "Apache-2.0", trainable=True, lowercased=True),
        NerCorpus("nerui", "nerui", {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
                  {f"test.0{fold}": (f"test.0{fold}.tsv",) for fold in range(1, 6)} | {"test": _folds("test")},
                  "none stated", trainable=False),
        NerCorpus("nerugm", "nerugm", {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
                  {f"test.0{fold}": (f"test.0{fold}.tsv",) for fold in range(1, 6)} | {"test": _folds("test")},
                  "none stated", trainable=False),
    )
}


@dataclasses.dataclass(frozen=True)
class TaggedSentence:
    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int, str], ...]
    """(first token, end token, source type) from the IOB2 tags."""

    @property
    def key(self) -> str:
        """Case-insensitive identity, to find one sentence in several corpora (NERP is lower-cased)."""
        return " ".join(self.tokens).lower()


def read_iob(path: Path) -> Iterator[TaggedSentence]:
    """Sentences of a one-token-per-line IOB2 file (tabs or spaces, LF or CRLF)."""
    tokens: list[str] = []
    tags: list[str] = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.split("\t") if "\t" in line else line.split()
            fields = [field.strip() for field in fields]
            if not line.strip():
                if tokens:
                    yield TaggedSentence(tuple(tokens), iob_spans(tags))
                tokens, tags = [], []
                continue
            tokens.append(fields[0])
            tags.append(fields[-1])
    if tokens:
        yield TaggedSentence(tuple(tokens), iob_spans(tags))


def iob_spans(tags: list[str]) -> tuple[tuple[int, int, str], ...]:
    """IOB2 tags -> (start, end, type); an ``I-`` that does not continue its type starts a span."""
    spans: list[list] = []
    for index, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and spans and spans[-1][1] == index and spans[-1][2] == kind:
            spans[-1][1] = index + 1
        elif prefix in ("B", "I") and kind:
            spans.append([index, index + 1, kind])
    return tuple((start, end, kind) for start, end, kind in spans)


def sentence_doc(nlp: Language, sentence: TaggedSentence, label_map: dict[str, str]) -> Doc:
    """The sentence re-tokenized by ``nlp``'s tokenizer, its entities moved onto the new tokens."""
    text, token_starts = _join(sentence.tokens)
    doc = nlp.make_doc(text)
    entities: list[Span] = []
    missing: list[Span] = []
    for start, end, kind in sentence.spans:
        label = label_map.get(kind)
        if label is None:
            continue
        first_char = token_starts[start]
        end_char = token_starts[end - 1] + len(sentence.tokens[end - 1])
        span = _trimmed_span(doc, first_char, end_char, label)
        if span is not None:
            (missing if label == MISSING else entities).append(span)
    doc.set_ents(entities, missing=missing, default="outside")
    return doc


def _join(tokens: Iterable[str]) -> tuple[str, list[int]]:
    starts, offset = [], 0
    for token in tokens:
        starts.append(offset)
        offset += len(token) + 1
    return " ".join(tokens), starts


def _trimmed_span(doc: Doc, start_char: int, end_char: int, label: str) -> Optional[Span]:
    span = doc.char_span(start_char, end_char, label=label if label != MISSING else "", alignment_mode="contract")
    if span is None:
        return None
    start, end = span.start, span.end
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return Span(doc, start, end, label=span.label) if end > start else None


def corpus_docs(nlp: Language, corpus: str, split: str, exclude: frozenset[str] = frozenset(),
                shared: Optional[Path] = None) -> list[Doc]:
    """Docs of one split of a corpus, leaving out sentences whose ``key`` is in ``exclude``."""
    spec = CORPORA[corpus]
    return [sentence_doc(nlp, sentence, spec.label_map)
            for path in spec.paths(split, shared) for sentence in read_iob(path) if sentence.key not in exclude]


def sentence_keys(corpus: str, split: str, shared: Optional[Path] = None) -> frozenset[str]:
    """Keys of every sentence of a split (to keep evaluation sentences out of training data)."""
    return frozenset(sentence.key for path in CORPORA[corpus].paths(split, shared) for sentence in read_iob(path))

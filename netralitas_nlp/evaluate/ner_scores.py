"""Precision, recall and F1 of an NER pipeline on the ``../shared/ner`` sets, per label and micro.

* ``idner-news-2k`` dev: the in-domain score (the model ships only if its micro F1 is >= 0.85);
* NER-UI and NER-UGM: cross-domain, the mean over their five test folds (as IndoLEM reports them).
  NER-UGM shares sentences with idner-news-2k (both re-annotate the same news), so it is also scored on
  the sentences no training corpus contains (``unseen``).

Scores are spaCy's (exact span and label match) over the pipeline's own tokens.
"""

from __future__ import annotations

from pathlib import Path
from statistics import mean
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from .ner_corpora import CORPORA, LABELS, corpus_docs, read_iob

FOLDS = tuple(f"test.0{fold}" for fold in range(1, 6))


def score_docs(nlp: Language, gold: Iterable[Doc]) -> dict:
    """``{"p", "r", "f", "sentences", "per_label": {label: {"p", "r", "f"}}}`` of ``nlp`` against ``gold``."""
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    scores = nlp.evaluate(examples)
    per_type = scores.get("ents_per_type") or {}
    return {
        "p": scores["ents_p"], "r": scores["ents_r"], "f": scores["ents_f"], "sentences": len(examples),
        "per_label": {label: dict(per_type.get(label, {"p": 0.0, "r": 0.0, "f": 0.0})) for label in LABELS},
    }


def mean_scores(folds: list[dict]) -> dict:
    """The mean of per-fold scores (micro within a fold, averaged over folds)."""
    return {
        "p": mean(fold["p"] for fold in folds), "r": mean(fold["r"] for fold in folds),
        "f": mean(fold["f"] for fold in folds), "sentences": sum(fold["sentences"] for fold in folds),
        "per_label": {label: {key: mean(fold["per_label"][label][key] for fold in folds) for key in ("p", "r", "f")}
                      for label in LABELS},
    }


def training_keys(mix: Iterable[str], shared: Optional[Path] = None) -> frozenset[str]:
    """Keys of every sentence in any split of the training corpora (what a model trained on ``mix`` saw)."""
    return frozenset(sentence.key for name in mix for split in CORPORA[name].splits
                     for path in CORPORA[name].paths(split, shared) for sentence in read_iob(path))


def cross_domain(nlp: Language, corpus: str, exclude: frozenset[str] = frozenset(),
                 shared: Optional[Path] = None) -> dict:
    return mean_scores([score_docs(nlp, corpus_docs(nlp, corpus, fold, exclude, shared)) for fold in FOLDS])


def evaluate_ner(nlp: Language, mix: Iterable[str], shared: Optional[Path] = None) -> dict:
    """Scores on idner-news-2k dev, NER-UI and NER-UGM (all, and unseen by a model trained on ``mix``)."""
    seen = training_keys(mix, shared)
    return {
        "idner-news-2k dev": score_docs(nlp, corpus_docs(nlp, "idner-news-2k", "dev", shared=shared)),
        "nerui test (5-fold mean)": cross_domain(nlp, "nerui", shared=shared),
        "nerugm test (5-fold mean)": cross_domain(nlp, "nerugm", shared=shared),
        "nerugm test unseen (5-fold mean)": cross_domain(nlp, "nerugm", seen, shared),
    }


def summary(scores: dict) -> str:
    """One line: micro F1 (P/R) per set, and per-label F1."""
    parts = []
    for name, score in scores.items():
        labels = " ".join(f"{label} {score['per_label'][label]['f']:.3f}" for label in LABELS)
        parts.append(f"{name}: F1 {score['f']:.3f} (P {score['p']:.3f} R {score['r']:.3f}; {labels})")
    return "; ".join(parts)

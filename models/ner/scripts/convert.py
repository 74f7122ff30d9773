"""Convert the permissive NER sets in ../shared/ner to spaCy DocBins for training.

    python scripts/convert.py --mix idner-news-2k,nergrit --out corpus [--shared ../../../shared]

Writes (none of it is committed: it is derived from ../shared):

* ``train.spacy``: the training splits of the corpora in ``--mix`` (idner-news-2k minus every
  ``SELECT_EVERY``-th sentence; every split of NERGRIT and NERP, whose own dev/test sets are not
  what we measure on), re-tokenized by netralitas_tokenizer.v1, PER/ORG/LOC;
* ``select.spacy``: the held-out idner-news-2k training sentences that pick the best checkpoint, so
  that idner-news-2k dev stays out of training and checkpoint choice;
* ``dev.spacy``: idner-news-2k dev, for the scores;
* ``manifest.json``: what went in, sentence and entity counts, licences.

Any training sentence that also occurs in idner-news-2k dev (case-insensitive; NERP repeats 84 of them)
is left out.  Only corpora whose licence allows shipping a model are accepted (NER-UI and NER-UGM are
evaluation-only).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from netralitas_nlp.evaluate.ner_corpora import CORPORA, corpus_docs, sentence_keys
from netralitas_nlp.tokenizer import TOKENIZER_CONFIG

SCORED = "idner-news-2k"
SELECT_EVERY = 10


def write(docs: list, path: Path) -> dict:
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    labels = Counter(ent.label_ for doc in docs for ent in doc.ents)
    return {"sentences": len(docs), "tokens": sum(len(doc) for doc in docs), "entities": dict(sorted(labels.items()))}


def training_docs(nlp, mix: list[str], shared: Path | None, exclude: frozenset[str]) -> tuple[list, list]:
    train, select = [], []
    for name in mix:
        corpus = CORPORA[name]
        if not corpus.trainable:
            raise SystemExit(f"{name} may not be used for training (licence: {corpus.licence})")
        if name == SCORED:
            docs = corpus_docs(nlp, name, "train", exclude, shared)
            select += docs[SELECT_EVERY - 1::SELECT_EVERY]
            train += [doc for index, doc in enumerate(docs) if (index + 1) % SELECT_EVERY]
        else:
            for split in corpus.splits:
                train += corpus_docs(nlp, name, split, exclude, shared)
    return train, select


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mix", default=SCORED, help="comma-separated corpora to train on")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shared", type=Path, default=None, help="default: $NETRALITAS_SHARED or ../shared")
    args = parser.parse_args()
    mix = [name.strip() for name in args.mix.split(",") if name.strip()]
    if SCORED not in mix:
        raise SystemExit(f"--mix must include {SCORED}: its held-out sentences choose the checkpoint")
    unknown = [name for name in mix if name not in CORPORA]
    if unknown:
        raise SystemExit(f"unknown corpora {unknown}; known: {', '.join(CORPORA)}")

    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    dev_keys = sentence_keys(SCORED, "dev", args.shared)
    train, select = training_docs(nlp, mix, args.shared, dev_keys)
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = {
        "mix": mix,
        "licences": {name: CORPORA[name].licence for name in mix},
        "train": write(train, args.out / "train.spacy"),
        "select": write(select, args.out / "select.spacy"),
        "dev": write(corpus_docs(nlp, SCORED, "dev", shared=args.shared), args.out / "dev.spacy"),
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(manifest, indent=2))


if __name__ == "__main__":
    main()

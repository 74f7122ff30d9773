"""Prepare the stanza training data from ../shared in the formats stanza's own trainers read.

UD (CC BY-SA): ``../shared/ud`` has id_csui train/test, id_gsd dev/test and id_pud test, no id_gsd
train.  Training data = id_csui train + id_gsd dev, every ``DEV_EVERY``-th sentence of each held out
for model selection; the three test files stay untouched for scoring (evaluate.py).  Two conventions
differ between the treebanks and are made one in the training data:
  * XPOS is blanked: CSUI uses Penn-style tags, GSD MorphInd tags and PUD none;
  * proper-noun lemmas keep their case (``Jakarta``), as in CSUI and PUD (and UD's guidelines); GSD
    lower-cases them (``jakarta``), so its lemma scores are also reported case-insensitively.

NER (MIT / Apache-2.0): idner-news-2k train and NERGRIT train+valid, labels mapped to PER/ORG/LOC,
every ``DEV_EVERY``-th sentence held out for model selection; written as stanza's NER json.

Usage (from the repository root): python models/stanza/recipe/prepare.py
"""

from __future__ import annotations

import json
from pathlib import Path

from stanza.utils.datasets import common as ud_common
from stanza.utils.datasets.prepare_tokenizer_treebank import augment_punct, strip_xpos, write_augmented_dataset

import settings


def split_every(items: list, every: int) -> tuple[list, list]:
    """(train, dev): every ``every``-th item (the 1st, the 11th, ...) goes to dev."""
    dev = items[::every]
    train = [item for index, item in enumerate(items) if index % every]
    return train, dev


def ud_splits() -> tuple[list, list]:
    """Training and development sentences (lists of CoNLL-U lines) from all UD training sources."""
    train, dev = [], []
    for name in settings.UD_TRAIN_SOURCES:
        sentences = ud_common.read_sentences_from_conllu(str(settings.UD / name))
        source_train, source_dev = split_every(sentences, settings.DEV_EVERY)
        train += source_train
        dev += source_dev
    return harmonised(strip_xpos(train)), harmonised(strip_xpos(dev))


def harmonised(sentences: list[list[str]]) -> list[list[str]]:
    """The sentences with lower-cased proper-noun lemmas given back their case (``jakarta`` -> ``Jakarta``)."""
    return [[proper_noun_case(line) for line in sentence] for sentence in sentences]


def proper_noun_case(line: str) -> str:
    fields = line.split("\t")
    if len(fields) == 10 and fields[3] == "PROPN" and fields[2] != fields[1] and fields[2] == fields[1].lower():
        fields[2] = fields[1]
    return "\t".join(fields)


def write_ud(train: list, dev: list) -> None:
    """Word-level files (mwt, pos, lemma, depparse) and tokenizer files (raw text + char labels)."""
    ud_dir = settings.DATA / "ud"
    tokenize_dir = settings.DATA / "tokenize"
    ud_dir.mkdir(parents=True, exist_ok=True)
    tokenize_dir.mkdir(parents=True, exist_ok=True)
    short = settings.UD_SHORTHAND
    for shard, sentences in (("train", train), ("dev", dev)):
        ud_common.write_sentences_to_conllu(str(ud_dir / f"{short}.{shard}.conllu"), sentences)
    # the tokenizer trains on punctuation-augmented text, as stanza's prepare_tokenizer_treebank does
    write_augmented_dataset(str(ud_dir / f"{short}.train.conllu"),
                            ud_common.tokenizer_conllu_name(str(tokenize_dir), short, "train"), augment_punct)
    ud_common.write_sentences_to_conllu(ud_common.tokenizer_conllu_name(str(tokenize_dir), short, "dev"), dev)
    ud_common.convert_conllu_to_txt(str(tokenize_dir), short, shards=("train", "dev"))
    for shard in ("train", "dev"):
        ud_common.prepare_tokenizer_dataset_labels(str(tokenize_dir / f"{short}.{shard}.txt"),
                                                   ud_common.tokenizer_conllu_name(str(tokenize_dir), short, shard),
                                                   str(tokenize_dir), short, shard)


def read_iob(path: Path, label_map: dict[str, str]) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a token-first, tag-last IOB2 file, tags mapped to PER/ORG/LOC.

    Types outside ``label_map`` become O; an I- tag that does not continue its entity starts one (B-).
    """
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t") if "\t" in line else line.split()
        fields = [field.strip() for field in fields if field.strip()]
        if not fields:
            if current:
                sentences.append(current)
            current = []
            continue
        current.append((fields[0], mapped_tag(fields[-1], label_map, current[-1][1] if current else "O")))
    if current:
        sentences.append(current)
    return sentences


def mapped_tag(tag: str, label_map: dict[str, str], previous: str) -> str:
    prefix, _, kind = tag.partition("-")
    label = label_map.get(kind)
    if prefix not in ("B", "I") or label is None:
        return "O"
    if prefix == "I" and previous[2:] != label:
        prefix = "B"
    return f"{prefix}-{label}"


def ner_sentences(folder: str, files: tuple[str, ...]) -> list[list[tuple[str, str]]]:
    label_map = settings.NER_LABEL_MAPS[folder]
    return [sentence for name in files for sentence in read_iob(settings.NER / folder / name, label_map)]


def write_ner_json(path: Path, sentences: list[list[tuple[str, str]]]) -> None:
    """stanza's NER json: a list of sentences, each a list of {text, ner} (as prepare_ner_file writes)."""
    document = [[{"text": token, "ner": tag} for token, tag in sentence] for sentence in sentences]
    path.write_text(json.dumps(document, ensure_ascii=False, indent=0), encoding="utf-8")


def write_ner() -> None:
    ner_dir = settings.DATA / "ner"
    ner_dir.mkdir(parents=True, exist_ok=True)
    train, dev = [], []
    for folder, files in settings.NER_TRAIN.items():
        source_train, source_dev = split_every(ner_sentences(folder, files), settings.DEV_EVERY)
        train += source_train
        dev += source_dev
    write_ner_json(ner_dir / f"{settings.NER_SHORTHAND}.train.json", train)
    write_ner_json(ner_dir / f"{settings.NER_SHORTHAND}.dev.json", dev)
    for name, (folder, files) in settings.NER_TESTS.items():
        write_ner_json(ner_dir / f"{name}.json", ner_sentences(folder, files))
    print(f"NER: {len(train)} training, {len(dev)} development sentences")


def main() -> None:
    train, dev = ud_splits()
    write_ud(train, dev)
    print(f"UD: {len(train)} training, {len(dev)} development sentences")
    write_ner()


if __name__ == "__main__":
    main()

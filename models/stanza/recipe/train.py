"""Train the Indonesian stanza models with stanza's own trainers and ship them into models/stanza.

Each processor is trained by its ``stanza.models.*`` entry point with the arguments stanza's
``stanza/utils/training/run_*.py`` scripts pass (those scripts are not in the PyPI wheel), without
pretrained word vectors or a character language model (``--no_pretrain``, no ``--charlm``), on the
files prepare.py wrote.  Step budgets are in settings.py.

Usage (from the repository root, after prepare.py):
    python models/stanza/recipe/train.py [tokenize mwt pos lemma depparse ner]   # default: all
then ``install`` copies the checkpoints to models/stanza/id/<processor>/<package>.pt and writes
models/stanza/resources.json:
    python models/stanza/recipe/train.py install
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import time

import settings

UD_PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
PROCESSORS = UD_PROCESSORS + ("ner",)


def ud_file(shard: str) -> str:
    return str(settings.DATA / "ud" / f"{settings.UD_SHORTHAND}.{shard}.conllu")


def tokenize_file(pattern: str) -> str:
    return str(settings.DATA / "tokenize" / pattern.format(short=settings.UD_SHORTHAND))


def checkpoint(processor: str) -> str:
    return str(settings.SAVED / processor / f"{package(processor)}.pt")


def package(processor: str) -> str:
    return settings.NER_PACKAGE if processor == "ner" else settings.UD_PACKAGE


def common_args(processor: str) -> list[str]:
    return ["--mode", "train", "--seed", str(settings.SEED),
            "--save_dir", str(settings.SAVED / processor), "--save_name", f"{package(processor)}.pt"]


def train_tokenize() -> None:
    from stanza.models import tokenizer

    tokenizer.main(common_args("tokenize") + [
        "--label_file", tokenize_file("{short}-ud-train.toklabels"), "--txt_file", tokenize_file("{short}.train.txt"),
        "--lang", settings.LANG, "--shorthand", settings.UD_SHORTHAND,
        "--mwt_json_file", tokenize_file("{short}-ud-dev-mwt.json"),
        "--dev_txt_file", tokenize_file("{short}.dev.txt"),
        "--dev_label_file", tokenize_file("{short}-ud-dev.toklabels"),
        "--dev_conll_gold", tokenize_file("{short}.dev.gold.conllu"),
    ] + settings.TOKENIZE_ARGS)


def ud_word_args(with_lang: bool = True) -> list[str]:
    """Training and development files of the word-level UD processors (mwt, pos, lemma, depparse)."""
    lang = ["--lang", settings.LANG] if with_lang else []
    files = ["--train_file", ud_file("train"), "--eval_file", ud_file("dev")]
    return files + ["--shorthand", settings.UD_SHORTHAND] + lang


def train_mwt() -> None:
    from stanza.models import mwt_expander
    from stanza.utils.max_mwt_length import max_mwt_length

    # run_mwt.py's rule for the longest expansion the decoder may write
    max_len = math.ceil(max_mwt_length([tokenize_file("{short}-ud-train-mwt.json"),
                                        tokenize_file("{short}-ud-dev-mwt.json")]) * 1.1 + 1)
    mwt_expander.main(common_args("mwt") + ud_word_args() + ["--gold_file", ud_file("dev"),
                                                             "--max_dec_len", str(max_len)] + settings.MWT_ARGS)


def train_pos() -> None:
    from stanza.models import tagger

    tagger.main(common_args("pos") + ud_word_args() + ["--no_pretrain"] + settings.POS_ARGS)


def train_lemma() -> None:
    from stanza.models import lemmatizer

    lemmatizer.main(common_args("lemma") + ud_word_args(with_lang=False) + settings.LEMMA_ARGS)


def train_depparse() -> None:
    from stanza.models import parser

    # trained on gold UPOS/UFeats: with this little data a tagger retags its own training set almost
    # perfectly, so run_depparse.py's predicted-tag retagging would change next to nothing
    parser.main(common_args("depparse") + ud_word_args() + ["--no_pretrain"] + settings.DEPPARSE_ARGS)


def train_ner() -> None:
    from stanza.models import ner_tagger

    ner_dir = settings.DATA / "ner"
    ner_tagger.main(common_args("ner") + [
        "--train_file", str(ner_dir / f"{settings.NER_SHORTHAND}.train.json"),
        "--eval_file", str(ner_dir / f"{settings.NER_SHORTHAND}.dev.json"),
        "--shorthand", settings.NER_SHORTHAND, "--no_pretrain",
    ] + settings.NER_ARGS)


TRAINERS = {"tokenize": train_tokenize, "mwt": train_mwt, "pos": train_pos, "lemma": train_lemma,
            "depparse": train_depparse, "ner": train_ner}


def install() -> None:
    """Copy the checkpoints into the shipped tree and write the resources.json stanza.Pipeline reads."""
    lang_dir = settings.MODELS / settings.LANG
    for processor in PROCESSORS:
        target = lang_dir / processor / f"{package(processor)}.pt"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(checkpoint(processor), target)
    (settings.MODELS / "resources.json").write_text(json.dumps(resources(), indent=2) + "\n", encoding="utf-8")


def resources() -> dict:
    """resources.json in stanza's layout: per-processor packages, and the ``default`` package that
    ``stanza.Pipeline("id", processors="tokenize,pos,...")`` resolves each processor to.  No entry has
    dependencies (no pretrain, no charlm) and no md5 (download_method=None never downloads)."""
    processors = {processor: package(processor) for processor in PROCESSORS}
    language = {processor: {name: {}} for processor, name in processors.items()}
    language.update({
        "lang_name": "Indonesian",
        "default_processors": processors,
        "packages": {"default": processors},
    })
    return {settings.LANG: language}


def main(argv: list[str]) -> None:
    if argv == ["install"]:
        install()
        return
    import torch

    torch.set_num_threads(settings.TORCH_THREADS)  # a shared machine; also keeps a rebuild repeatable
    for processor in argv or PROCESSORS:
        started = time.time()
        TRAINERS[processor]()
        print(f"trained {processor} in {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

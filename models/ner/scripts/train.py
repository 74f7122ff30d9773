"""Train the NER with the project's tokenizer registered, and record how long it took.

    python scripts/train.py configs/config.cfg corpus/mix training/mix [--set training.max_epochs=10]
    python scripts/train.py configs/config.cfg corpus/idner training/idner --base training/mix/model-best

``--base`` continues training a trained ``ner`` (sourced from that pipeline) instead of starting from
random weights: the second stage of the recipe fits the model learnt on all the permissive sets to
idner-news-2k's annotation conventions.  Writes ``model-best``, ``model-last`` and ``timing.json``
(wall and CPU seconds, seed, spaCy and thinc versions, CPU) under the output folder.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import spacy
import thinc
from spacy import util
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as train_nlp

import netralitas_nlp.tokenizer  # noqa: F401  (registers netralitas_tokenizer.v1)


def override(text: str) -> tuple[str, object]:
    key, _, value = text.partition("=")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def training_config(config_path: Path, corpus: Path, base: Path | None, settings: dict):
    overrides = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "select.spacy"), **settings}
    config = util.load_config(config_path, overrides=overrides, interpolate=False)
    if base is not None:
        config["components"]["ner"] = {"source": str(base.resolve())}
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("config", type=Path)
    parser.add_argument("corpus", type=Path, help="folder with train.spacy and select.spacy (convert.py)")
    parser.add_argument("output", type=Path)
    parser.add_argument("--base", type=Path, default=None, help="trained pipeline whose ner training continues")
    parser.add_argument("--set", action="append", default=[], type=override, metavar="SECTION.KEY=VALUE")
    args = parser.parse_args()
    settings = dict(args.set)
    config = training_config(args.config, args.corpus, args.base, settings)
    args.output.mkdir(parents=True, exist_ok=True)
    wall, cpu = time.perf_counter(), time.process_time()
    nlp = init_nlp(config)
    train_nlp(nlp, args.output, stdout=sys.stdout, stderr=sys.stderr)
    timing = {
        "wall_s": round(time.perf_counter() - wall, 1), "cpu_s": round(time.process_time() - cpu, 1),
        "seed": config["system"]["seed"], "base": str(args.base) if args.base else None, "settings": settings,
        "spacy": spacy.__version__, "thinc": thinc.__version__,
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cpus, Python {platform.python_version()}",
    }
    (args.output / "timing.json").write_text(json.dumps(timing, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

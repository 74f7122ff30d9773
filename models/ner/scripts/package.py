"""Write the shipped pipeline folder: the chosen checkpoint, its scores and licences in meta.json.

    python scripts/package.py training/average corpus/mix/manifest.json metrics/scores.json \
        ../id_netralitas_ner --timing training/mix/timing.json training/idner-*/timing.json

The vocabulary's string table is cut to what the pipeline needs (its labels): the NER reads hashed
features, so the training tokens it would otherwise carry add size and nothing else.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy

import netralitas_nlp.tokenizer  # noqa: F401  (registers netralitas_tokenizer.v1)
from netralitas_nlp.evaluate.ner_corpora import CORPORA, LABELS

SOURCES = {
    "idner-news-2k": {"name": "idner-news-2k (Khairunnisa et al. 2020)", "url": "https://github.com/khairunnisaor/idner-news-2k",
                      "license": "MIT"},
    "nergrit": {"name": "NERGRIT (IndoNLU, Wilie et al. 2020)", "url": "https://github.com/IndoNLP/indonlu",
                "license": "Apache-2.0"},
    "nerp": {"name": "NERP (IndoNLU, Hoesen & Purwarianti 2018)", "url": "https://github.com/IndoNLP/indonlu",
             "license": "Apache-2.0"},
}
DEV = "idner-news-2k dev"


def performance(scores: dict) -> dict:
    """spaCy's ``performance`` keys for the in-domain set (idner-news-2k dev)."""
    dev = scores[DEV]
    return {"ents_p": dev["p"], "ents_r": dev["r"], "ents_f": dev["f"], "ents_per_type": dev["per_label"]}


def training_record(manifest: dict, stages: list[dict]) -> dict:
    last = stages[-1]
    return {
        "mix": manifest["mix"], "data": {key: manifest[key] for key in ("train", "select", "dev")},
        "stages": [{key: stage[key] for key in ("seed", "base", "wall_s", "cpu_s", "settings")} for stage in stages],
        "wall_s": round(sum(stage["wall_s"] for stage in stages), 1),
        "cpu_s": round(sum(stage["cpu_s"] for stage in stages), 1),
        "seeds": [stage["seed"] for stage in stages],
        **{key: last[key] for key in ("spacy", "thinc", "machine")},
    }


def prune_strings(folder: Path) -> None:
    strings = folder / "vocab" / "strings.json"
    strings.write_text(json.dumps(sorted(LABELS)), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", type=Path)
    parser.add_argument("manifest", type=Path)
    parser.add_argument("scores", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--timing", type=Path, nargs="+", required=True, help="timing.json of each training stage")
    parser.add_argument("--version", default="0.1.0")
    args = parser.parse_args()
    manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
    scores = json.loads(args.scores.read_text(encoding="utf-8"))
    stages = [json.loads(path.read_text(encoding="utf-8")) for path in args.timing]

    nlp = spacy.load(args.model)
    for key in ("train", "dev"):  # build-time paths under models/ner, meaningless elsewhere
        nlp.config["paths"][key] = None
    licences = sorted({CORPORA[name].licence for name in manifest["mix"]})
    nlp.meta.update({
        "name": "netralitas_ner",
        "version": args.version,
        "description": "Named entities (PER, ORG, LOC) in Indonesian news: one spaCy `ner` component with its own "
                       "small CNN tok2vec, no vectors; tokenizer netralitas_tokenizer.v1 (netralitas_nlp). "
                       "Scores: exact span and label match on idner-news-2k dev (performance) and, cross-domain, "
                       "the mean over the five NER-UI and NER-UGM test folds (netralitas.scores).",
        "author": "netralitas_nlp developers",
        "license": " AND ".join(licences),
        "sources": [SOURCES[name] for name in manifest["mix"]],
        "performance": performance(scores),
        "netralitas": {"scores": scores, "training": training_record(manifest, stages),
                       "recipe": "models/ner/project.yml (make models)"},
    })
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    prune_strings(args.out)
    print(f"wrote {args.out} ({sum(p.stat().st_size for p in args.out.rglob('*') if p.is_file()) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

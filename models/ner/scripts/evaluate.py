"""Score a trained pipeline on idner-news-2k dev, NER-UI and NER-UGM (see netralitas_nlp.evaluate.ner_scores).

    python scripts/evaluate.py training/model-best corpus/manifest.json --out metrics/scores.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

import netralitas_nlp.tokenizer  # noqa: F401  (registers netralitas_tokenizer.v1)
from netralitas_nlp.evaluate.ner_scores import evaluate_ner, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", type=Path)
    parser.add_argument("manifest", type=Path, help="corpus/manifest.json written by convert.py")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args()
    mix = json.loads(args.manifest.read_text(encoding="utf-8"))["mix"]
    scores = evaluate_ner(spacy.load(args.model), mix, args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    print(summary(scores))


if __name__ == "__main__":
    main()

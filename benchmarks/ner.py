"""NER benchmark: the shipped pipeline (models/id_netralitas_ner) — accuracy and speed.

Accuracy (netralitas_nlp.evaluate.ner_scores): P/R/F1 per label and micro on idner-news-2k dev, and
cross-domain on the NER-UI and NER-UGM test folds (mean over the 5 folds; NER-UGM also on the sentences
no training corpus contains).  Speed: words/s of the ``ner`` component alone over the 3,279 articles of
../shared/corpora/news/articles.jsonl on one core (the texts tokenized beforehand, untimed), as a ratio to
``spacy.blank("id")`` tokenization of the same texts in the same process; words are whitespace-separated.
Appends a dated line to benchmarks/RESULTS.md.

    python3 benchmarks/ner.py [--limit N] [--no-results]
"""

from __future__ import annotations

import os

# One core: no BLAS or OpenMP threads (set before numpy loads).
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.results import append_result, commit  # noqa: E402
from benchmarks.speed import load_texts, machine  # noqa: E402

TARGETS = {"dev_f": 0.85, "ner_words_per_s": 15000.0}


def words_per_s(texts: list[str], process) -> float:
    """Whitespace words per CPU second of ``process`` over ``texts`` (CPU time: robust to other load)."""
    words = sum(len(text.split()) for text in texts)
    start = time.process_time()
    process()
    return words / (time.process_time() - start)


def speed(nlp, texts: list[str]) -> dict:
    import spacy

    blank = spacy.blank("id")
    blank("Pemanasan.")
    docs = [nlp.make_doc(text) for text in texts]
    ner = nlp.get_pipe("ner")
    baseline = words_per_s(texts, lambda: [blank(text) for text in texts])
    ner_rate = words_per_s(texts, lambda: list(ner.pipe(docs, batch_size=64)))
    return {"ner_words_per_s": ner_rate, "baseline_words_per_s": baseline, "ratio": ner_rate / baseline,
            "ms_per_article": 1000 * sum(len(text.split()) for text in texts) / ner_rate / len(texts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N news articles for the speed run")
    parser.add_argument("--no-results", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()

    from netralitas_nlp.evaluate.ner_scores import evaluate_ner, summary
    from netralitas_nlp.ner import load_ner_model, ner_model_path

    nlp = load_ner_model()
    mix = nlp.meta["netralitas"]["training"]["mix"]
    scores = evaluate_ner(nlp, mix)
    for name, score in scores.items():
        print(f"{name} ({score['sentences']} sentences): micro P {score['p']:.3f} R {score['r']:.3f} F1 {score['f']:.3f}")
        for label, per in score["per_label"].items():
            print(f"    {label}: P {per['p']:.3f} R {per['r']:.3f} F1 {per['f']:.3f}")
    texts = [row["text"] for row in load_texts(args.limit)]
    rates = speed(nlp, texts)
    dev_f = scores["idner-news-2k dev"]["f"]
    size_mb = sum(path.stat().st_size for path in ner_model_path().rglob("*") if path.is_file()) / 1e6
    print(f"idner-news-2k dev micro F1 {dev_f:.3f} (target >= {TARGETS['dev_f']}: {'ok' if dev_f >= TARGETS['dev_f'] else 'MISSED'})")
    print(f"{len(texts)} news articles, one core: ner {rates['ner_words_per_s']:.0f} words/s "
          f"({rates['ms_per_article']:.1f} ms/article; target >= {TARGETS['ner_words_per_s']:.0f}: "
          f"{'ok' if rates['ner_words_per_s'] >= TARGETS['ner_words_per_s'] else 'MISSED'}); "
          f"blank('id') tokenization {rates['baseline_words_per_s']:.0f} words/s; ratio {rates['ratio']:.3f}")
    print(f"model: {ner_model_path()} ({size_mb:.1f} MB), trained on {', '.join(mix)}")
    line = (f"| {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} | {commit()} | ner | {summary(scores)}; "
            f"speed {len(texts)} news articles, one core: ner {rates['ner_words_per_s']:.0f} words/s "
            f"({rates['ms_per_article']:.1f} ms/article), blank('id') tokenization {rates['baseline_words_per_s']:.0f} "
            f"words/s, ratio {rates['ratio']:.3f}; model {size_mb:.1f} MB ({'+'.join(mix)}); machine: {machine()} |")
    print(line)
    if not args.no_results:
        append_result(line)


if __name__ == "__main__":
    main()

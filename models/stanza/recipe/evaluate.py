"""Score the shipped stanza models (models/stanza) on held-out data; write scores.json and RESULTS.md.

UD (CoNLL 2018 shared-task scorer, as stanza's own run scripts use it), on id_gsd test, id_csui test
and id_pud test, none of them trained on:
  * gold words: the treebank's words are given, pos + lemma + depparse predict the rest
    (comparable to published parser scores such as IndoLEM's GSD UAS/LAS 85.25/80.35);
  * raw text: the sentences' text run through the whole pipeline (tokenize, mwt, pos, lemma, depparse).
NER: entity-level precision/recall/F1 per label and micro, on the tokens of each test set.

Usage (from the repository root): python models/stanza/recipe/evaluate.py [--no-results]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
import time

import settings
from prepare import ner_sentences

sys.path.insert(0, str(settings.REPO))
from benchmarks.results import append_result, commit  # noqa: E402
from netralitas_nlp.evaluate.matching import Counts  # noqa: E402
from netralitas_nlp.stanza_models import stanza_pipeline  # noqa: E402

UD_METRICS = ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")
ANCHOR = "IndoLEM (Koto et al. 2020), UD-Indonesian GSD, Bi-LSTM parser: UAS 85.25, LAS 80.35"


def blank_annotations(doc) -> None:
    """Remove every gold annotation the pipeline predicts, so nothing can leak into the scores."""
    for word in doc.iter_words():
        word.upos = word.xpos = word.feats = word.lemma = word.deprel = word.deps = None
        word.head = None


def ud_scores(gold_path, predicted_doc) -> dict:
    from stanza.models.common.utils import ud_scores as conll18_scores

    evaluation = conll18_scores(str(gold_path), io.StringIO("{:C}\n\n".format(predicted_doc)))
    return {metric: round(100 * evaluation[metric].f1, 2) for metric in UD_METRICS}


def given_words_scores(gold_path, nlp) -> dict:
    """pos, lemma and depparse on the treebank's own words and sentences."""
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(str(gold_path))
    gold_lemmas = [word.lemma or "" for word in doc.iter_words()]
    blank_annotations(doc)
    scores = ud_scores(gold_path, nlp(doc))
    # GSD lower-cases proper-noun lemmas, the training data keeps their case (see prepare.py)
    same = sum(gold.lower() == (word.lemma or "").lower() for gold, word in zip(gold_lemmas, doc.iter_words()))
    scores["Lemmas (any case)"] = round(100 * same / len(gold_lemmas), 2)
    return scores


def raw_text_scores(gold_path, nlp) -> dict:
    """The whole pipeline on the treebank's text (its sentences joined as the tokens' spacing says)."""
    from stanza.utils.conll import CoNLL

    text = CoNLL.conll2doc(str(gold_path), reconstruct_text=True).text
    return ud_scores(gold_path, nlp(text))


def evaluate_ud() -> dict:
    given_words = stanza_pipeline("tokenize,pos,lemma,depparse", tokenize_pretokenized=True)
    from_text = stanza_pipeline("tokenize,mwt,pos,lemma,depparse")
    scores = {}
    for name, file_name in settings.UD_TEST_SETS.items():
        gold_path = settings.UD / file_name
        started = time.perf_counter()
        scores[name] = {"gold_words": given_words_scores(gold_path, given_words),
                        "raw_text": raw_text_scores(gold_path, from_text),
                        "seconds": round(time.perf_counter() - started, 1)}
        print(name, json.dumps(scores[name]), flush=True)
    return scores


def entity_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) of BIO or BIOES tags; an I-/E- that does not continue its entity starts one."""
    spans, start, label = set(), None, None
    for index, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix in ("I", "E") and start is not None and kind == label
        if start is not None and not continues:
            spans.add((start, index, label))
            start, label = None, None
        if prefix in ("B", "S") or (prefix in ("I", "E") and not continues):
            start, label = index, kind
        if prefix in ("E", "S") and start is not None:
            spans.add((start, index + 1, label))
            start, label = None, None
    return spans


def ner_scores(gold: list[list[str]], predicted: list[list[str]]) -> dict:
    counts = {label: Counts() for label in settings.NER_LABELS}
    micro = Counts()
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        gold_spans, predicted_spans = entity_spans(gold_tags), entity_spans(predicted_tags)
        for label, label_counts in counts.items():
            gold_label = {span for span in gold_spans if span[2] == label}
            predicted_label = {span for span in predicted_spans if span[2] == label}
            label_counts.add(len(gold_label & predicted_label), len(gold_label), len(predicted_label))
        micro.add(len(gold_spans & predicted_spans), len(gold_spans), len(predicted_spans))
    return {name: {key: (round(value, 4) if isinstance(value, float) else value) for key, value in c.scores().items()}
            for name, c in (*counts.items(), ("micro", micro))}


def evaluate_ner() -> dict:
    nlp = stanza_pipeline("tokenize,ner", tokenize_pretokenized=True)
    scores = {}
    for name, (folder, files) in settings.NER_TESTS.items():
        sentences = ner_sentences(folder, files)
        doc = nlp([[token for token, _ in sentence] for sentence in sentences])
        predicted = [[token.ner for token in sentence.tokens] for sentence in doc.sentences]
        gold = [[tag for _, tag in sentence] for sentence in sentences]
        scores[name] = {"sentences": len(sentences), **ner_scores(gold, predicted)}
        print(name, json.dumps(scores[name]["micro"]), flush=True)
    return scores


def model_sizes() -> dict:
    sizes = {str(path.relative_to(settings.MODELS)): path.stat().st_size
             for path in sorted((settings.MODELS / settings.LANG).glob("*/*.pt"))}
    sizes["total"] = sum(sizes.values())
    return sizes


def ud_summary(name: str, scores: dict) -> str:
    words, text = scores["gold_words"], scores["raw_text"]
    return (f"{name} test gold words UPOS {words['UPOS']:.1f} UFeats {words['UFeats']:.1f} lemma "
            f"{words['Lemmas']:.1f} (any case {words['Lemmas (any case)']:.1f}) UAS/LAS {words['UAS']:.1f}/"
            f"{words['LAS']:.1f}, raw text tokens {text['Tokens']:.1f} sentences {text['Sentences']:.1f} UAS/LAS "
            f"{text['UAS']:.1f}/{text['LAS']:.1f}")


def ner_summary(name: str, scores: dict) -> str:
    labels = " ".join(f"{label} {scores[label]['f1']:.2f}" for label in (*settings.NER_LABELS, "micro"))
    return f"{name} F1 {labels}"


def results_line(scores: dict) -> str:
    ud = "; ".join(ud_summary(name, value) for name, value in scores["ud"].items())
    ner = "; ".join(ner_summary(name, value) for name, value in scores["ner"].items())
    return (f"| {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} | {commit()} | stanza models | {ud}; NER: {ner}; "
            f"anchor IndoLEM GSD UAS/LAS 85.25/80.35; size {scores['sizes']['total'] / 2**20:.1f} MB |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-results", action="store_true", help="do not append to benchmarks/RESULTS.md")
    args = parser.parse_args()
    if not settings.UD.is_dir():
        sys.exit(f"../shared not found at {settings.SHARED} (set NETRALITAS_SHARED)")
    scores = {"anchor": ANCHOR, "ud": evaluate_ud(), "ner": evaluate_ner(), "sizes": model_sizes()}
    (settings.MODELS / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    line = results_line(scores)
    print(line)
    if not args.no_results:
        append_result(line)


if __name__ == "__main__":
    main()

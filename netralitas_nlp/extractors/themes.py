"""Themes by aboutness (component ``netralitas_themes``).

A label applies when a passage of the article is about it.  Passages are those of the annotation layer
(``doc.spans["passage"]``): a paragraph, or, for texts without line breaks, a window of sentences.  The cues
are the phrases of the weighted lexicon ``lang/id/themes.tsv``, found by the annotation layer
(``doc.spans["theme_cue"]``).  A passage is about a label when the weights of the distinct cues of that label in
it reach THRESHOLD, counted only where they speak of the thing itself:

* a phrase inside a date reference names a time, not a topic (`H-3 hari pemungutan suara`, `jelang masa
  kampanye`, `pemungutan suara pada 9 Desember`): such cues do not count, except for labels that are periods
  themselves (``theme_context.tsv``: `masa_tenang`); nor does a cue of an election label right after a
  conjunction of time (`ketika pendaftaran calon dibuka`: the election's stage as a time);
* the election labels (`anggaran_pemilu`, `integritas_pemilu`, …) need an election in the passage: `anggaran`
  of a city council or `integritas` of an official is no election matter;
* a weak cue (weight below THRESHOLD) needs support: a second cue of its label, or its place in the article's
  main clause — the lead sentence — which counts it twice;
* a cue inside a political party's name (`Partai Keadilan Sejahtera`, `Partai Demokrasi Indonesia Perjuangan`)
  names the party, no topic;
* a subject cue names whom or what a label is about, not the matter itself (`ASN` for `netralitas_asn`, a
  disease's name for `kesehatan`): it adds nothing to a label's score.

The article is about a label when its best passage's score, plus SUPPORT_SHARE of what distinct cues elsewhere
add, reaches THRESHOLD (``label_score``).  ``theme_evidence`` keeps, per such label, every passage that carries
its cues with the passage's score and cues (paragraph numbered as ``text.split("\\n")`` numbers lines; the
best-scoring window of a long line) and the label's score; the article's labels are those with evidence.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..annotate.cues import ThemeCue, doc_theme_cues
from ..annotate.orgs import ORGS
from ..annotate.structure import LEAD, PASSAGES
from ..components import ExtractionComponent, doc_text, require_spans
from ..intervals import Intervals
from ..lang import alternation, load_kinds
from ..records import THEMES, ThemeEvidence

THRESHOLD = 1.0
# Of the distinct cue weights that passages other than the best add, the share that counts for the article.
SUPPORT_SHARE = 0.75
# How much more a weak cue counts in the article's main clause (its headline or lead sentence).
MAIN_CLAUSE_FACTOR = 2.0
# Characters between a cue and a date that make the cue part of the date reference (`pemungutan suara pada 9 Desember`).
DATE_GAP = 12


def context() -> dict[str, tuple[str, ...]]:
    """The kinds of ``lang/id/theme_context.tsv``: temporal heads, election words, period and election labels."""
    return load_kinds("theme_context.tsv")


@lru_cache(maxsize=1)
def patterns() -> dict[str, regex.Pattern]:
    return {
        # A temporal head right before a cue: `jelang pemungutan suara`, `H-3 hari pemungutan suara`, `selama masa kampanye`.
        "temporal_before": regex.compile(
            rf"(?:\b(?:{alternation(context()['temporal_head'])})|\bH\s*[-–]\s*\d+)(?:[^\S\n]+(?:hari|jelang|menjelang))?[^\S\n]+$",
            regex.IGNORECASE),
        # A conjunction of time right before a cue of an election stage: `ketika pendaftaran calon dibuka`.
        "stage_time_before": regex.compile(rf"\b(?:{alternation(context()['stage_time_head'])})[^\S\n]+$",
                                           regex.IGNORECASE),
        # What may stand between a cue and the date it is part of: `pada`, `tanggal`, a weekday, a comma.
        "date_link": regex.compile(rf"[^\S\n]*(?:,[^\S\n]*)?(?:(?:{alternation(context()['date_link'])})[^\S\n]+)*(?:\(|$)?",
                                   regex.IGNORECASE),
        "election": regex.compile(rf"\b(?:{alternation(context()['election_word'])})\b", regex.IGNORECASE),
    }


def in_date_reference(text: str, cue: ThemeCue, date_starts: list[int]) -> bool:
    """The cue names the time of something: a temporal head before it, or a date right after it."""
    if patterns()["temporal_before"].search(text, max(0, cue.start - 25), cue.start):
        return True
    index = bisect_right(date_starts, cue.end)
    if index < len(date_starts) and date_starts[index] - cue.end <= DATE_GAP:
        return patterns()["date_link"].fullmatch(text, cue.end, date_starts[index]) is not None
    return False


def passage_bounds(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Start and end offsets of the passages, and the paragraph (line) number of each."""
    passages = sorted(doc.spans[PASSAGES], key=lambda span: span.start_char)
    return ([span.start_char for span in passages], [span.end_char for span in passages],
            [span._.paragraph for span in passages])


def scoring_units(doc: Doc) -> tuple[list[int], list[int]]:
    """Start offsets of the passages a label is scored in, and the paragraph (line) number of each."""
    starts, _, paragraphs = passage_bounds(doc)
    return starts, paragraphs


def main_clause(doc: Doc) -> Optional[tuple[int, int]]:
    lead = doc.spans.get(LEAD)
    return (lead[0].start_char, lead[0].end_char) if lead else None


def party_names(doc: Doc) -> Intervals:
    """Where the article names a political party (``doc.spans["org"]``): `Partai Keadilan Sejahtera`, `Partai
    Demokrasi Indonesia Perjuangan` are names, their words no topic."""
    return Intervals((span.start_char, span.end_char) for span in doc.spans.get(ORGS, [])
                     if span._.org is not None and (span._.org.body.party or span._.org.body.party_of is not None))


def counted_cues(doc: Doc) -> list[tuple[ThemeCue, float]]:
    """The text's cues that speak of their topic, each with its factor (MAIN_CLAUSE_FACTOR in the lead sentence)."""
    text = doc_text(doc)
    date_starts = sorted(date.start for date in doc._.dates or [])
    periods, stages = set(context()["period_label"]), set(context()["election_label"])
    lead = main_clause(doc)
    parties = party_names(doc)
    found = []
    for cue in doc_theme_cues(doc):
        if parties.overlaps(cue.start, cue.end):
            continue
        timed = in_date_reference(text, cue, date_starts)
        stage_timed = patterns()["stage_time_before"].search(text, max(0, cue.start - 12), cue.start) is not None
        labels = tuple(pair for pair in cue.labels
                       if pair[0] in periods or not (timed or (stage_timed and pair[0] in stages)))
        if labels:
            factor = MAIN_CLAUSE_FACTOR if lead and lead[0] <= cue.start < lead[1] else 1.0
            found.append((ThemeCue(cue.start, cue.end, cue.phrase, labels), factor))
    return found


def cue_weight(weight: float, factor: float) -> float:
    """A weak cue counts ``factor`` times; a strong one (THRESHOLD or more) once."""
    return weight if weight >= THRESHOLD else min(THRESHOLD, weight * factor)


def unit_cues(doc: Doc, starts: list[int]) -> dict[tuple[int, str], dict[str, float]]:
    """(unit, label) → {cue phrase: weight}; each distinct phrase counts once, with its best weight."""
    found: dict[tuple[int, str], dict[str, float]] = {}
    for cue, factor in counted_cues(doc):
        unit = bisect_right(starts, cue.start) - 1
        if unit < 0:
            continue
        for label, weight in cue.labels:
            phrases = found.setdefault((unit, label), {})
            phrases[cue.phrase] = max(phrases.get(cue.phrase, 0.0), cue_weight(weight, factor))
    return found


def election_units(doc: Doc, starts: list[int], ends: list[int]) -> set[int]:
    """Passages where an election is the matter: every passage of an article whose headline or first passage
    names one (`pemilu`, `pilkada`, `KPU`, `TPS` …), else those that name one themselves."""
    text = doc_text(doc)
    named = {unit for unit, (start, end) in enumerate(zip(starts, ends))
             if patterns()["election"].search(text, start, end) is not None}
    if 0 in named or patterns()["election"].search(doc._.title or ""):
        return set(range(len(starts)))
    return named


def label_score(passages: list[dict[str, float]]) -> float:
    """How much the article is about a label: its best passage's score, plus SUPPORT_SHARE of the weights of
    the distinct cue phrases the other passages add (`calon` repeated in four paragraphs supports nothing)."""
    ordered = sorted(passages, key=lambda cues: -sum(cues.values()))
    seen = set(ordered[0])
    extra = 0.0
    for cues in ordered[1:]:
        for phrase, weight in cues.items():
            if phrase not in seen:
                seen.add(phrase)
                extra += weight
    return round(sum(ordered[0].values()) + SUPPORT_SHARE * extra, 3)


LabelUnits = dict[str, dict[int, dict[str, float]]]


def label_units(doc: Doc, bounds: Optional[tuple[list[int], list[int], list[int]]] = None) -> LabelUnits:
    """label → passage → {cue phrase: weight}, the election labels only in passages where an election is the
    matter (``bounds``: the doc's ``passage_bounds``, when the caller has them)."""
    starts, ends, _ = bounds or passage_bounds(doc)
    electoral = election_units(doc, starts, ends)
    election_labels = set(context()["election_label"])
    by_label: LabelUnits = {}
    for (unit, label), cues in unit_cues(doc, starts).items():
        if label not in election_labels or unit in electoral:
            by_label.setdefault(label, {})[unit] = cues
    return by_label


def labels_about(by_label: LabelUnits, threshold: float = THRESHOLD) -> dict[str, float]:
    """The labels the article is about, each with its ``label_score`` over the cues other than subject cues: a
    subject cue names whom or what the passage is about, not the matter, so it adds nothing (`di masa pandemi
    Covid-19` in an article on exports is no health measure)."""
    subjects = set(context()["subject_cue"])
    found = {}
    for label, units in by_label.items():
        passages = [matter for matter in ({phrase: weight for phrase, weight in cues.items() if phrase not in subjects}
                                          for cues in units.values()) if matter]
        if not passages:
            continue
        total = label_score(passages)
        if total >= threshold:
            found[label] = total
    return found


def theme_evidence(doc: Doc) -> list[ThemeEvidence]:
    """Per label the article is about (``label_score`` reaches THRESHOLD): every passage that carries its cues,
    one per paragraph (of several windows of one line, the best-scoring one)."""
    require_spans(doc, PASSAGES, "netralitas_themes", "netralitas_structure")
    bounds = passage_bounds(doc)
    paragraphs = bounds[2]
    by_label = label_units(doc, bounds)
    evidence: dict[tuple[int, str], ThemeEvidence] = {}
    for label, total in labels_about(by_label).items():
        for unit, cues in by_label[label].items():
            score, key = round(sum(cues.values()), 3), (paragraphs[unit], label)
            if key not in evidence or score > evidence[key].score:
                evidence[key] = ThemeEvidence(label=label, paragraph=paragraphs[unit], score=score, cues=sorted(cues),
                                              label_score=total)
    return sorted(evidence.values(), key=lambda item: (item.paragraph, THEMES.index(item.label)))


def extract_theme_evidence(doc: Doc) -> list[ThemeEvidence]:
    return theme_evidence(doc)


@Language.factory("netralitas_themes", assigns=["doc._.theme_evidence"],
                  requires=["span._.paragraph", "span._.theme_cue", "span._.org", "doc._.dates"])
def make_themes_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("theme_evidence", extract_theme_evidence)

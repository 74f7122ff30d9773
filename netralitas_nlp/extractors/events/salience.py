"""Which trigger makes the article's main event: the events extractor's typing.

Trigger words (``doc.spans["event_trigger"]``, ``lang/id/event_triggers.tsv``) name event types, but most of
them in an article name no event it reports.  A trigger votes for its type only where it reports one:

* not inside a direct quote (``doc.spans["quote"]``), a role title (``doc.spans["role"]``, or a unit of one:
  `Komisioner Divisi Sosialisasi`) or an institution's name (``doc.spans["org"]``);
* not governed by an obligation or a request (`wajib melakukan sosialisasi`, `meminta … segera mencairkan`)
  and not naming a topic (`nota kesepahaman tentang sosialisasi`);
* in the headline, in the lead sentences, or in a sentence that reports a happening (a happening verb such
  as `menggelar`/`digelar`/`berlangsung`/`dihadiri`, a date, a relative day such as `kemarin`).

A vote is the trigger's weight scaled by its sentence's position: the lead sentence counts most, each later
sentence a little less.  The gathering a statement was made at (`kata X dalam rapat koordinasi …`, `usai
menghadiri Sidang Tahunan …`, `saat Deklarasi …`) counts as much as the lead wherever the opening sentences
name it: the article reports what was said there.  A trigger in background (`setelah perusakan …`, up to the
comma that closes that clause; a sentence opened by `Sebelumnya, …`) counts little.  A gathering noun that refers
back (`deklarasi itu`, `pertemuan tersebut`) names the happening the article reports wherever it stands.  When no vote reaches MIN_VOTE, the article reports statements, not an event: its main event is
``lainnya``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex
from spacy.tokens import Doc

from ...annotate.cues import TriggerHit, doc_triggers, trigger_hits
from ...annotate.structure import TextLayout
from ...intervals import Intervals
from .dating import LEAD_SENTENCES, REPORT_SENTENCES, sentence_rank
from .lexicon import cues, patterns

TITLE_FACTOR = 1.2
# Each sentence after the lead one counts this much less, down to LATE_FACTOR.
SENTENCE_DECAY = 0.1
LATE_FACTOR = 0.1
BACKGROUND_FACTOR = 0.3
# A trigger after another type's in the same sentence: a complement of the sentence's subject, not its event.
LATER_IN_SENTENCE = 0.8
# Of the summed votes of a type, this share breaks near-ties between the strongest votes.
SUPPORT_SHARE = 0.1
# The strongest vote a type needs to be the article's event (a weight-1.2 `anggaran` in the lead sentence
# makes a budget decision the event; the same word a sentence on does not).
MIN_VOTE = 1.2
# Characters before a trigger searched for what governs it (obligation, topic, setting, role unit).
GOVERNOR_REACH = 60
CLAUSE_BREAK = regex.compile(r"[,;:]")
# A gathering noun (`deklarasi`, `rapat koordinasi`: a type of ``gathering_type`` in ``event_cues.tsv``) that
# refers back (`deklarasi itu berlangsung …`, `rapat tersebut`) names the happening the article reports, wherever
# it stands: it counts as the second sentence does.
REFERENCE_RANK = 1


@dataclass(frozen=True)
class Vote:
    hit: TriggerHit
    value: float
    setting: bool = False


def excluded_regions(doc: Doc) -> Intervals:
    """Direct quotes, role titles and institution names: a trigger word there names no event the article reports."""
    return Intervals((span.start_char, span.end_char)
                     for key in ("quote", "role", "org") for span in doc.spans.get(key, []))


def governed_by(name: str, text: str, begin: int, hit: TriggerHit) -> bool:
    """The ``name`` pattern of the lexicon ends right before the trigger, within its sentence."""
    return patterns()[name].search(text, max(begin, hit.start - GOVERNOR_REACH), hit.start) is not None


def in_background_clause(text: str, begin: int, hit: TriggerHit) -> bool:
    """A background cue (`setelah`, `sejak` …) opens the trigger's clause: `setelah perusakan …`.  A comma
    after the cue closes the background clause; what follows is the main clause (`Setelah berkali-kali
    dibahas, akhirnya anggaran … disepakati`)."""
    cue = None
    for cue in patterns()["background"].finditer(text, max(begin, hit.start - GOVERNOR_REACH), hit.start):
        pass
    return cue is not None and not CLAUSE_BREAK.search(text, cue.end(), hit.start)


def names_no_event(text: str, begin: int, hit: TriggerHit) -> bool:
    """An obligation, a request, a topic, or a unit of a role title (`Divisi Sosialisasi`)."""
    return any(governed_by(name, text, begin, hit) for name in ("obligation", "topic", "role_unit"))


def reporting_sentences(doc: Doc, layout: TextLayout) -> set[int]:
    """Sentences that report a happening: a happening verb, a relative day, or a date."""
    text = layout.text
    found = {layout.sentence_index(match.start()) for match in patterns()["happening"].finditer(text)}
    found.update(layout.sentence_index(date.start) for date in doc._.dates or [])
    return found


def statement_sentences(doc: Doc, layout: TextLayout) -> set[int]:
    """Sentences that attribute a statement: a quote's speech verb, or another speech verb, is there."""
    found = {layout.sentence_index(quote.cue_span.start) for quote in doc._.quotes or [] if quote.cue_span is not None}
    found.update(layout.sentence_index(match.start()) for match in patterns()["speech"].finditer(layout.text))
    return found


def position_factor(rank: int) -> float:
    return max(LATE_FACTOR, 1.0 - SENTENCE_DECAY * rank)


def is_setting(hit: TriggerHit, text: str, layout: TextLayout, reporting: set[int], attributing: set[int]) -> bool:
    """The gathering a statement or a happening is set at: `kata X dalam rapat koordinasi …`, `Hal itu
    disampaikan Anies saat apel kesiapsiagaan …`."""
    index = layout.sentence_index(hit.start)
    told = index in reporting or index in attributing
    return told and governed_by("setting", text, layout.sentence_start(hit.start), hit)


def refers_back(text: str, hit: TriggerHit) -> bool:
    """A gathering noun right before a word that refers back: `deklarasi itu`, `rapat tersebut`."""
    return hit.type in cues()["gathering_type"] and patterns()["reference"].match(text, hit.end) is not None


def text_vote(hit: TriggerHit, text: str, layout: TextLayout, body_start: int, reporting: set[int],
              first_in_sentence: bool) -> Optional[Vote]:
    """The vote of a trigger of the article's text that is no setting, or None where it reports nothing."""
    begin = layout.sentence_start(hit.start)
    rank = sentence_rank(layout, body_start, hit.start)
    if refers_back(text, hit):
        rank = min(rank, REFERENCE_RANK)
    elif rank >= LEAD_SENTENCES and layout.sentence_index(hit.start) not in reporting:
        return None
    factor = position_factor(rank) * (1.0 if first_in_sentence else LATER_IN_SENTENCE)
    if in_background_clause(text, begin, hit) or patterns()["background_opener"].match(text, begin, hit.start):
        factor *= BACKGROUND_FACTOR
    return Vote(hit, hit.weight * factor)


def title_votes(title: Optional[str]) -> list[Vote]:
    """Headline triggers, unless they name an obligation or a topic."""
    title = title or ""
    return [Vote(hit, hit.weight * TITLE_FACTOR) for hit in trigger_hits(title, in_title=True)
            if not names_no_event(title, 0, hit)]


def counted_hits(doc: Doc) -> list[TriggerHit]:
    """The text's triggers outside direct quotes, role titles and institution names."""
    excluded = excluded_regions(doc)
    return [hit for hit in doc_triggers(doc) if not excluded.overlaps(hit.start, hit.end)]


def votes(doc: Doc, layout: TextLayout, hits: list[TriggerHit]) -> list[Vote]:
    """Every vote of the article: its counted text triggers (``hits``) that report something, and its headline's.

    Settings count as the lead in the opening sentences; further on, only the article's first setting does
    (the statements are attributed there once).  Of the triggers of one sentence, the first names its subject;
    a later one of another type counts LATER_IN_SENTENCE (`Pencairan anggaran … bagi … pengamanan pemilu`)."""
    text, body_start = layout.text, doc._.body_start
    reporting, attributing = reporting_sentences(doc, layout), statement_sentences(doc, layout)
    found, settings, first_type = [], 0, {}
    for hit in hits:
        if names_no_event(text, layout.sentence_start(hit.start), hit):
            continue
        if is_setting(hit, text, layout, reporting, attributing) and (
                settings == 0 or sentence_rank(layout, body_start, hit.start) < REPORT_SENTENCES):
            settings += 1
            found.append(Vote(hit, hit.weight, setting=True))
            continue
        opening = first_type.setdefault(layout.sentence_index(hit.start), hit.type)
        vote = text_vote(hit, text, layout, body_start, reporting, opening == hit.type)
        if vote is not None:
            found.append(vote)
    return found + title_votes(doc._.title)


def rank_types(found: list[Vote]) -> list[str]:
    """Event types by their strongest vote, plus a little for repetition; types whose strongest vote is
    below MIN_VOTE are left out (none left: the article reports no typed event).

    The strongest vote decides (one `deklarasi` in the lead beats several loose `dukungan`/`calon` words);
    SUPPORT_SHARE of the summed votes breaks near-ties.
    """
    best: dict[str, float] = {}
    total: dict[str, float] = {}
    for vote in found:
        best[vote.hit.type] = max(best.get(vote.hit.type, 0.0), vote.value)
        total[vote.hit.type] = total.get(vote.hit.type, 0.0) + vote.value
    kept = [event_type for event_type in best if best[event_type] >= MIN_VOTE]
    return sorted(kept, key=lambda event_type: -(best[event_type] + SUPPORT_SHARE * total[event_type]))


def anchor_of(found: list[Vote], event_type: str) -> Optional[TriggerHit]:
    """The text trigger the event's parts are read around: the first that reports it with a vote of MIN_VOTE or
    more (the lead tells the gathering before a later `Dalam pertemuan itu …` refers back to it), else the
    strongest."""
    candidates = [vote for vote in found if vote.hit.type == event_type and not vote.hit.in_title]
    if not candidates:
        return None
    strong = [vote for vote in candidates if vote.value >= MIN_VOTE]
    if strong:
        return min(strong, key=lambda vote: vote.hit.start).hit
    return max(candidates, key=lambda vote: (vote.value, -vote.hit.start)).hit

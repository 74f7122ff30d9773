"""Is a statement a warning?  By its modality: it cautions, forbids or threatens.

Cues come from ``lang/id/warning_cues.tsv``; the first cue that holds gives ``warning_type``.  The contract
counts prohibitions (``jangan``, ``dilarang``), obligations backed by sanction, legal or disciplinary
consequences (``berujung pada masalah hukum``, ``akan diberikan sanksi``) and explicit cautions
(``hati-hati``, ``rawan``).  What the cue's words alone do not settle:

* **consequences** (``sanksi``, ``hukum`` cues: `sanksi`, `pidana`, `pelanggaran`, `politik uang` …) warn only
  when the statement threatens them — a modal word of ``warning_modality.tsv`` (`akan`, `bisa`, `terancam`,
  `jika`, `harus`, `jangan` …) that no negator cancels (`tidak akan efektif`); words of future, possibility and
  condition only in the consequence's sentence and a few words off it.  A violation or a sanction
  reported as a fact (`terjadi 35 pelanggaran`, `ia diduga melanggar Pasal …`, `sanksi dijatuhkan oleh …`)
  is no warning;
* **negation**: a negatable cue right after a negator (``tidak ada sanksi``, ``tanpa pelanggaran``) does not count;
* **reminders** (``mengingatkan``) warn only when they tell someone what to do (a directive word of
  ``warning_directives.txt`` among the statement's first words), not when they point something out;
* **purpose clauses** (``agar tidak``, ``supaya tidak``) forbid only as a directive at the statement's start
  or after a directive verb (`mengingatkan ASN agar tidak …`); elsewhere they give a purpose (`menerapkan
  jam kedatangan agar tidak ada kerumunan`);
* **encouragements** (``jangan khawatir``, ``jangan takut``, ``warning_encouragements.txt``) forbid nothing;
* **directed negation**: after a verb that directs (``warning_directing_verbs.tsv``: `meminta`, `mengajak` …),
  the addressee and a negator forbid (`mengajak umat tidak ikut-ikut menghina …`); after a reminding verb
  (`mengingatkan`) the negation is part of what is pointed out;
* **reminded risks**: a risk noun (`potensi`, `dampak`, `ancaman`) warns only as what a reminding verb reminds of
  (`mengingatkan tentang potensi munculnya kluster …`); a caution word after a mitigating verb
  (``warning_mitigation.txt``: `untuk meminimalkan risiko terinfeksi`) tells a measure, no caution;
* **named risks**: the nouns `risiko`, `bahaya` caution only with a modal word a few words off (`dapat menimbulkan
  risiko …`) or as what a reminder reminds of; `mengambil risiko`, `faktor risiko` name a risk in passing;
* **descriptions**: a caution word in a relative clause (`daerah yang rawan konflik`) classes its noun;
* **directive clauses**: `agar`/`supaya` with the subject before the negator (`menyampaikan agar seluruh pegawai
  … tidak …`) forbid as `agar tidak` does, when a directing verb or a verb of saying governs them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ...lang import alternation, load_kinds, load_list, load_table
from ...lang.morphology import verb_shaped_word
from ...lang.speech import speaker_word_kind

NEGATION_WINDOW = 2  # words before a cue that may negate it (`tidak ada sanksi`)
DIRECTIVE_WINDOW = 8  # words a directive may follow at the start of a statement (`seluruh ASN di lingkungan Pemkot agar …`)
# Words between a directive verb and its purpose clause (`meminta seluruh kepala desa agar tidak …`).
ADDRESSEE_WORDS = 5
# Warning types whose cues name a consequence: they warn only when the statement threatens it.
CONSEQUENCE_TYPES = ("sanksi", "hukum")
# The warning type of cautions (`hati-hati`, `risiko`, `rawan` …).
CAUTION_TYPE = "imbauan"
# Words a modal word of future, possibility or condition may stand from the consequence it threatens
# (`ASN yang melanggar aturan akan …`, invented; warning_modality.tsv, scope `near`).
THREAT_WINDOW = 6
# Words a modal word may stand from a risk noun it makes a caution (`bisa menimbulkan risiko`).
RISK_WINDOW = 3
SENTENCE_END = regex.compile(r"[.!?;]\s")
# Words of a reminder before the risk it reminds of (`[tentang adanya] potensi …`).
REMINDED_WORDS = 2
# Words a clause's subject (and a first predicate) may take between the conjunction and the negator.
CLAUSE_SUBJECT_WORDS = 8


@lru_cache(maxsize=None)
def clause_words(kind: str) -> tuple[str, ...]:
    """Function words of a warning's clause by kind (``warning_clause_words.tsv``: relative, directed_negator,
    negated_auxiliary, clause_conjunction, clause_break)."""
    return load_kinds("warning_clause_words.tsv").get(kind, ())


@lru_cache(maxsize=None)
def warning_cues() -> dict[str, tuple[str, str]]:
    """cue -> (warning_type, condition): ``yes`` (negatable), ``no``, ``directive``, ``purpose``, ``reminded`` or
    ``threat``."""
    return {cue.lower(): (kind, condition) for cue, kind, condition in load_table("warning_cues.tsv")}


@lru_cache(maxsize=None)
def directive_pattern() -> regex.Pattern:
    """A directive word among the first words of a statement (`mengingatkan ASN agar …`, `… untuk menjaga …`):
    further on, `untuk` and `agar` belong to some other clause (`dana untuk pembangunan`)."""
    words = alternation(load_list("warning_directives.txt"))
    return regex.compile(rf"\A\W*(?:\S+\s+){{0,{DIRECTIVE_WINDOW}}}?(?:{words})(?![\p{{L}}-])", regex.IGNORECASE)


@lru_cache(maxsize=None)
def directing_verbs() -> dict[str, str]:
    """Verbs that direct someone and their kind, ``directs``, ``reminds`` or ``tells``
    (``lang/id/warning_directing_verbs.tsv``)."""
    return {verb.lower(): kind for verb, kind in load_table("warning_directing_verbs.tsv")}


@lru_cache(maxsize=None)
def directing_verb_before() -> regex.Pattern:
    """A directing verb a few words before a purpose clause (`meminta seluruh kepala desa agar tidak …`)."""
    verbs = alternation(directing_verbs())
    return regex.compile(rf"\b(?:{verbs})(?:\s+[\w-]+,?){{0,{ADDRESSEE_WORDS}}}\s+$", regex.IGNORECASE)


@lru_cache(maxsize=None)
def cue_pattern() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}-])(?:{alternation(warning_cues())})(?![\p{{L}}-])",
                         regex.IGNORECASE)


@lru_cache(maxsize=None)
def modality_scopes() -> dict[str, str]:
    """modal word -> scope: ``near`` (threatens a consequence close by) or ``statement`` (any of the statement's)."""
    return {word.lower(): scope for word, scope in load_table("warning_modality.tsv")}


@lru_cache(maxsize=None)
def modality_pattern() -> regex.Pattern:
    """A word that makes a consequence a threat (`akan`, `bisa`, `terancam`, `jika` …), in group ``word``."""
    return regex.compile(rf"(?<![\p{{L}}-])(?P<word>{alternation(modality_scopes())})(?:nya)?(?![\p{{L}}-])",
                         regex.IGNORECASE)


@lru_cache(maxsize=None)
def encouragements() -> frozenset[str]:
    return frozenset(phrase.lower() for phrase in load_list("warning_encouragements.txt"))


@lru_cache(maxsize=None)
def mitigating_verbs() -> frozenset[str]:
    return frozenset(verb.lower() for verb in load_list("warning_mitigation.txt"))


def words_before(text: str, cue_start: int) -> list[str]:
    """The NEGATION_WINDOW words right before a cue, lower-cased."""
    return text[max(0, cue_start - 30):cue_start].lower().split()[-NEGATION_WINDOW:]


def is_mitigated(text: str, cue_start: int) -> bool:
    """A mitigating verb right before the cue: `untuk meminimalkan risiko …` tells a measure, not a caution."""
    return any(word in mitigating_verbs() for word in words_before(text, cue_start))


def describes(text: str, cue_start: int) -> bool:
    """A relative `yang` right before a caution word: `wilayah yang [dinilai] rawan` describes the noun (a region
    classed as vulnerable), it cautions nobody; a caution is said of something (`pemilu rawan menjadi …`)."""
    return any(word in words_before(text, cue_start) for word in clause_words("relative"))


def is_negated(text: str, cue_start: int) -> bool:
    return any(word in speaker_word_kind("negator") for word in words_before(text, cue_start))


def threatens(text: str, cue: Optional[regex.Match] = None) -> bool:
    """A modal word no negator cancels that governs the consequence ``cue`` of the statement ``text``: one of
    obligation or threat anywhere (`harus`, `terancam`), one of future, possibility or condition in the cue's
    sentence and at most THREAT_WINDOW words off (`akan diberikan sanksi`, `jika melanggar`); further off it
    modalises another clause (`Kalau melihat …, … tidak terbukti melakukan tindak pidana`).  Without ``cue`` (a
    cue in the speech verb) any modal word counts."""
    for modal in modality_pattern().finditer(text):
        if is_negated(text, modal.start()) or cue is not None and overlaps(modal, cue):
            continue  # `terancam`, `diancam` are cue and modal word: alone they report (`nyawanya terancam`)
        near_only = modality_scopes()[modal.group("word").lower()] == "near"
        if cue is None or not near_only or within(text, modal, cue, THREAT_WINDOW):
            return True
    return False


def overlaps(first: regex.Match, second: regex.Match) -> bool:
    return first.start() < second.end() and second.start() < first.end()


def within(text: str, first: regex.Match, second: regex.Match, words: int) -> bool:
    """Two matches in one sentence, at most ``words`` words apart."""
    between = text[min(first.end(), second.end()):max(first.start(), second.start())]
    return len(between.split()) <= words and not SENTENCE_END.search(between)


def threatens_near(text: str, cue: regex.Match) -> bool:
    """A modal word no negator cancels, in the cue's sentence and at most RISK_WINDOW words from it: a risk the
    hearer may run into (`dapat menimbulkan risiko tinggi bagi pengguna jalan`, `bahaya narkoba bisa merenggut
    siapa saja`), not a risk named in passing (`mengambil risiko`, `faktor risiko`, `menghitung risiko dan …`)."""
    for modal in modality_pattern().finditer(text):
        if overlaps(modal, cue):
            continue  # `risiko` is itself a word of modality (`berisiko`): another word must make it a threat
        if within(text, modal, cue, RISK_WINDOW) and not is_negated(text, modal.start()):
            return True
    return False


def directs(text: str, start: int) -> bool:
    """The clause at ``start`` (`agar tidak …`) is a directive: it follows the statement's opening words
    with no verb between (`seluruh kepala desa agar tidak …`: the addressee, then what they must not do), or a
    directing verb (`meminta seluruh kepala desa agar tidak …`).  After another verb it gives that action's
    purpose (`menerapkan jam kedatangan agar tidak ada kerumunan`)."""
    opening = text[:start].split()
    if len(opening) <= DIRECTIVE_WINDOW and not any(verb_shaped_word().fullmatch(word.strip(",.")) for word in opening):
        return True
    return directing_verb_before().search(text, max(0, start - 80), start) is not None


@lru_cache(maxsize=None)
def negated_clause_pattern() -> regex.Pattern:
    """A clause opened by `agar`/`supaya` whose negator follows the subject: `agar [seluruh warga] tidak …`,
    `agar [warga menjaga kebersihan dan] tidak …` (invented).  No punctuation and no other clause's
    conjunction between (`agar … sehingga tidak …` negates a result); `yang tidak` is a relative clause
    (`warga yang tidak mampu`) and `tidak hanya` adds (not only): both forbid nothing."""
    word = rf"(?!(?:{alternation(clause_words('clause_break'))})\b)[\p{{L}}\p{{N}}-]+"
    opening = rf"(?<![\p{{L}}-])(?:{alternation(clause_words('clause_conjunction'))})(?:\s+{word}){{1,{CLAUSE_SUBJECT_WORDS}}}?"
    negator = (rf"(?<!\s(?:{alternation(clause_words('relative'))}))\s+(?:{alternation(clause_words('directed_negator'))})\s+"
               rf"(?!(?:{alternation(clause_words('additive'))})\b)(?=\p{{L}})")
    return regex.compile(opening + negator, regex.IGNORECASE)


def forbids_in_clause(text: str, cue: Optional[str]) -> bool:
    """A directive clause with its subject before the negator forbids: after a directing verb in the statement
    (`menyampaikan agar seluruh ASN tidak …`), or opening a statement whose speech verb directs (`meminta [agar
    seluruh ASN tidak …]`).  After a verb of hoping or saying it is a wish or a purpose (`berharap [agar program
    berjalan dan tidak merugikan …]`), and `agar warga tidak khawatir` encourages."""
    for match in negated_clause_pattern().finditer(text):
        following = [w.strip(",.").lower() for w in text[match.end():].split()[:4]]
        following = [w for w in following if w not in clause_words('negated_auxiliary')][:3]
        opens = not text[:match.start()].strip() and (cue or "").lower() in directing_verbs()
        directed = opens or directing_verb_before().search(text, max(0, match.start() - 80), match.start())
        if directed and not is_encouragement(["jangan", *following]):
            return True
    return False


def encourages(text: str, match: regex.Match) -> bool:
    """`jangan khawatir`, `jangan takut`: the prohibition word opens an encouragement."""
    return is_encouragement(text[match.start():match.end() + 30].lower().split())


def is_encouragement(words: list[str]) -> bool:
    """The words (a prohibition word first) open an encouragement: `jangan khawatir`, `jangan ragu-ragu`."""
    return any(" ".join(words[:size]) in encouragements() for size in (2, 3))


def directed_negation(text: str, cue: Optional[str]) -> bool:
    """After a verb that directs (``cue``), the statement opens with its addressee and a negator: what they must
    not do (`mengajak [warga desa tidak ikut menyebarkan …]`, invented; `meminta [masyarakat tidak mudah
    percaya]`).  A verb, a relative `yang` or a clause break before the negator makes it part of a report
    (`[orang-orang yang tidak mengetahui …]`); `tidak perlu khawatir` encourages."""
    if not cue or directing_verbs().get(cue.lower()) != "directs":
        return False
    opening = text.split()[:ADDRESSEE_WORDS + 1]
    for index, word in enumerate(opening):
        bare = word.strip(",.").lower()
        if bare in clause_words('directed_negator'):
            following = [w.strip(",.").lower() for w in opening[index + 1:] + text.split()[len(opening):][:3]]
            following = [w for w in following if w not in clause_words('negated_auxiliary')][:3]
            # `meminta jaminan tidak hilangnya hak …`: a negated nominalisation is a thing asked for, no act.
            return bool(following) and not following[0].endswith("nya") and not is_encouragement(["jangan", *following])
        if bare == "yang" or verb_shaped_word().fullmatch(bare) or word.endswith((",", ".")):
            return False
    return False


def reminds_of(text: str, candidate: str, match: regex.Match, speech_verb: Optional[str]) -> bool:
    """The cue opens what a reminding verb reminds of: `mengingatkan [tentang potensi munculnya kluster …]`."""
    return (candidate is text and directing_verbs().get((speech_verb or "").lower()) == "reminds"
            and len(text[:match.start()].split()) <= REMINDED_WORDS)


def cue_holds(text: str, candidate: str, match: regex.Match, speech_verb: Optional[str] = None) -> Optional[str]:
    """The warning type of one cue match in ``candidate`` (the statement ``text`` or its ``speech_verb``), or None."""
    kind, condition = warning_cues()[match.group().lower()]
    if condition == "threat" and (is_negated(candidate, match.start()) or is_mitigated(candidate, match.start())
                                  or not (threatens_near(candidate, match)
                                          or reminds_of(text, candidate, match, speech_verb))):
        return None  # a risk named (`mengambil risiko`, `faktor risiko`), not one the hearer may run into
    if condition == "yes" and (is_negated(candidate, match.start()) or kind == CAUTION_TYPE
                               and (is_mitigated(candidate, match.start()) or describes(candidate, match.start()))):
        return None
    if condition == "reminded" and not reminds_of(text, candidate, match, speech_verb):
        return None
    if condition == "directive" and not directive_pattern().match(text):
        return None  # `mengingatkan [bahwa] …` points something out; a warning tells what to do
    if condition == "purpose" and not directs(candidate, match.start()):
        return None
    if encourages(candidate, match):
        return None
    if kind in CONSEQUENCE_TYPES and not threatens(text, match if candidate is text else None):
        return None  # a violation or a sanction reported as a fact
    return kind


def warning_type(text: str, cue: Optional[str] = None) -> Optional[str]:
    """The warning_type of a statement (its text and speech verb), or None when it warns of nothing."""
    for candidate in ([cue] if cue else []) + [text]:
        for match in cue_pattern().finditer(candidate):
            kind = cue_holds(text, candidate, match, cue)
            if kind is not None:
                return kind
    return "larangan" if directed_negation(text, cue) or forbids_in_clause(text, cue) else None

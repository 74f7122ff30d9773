"""Quote records from a Doc (component ``netralitas_quotes``).

Three passes over ``doc.text`` with precompiled patterns, then one resolution pass in text order:

1. **Direct quotes** — the quote regions of the annotation layer (``doc.spans["quote"]``, paired quote
   marks, ``annotate.quote_regions``), less titles and terms in quote marks; the span is the text between
   the marks.
2. **Attribution** — a speech verb right after the closing mark (``,” tegas Sari``, ``,” katanya``,
   ``,” kata dia``) or right before the opening one (``Elman mengatakan, “…``); a quote with neither
   inherits speaker and cue from the quote before it in its paragraph (``“…,” kata X. “…”``).
   Marks around a few words without attribution (a theme, a title) are not statements.
3. **Indirect statements** — ``<subject> <speech verb> [bahwa|,] <clause>``, ``Menurut X, <clause>``,
   an attribution set off by commas (``Hal itu, jelas Yudi, <clause>``) and a passive lead
   (``Dijelaskan oleh Andri, <clause>``); the clause runs to the end of its sentence, without the final period.

Speech verbs live in ``lang/id/speech_verbs.tsv``, speaker resolution in ``speakers``, the warning
decision in ``warnings``; where the Doc has a dependency parse (stanza backend), a statement whose speaker
the rules miss takes the speech verb's parsed subject (``dependency_subjects``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ...annotate.quote_regions import QUOTE_REGIONS, quote_mark_pairs
from ...annotate.structure import layout
from ...components import ExtractionComponent, doc_text, require_spans
from ...intervals import Intervals
from ...lang import alternation as lexicon_alternation
from ...lang import load_list, load_table
from ...records import Quote, Span
from ...annotate.people import person_roles
from ...annotate.roles import lowercase_role_head, role_after_name
from ...lang.calendar import name_breaking_calendar_words
from ...lang.speech import speaker_word_kind
from ...names import clean_name, is_pronoun, iter_runs, match_run
from .dependency_subjects import fill_missing_subjects
from .speakers import Person, SpeakerResolver, name_before_body, speaker_span
from .warnings import warning_type

QUOTE_MARKS = regex.compile(r"[“”\"„]")
ENDS_AS_STATEMENT = regex.compile(r"[.,!?…;:-]\s*\Z")
MIN_UNATTRIBUTED_WORDS = 4


# What joins the parts of a role and name after a cue: a comma, a bracketed acronym, and the `dan` or
# `/` inside a long office name (`Menteri Riset dan Teknologi/Kepala Badan … Bambang PS Brodjonegoro`), and
# a unit's number or a lower-case joiner (speaker_words.tsv, kind role_joiner: `Kepala Daerah Operasi 4 Semarang …`,
# `Wakil Ketua Umum Kadin bidang Energi …`).
@lru_cache(maxsize=1)
def speaker_link() -> regex.Pattern:
    return regex.compile(r",[ \t]+(?:dan[ \t]+)?|[ \t]*\([^()\n]{1,30}\)[ \t]*,?[ \t]*|[ \t]+dan[ \t]+|/"
                         rf"|[ \t]+(?:{lexicon_alternation(speaker_word_kind('role_joiner'))}|\d{{1,4}})[ \t]+")


@dataclass(frozen=True)
class Lexicon:
    after_quote: regex.Pattern  # `,” tegasnya`, `,” kata Kepala Dinas … Agus`
    before_quote: regex.Pattern  # `Elman mengatakan, “`
    indirect: regex.Pattern  # `Ia menegaskan bahwa …`
    open_verbs: frozenset[str]  # verbs whose complement needs no `bahwa` or comma
    menurut: regex.Pattern  # `Menurut X, <clause>` anywhere in a sentence
    inserted: regex.Pattern  # `Hal itu, jelas Yudi, <clause>`: a post verb set off by commas
    passive: regex.Pattern  # `Dijelaskan oleh Andri, <clause>` opening a sentence
    agent: regex.Pattern  # `Hal senada disampaikan Rizki Rifai`: who spoke, without a statement
    stance: regex.Pattern  # `Toto Sugito yakin, …`, `Anwar Abbas menyayangkan …`: its subject spoke


@lru_cache(maxsize=None)
def speech_lexicon() -> Lexicon:
    rows = load_table("speech_verbs.tsv")
    post = [form for form, use in rows if use == "post"]
    passive = [form for form, use in rows if use == "passive"]
    conjunctions = [form for form, use in rows if use == "conjunction"]
    stance = [form for form, use in rows if use == "stance"]
    pre = [form for form, use in rows if use.startswith("pre")]
    every = forms_alternation(post + pre)
    pre_alt = forms_alternation(pre)
    return Lexicon(
        after_quote=regex.compile(rf"[ \t]*(?P<cue>{every})(?P<nya>nya)?(?![\p{{L}}-])"),
        before_quote=regex.compile(rf"(?<![\p{{L}}-])(?P<cue>{every})(?:\s+bahwa)?(?:\s+(?:dia|ia|beliau))?\s*[,:]?\s*\Z"),
        indirect=regex.compile(rf"(?<![\p{{L}}-])(?P<cue>{pre_alt})(?P<link>\s+bahwa\b|\s*,|\s*:|(?=\s+(?:{forms_alternation(conjunctions)})\s))?\s+(?P<clause>\S)"),
        open_verbs=frozenset(form for form, use in rows if use == "pre-open"),
        menurut=regex.compile(r"(?<![\p{L}-])(?P<cue>[Mm]enurut)(?P<nya>nya)?(?P<who>[^,\n]{0,80}?),\s+(?P<clause>\S)"),
        inserted=regex.compile(rf",[ \t]+(?P<cue>{forms_alternation(post)})(?P<nya>nya)?(?P<who>[ \t][^,\n]{{1,80}}?)?,\s+(?P<clause>\S)"),
        passive=regex.compile(rf"(?:(?:[Ss]eperti|[Ss]ebagaimana)[ \t]+)?(?P<cue>{forms_alternation(passive, capitalised=True)})"
                              rf"(?:[ \t]+oleh)?(?P<who>[ \t][^,\n]{{1,80}}?),\s+(?P<clause>\S)"),
        agent=regex.compile(rf"(?<![\p{{L}}-])(?:{forms_alternation(passive)})(?:[ \t]+oleh)?[ \t]+(?=\p{{Lu}})"),
        stance=regex.compile(rf"(?<![\p{{L}}-])(?:{forms_alternation(stance)})(?![\p{{L}}-])"),
    )


def forms_alternation(forms: list[str], capitalised: bool = False) -> str:
    """A regex alternation of word forms, longest first (and their sentence-initial capitalised forms)."""
    forms = forms + [form[:1].upper() + form[1:] for form in forms] if capitalised else forms
    return lexicon_alternation(forms)


@dataclass
class Statement:
    start: int
    end: int
    direct: bool
    cue: Optional[Span] = None
    anchor: int = 0  # where the speaker is named or referred to: resolution order
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    refers_back: bool = False  # `-nya`, `ia`, `dia`: the most recent person
    inherit: bool = False  # continues the previous quote of its paragraph


def direct_statements(text: str, pairs: list[tuple[int, int]], lexicon: Lexicon, sentence_start) -> list[Statement]:
    statements: list[Statement] = []
    previous_paragraph_quote: Optional[Statement] = None
    for opening, closing in pairs:
        start, end = opening + 1, closing
        if not text[start:end].strip():
            continue
        if after_title_cue(text, opening):
            continue  # `berjudul “…”`, `tema “…”`: a title or a term, not a statement
        statement = Statement(start, end, True, anchor=closing)
        attributed = attribute_after(text, closing + 1, lexicon, statement) or attribute_before(
            text, opening, lexicon, statement, sentence_start(opening))
        body = text[start:end]
        if not attributed:
            if not looks_like_statement(text, opening, body):
                continue  # a title, a term or a slogan in quote marks
            if previous_paragraph_quote is not None and same_paragraph(text, previous_paragraph_quote.end, start):
                statement.inherit = True
        statements.append(statement)
        previous_paragraph_quote = statement
    return statements


@lru_cache(maxsize=None)
def title_cue_pattern() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}-])(?:{lexicon_alternation(load_list('title_cues.txt'))})[ \t]*\Z", regex.IGNORECASE)


def after_title_cue(text: str, opening: int) -> bool:
    return bool(title_cue_pattern().search(text, max(0, opening - 20), opening))


def looks_like_statement(text: str, opening: int, body: str) -> bool:
    """An unattributed quote counts when it reads as speech: a sentence of its own that ends in punctuation."""
    return bool(ENDS_AS_STATEMENT.search(body)) and len(body.split()) >= MIN_UNATTRIBUTED_WORDS \
        and starts_sentence(text, opening)


def same_paragraph(text: str, left: int, right: int) -> bool:
    return "\n" not in text[left:right]


def starts_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3):position].strip()
    return not before or before[-1] in ".!?:\n”\"“"


def attribute_after(text: str, position: int, lexicon: Lexicon, statement: Statement) -> bool:
    match = lexicon.after_quote.match(text, position, min(len(text), position + 200))
    if not match:
        return False
    statement.cue = Span(start=match.start("cue"), end=match.end("cue"), text=match.group("cue"))
    statement.anchor = match.start("cue")
    if match.group("nya"):
        statement.refers_back = True
        return True
    locate_speaker_after(text, match.end(), statement)
    return True


def locate_speaker_after(text: str, position: int, statement: Statement) -> None:
    """The speaker after a cue: a run of capitalised words (role, then name after a comma), or a
    pronoun or description (`dia`, `mantan Kepala …`) that refers back."""
    rest = text[position:position + 160]
    start = len(rest) - len(rest.lstrip(" \t"))
    role = lowercase_role_head().match(rest, start)
    if role:  # `kata juru bicara Gugus Tugas …, Alamsyah`: the office, written lower-case, opens the run
        start = role.end()
    run = match_run(rest, start)
    if run is None:
        statement.refers_back = True
        return
    end = run.end()
    for _ in range(4):  # `Ketua KPU Kota Bogor, Samsudin` / `Manajer … (BUMDes) Sari`
        link = speaker_link().match(rest, end)
        follower = match_run(rest, link.end()) if link else None
        if follower is None or follower.group().split()[0] in name_breaking_calendar_words():
            break  # `kata Presiden, Minggu`, `kata Ketua KPU 2 Mei`: when it was said, not part of the speaker
        end = follower.end()
    statement.speaker_start, statement.speaker_end = position + run.start(), position + end


def attribute_before(text: str, opening: int, lexicon: Lexicon, statement: Statement, sentence_start: int) -> bool:
    window_start = lookback_start(text, opening, sentence_start)
    prefix_start = max(window_start, text.rfind("\n", window_start, opening) + 1)
    match = lexicon.before_quote.search(text, prefix_start, opening)
    if not match:
        return False
    statement.cue = Span(start=match.start("cue"), end=match.end("cue"), text=match.group("cue"))
    locate_subject(text, match.start("cue"), prefix_start, statement)
    return True


SUBJECT_LOOKBACK = 600  # characters read before a verb or quote for its subject; the corpora's longest is 528
WORD_BOUNDARY = regex.compile(r"\s+")


def lookback_start(text: str, position: int, sentence_start: int) -> int:
    """Where the subject of a verb or quote at ``position`` is looked for: its sentence's start, or in a very
    long sentence the first word within SUBJECT_LOOKBACK characters (a subject stands near its verb, and
    reading the whole sentence for each verb made the cost grow with the square of its length)."""
    start = position - SUBJECT_LOOKBACK
    if start <= sentence_start:
        return sentence_start
    boundary = WORD_BOUNDARY.search(text, start, position)
    return boundary.end() if boundary else position


def locate_subject(text: str, verb_start: int, sentence_start: int, statement: Statement) -> bool:
    """The subject before a speech verb; False when the verb is not a statement (`yang mengatakan`)."""
    statement.anchor = verb_start
    sentence_start = lookback_start(text, verb_start, sentence_start)
    prefix = text[sentence_start:verb_start]
    adverbs = adverbs_before_verb().search(prefix)
    core = prefix[:adverbs.start()] if adverbs else prefix.rstrip()
    words = core.split()
    if not words:
        return False
    last = words[-1]
    if last.lower() in speaker_word_kind("not_subject"):
        return False
    if is_pronoun(last) or is_pronoun(words[0]) or last in speaker_word_kind("demonstrative"):
        statement.refers_back = True
        return True
    run = subject_run(core)
    if run is not None:
        statement.speaker_start, statement.speaker_end = sentence_start + run[0], sentence_start + run[1]
    return True


RELATIVE_CLAUSE = regex.compile(r",\s*yang\s[^,]*,?\s*\Z")


@lru_cache(maxsize=None)
def adverbs_before_verb() -> regex.Pattern:
    """Adverbs between a subject and its verb (`Ia juga mengingatkan`, `Acep sebelumnya mengatakan`)."""
    return regex.compile(rf"(?:\s+(?:{forms_alternation(sorted(speaker_word_kind('adverb')))}))+\s*\Z")


def subject_run(core: str) -> Optional[tuple[int, int]]:
    """The name right before a verb, looking back through an appositive chain and one relative
    clause (`Kepala Kesbangpol Prabumulih, Lestari Gunadi, S.Sos., MM., yang …, menyatakan`)."""
    relative = RELATIVE_CLAUSE.search(core)
    if relative:
        core = core[:relative.start()]
    described = name_before_role(core)
    if described is not None:
        return described
    member = name_before_body(core, at_end=True)
    if member is not None:
        return member.start("name"), member.end("name")
    for _ in range(MAX_ADJUNCTS + 1):
        found = None if set_off_adjunct(core) else name_at_end(core)
        if found is not None:
            return found
        core = without_last_adjunct(core)
        if core is None:
            return None
    return None


MAX_ADJUNCTS = 3  # `Joni Rahman, Jumat (5/6/2020), dalam rapat …, meminta`
MAX_ADJUNCT_CHARS = 80


def name_before_role(core: str) -> Optional[tuple[int, int]]:
    """`Tri Maharini, dokter emergensi dari Persatuan …, memaparkan`: the name before a lower-case
    role set off by a comma, not the body named inside the role."""
    roles = list(role_after_name().finditer(core))
    if not roles:
        return None
    title_of = match_run(core, roles[-1].end() + 1)
    if title_of is not None and not core[title_of.end():].strip(" ,"):
        return None  # `…, dokter Adam Prabata,`: the role is a title before the name, not after it
    runs = [run for run in iter_runs(core[:roles[-1].start()]) if run.end() == roles[-1].start()]
    return (runs[0].start(), runs[0].end()) if runs and clean_name(runs[0].group()) else None


def without_last_adjunct(core: str) -> Optional[str]:
    """``core`` without its last comma-separated piece when that piece names nobody (a date, `saat
    dihubungi`, `beberapa waktu lalu`) or opens with a preposition (`dalam rapat bersama Komisi II`):
    what stands between a subject and its verb."""
    trimmed = core.rstrip(" ,")
    comma = trimmed.rfind(",")
    if comma < 0 or len(trimmed) - comma > MAX_ADJUNCT_CHARS:
        return None
    if set_off_adjunct(core):
        return trimmed[:comma + 1]  # `…, dalam diskusi bersama Lembaga X,`: the names in it are not the subject
    if any(clean_name(run.group()) for run in iter_runs(trimmed[comma:])):
        return None
    return trimmed[:comma + 1]


def set_off_adjunct(core: str) -> bool:
    """``core`` ends in a piece set off by commas that a preposition opens (`, dalam rapat bersama Komisi II,`)."""
    trimmed = core.rstrip()
    if not trimmed.endswith(","):
        return False
    opener = trimmed[trimmed.rfind(",", 0, len(trimmed) - 1) + 1:].split()[:1]
    return bool(opener) and opener[0] in speaker_word_kind("adjunct")


def name_at_end(core: str) -> Optional[tuple[int, int]]:
    runs = list(iter_runs(core))
    limit = len(core.rstrip(" ,."))
    for run in reversed(runs):
        if core[run.end():limit].strip(" ,."):
            return None  # something else stands between the name and the verb
        if clean_name(run.group()):
            return run.start(), run.end()
        limit = run.start()
    return None


def indirect_statements(text: str, lexicon: Lexicon, sentences: list[tuple[int, int]], quoted) -> list[Statement]:
    statements = []
    for sentence_start, sentence_end in sentences:
        for match in lexicon.indirect.finditer(text, sentence_start, sentence_end):
            if quoted(match.start()) or text[match.start("clause")] in "“”\"„":
                continue
            cue = match.group("cue")
            if match.group("link") is None and cue not in lexicon.open_verbs:
                continue
            statement = clause_statement(text, match.start("clause"), sentence_end, quoted)
            if statement is None:
                continue
            statement.cue = Span(start=match.start("cue"), end=match.end("cue"), text=cue)
            if locate_subject(text, match.start("cue"), sentence_start, statement):
                statements.append(statement)
        # `Menurut dia, …` is mostly background in the dev gold, `…, kata dia, …` a statement
        attributions = [*((match, False) for match in lexicon.menurut.finditer(text, sentence_start, sentence_end)),
                        *((match, True) for match in lexicon.inserted.finditer(text, sentence_start, sentence_end))]
        lead = lexicon.passive.match(text, sentence_start, sentence_end)
        for match, pronoun_speaker in attributions + ([(lead, True)] if lead else []):
            statement = attributed_clause(text, match, sentence_end, quoted, pronoun_speaker)
            if statement is not None:
                statements.append(statement)
    return statements


def attributed_clause(text: str, match: regex.Match, sentence_end: int, quoted,
                      pronoun_speaker: bool = True) -> Optional[Statement]:
    """The clause after an attribution set off by a comma (`Menurut X,`, `, kata X,`, `Dijelaskan oleh X,`);
    the speaker is X, or the last person for `-nya` and (where ``pronoun_speaker``) pronouns; `Menurut data,`
    names no speaker."""
    statement = clause_statement(text, match.start("clause"), sentence_end, quoted)
    if statement is None or quoted(match.start()):
        return None
    statement.cue = Span(start=match.start("cue"), end=match.end("cue"), text=match.group("cue"))
    statement.anchor = match.start("cue")
    who = (match.group("who") or "").strip()
    first = who.split()[0] if who else ""
    if who[:1].islower() and not (pronoun_speaker and is_pronoun(first)):
        return None  # `Menurut data, …`, `, kata pengamat, …`: a source, not a speaker
    if match.groupdict().get("nya") or not who or is_pronoun(first):
        statement.refers_back = True
    else:
        statement.speaker_start, statement.speaker_end = match.start("who"), match.end("who")
    return statement


MAX_CLAUSE_CHARS = 1000  # the corpora's longest reported clause has 664 characters


def clause_statement(text: str, start: int, sentence_end: int, quoted) -> Optional[Statement]:
    """The reported clause: up to the end of its sentence (or the direct quote it leads into), no final
    period; a term in quote marks (`program ”jembatan udara” sesuai …`) stays inside it.  A sentence
    longer than MAX_CLAUSE_CHARS has lost its stops: the clause ends at the last word within that
    length (each verb in it would otherwise carry the rest of the text, a cost quadratic in its length)."""
    clause_end = sentence_end
    if sentence_end - start > MAX_CLAUSE_CHARS:
        clause_end = max(text.rfind(" ", start, start + MAX_CLAUSE_CHARS), start + 1)
    marks = (mark.start() for mark in QUOTE_MARKS.finditer(text, start, clause_end))
    end = next((position for position in marks if quoted(position)), clause_end)
    clause = text[start:end].rstrip()
    clause = clause.rstrip(".").rstrip()
    if len(clause.split()) < 3 or quoted(start):
        return None
    return Statement(start, start + len(clause), False)


def to_quote(text: str, statement: Statement, resolver: SpeakerResolver) -> Quote:
    speaker, span = None, None
    if statement.speaker_start is not None:
        span = speaker_span(text, statement.speaker_start, statement.speaker_end)
        speaker = resolver.resolve_run(statement.speaker_start, statement.speaker_end)
    elif statement.refers_back:
        speaker = resolver.last_person(statement.anchor)
    if speaker and span is not None:
        resolver.remember(speaker, span.start, span.end)
    elif speaker and statement.cue is not None:
        resolver.remember(speaker, statement.cue.start, statement.cue.end)
    body = text[statement.start:statement.end]
    cue_text = statement.cue.text if statement.cue else None
    kind = warning_type(body, cue_text)
    return Quote(text=body, speaker=speaker, cue=cue_text, direct=statement.direct, is_warning=kind is not None,
                 start=statement.start, end=statement.end, warning_type=kind, cue_span=statement.cue,
                 speaker_span=span)


def remember_agents(text: str, lexicon: Lexicon, resolver: SpeakerResolver, quoted) -> None:
    """`Hal senada disampaikan Rizki Rifai (19), …` then `”…,” katanya`: the agent of a passive speech
    verb has just spoken, so a later `-nya` goes to them."""
    for match in lexicon.agent.finditer(text):
        if quoted(match.start()):
            continue
        agent = Statement(match.end(), match.end(), False)
        locate_speaker_after(text, match.end(), agent)
        if agent.speaker_start is not None and clean_name(text[agent.speaker_start:agent.speaker_end]):
            remember_speaker(resolver, agent)  # not `disampaikan Komisi Pemilihan Umum (KPU)`: a body


def remember_stance_subjects(text: str, lexicon: Lexicon, resolver: SpeakerResolver, quoted, sentence_start) -> None:
    """`Sekretaris Jenderal MUI Anwar Abbas menyayangkan …` then `”…,” katanya`: the subject of a verb
    of opinion is speaking even where no statement is reported."""
    for match in lexicon.stance.finditer(text):
        if quoted(match.start()):
            continue
        subject = Statement(match.start(), match.start(), False)
        locate_subject(text, match.start(), sentence_start(match.start()), subject)
        if subject.speaker_start is not None:
            remember_speaker(resolver, subject)


def remember_speaker(resolver: SpeakerResolver, statement: Statement) -> None:
    name = resolver.resolve_run(statement.speaker_start, statement.speaker_end)
    if name:
        resolver.remember(name, statement.speaker_start, statement.speaker_end)


def extract_quotes(doc: Doc) -> list[Quote]:
    require_spans(doc, QUOTE_REGIONS, "netralitas_quotes", "netralitas_quote_regions")
    text = doc_text(doc)
    lexicon = speech_lexicon()
    text_layout = layout(doc)
    sentences = text_layout.sentences
    sentence_start = text_layout.sentence_start
    direct = direct_statements(text, quote_mark_pairs(doc), lexicon, sentence_start)
    quoted = Intervals((statement.start - 1, statement.end + 1) for statement in direct).covers

    statements = direct + indirect_statements(text, lexicon, sentences, quoted)
    if doc.has_annotation("DEP"):  # the stanza backend: a verb's parsed subject where the rules found none
        fill_missing_subjects(doc, statements)
    statements.sort(key=lambda statement: (statement.anchor if not statement.inherit else statement.start))
    # people named inside a statement, direct or reported, are talked about, not talking
    introduced = [Person(person.surface, person.start, person.end) for person, roles in person_roles(doc) if not roles]
    resolver = SpeakerResolver(text, list(doc._.officials or []), quoted=[(s.start, s.end) for s in statements],
                               introduced=introduced)
    remember_agents(text, lexicon, resolver, quoted)
    remember_stance_subjects(text, lexicon, resolver, quoted, sentence_start)
    quotes: list[Quote] = []
    previous: Optional[Quote] = None
    for statement in statements:
        if statement.inherit and previous is not None:
            quote = to_quote(text, statement, resolver).model_copy(update={"speaker": previous.speaker, "cue": previous.cue,
                                                                            "cue_span": previous.cue_span})
        else:
            quote = to_quote(text, statement, resolver)
        quotes.append(quote)
        if statement.direct:
            previous = quote
    quotes.sort(key=lambda quote: quote.start)
    return with_speaker_ids(quotes, doc._.officials or [])


def with_speaker_ids(quotes: list[Quote], officials) -> list[Quote]:
    """Each quote whose speaker is an official links to it by id."""
    ids = {official.name: official.id for official in officials}
    for quote in quotes:
        quote.speaker_id = ids.get(quote.speaker) if quote.speaker else None
    return quotes


@Language.factory("netralitas_quotes", assigns=["doc._.quotes"], requires=["token.is_sent_start", "span._.quote_marks", "span._.person", "doc._.officials"])
def make_quotes_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("quotes", extract_quotes)

"""The speaker as the dependency subject of its speech verb, where the Doc carries a parse (stanza backend).

The surface rules (``locate_subject``) read the words right before a speech verb; a subject set apart
from its verb by an adverbial (``Sari, saat ditemui usai kegiatan, menegaskan …``) or a clause they
do not know is missed, and the statement falls back to the last person named.  With a dependency parse the
subject is the verb's ``nsubj`` child (``nsubj:pass`` for ``dikatakan``, the ``obl:agent`` of ``oleh``):
its name, with the ``flat``/``appos`` words that extend it, is handed to the same resolution as a surface
speaker.  It is used only where the rules found none, so a Doc without a parse is never affected.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from ...components import char_span
from ...names import is_person_like, is_pronoun

SUBJECT_RELATIONS = ("nsubj", "nsubj:pass", "obl:agent")
NAME_RELATIONS = ("flat", "flat:name", "appos", "compound")
"""Relations that continue a name or put a name beside a role (``Ketua KPU, Ummi``)."""
NAME_POS = ("PROPN",)


def speech_verb_subject(doc: Doc, cue_start: int, cue_end: int) -> Optional[tuple[int, int, bool]]:
    """(start, end, is_pronoun) of the subject of the speech verb at ``cue_start:cue_end``, or None."""
    cue = char_span(doc, cue_start, cue_end)
    if cue is None or not len(cue):
        return None
    verb = cue.root
    for relation in SUBJECT_RELATIONS:
        for child in verb.children:
            if child.dep_ == relation:
                subject = name_of(child)
                if subject is not None:
                    return subject
    return None


def name_of(subject: Token) -> Optional[tuple[int, int, bool]]:
    """The subject's name tokens (a pronoun alone counts; a common noun without a name does not)."""
    if subject.pos_ == "PRON" or is_pronoun(subject.text):
        return subject.idx, subject.idx + len(subject), True
    words = [subject] + [child for child in subject.subtree
                         if child is not subject and child.dep_ in NAME_RELATIONS and child.pos_ in NAME_POS]
    names = [word for word in words if word.pos_ in NAME_POS]
    if not names:
        return None
    first, last = min(names, key=lambda word: word.i), max(names, key=lambda word: word.i)
    name = subject.doc[first.i:last.i + 1]
    if any(word.is_sent_start for word in name[1:]) or not names_a_person(name):
        return None
    return name.start_char, name.end_char, False


def names_a_person(name: Span) -> bool:
    """Not a body or a place (``Bawaslu menekankan …`` names no speaker): no organisation or place span of the
    annotation layer and no ORG/LOC entity of the model overlaps it, and it looks like a person's name."""
    for group in ("org", "place"):
        if any(span.start < name.end and name.start < span.end for span in name.doc.spans.get(group, [])):
            return False
    return all(word.ent_type_ not in ("ORG", "LOC") for word in name) and is_person_like(name.text)


def fill_missing_subjects(doc: Doc, statements) -> None:
    """Statements with a speech verb whose subject the surface rules did not find get the verb's dependency
    subject: a name becomes the speaker span, a pronoun refers back to the last person."""
    for statement in statements:
        if statement.cue is None or statement.inherit or statement.refers_back or statement.speaker_start is not None:
            continue
        subject = speech_verb_subject(doc, statement.cue.start, statement.cue.end)
        if subject is None:
            continue
        start, end, pronoun = subject
        if pronoun:
            statement.refers_back = True
        else:
            statement.speaker_start, statement.speaker_end = start, end

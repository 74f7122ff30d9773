"""Role holders from a dependency parse: a role the rules left without a holder goes to the person the parse
links it to.

Where the ``Doc`` carries a dependency parse (``Extractor(backend="stanza")``: ``netralitas_stanza`` lays the
shipped stanza models' trees on our tokens), a role in ``doc._.unheld_roles`` is given to a person of
``doc.spans["person"]`` who holds no role yet, when the parse ties the two together:

* the person's name is an apposition, flat name or nominal modifier of the role's head noun
  (``Ketua panitia yang baru dilantik itu, Ahmad``: ``appos``);
* the role's head noun is an apposition of the person's name (``Ahmad, yang kini menjabat Ketua ...``);
* the role is the predicate of a copular clause whose subject is the person (``Ahmad adalah Ketua ...``), or
  the object of a holding verb (``lang/id/holding_verbs.txt``: ``Ahmad merupakan wakil ketua ... sekaligus
  ketua umum ...``, both roles).

The rules always win: nothing is taken from a person who holds a role, anaphoric roles (``Ketua itu``) stay
with the officials extractor, and only one person per role.  Without a parse the component does nothing, so
the spaCy backend's output is unchanged.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..components import char_span
from ..lang import load_list
from .people import PEOPLE
from .roles import RoleMention, is_anaphoric

DEPENDENCY_HOLDERS = "netralitas_dependency_holders"

NAME_OF_ROLE = frozenset({"appos", "flat", "flat:name", "nmod"})
"""Relations from a role's head noun down to the name of its holder."""
ROLE_OF_NAME = frozenset({"appos"})
"""Relations from a name down to the role it is given in apposition."""
SUBJECT = frozenset({"nsubj", "nsubj:pass"})
HELD_OFFICE = frozenset({"obj", "obl", "xcomp", "conj"})
"""Relations from a holding verb (or the first office after it) down to the office held."""


@lru_cache(maxsize=1)
def holding_verbs() -> frozenset[str]:
    return frozenset(load_list("holding_verbs.txt"))


def holding_verb_subjects(role_head: Token) -> list[Token]:
    """Subjects of the holding verb above the role: ``Ahmad merupakan wakil ketua X sekaligus ketua Y``."""
    token = role_head
    for _ in range(3):  # the office, through a conjunct or a modifier office, up to the verb
        if token.dep_ not in HELD_OFFICE and token.dep_ != "nmod":
            return []
        token = token.head
        if token.lower_ in holding_verbs() or token.lemma_.lower() in holding_verbs():
            return [child for child in token.children if child.dep_ in SUBJECT]
    return []


def has_parse(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


def tokens_of(span: Span) -> set[int]:
    return {token.i for token in span}


def linked(role_head: Token, role_tokens: set[int], person_tokens: set[int]) -> bool:
    """Whether the parse ties the role (its head noun and tokens) to the person's name tokens."""
    for token in role_head.children:
        if token.dep_ in NAME_OF_ROLE and token.i in person_tokens:
            return True
    head = role_head.head
    if role_head.dep_ in ROLE_OF_NAME and head.i in person_tokens:
        return True
    # Copular clause: the role is the predicate (root of the clause), the person its subject.
    if any(child.dep_ in SUBJECT and child.i in person_tokens and child.i not in role_tokens
           for child in role_head.children):
        return True
    return any(subject.i in person_tokens for subject in holding_verb_subjects(role_head))


def holder_of(doc: Doc, role: RoleMention, candidates: Iterable[Span]) -> Optional[Span]:
    role_span = char_span(doc, role.title_start, role.end)
    if role_span is None or not len(role_span):
        return None
    role_head, role_tokens = role_span.root, tokens_of(role_span)
    for span in candidates:
        person = span._.person
        name = char_span(doc, person.parsed.start, person.parsed.end)
        if name is None or tokens_of(name) & role_tokens:
            continue
        if linked(role_head, role_tokens, tokens_of(name)):
            return span
    return None


def give_roles_by_parse(doc: Doc) -> None:
    text = doc.text
    unheld: list[RoleMention] = list(doc._.unheld_roles or [])
    if not unheld or PEOPLE not in doc.spans:
        return
    given = []
    by_parse: set[tuple[int, int]] = set()  # people given a role here may take a second one (`R1 sekaligus R2`)
    for role in unheld:
        if is_anaphoric(text, role):
            continue
        candidates = [span for span in doc.spans[PEOPLE] if span._.person is not None
                      and (not span._.roles or (span.start_char, span.end_char) in by_parse)]
        holder = holder_of(doc, role, candidates)
        if holder is not None:
            holder._.roles = [*(holder._.roles or []), role.role]
            by_parse.add((holder.start_char, holder.end_char))
            given.append(role)
    if given:
        doc._.unheld_roles = [role for role in unheld if not any(role is taken for taken in given)]


class DependencyHolders:
    def __call__(self, doc: Doc) -> Doc:
        if has_parse(doc):
            give_roles_by_parse(doc)
        return doc


@Language.factory(DEPENDENCY_HOLDERS, assigns=["span._.roles", "doc._.unheld_roles"],
                  requires=["token.dep", "token.head", "span._.person", "doc._.unheld_roles"])
def make_dependency_holders_component(nlp: Language, name: str) -> DependencyHolders:
    return DependencyHolders()

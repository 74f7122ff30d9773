"""Gold derived from PFSA-ID span annotations (``corpora/pfsa-id/articles.jsonl``).

PFSA-ID marks STATEMENT spans with their CUE (speech verb) or CUECOREF
(``katanya``, ``ujarnya``), the source as PERSON (full name) or PERSONCOREF
(short name, role word, pronoun), and ROLE/AFFILIATION of people.  It does not
link them, so the links are derived here, in text order:

1. Paragraphs are the text between newlines; a STATEMENT's cue is the CUE or
   CUECOREF right after it in its paragraph (within 30 characters), else the
   closest cue before it in the paragraph, else the closest after it.
   Spans inside another STATEMENT are ignored throughout.
2. A CUE's source is the PERSON/PERSONCOREF closest to the cue in the same
   paragraph (within 120 characters); with no cue, the closest person before
   the statement in its paragraph.
3. A CUECOREF (``katanya``), or a cue with no person near it, refers to the
   current *anchor*: the latest of (the last person mentioned before the
   statement — a PERSON span, or a bare capitalised name word of an earlier
   PERSON outside statements, since PFSA-ID leaves some short mentions like
   ``lanjut Teten`` unannotated — and the previous statement's speaker).
4. A PERSONCOREF is resolved to a full PERSON: abbreviations are expanded
   (``Wapres`` -> ``Wakil Presiden``), its role words (words of the article's
   ROLE spans) and lower-case words are set aside, and its remaining name tokens
   (honorifics/degrees/ranks dropped) must be contained in the PERSON's — the
   most recent such PERSON before it, else any in the article.  Without name
   tokens (a role word ``Presiden``, a pronoun ``dia``, a description ``pakar
   mikroekonometri ini``) it goes to the latest person whose adjacent ROLE
   contains its words, else to the anchor.  An unresolved name stays as written.
5. Officials: every PERSON with an adjacent ROLE (ROLE then PERSON, or PERSON
   then ROLE, separated only by spaces/commas/brackets and AFFILIATION spans) is
   a gold official with that role; PERSONCOREFs resolved to it are its aliases.

The derivation was checked by hand on 30 statements:
``benchmarks/pfsa_speaker_check.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

import regex

from .data import scorer_list
from .matching import QUOTE_MARKS, WORD, expand_abbreviations, name_tokens

CUE_TYPES = ("CUE", "CUECOREF")
PERSON_TYPES = ("PERSON", "PERSONCOREF")
CUE_AFTER_WINDOW = 30
PERSON_WINDOW = 120
ADJACENT_GAP = regex.compile(r"[\s,()\-–—]*")


@dataclass(frozen=True)
class Span:
    type: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def pronouns() -> frozenset[str]:
    return frozenset(scorer_list("pronouns.txt"))


def split_of(article_id: str) -> str:
    """``pfsa:pfsa-id_dev-40:0089`` -> ``pfsa-id_dev-40``."""
    parts = article_id.split(":")
    return parts[1] if len(parts) >= 3 else ""


def read_pfsa(path: Path) -> Iterator[dict]:
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


class ArticleSpans:
    """The spans of one article with the lookups the derivation needs."""

    def __init__(self, row: dict) -> None:
        self.text = row["text"]
        spans = sorted((Span(e["type"], e["start"], e["end"], e["text"]) for e in row.get("entities") or []),
                       key=lambda s: (s.start, s.end))
        self.statements = [s for s in spans if s.type == "STATEMENT"]
        inside = lambda s: any(st.start <= s.start and s.end <= st.end for st in self.statements if st != s)
        self.spans = [s for s in spans if s.type == "STATEMENT" or not inside(s)]
        self.cues = [s for s in self.spans if s.type in CUE_TYPES]
        self.persons = [s for s in self.spans if s.type in PERSON_TYPES]
        self.roles = [s for s in self.spans if s.type == "ROLE"]
        self.affiliations = [s for s in self.spans if s.type == "AFFILIATION"]
        self.role_vocabulary = frozenset(w.lower() for r in self.roles for w in WORD.findall(expand_abbreviations(r.text)))

    def paragraph(self, position: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, position) + 1
        end = self.text.find("\n", position)
        return start, (len(self.text) if end < 0 else end)

    def same_paragraph(self, a: Span, b: Span) -> bool:
        return self.paragraph(a.start) == self.paragraph(b.start)

    def adjacent(self, left: Span, right: Span) -> bool:
        """Only separators and AFFILIATION spans between ``left`` and ``right``."""
        if left.end > right.start:
            return False
        position = left.end
        while True:
            position = ADJACENT_GAP.match(self.text, position).end()
            if position >= right.start:
                return True
            nxt = next((a for a in self.affiliations if a.start == position), None)
            if nxt is None:
                return False
            position = nxt.end

    def role_of(self, person: Span) -> Optional[tuple[Span, Optional[Span]]]:
        """The ROLE adjacent to a PERSON, with the AFFILIATION right after the ROLE if any."""
        for role in self.roles:
            if self.adjacent(role, person) or self.adjacent(person, role):
                affiliation = next((a for a in self.affiliations if self.adjacent(role, a) and a.end <= max(person.start, role.end + 200)), None)
                return role, affiliation
        return None


class SpeakerResolver:
    """Walks an article in text order, resolving person mentions to full names."""

    def __init__(self, spans: ArticleSpans) -> None:
        self.spans = spans
        self.full = [p for p in spans.persons if p.type == "PERSON"]
        self.roles = {p: spans.role_of(p) for p in self.full}
        self.last_statement: Optional[tuple[int, str]] = None  # (position, speaker)
        self.mentions = self._name_mentions()

    def _name_mentions(self) -> list[tuple[int, str]]:
        """(position, full name) of every PERSON and every later bare use of one of its name words.

        PFSA-ID does not annotate every short mention (``lanjut Teten``), so a
        capitalised name word of a known PERSON, outside statements, also counts.
        """
        found = [(p.start, p.text) for p in self.full]
        for person in self.full:
            words = [w for w in WORD.findall(person.text) if w[:1].isupper() and w.lower() in name_tokens(person.text)]
            for word in words:
                for match in regex.finditer(rf"(?<!\w){regex.escape(word)}(?!\w)", self.spans.text):
                    inside = any(st.start <= match.start() < st.end for st in self.spans.statements)
                    if match.start() > person.start and not inside:
                        found.append((match.start(), self._latest_with(word, match.start()) or person.text))
        return sorted(set(found))

    def _latest_with(self, word: str, position: int) -> Optional[str]:
        owners = [p for p in self.full if p.start <= position and word in p.text.split()]
        return owners[-1].text if owners else None

    def anchor(self, position: int) -> Optional[str]:
        candidates = [mention for mention in self.mentions if mention[0] < position]
        if self.last_statement:
            candidates.append(self.last_statement)
        return max(candidates)[1] if candidates else None

    def resolve(self, mention: Span) -> Optional[str]:
        if mention.type == "PERSON":
            return mention.text
        written = expand_abbreviations(mention.text)  # `Wapres Amin` -> `Wakil Presiden Amin`
        words = [w.lower() for w in WORD.findall(written)]
        name = self.name_words(written)
        if not name:
            # A role word (`Presiden`), a pronoun (`dia`) or a description (`pakar mikroekonometri ini`).
            return self.person_with_role(set(words), mention.start) or self.anchor(mention.start) or mention.text
        matching = [p for p in self.full if name <= name_tokens(p.text)]
        before = [p for p in matching if p.start < mention.start]
        if before:
            return before[-1].text
        return matching[0].text if matching else mention.text

    def name_words(self, text: str) -> frozenset[str]:
        """Capitalised words that are not titles, ranks, role words or pronouns: the name part."""
        capitalised = {w.lower() for w in WORD.findall(text) if w[:1].isupper()}
        return frozenset(w for w in name_tokens(text) if w in capitalised
                         and w not in self.spans.role_vocabulary and w not in pronouns())

    def person_with_role(self, words: set[str], position: int) -> Optional[str]:
        """The latest PERSON before ``position`` whose adjacent ROLE contains all of ``words``."""
        words = words - pronouns() - {"ini", "itu", "tersebut"}
        if not words:
            return None
        for person in sorted(self.full, key=lambda p: -p.start):
            role = self.roles.get(person)
            if person.start < position and role and words <= {w.lower() for w in WORD.findall(expand_abbreviations(role[0].text))}:
                return person.text
        return None

    def cue_for(self, statement: Span) -> Optional[Span]:
        in_paragraph = [c for c in self.spans.cues if self.spans.same_paragraph(c, statement)]
        after = [c for c in in_paragraph if c.start >= statement.end]
        if after and after[0].start - statement.end <= CUE_AFTER_WINDOW:
            return after[0]
        before = [c for c in in_paragraph if c.end <= statement.start]
        if before:
            return before[-1]
        return after[0] if after else None

    def person_near(self, position: int, reference: Span, window: int) -> Optional[Span]:
        near = [p for p in self.spans.persons if self.spans.same_paragraph(p, reference)]
        distance = lambda p: max(p.start - position, position - p.end, 0)
        near = [p for p in near if distance(p) <= window]
        return min(near, key=lambda p: (distance(p), p.start)) if near else None

    def speaker_of(self, statement: Span) -> Optional[str]:
        cue = self.cue_for(statement)
        if cue is not None and cue.type == "CUE":
            middle = cue.start if cue.start >= statement.end else cue.end
            person = self.person_near(middle, cue, PERSON_WINDOW)
        elif cue is None:
            before = [p for p in self.spans.persons if p.end <= statement.start and self.spans.same_paragraph(p, statement)]
            person = before[-1] if before else None
        else:
            person = None
        speaker = self.resolve(person) if person else self.anchor(statement.start)
        if speaker:
            self.last_statement = (statement.start, speaker)
        return speaker


def gold_from_pfsa(row: dict) -> dict:
    """A contract-shaped gold dict (officials, quotes) derived from one PFSA-ID article."""
    spans = ArticleSpans(row)
    resolver = SpeakerResolver(spans)
    quotes = []
    for statement in spans.statements:
        text = statement.text.strip()
        quotes.append({"text": text.strip(QUOTE_MARKS + " ,"), "speaker": resolver.speaker_of(statement),
                       "direct": text[:1] in QUOTE_MARKS, "is_warning": False,
                       "start": statement.start, "end": statement.end})
    officials: dict[str, dict] = {}
    for person, found in resolver.roles.items():
        if not found:
            continue
        role, affiliation = found
        title = f"{role.text} {affiliation.text}" if affiliation else role.text
        official = officials.setdefault(person.text, {"name": person.text, "aliases": [], "roles": []})
        if all(r["position"] != role.text for r in official["roles"]):
            official["roles"].append({"title": title, "position": role.text})
    for mention in spans.persons:
        if mention.type == "PERSONCOREF":
            target = resolver.resolve(mention)
            if target in officials and mention.text not in officials[target]["aliases"]:
                officials[target]["aliases"].append(mention.text)
    return {"id": row["id"], "officials": list(officials.values()), "quotes": quotes}

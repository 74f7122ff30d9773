"""Institution records from a Doc (component ``netralitas_institutions``): one record per distinct body.

The organisation mentions come from the annotation layer (``doc.spans["org"]``, ``annotate.orgs``).  A bare
mention (``Bawaslu``) belongs to the body last named with a region, else (a local body) to the article's
region (``doc._.article_region``), else to the first one named later; one record per distinct body per
article, with every surface form and offset.  Parties are national when bare; ``Golkar Purwakarta`` is the
party's board there.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..annotate.orgs import Body, OrgMention, body_by_acronym, institution_name, national_organs, org_mentions
from ..components import ExtractionComponent, doc_text, require_spans
from ..records import Institution, Span


def _body_key(body: Body) -> str:
    """A lexicon body by its acronym (Bawaslu, whatever its forms); a board or a body read by rule by its name."""
    if body.level:
        return body.full  # "Bawaslu provinsi": the bodies of a level, apart from the national one
    return body.acronym if body.acronym in body_by_acronym() and not body.party_of else body.full


def _keys(found: list[OrgMention], home: Optional[str]) -> list[tuple[str, Optional[str]]]:
    """The record key (body, jurisdiction) of every mention, in order."""
    regional = {}  # body key -> jurisdictions written, in text order
    for item in found:
        if item.jurisdiction:
            regional.setdefault(_body_key(item.body), []).append((item.start, item.jurisdiction))
    boards = {(item.body.party_of.full, item.jurisdiction): _body_key(item.body)
              for item in found if item.body.party_of and item.jurisdiction}
    keys = []
    latest: dict[str, tuple[str, Optional[str]]] = {}
    party_regional: dict[str, tuple[str, Optional[str]]] = {}  # party -> its last board named with a region
    for item in found:
        body_key = _body_key(item.body)
        if item.body.party:
            # A party is national when bare; with a region it is its board there.
            board = boards.get((item.body.full, item.jurisdiction)) if item.jurisdiction else None
            keys.append((board, item.jurisdiction) if board else (body_key, item.jurisdiction))
            if item.jurisdiction:
                party_regional[item.body.full] = keys[-1]
            continue
        party = item.body.party_of
        if party and item.jurisdiction:
            party_regional[party.full] = (body_key, item.jurisdiction)
        if (party and not item.jurisdiction and party.full in party_regional
                and item.body.acronym.split()[0] not in national_organs()):
            key = party_regional[party.full]  # "pengurus PDI-P Kalteng … Ketua DPD": the board there
        elif item.jurisdiction or item.national:
            key = (body_key, item.jurisdiction)
        elif body_key in latest:
            key = latest[body_key]  # bare "Bawaslu": the body last named
        elif item.body.local and home:
            key = (body_key, home)
        else:
            later = [jurisdiction for start, jurisdiction in regional.get(body_key, []) if start > item.start]
            key = (body_key, later[0] if later else None)
        latest[body_key] = key
        keys.append(key)
    return keys


def extract_institutions(doc: Doc) -> list[Institution]:
    require_spans(doc, "org", "netralitas_institutions", "netralitas_orgs")
    text = doc_text(doc)
    found = org_mentions(doc)
    home = doc._.article_region if any(item.body.local for item in found) else None
    records: dict[tuple[str, Optional[str]], Institution] = {}
    for item, key in zip(found, _keys(found, home)):
        record = records.get(key)
        if record is None:  # named after the body of its first mention
            record = records[key] = Institution(
                id=f"I{len(records) + 1}", name=institution_name(item.body, key[1]), acronym=item.body.acronym, jurisdiction=key[1],
            )
        surface = text[item.start:item.end]
        if surface not in record.surface:
            record.surface.append(surface)
        record.mentions.append(Span(start=item.start, end=item.end, text=surface))
    return list(records.values())


@Language.factory("netralitas_institutions", assigns=["doc._.institutions"], requires=["span._.org", "doc._.article_region"])
def make_institutions_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("institutions", extract_institutions)

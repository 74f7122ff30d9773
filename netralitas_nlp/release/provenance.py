"""Who may publish a record: its licence, and the provenance columns every released row carries.

A record's licence is the one its input declared (the ``license`` field of a JSONL article, or
``--license`` for inputs that declare none).  Two kinds of text are never published by default,
whatever they declare, because ``../shared/README.md`` says so: detik.com articles (copyrighted,
internal testing only) and anything from PFSA-ID (CC BY-NC-SA, "nothing derived from it ships").
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Optional

import regex
from pydantic import BaseModel, Field

from .. import __version__
from ..records import Article


@dataclass(frozen=True)
class Licence:
    name: str  # as the card shows it
    hub_id: str  # the Hugging Face licence identifier
    redistributable: bool
    reason: str = ""  # why a restricted row is refused


DETIK = "detik.com text is copyrighted (internal evaluation only)"
PFSA = "PFSA-ID (CC BY-NC-SA): development and evaluation only, nothing derived from it ships"
RESTRICTED_SOURCES = (
    # (field, pattern, why); "detik" alone is also the Indonesian word for "second", so only the outlet counts
    ("source", r"^detik(\.com)?$|^detik(com|news)\b", DETIK),
    ("url", r"^https?://([^/]+\.)?detik\.com(/|$)", DETIK),
    ("source", r"pfsa", PFSA),
    ("id", r"^pfsa[:_-]", PFSA),
)

DECLARED_LICENCES = (
    # (pattern over the declared licence, licence); first match wins
    (r"copyright|internal|all rights reserved|evaluation use only",
     Licence("copyrighted", "other", False, "copyrighted text")),
    (r"\bNC\b|non-?commercial",
     Licence("CC BY-NC-SA 4.0", "cc-by-nc-sa-4.0", False, "non-commercial licence")),
    (r"CC[ -]BY[ -]SA", Licence("CC BY-SA 4.0", "cc-by-sa-4.0", True)),
    (r"CC[ -]BY\b", Licence("CC BY 4.0", "cc-by-4.0", True)),
    (r"\bCC0\b", Licence("CC0 1.0", "cc0-1.0", True)),
    (r"\bMIT\b", Licence("MIT", "mit", True)),
    # The seed articles: given to the project and shipped in its repository (shared/README.md: "given").
    (r"given to the netralitas_nlp project", Licence("given to the project (seed articles)", "other", True)),
)

UNDECLARED = Licence("none declared", "unknown", False, "no licence declared (state one with --license)")


def licence_for(declared: Optional[str], *, source: Optional[str] = None, url: Optional[str] = None,
                id: Optional[str] = None) -> Licence:
    """The licence of an article that declares ``declared``; restricted sources win over what they declare."""
    fields = {"source": source, "url": url, "id": id}
    for name, pattern, reason in RESTRICTED_SOURCES:
        if fields[name] and regex.search(pattern, fields[name], flags=regex.IGNORECASE):
            return Licence(declared or "restricted", "other", False, reason)
    if not declared:
        return UNDECLARED
    for pattern, licence in DECLARED_LICENCES:
        if regex.search(pattern, declared, flags=regex.IGNORECASE):
            return licence
    return Licence(declared, "other", False, f"licence {declared!r} is not known to allow publication")


def licence_of(record: Article) -> Licence:
    """The licence a release applies to ``record``."""
    return licence_for(record.license, source=record.source, url=record.url, id=record.id)


class Provenance(BaseModel):
    """Columns every released row carries."""

    source: Optional[str] = Field(None, description="outlet or collection the article came from")
    url: Optional[str] = Field(None, description="address of the article, when known")
    license: Optional[str] = Field(None, description="licence of the article's text as its source declares it")
    library_version: str = Field(description="netralitas_nlp version that made the row")
    extraction_date: Optional[str] = Field(
        None, description="date (UTC, YYYY-MM-DD) of the release run that extracted the row; null for hand annotations")


def provenance_of(record: Article, extraction_date: Optional[str]) -> Provenance:
    return Provenance(source=record.source, url=record.url, license=record.license,
                      library_version=__version__, extraction_date=extraction_date)


def release_date(given: Optional[str] = None) -> str:
    """The extraction date of a release: ``given`` (YYYY-MM-DD), else ``$SOURCE_DATE_EPOCH``, else today (UTC).

    Fixing it (option or ``SOURCE_DATE_EPOCH``) makes a release byte-identical when rebuilt.
    """
    if given:
        return dt.date.fromisoformat(given).isoformat()
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date().isoformat()
    return dt.datetime.now(tz=dt.timezone.utc).date().isoformat()

"""From a raw article to what extraction reads: cleaned text, dateline, ISO date."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Optional

from ..records import Dateline
from .article import RawArticle, content_id
from .clean import clean_text, clean_title
from .dateline import parse_dateline
from .fields import without_surrogates
from .published import parse_published, published_from_url


@dataclass
class PreparedArticle:
    id: str
    text: str
    title: Optional[str]
    published: Optional[str]
    dateline: Optional[Dateline]
    url: Optional[str] = None
    source: Optional[str] = None
    license: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


class EmptyArticleError(ValueError):
    pass


# spaCy's own default ``max_length``.  Our components are rules, not a parser, but some of their
# work grows faster than the text (1.2 M characters of joined news take about 30 s), and a text
# this long is glued pages, not one article; longer texts fail alone, with this message.
MAX_TEXT_CHARS = 1_000_000


class TextTooLongError(ValueError):
    pass


def check_length(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLongError(
            f"the text has {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,} per article "
            f"(netralitas_nlp.ingest.MAX_TEXT_CHARS): split it into its articles")


OUTPUT_FIELDS = ("id", "title", "text", "published", "url", "source", "license")


def prepare(raw: RawArticle) -> PreparedArticle:
    check_length(raw.text)
    warnings = list(raw.warnings)
    raw = dataclasses.replace(raw, **{name: without_surrogates(getattr(raw, name), name, warnings)
                                      for name in OUTPUT_FIELDS if isinstance(getattr(raw, name), str)})
    text = clean_text(raw.text)
    if not text.strip():
        raise EmptyArticleError("no text left after removing page furniture")
    title = clean_title(raw.title) if raw.title else None
    published = None
    if raw.published:
        published = parse_published(raw.published)
        if published is None:
            warnings.append(f"could not parse published date {raw.published!r}")
    published = published or published_from_url(raw.url)
    return PreparedArticle(
        id=raw.id or content_id(text, title),
        text=text,
        title=title or None,
        published=published,
        dateline=parse_dateline(text),
        url=raw.url,
        source=raw.source,
        license=raw.license,
        warnings=warnings,
    )

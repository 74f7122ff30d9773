"""From a raw article to what extraction reads: cleaned text, dateline, ISO date."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..records import Dateline
from .article import RawArticle, content_id
from .clean import clean_text, clean_title
from .dateline import parse_dateline
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


def prepare(raw: RawArticle) -> PreparedArticle:
    text = clean_text(raw.text)
    if not text.strip():
        raise EmptyArticleError("no text left after removing page furniture")
    title = clean_title(raw.title) if raw.title else None
    warnings = list(raw.warnings)
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

"""What a reader produces: an article as found, or an error for one input."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Optional, Union

from .fields import printable


@dataclass
class RawArticle:
    text: str
    id: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    license: Optional[str] = None  # as the input declares it
    origin: Optional[str] = None  # file (and line) it came from
    warnings: list[str] = field(default_factory=list)


@dataclass
class ArticleFailure:
    """One input that could not be read; it lands in ``OUT.errors.jsonl``."""

    id: Optional[str]
    source: Optional[str]
    type: str
    message: str

    def __post_init__(self) -> None:
        # The errors file is UTF-8: an id or file name with a lone surrogate is written escaped.
        self.id, self.source, self.message = (printable(value) for value in (self.id, self.source, self.message))

    def to_json(self) -> dict:
        return {"id": self.id, "source": self.source, "error": {"type": self.type, "message": self.message}}


def content_id(text: str, title: str | None = None) -> str:
    """Stable id for an article without one: a hash of its title and text."""
    digest = hashlib.sha1(f"{title or ''}\n{text}".encode("utf-8")).hexdigest()
    return f"sha1-{digest[:16]}"


def to_plain(item: Union[RawArticle, ArticleFailure]) -> dict:
    """An article or a reader's failure as plain data, to cross process and machine boundaries."""
    if isinstance(item, ArticleFailure):
        return {"failure": item.to_json()}
    return {"article": dataclasses.asdict(item)}


def from_plain(plain: dict) -> Union[RawArticle, ArticleFailure]:
    if "failure" in plain:
        failure = plain["failure"]
        return ArticleFailure(failure["id"], failure["source"], **failure["error"])
    return RawArticle(**plain["article"])

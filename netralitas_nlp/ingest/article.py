"""What a reader produces: an article as found, or an error for one input."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Optional


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

    def to_json(self) -> dict:
        return {"id": self.id, "source": self.source, "error": {"type": self.type, "message": self.message}}


def content_id(text: str, title: str | None = None) -> str:
    """Stable id for an article without one: a hash of its title and text."""
    digest = hashlib.sha1(f"{title or ''}\n{text}".encode("utf-8")).hexdigest()
    return f"sha1-{digest[:16]}"

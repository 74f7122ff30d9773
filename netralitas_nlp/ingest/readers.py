"""Readers: ``.txt``, JSONL, HTML pages, folders and Hugging Face datasets.

Every reader yields ``RawArticle`` or ``ArticleFailure`` and never raises for one
bad input, so a broken file costs that file only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Union

from .article import RawArticle, ArticleFailure
from .decode import BinaryInputError, decode_bytes

ReadResult = Union[RawArticle, ArticleFailure]

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
ARTICLE_FIELDS = ("id", "title", "text", "published", "url", "source", "license")


def read_paths(paths: Iterable[Union[str, Path]]) -> Iterator[ReadResult]:
    for path in paths:
        yield from read_path(path)


def read_path(path: Union[str, Path]) -> Iterator[ReadResult]:
    path = Path(path)
    if path.is_dir():
        yield from read_directory(path)
    elif not path.exists():
        yield ArticleFailure(None, str(path), "FileNotFoundError", f"no such file or directory: {path}")
    else:
        yield from read_file(path)


def read_directory(folder: Path) -> Iterator[ReadResult]:
    """Every readable file below ``folder`` (sorted, hidden files skipped)."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
            if path.suffix.lower() in KNOWN_SUFFIXES:
                yield from read_file(path)


def read_file(path: Path) -> Iterator[ReadResult]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif suffix in HTML_SUFFIXES:
        yield read_html(path)
    else:
        yield read_text_file(path)


def _decode_file(path: Path) -> tuple[str, list[str]]:
    return decode_bytes(path.read_bytes(), name=str(path))


def read_text_file(path: Path) -> ReadResult:
    """First non-empty line is the headline, the rest the body; id = file stem."""
    try:
        content, warnings = _decode_file(path)
    except (OSError, BinaryInputError) as error:
        return ArticleFailure(path.stem, str(path), type(error).__name__, str(error))
    lines = content.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return ArticleFailure(path.stem, str(path), "EmptyArticle", f"{path} contains no text")
    title, body = lines[0].strip(), "\n".join(lines[1:]).strip("\n")
    if not body.strip():
        return ArticleFailure(path.stem, str(path), "EmptyArticle", f"{path} has a headline but no body")
    return RawArticle(text=body, id=path.stem, title=title, source=None, origin=str(path), warnings=warnings)


def read_jsonl(path: Path) -> Iterator[ReadResult]:
    try:
        content, warnings = _decode_file(path)
    except (OSError, BinaryInputError) as error:
        yield ArticleFailure(None, str(path), type(error).__name__, str(error))
        return
    if not content.strip():
        yield ArticleFailure(None, str(path), "EmptyFile", f"{path} is empty")
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield ArticleFailure(None, origin, "JSONDecodeError", f"line {number}: {error}")
            continue
        yield from_mapping(row, origin=origin, warnings=list(warnings))


def from_mapping(row: Any, *, origin: str | None = None, warnings: list[str] | None = None) -> ReadResult:
    """An article from a dict with ``text`` and optional ``id, title, published, url, source, license``."""
    if not isinstance(row, Mapping):
        return ArticleFailure(None, origin, "InvalidArticle", f"expected a JSON object, got {type(row).__name__}")
    article_id = row.get("id")
    article_id = None if article_id is None else str(article_id)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return ArticleFailure(article_id, origin, "InvalidArticle", "article has no 'text' string")
    fields = {name: (None if row.get(name) is None else str(row.get(name)))
              for name in ("title", "published", "url", "source", "license")}
    return RawArticle(text=text, id=article_id, origin=origin, warnings=warnings or [], **fields)


def read_html(path: Path) -> ReadResult:
    """Main text, title and date of a web page through trafilatura."""
    try:
        content, warnings = _decode_file(path)
        return from_html(content, origin=str(path), fallback_id=path.stem, warnings=warnings)
    except (OSError, BinaryInputError) as error:
        return ArticleFailure(path.stem, str(path), type(error).__name__, str(error))


def from_html(html: str, *, origin: str | None = None, fallback_id: str | None = None,
              warnings: list[str] | None = None) -> ReadResult:
    import trafilatura  # heavy: only when a page is read

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True)
    if document is None:
        return ArticleFailure(fallback_id, origin, "NoMainText", "trafilatura found no main text in the page")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = data.get("text") or ""
    if not text.strip():
        return ArticleFailure(fallback_id, origin, "NoMainText", "trafilatura found no main text in the page")
    return RawArticle(text=text, id=fallback_id, title=data.get("title"), published=data.get("date"),
                      url=data.get("url"), source=data.get("sitename") or data.get("hostname"),
                      origin=origin, warnings=warnings or [])


def iter_records(items: Iterable[Any]) -> Iterator[ReadResult]:
    """Plain strings or dicts, as given to ``Extractor.pipe``; reader results pass through
    (a reader's ``ArticleFailure`` keeps its file and error type)."""
    for number, item in enumerate(items):
        if isinstance(item, (RawArticle, ArticleFailure)):
            yield item
        elif isinstance(item, str):
            yield RawArticle(text=item, origin=f"item {number}") if item.strip() else ArticleFailure(
                None, f"item {number}", "InvalidArticle", "empty text")
        else:
            yield from_mapping(item, origin=f"item {number}")


def iter_dataset(dataset: Any) -> Iterator[ReadResult]:
    """Rows of a Hugging Face ``datasets.Dataset`` (or any iterable of dicts)."""
    for number, row in enumerate(dataset):
        yield from_mapping(row, origin=f"dataset row {number}")

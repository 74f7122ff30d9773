"""Readers: ``.txt``, JSONL, HTML pages, folders and Hugging Face datasets.

Every reader yields ``RawArticle`` or ``ArticleFailure`` and never raises for one
bad input, so a broken file costs that file only, and a broken JSONL line that line only.
JSONL is streamed line by line (memory is one line, whatever the file's size).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Mapping, Optional, Union

import regex

from .article import RawArticle, ArticleFailure
from .decode import BinaryInputError, check_not_binary, decode_bytes, decode_line
from .fields import FieldError, display_path, field_text, id_from_file_name, without_surrogates

ReadResult = Union[RawArticle, ArticleFailure]

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
ARTICLE_FIELDS = ("id", "title", "text", "published", "url", "source", "license")
METADATA_FIELDS = ("title", "published", "url", "source", "license")
# A page whose main text has no word in it is a broken page, not an article (trafilatura
# gives ``<`` for ``<html><body><p><</p>``).
A_WORD = regex.compile(r"\p{L}{2}")


def read_paths(paths: Iterable[Union[str, Path]]) -> Iterator[ReadResult]:
    for path in paths:
        yield from read_path(path)


def read_path(path: Union[str, Path]) -> Iterator[ReadResult]:
    path = Path(path)
    if path.is_dir():
        yield from read_directory(path)
    elif not path.exists():
        yield ArticleFailure(None, display_path(path), "FileNotFoundError", f"no such file or directory: {display_path(path)}")
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
    return decode_bytes(path.read_bytes(), name=display_path(path))


def read_text_file(path: Path) -> ReadResult:
    """First non-empty line is the headline, the rest the body; id = file stem."""
    warnings: list[str] = []
    article_id, origin = id_from_file_name(path, warnings), display_path(path)
    try:
        content, decode_warnings = _decode_file(path)
    except (OSError, BinaryInputError) as error:
        return ArticleFailure(article_id, origin, type(error).__name__, str(error))
    lines = content.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return ArticleFailure(article_id, origin, "EmptyArticle", f"{origin} contains no text")
    title, body = lines[0].strip(), "\n".join(lines[1:]).strip("\n")
    if not body.strip():
        return ArticleFailure(article_id, origin, "EmptyArticle", f"{origin} has a headline but no body")
    return RawArticle(text=body, id=article_id, title=title, source=None, origin=origin,
                      warnings=warnings + decode_warnings)


def read_jsonl(path: Path) -> Iterator[ReadResult]:
    """One article per line, streamed; an empty file has no articles (the command line warns)."""
    yield from read_jsonl_range(path, 0, None, 1)


def read_jsonl_range(path: Path, start: int, end: Optional[int], first_line: int) -> Iterator[ReadResult]:
    """The lines of a JSONL file that start in bytes ``[start, end)``; ``first_line`` is the
    number of the line at ``start`` (so errors name the same line whoever reads the range)."""
    name = display_path(path)
    try:
        with path.open("rb", buffering=1 << 16) as handle:
            try:
                check_not_binary(handle.peek(1 << 16), name=name)
            except BinaryInputError as error:
                if start == 0:  # the range at the head of the file reports it, once
                    yield ArticleFailure(None, name, type(error).__name__, str(error))
                return
            handle.seek(start)
            yield from _jsonl_lines(handle, name, first_line, None if end is None else end - start)
    except OSError as error:
        yield ArticleFailure(None, name, type(error).__name__, str(error))


def _jsonl_lines(handle: BinaryIO, name: str, first_line: int, length: Optional[int]) -> Iterator[ReadResult]:
    consumed = 0
    for number, data in enumerate(handle, start=first_line):
        if length is not None and consumed >= length:
            return
        consumed += len(data)
        if not data.strip():
            continue
        origin = f"{name}:{number}"
        line, warnings = decode_line(data, first=(number == 1))
        try:
            row = json.loads(line)
        except (ValueError, RecursionError) as error:  # bad JSON, an int of 4,300+ digits, deep nesting
            problem = "JSON nested too deeply" if isinstance(error, RecursionError) else str(error)
            yield ArticleFailure(None, origin, "JSONDecodeError", f"line {number}: {problem}")
            continue
        yield from_mapping(row, origin=origin, warnings=warnings)


def from_mapping(row: Any, *, origin: str | None = None, warnings: list[str] | None = None) -> ReadResult:
    """An article from a dict with ``text`` and optional ``id, title, published, url, source, license``.

    Fields that are not strings follow ``fields.field_text``: numbers are converted with a
    warning, objects and lists make this article fail.
    """
    if not isinstance(row, Mapping):
        return ArticleFailure(None, origin, "InvalidArticle", f"expected a JSON object, got {type(row).__name__}")
    warnings = list(warnings or [])
    try:
        article_id = field_text(row.get("id"), "id", warnings)
    except FieldError as error:
        return ArticleFailure(None, origin, "InvalidArticle", str(error))
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return ArticleFailure(article_id, origin, "InvalidArticle", "article has no 'text' string")
    try:
        fields = {name: field_text(row.get(name), name, warnings) for name in METADATA_FIELDS}
    except FieldError as error:
        return ArticleFailure(article_id, origin, "InvalidArticle", str(error))
    text = without_surrogates(text, "text", warnings)
    return RawArticle(text=text, id=article_id, origin=origin, warnings=warnings, **fields)


def read_html(path: Path) -> ReadResult:
    """Main text, title and date of a web page through trafilatura."""
    warnings: list[str] = []
    article_id, origin = id_from_file_name(path, warnings), display_path(path)
    try:
        content, decode_warnings = _decode_file(path)
    except (OSError, BinaryInputError) as error:
        return ArticleFailure(article_id, origin, type(error).__name__, str(error))
    return from_html(content, origin=origin, fallback_id=article_id, warnings=warnings + decode_warnings)


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
    if not A_WORD.search(text):
        return ArticleFailure(fallback_id, origin, "NoMainText",
                              f"the page's main text {text.strip()[:20]!r} has no words: broken HTML?")
    warnings = list(warnings or [])
    metadata = {"title": data.get("title"), "published": data.get("date"), "url": data.get("url"),
                "source": data.get("sitename") or data.get("hostname")}
    metadata = {name: field_text(value, name, warnings) for name, value in metadata.items()}
    text = without_surrogates(text, "text", warnings)
    return RawArticle(text=text, id=fallback_id, origin=origin, warnings=warnings, **metadata)


def iter_records(items: Iterable[Any]) -> Iterator[ReadResult]:
    """Plain strings or dicts, as given to ``Extractor.pipe``; reader results pass through
    (a reader's ``ArticleFailure`` keeps its file and error type)."""
    for number, item in enumerate(items):
        if isinstance(item, (RawArticle, ArticleFailure)):
            yield item
        elif isinstance(item, str):
            warnings: list[str] = []
            yield RawArticle(text=without_surrogates(item, "text", warnings), origin=f"item {number}",
                             warnings=warnings) if item.strip() else ArticleFailure(
                None, f"item {number}", "InvalidArticle", "empty text")
        else:
            yield from_mapping(item, origin=f"item {number}")


def iter_dataset(dataset: Any) -> Iterator[ReadResult]:
    """Rows of a Hugging Face ``datasets.Dataset`` (or any iterable of dicts)."""
    for number, row in enumerate(dataset):
        yield from_mapping(row, origin=f"dataset row {number}")


def flag_duplicate_ids(items: Iterable[ReadResult]) -> Iterator[ReadResult]:
    """Articles in order; one whose ``id`` an earlier article already had gets a warning.

    Only hashes of the ids are kept, so memory grows by a few dozen bytes per article.
    Articles without an id get a content hash later, so exact copies of them share one id too.
    """
    seen: set[int] = set()
    for item in items:
        if isinstance(item, RawArticle) and item.id is not None:
            key = hash(item.id)
            if key in seen:
                item.warnings = [*item.warnings, f"duplicate id {item.id!r}: an earlier article in the input has it too"]
            seen.add(key)
        yield item

"""From articles to records: ``extract`` for one text, ``Extractor.pipe`` for streams."""

from __future__ import annotations

import itertools
import multiprocessing
from typing import Any, Iterable, Iterator, Literal, Optional, Union

from spacy.tokens import Doc

from .ingest import ArticleFailure, PreparedArticle, RawArticle, iter_records, prepare
from .components import remember_text
from .pipeline import get_nlp
from .records import THEMES, Article

OnError = Literal["raise", "skip", "yield"]
Result = Union[Article, ArticleFailure]


class OffsetError(AssertionError):
    """A span whose offsets do not give back its text: a bug, never shipped."""


def run_pipeline(article: PreparedArticle) -> Doc:
    nlp = get_nlp()
    doc = nlp.make_doc(article.text)
    remember_text(doc, article.text)
    doc._.published = article.published
    doc._.title = article.title
    doc._.article_id = article.id
    doc._.dateline = article.dateline
    return nlp(doc)


def theme_labels(evidence) -> list[str]:
    found = {item.label for item in evidence}
    return [label for label in THEMES if label in found]


def record_from_doc(article: PreparedArticle, doc: Doc) -> Article:
    record = Article(
        id=article.id, title=article.title, dateline=article.dateline, published=article.published,
        text=article.text, url=article.url, source=article.source, license=article.license,
        officials=doc._.officials or [], institutions=doc._.institutions or [], events=doc._.events or [],
        elections=doc._.elections or [], dates=doc._.dates or [], quotes=doc._.quotes or [],
        themes=theme_labels(doc._.theme_evidence or []), theme_evidence=doc._.theme_evidence or [],
        warnings=article.warnings,
    )
    check_offsets(record)
    return record


def check_offsets(record: Article) -> None:
    for span in record.iter_spans():
        if record.text[span.start:span.end] != span.text:
            raise OffsetError(f"span {span.start}:{span.end} is {record.text[span.start:span.end]!r}, not {span.text!r}")


def process_raw(raw: RawArticle) -> Article:
    prepared = prepare(raw)
    return record_from_doc(prepared, run_pipeline(prepared))


def process_safely(item: Union[RawArticle, ArticleFailure]) -> Result:
    """Never raises: a failure becomes an ``ArticleFailure`` for that article alone."""
    if isinstance(item, ArticleFailure):
        return item
    try:
        return process_raw(item)
    except Exception as error:  # noqa: BLE001 - one article fails alone, whatever broke
        return ArticleFailure(item.id, item.origin or item.source, type(error).__name__, str(error))


def _warm_worker() -> None:
    get_nlp()


class Extractor:
    """Streams records for many articles, lazily, in one or several processes.

    >>> records = Extractor().pipe(["PALOPO, TEKAPE.co – ...", {"id": "a1", "text": "..."}])
    """

    def __init__(self) -> None:
        self.nlp = get_nlp()

    def __call__(self, text: str, *, title: Optional[str] = None, published: Optional[str] = None,
                 id: Optional[str] = None, url: Optional[str] = None, source: Optional[str] = None) -> Article:
        raw = RawArticle(text=text, id=id, title=title, published=published, url=url, source=source)
        return process_raw(raw)

    def pipe(self, articles: Iterable[Any], *, batch_size: int = 32, n_process: int = 1,
             on_error: OnError = "raise") -> Iterator[Result]:
        """Records in input order; ``articles`` are strings, dicts or ``RawArticle``.

        ``on_error``: ``raise`` stops at the first bad article, ``skip`` drops it,
        ``yield`` yields an ``ArticleFailure`` in its place.
        """
        results = self._results(iter_records(articles), batch_size, n_process)
        for result in results:
            if isinstance(result, ArticleFailure):
                if on_error == "raise":
                    raise ValueError(f"article {result.id or result.source}: {result.type}: {result.message}")
                if on_error == "skip":
                    continue
            yield result

    def _results(self, items: Iterator, batch_size: int, n_process: int) -> Iterator[Result]:
        if n_process <= 1:
            yield from map(process_safely, items)
            return
        # A bounded window keeps memory flat: Pool.imap would read the whole input ahead.
        window = max(1, batch_size) * n_process * 4
        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        with context.Pool(n_process, initializer=_warm_worker) as pool:
            while chunk := list(itertools.islice(items, window)):
                yield from pool.imap(process_safely, chunk, chunksize=max(1, batch_size))


_default_extractor: Optional[Extractor] = None


def extract(text: str, *, title: Optional[str] = None, published: Optional[str] = None,
            id: Optional[str] = None) -> Article:
    """The record of one article."""
    global _default_extractor
    if _default_extractor is None:
        _default_extractor = Extractor()
    return _default_extractor(text, title=title, published=published, id=id)

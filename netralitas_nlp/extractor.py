"""From articles to records: ``extract`` for one text, ``Extractor.pipe`` for streams."""

from __future__ import annotations

from functools import partial
from typing import Any, Iterable, Iterator, Literal, Optional, Union, get_args

from spacy.tokens import Doc

from . import output
from .components import remember_text
from .ingest import ArticleFailure, PreparedArticle, RawArticle, flag_duplicate_ids, iter_records, prepare
from .ingest.article import from_plain
from .pipeline import check_backend, get_nlp, ner_enabled
from .records import THEMES, Article

OnError = Literal["raise", "skip", "yield"]
ON_ERROR_CHOICES: tuple[str, ...] = get_args(OnError)
Result = Union[Article, ArticleFailure]
COUNTED = ("officials", "institutions", "quotes", "events", "dates")


class OffsetError(AssertionError):
    """A span whose offsets do not give back its text: a bug, never shipped."""


def run_pipeline(article: PreparedArticle, backend: str = "spacy", context: Optional[dict] = None,
                 ner: Optional[bool] = None) -> Doc:
    """``context``: entries for ``doc.user_data`` that components read (the stanza processor's Document)."""
    nlp = get_nlp(backend, ner)
    # The tokenizer, not ``make_doc``: the length limit is ``ingest.MAX_TEXT_CHARS``, checked in
    # ``prepare`` with a message naming it, rather than spaCy's E088 about parser memory.
    doc = nlp.tokenizer(article.text)
    remember_text(doc, article.text)
    doc._.published = article.published
    doc._.title = article.title
    doc._.article_id = article.id
    doc._.dateline = article.dateline
    doc.user_data.update(context or {})
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


def process_raw(raw: RawArticle, backend: str = "spacy", context: Optional[dict] = None,
                ner: Optional[bool] = None) -> Article:
    prepared = prepare(raw)
    return record_from_doc(prepared, run_pipeline(prepared, backend, context, ner))


def failure_of(item: RawArticle, error: BaseException) -> ArticleFailure:
    return ArticleFailure(item.id, item.origin or item.source, type(error).__name__, str(error))


def process_safely(item: Union[RawArticle, ArticleFailure], backend: str = "spacy",
                   ner: Optional[bool] = None) -> Result:
    """Never raises: a failure becomes an ``ArticleFailure`` for that article alone."""
    if isinstance(item, ArticleFailure):
        return item
    try:
        return process_raw(item, backend, None, ner)
    except Exception as error:  # noqa: BLE001 - one article fails alone, whatever broke
        return failure_of(item, error)


def process_batch(items: list, backend: str = "spacy", ner: Optional[bool] = None) -> list[Result]:
    """Worker side of ``Extractor.pipe`` with several processes."""
    return [process_safely(item, backend, ner) for item in items]


# --- Plain-data outcomes, for the command line and Dask: dicts and JSON strings cross process
# and machine boundaries cheaply and unchanged, so every engine writes the same bytes.

def outcome_of(item: Union[RawArticle, ArticleFailure]) -> dict:
    """``{"line": JSON, "counts": {...}, "words": n}`` for a record, ``{"failure": {...}}`` otherwise."""
    result = process_safely(item)
    if isinstance(result, Article):
        try:
            line = output.record_json(result)
            line.encode("utf-8")  # a lone surrogate would only fail when the file is written
        except Exception as error:  # noqa: BLE001 - same contract as process_safely
            result = failure_of(item, error)
        else:
            return {"line": line, "counts": {name: len(getattr(result, name)) for name in COUNTED},
                    "words": len(result.text.split())}
    return {"failure": result.to_json()}


def outcome_batch(batch: list[dict]) -> list[dict]:
    """Worker side of the command line's engines (local processes or Dask): plain dicts in and out."""
    return [outcome_of(from_plain(plain)) for plain in batch]


def require_type(value: Any, expected: type | tuple[type, ...], what: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, expected) or isinstance(value, bool) and expected is int:
        names = " or ".join(t.__name__ for t in (expected if isinstance(expected, tuple) else (expected,)))
        raise TypeError(f"{what} must be {names}{' or None' if optional else ''}, not {type(value).__name__}")


class Extractor:
    """Streams records for many articles, lazily, in one or several processes.

    >>> records = Extractor().pipe(["PALOPO, TEKAPE.co – ...", {"id": "a1", "text": "..."}])

    ``backend="stanza"`` adds the shipped stanza models' POS, lemma, dependency trees and entities to the
    Doc before the annotation layer and extractors run (speakers then also come from the subject of the
    speech verb); it needs the stanza extra (``pip install netralitas_nlp[stanza]``).

    ``ner``: whether the trained NER (``models/id_netralitas_ner``) places the roles the rules left without
    a holder, adds the people it confirms for them and vetoes roleless rule persons it reads as places
    (``annotate.entities``); ``None`` takes ``$NETRALITAS_NER`` when set, else ``pipeline.NER_DEFAULT`` (off).
    """

    def __init__(self, backend: str = "spacy", *, ner: Optional[bool] = None) -> None:
        check_backend(backend)
        require_type(ner, bool, "ner", optional=True)
        self.backend = backend
        self.ner = ner_enabled(ner)
        self.nlp = get_nlp(backend, self.ner)

    def __call__(self, text: str, *, title: Optional[str] = None, published: Optional[str] = None,
                 id: Optional[str] = None, url: Optional[str] = None, source: Optional[str] = None) -> Article:
        require_type(text, str, "text (the article's body)")
        for name, value in (("title", title), ("published", published), ("id", id), ("url", url), ("source", source)):
            require_type(value, str, name, optional=True)
        raw = RawArticle(text=text, id=id, title=title, published=published, url=url, source=source)
        return process_raw(raw, self.backend, None, self.ner)

    def pipe(self, articles: Iterable[Any], *, batch_size: int = 32, n_process: int = 1,
             on_error: OnError = "raise") -> Iterator[Result]:
        """Records in input order; ``articles`` are strings, dicts or ``RawArticle``.

        ``on_error``: ``raise`` stops at the first bad article, ``skip`` drops it,
        ``yield`` yields an ``ArticleFailure`` in its place.  A later article with the id of an
        earlier one carries a warning.  Under ``n_process > 1`` a worker that dies (killed, out
        of memory) costs nothing but time: its articles are retried one by one, and an article
        whose worker dies again is a ``WorkerDied`` failure.
        """
        if isinstance(articles, (str, bytes)) or not isinstance(articles, Iterable):
            raise TypeError(f"pipe() takes an iterable of articles (strings or dicts), not {type(articles).__name__};"
                            " for one text use extract()")
        require_type(batch_size, int, "batch_size")
        require_type(n_process, int, "n_process")
        if batch_size < 1 or n_process < 1:
            raise ValueError(f"batch_size and n_process must be at least 1, not {batch_size} and {n_process}")
        if on_error not in ON_ERROR_CHOICES:
            raise ValueError(f"on_error must be one of {', '.join(map(repr, ON_ERROR_CHOICES))}, not {on_error!r}")
        items = flag_duplicate_ids(iter_records(articles))
        return self._filtered(self._results(items, batch_size, n_process), on_error)

    @staticmethod
    def _filtered(results: Iterator[Result], on_error: OnError) -> Iterator[Result]:
        for result in results:
            if isinstance(result, ArticleFailure):
                if on_error == "raise":
                    raise ValueError(f"article {result.id or result.source}: {result.type}: {result.message}")
                if on_error == "skip":
                    continue
            yield result

    def _results(self, items: Iterator, batch_size: int, n_process: int) -> Iterator[Result]:
        if n_process <= 1:
            yield from (process_safely(item, self.backend, self.ner) for item in items)
            return
        from .parallel import ProcessPoolRunner, supervised_map

        with ProcessPoolRunner(partial(process_batch, backend=self.backend, ner=self.ner), n_process) as runner:
            yield from supervised_map(runner, items, batch_size=batch_size, in_flight=n_process * 2)


_default_extractor: Optional[Extractor] = None


def extract(text: str, *, title: Optional[str] = None, published: Optional[str] = None,
            id: Optional[str] = None) -> Article:
    """The record of one article."""
    global _default_extractor
    require_type(text, str, "text (the article's body)")
    if _default_extractor is None:
        _default_extractor = Extractor()
    return _default_extractor(text, title=title, published=published, id=id)

"""Reading articles from files, folders and datasets, and cleaning them.

``read_path`` yields ``RawArticle`` for every article it can read and
``ArticleFailure`` for every one it cannot; ``prepare`` turns a ``RawArticle`` into
the cleaned text, dateline and ISO publication date that extraction works on.

* ``readers``: ``.txt`` (first non-empty line = headline, id = file stem), JSONL
  (``id, title, text, published, url, source, license``; no id → ``content_id`` hash),
  HTML pages through trafilatura, folders (recursive, hidden files skipped) and
  Hugging Face datasets.  One bad input is one ``ArticleFailure``, never an exception.
* ``decode``: UTF-8, else cp1252 with a warning in the record; binary files
  (NUL bytes, mostly non-printable) are always failures.
* ``clean``: removes page furniture listed in ``lang/id/boilerplate.tsv`` (comment
  forms, ``(*)`` end marks, detik.com banners and video teasers, ``Baca juga``,
  view counters, credit lines, share buttons); see its docstring for the list.
* ``dateline``: ``PALOPO, TEKAPE.co –`` → place and outlet, with offsets.
* ``published``: metadata dates (ISO, detik's month-first ``10/21/2025 20:43``,
  ``21 Oktober 2025``) → ISO ``YYYY-MM-DD``.
"""

from .article import RawArticle, ArticleFailure, content_id
from .prepare import MAX_TEXT_CHARS, PreparedArticle, TextTooLongError, prepare
from .readers import flag_duplicate_ids, iter_dataset, iter_records, read_path, read_paths

__all__ = [
    "RawArticle", "ArticleFailure", "PreparedArticle", "content_id", "prepare", "MAX_TEXT_CHARS", "TextTooLongError",
    "read_path", "read_paths", "iter_records", "iter_dataset", "flag_duplicate_ids",
]

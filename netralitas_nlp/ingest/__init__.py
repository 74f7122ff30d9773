"""Reading articles from files, folders and datasets, and cleaning them.

``read_path`` yields ``RawArticle`` for every article it can read and
``ArticleFailure`` for every one it cannot; ``prepare`` turns a ``RawArticle`` into
the cleaned text, dateline and ISO publication date that extraction works on.
"""

from .article import RawArticle, ArticleFailure, content_id
from .prepare import PreparedArticle, prepare
from .readers import iter_dataset, iter_records, read_path, read_paths

__all__ = [
    "RawArticle", "ArticleFailure", "PreparedArticle", "content_id", "prepare",
    "read_path", "read_paths", "iter_records", "iter_dataset",
]

"""netralitas_nlp: structured events from Indonesian regional news.

>>> from netralitas_nlp import extract
>>> record = extract(text, title="...", published="2025-05-20")
>>> record.officials[0].name
>>> tables = frames(records)   # pandas DataFrames: tables.officials, tables.quotes, …
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "Extractor", "Article", "frames", "load_frames", "__version__"]


def __getattr__(name: str):
    # Lazy: `import netralitas_nlp` stays cheap; spaCy loads on first use.
    if name in ("extract", "Extractor"):
        from . import extractor

        return getattr(extractor, name)
    if name in ("frames", "load_frames"):  # pandas loads only for DataFrame views
        # The module is not named `frames`: importing it would shadow the function on the package.
        from . import dataframes

        return getattr(dataframes, name)
    if name == "Article":
        from .records import Article

        return Article
    raise AttributeError(f"module 'netralitas_nlp' has no attribute {name!r}")

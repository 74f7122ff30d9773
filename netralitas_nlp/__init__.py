"""netralitas_nlp: structured events from Indonesian regional news.

>>> from netralitas_nlp import extract
>>> record = extract(text, title="...", published="2025-05-20")
>>> record.officials[0].name
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "Extractor", "Article", "__version__"]


def __getattr__(name: str):
    # Lazy: `import netralitas_nlp` stays cheap; spaCy loads on first use.
    if name in ("extract", "Extractor"):
        from . import extractor

        return getattr(extractor, name)
    if name == "Article":
        from .records import Article

        return Article
    raise AttributeError(f"module 'netralitas_nlp' has no attribute {name!r}")

"""A Hugging Face dataset release of extracted records: ``netralitas release`` and ``make corpus``.

* ``tables``: flat rows (officials, roles, institutions, quotes, events, dates, elections) —
  ``flat_rows(records)`` is also what DataFrame views build on;
* ``kb``: the SEACrowd knowledge-base view; ``gold``: the project's hand annotations;
* ``provenance``: licence of a record, provenance columns, the extraction date;
* ``build``: ``write_release(records, folder)`` — Parquet shards per configuration and the card;
* ``card``: the dataset card (``accuracy`` reads ``benchmarks/RESULTS.md`` for it);
* ``hub``: ``push_release(folder, "ORG/NAME")`` through ``huggingface_hub``;
* ``corpus``: the recipe of ``make corpus`` (which articles may be published, and why).
"""

from .build import ReleaseError, ReleaseSummary, write_release
from .tables import FLAT_TABLES, flat_rows, table_features, table_rows

__all__ = ["write_release", "ReleaseSummary", "ReleaseError", "flat_rows", "table_rows", "table_features",
           "FLAT_TABLES"]

"""Extraction functions: each reads a ``Doc`` and returns typed records.

One module per thing extracted; each registers its spaCy component with
``components.extraction_component``.
"""

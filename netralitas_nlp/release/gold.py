"""The ``gold`` view: the project's hand annotations, in the contract's format (no offsets).

A gold file (``corpora/gold/*.json``, ``../shared/gold/*.json``) is a record of the contract with
``aliases`` on officials and the annotator's ``notes``.  Its quotes and names are the article's own
words, so an annotation may only be published with its article: a release keeps the files whose ``id``
is an article it publishes (``build.release_tables``), and the row takes that article's provenance.
"""

from __future__ import annotations

import json
import types
import typing
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, get_args, get_origin

from pydantic import BaseModel, Field, create_model

from ..records import Article, DateMention, Dateline, Election, Event, Institution, Official, Quote, Record, Role

# The gold format is the contract's part of each record model: what the library adds (offsets,
# mentions, ranks, date precision, theme evidence) is not annotated.  Field types and defaults are the
# record models' own.
CONTRACT_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {
    Dateline: ("place", "outlet"),
    Role: ("title", "position", "acting", "jurisdiction", "organization", "former"),
    Official: ("name", "honorifics", "degrees", "roles", "aliases"),
    Institution: ("name", "acronym", "jurisdiction", "surface"),
    Event: ("type", "name", "date", "date_text", "venue", "place", "organizer", "theme", "participants"),
    Election: ("kind", "date", "region"),
    DateMention: ("text", "value"),
    Quote: ("text", "speaker", "cue", "direct", "is_warning"),
    Article: ("id", "title", "dateline", "published", "officials", "institutions", "events", "elections",
              "dates", "quotes", "themes"),
}


def gold_annotation(annotation):
    """``annotation`` with every record model in it replaced by its gold model."""
    if isinstance(annotation, type) and annotation in CONTRACT_FIELDS:
        return gold_model(annotation)
    origin = get_origin(annotation)
    if origin is list:
        return list[gold_annotation(get_args(annotation)[0])]
    if origin in (typing.Union, types.UnionType):
        return Optional[gold_annotation(next(arg for arg in get_args(annotation) if arg is not type(None)))]
    return annotation


@lru_cache(maxsize=None)
def gold_model(model: type[BaseModel]) -> type[Record]:
    """The gold counterpart of a record model: its contract fields only (``GoldRole`` for ``Role``, …)."""
    fields = {}
    for name in CONTRACT_FIELDS[model]:
        info = model.model_fields[name]
        default = Field(default_factory=info.default_factory) if info.default_factory else Field(default=info.default)
        fields[name] = (gold_annotation(info.annotation), default)
    return create_model(f"Gold{model.__name__}", __base__=Record, **fields)


# One gold file; its ``id`` is the id of the annotated article.
GoldArticle = create_model("GoldArticle", __base__=gold_model(Article), notes=(Optional[str], None))


def read_gold(directories: Iterable[Path]) -> dict[str, GoldArticle]:
    """Gold files by article id; a file in an earlier directory wins over one with the same id later."""
    gold: dict[str, GoldArticle] = {}
    for directory in directories:
        for path in sorted(Path(directory).glob("*.json")):
            article = GoldArticle.model_validate(json.loads(path.read_text(encoding="utf-8")))
            gold.setdefault(article.id, article)
    return gold


def gold_features():
    from ..output import model_features

    return model_features(GoldArticle)

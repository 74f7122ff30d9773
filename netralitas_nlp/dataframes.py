"""DataFrame views of records: one pandas table per kind of item, joined by ids.

>>> from netralitas_nlp import frames, load_frames
>>> views = frames(records)            # Article models, their dicts, or a records JSONL path
>>> views = load_frames("out/release")  # the Parquet configs of a ``netralitas release`` folder
>>> views.quotes[views.quotes.is_warning].warning_type.value_counts()

Tables (``Frames`` attributes):

* ``articles``: one row per article (``ArticleRow``): provenance, ``published`` as a datetime, the text,
  themes, the number of items of each kind and the main event's type;
* ``officials``, ``roles``, ``institutions``, ``quotes``, ``events``, ``dates``, ``elections``: the flat
  tables of the release (``release.flat_rows``, one definition of their columns); ``quotes`` also has the
  ``paragraph`` (line number) the statement starts in;
* ``themes``: one row per theme evidence (label, paragraph, score, cues).

Every table has ``article_id``.  Within an article, ``official_id`` (``O1``…) joins ``officials``, ``roles``,
``quotes.speaker_id`` and the ids in ``events.organizer_ids``/``participant_ids``; ``institution_id``
(``I1``…) joins ``institutions`` and the event ids.  ``Frames.quote_speakers()`` and
``Frames.event_actors()`` make those two joins.  Offsets (``start``, ``end``) index
``articles.text`` of the same ``article_id``.

Columns get the dtype of their row model's type: ``int64``/``bool`` where a value is always there,
nullable ``Int64``/``boolean`` where it may be missing, ``string`` for text, ``object`` for lists.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterable, Optional, Union, get_args, get_origin

import pandas as pd
from pydantic import Field

from .records import Article
from .release.provenance import Provenance
from .release.tables import FLAT_TABLES, Row, article_id_field, flat_rows

PathLike = Union[str, Path]
RecordsInput = Union[PathLike, Iterable[Union[Article, dict]]]
PER_RUN = ("library_version", "extraction_date")  # provenance a release adds to each article


class ArticleRow(Row):
    article_id: str = article_id_field()
    title: Optional[str] = Field(description="headline")
    published: Optional[str] = Field(description="publication date (a datetime column in the frame)")
    source: Optional[str] = Field(description="outlet or collection")
    url: Optional[str] = Field(description="address of the article")
    license: Optional[str] = Field(description="licence of the text as the input declares it")
    dateline_place: Optional[str] = Field(description="place of the dateline (`PALOPO`)")
    dateline_outlet: Optional[str] = Field(description="outlet of the dateline (`TEKAPE.co`)")
    text: str = Field(description="the article's text: every offset indexes it")
    themes: list[str] = Field(description="theme labels of the article")
    main_event_type: Optional[str] = Field(description="type of the article's main (first) event")
    n_officials: int = Field(description="number of officials")
    n_institutions: int = Field(description="number of institutions")
    n_quotes: int = Field(description="number of quotes")
    n_warnings: int = Field(description="number of quotes that are warnings")
    n_events: int = Field(description="number of events")
    n_dates: int = Field(description="number of dates")
    n_elections: int = Field(description="number of elections")


class ThemeRow(Row):
    article_id: str = article_id_field()
    label: str = Field(description="theme label")
    paragraph: int = Field(description="line number (`text.split('\\n')`) of the passage that carries it")
    score: float = Field(description="score of the passage for the label")
    cues: list[str] = Field(description="the cue phrases found")


ROW_MODELS: dict[str, type[Row]] = {"articles": ArticleRow, **{name: model for name, (model, _) in
                                                                     FLAT_TABLES.items()}, "themes": ThemeRow}
DATETIME_COLUMNS = {"articles": ("published",)}


@dataclass
class Frames:
    """The tables of a set of records (see the module docstring)."""

    articles: pd.DataFrame
    officials: pd.DataFrame
    roles: pd.DataFrame
    institutions: pd.DataFrame
    quotes: pd.DataFrame
    events: pd.DataFrame
    dates: pd.DataFrame
    elections: pd.DataFrame
    themes: pd.DataFrame

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.names():
            raise KeyError(f"no table {name!r}: the tables are {', '.join(self.names())}")
        return getattr(self, name)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(field.name for field in fields(cls))

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in self.names()}

    def quote_speakers(self) -> pd.DataFrame:
        """``quotes`` with the speaking official's name and first role (``speaker_*`` columns, missing when
        the speaker is not a resolved official)."""
        first_roles = self.roles[self.roles.role_index == 0]
        speakers = self.officials[["article_id", "official_id", "name"]].merge(
            first_roles[["article_id", "official_id", "title", "position", "acting", "organization", "jurisdiction"]],
            on=["article_id", "official_id"], how="left")
        speakers = speakers.rename(columns={column: f"speaker_{column}" for column in speakers.columns
                                            if column not in ("article_id", "official_id")})
        joined = self.quotes.merge(speakers, left_on=["article_id", "speaker_id"],
                                   right_on=["article_id", "official_id"], how="left")
        return joined.drop(columns="official_id")

    def event_actors(self) -> pd.DataFrame:
        """One row per (event, organizer or participant id): ``actor_kind`` is ``official`` or
        ``institution``, ``actor_name`` its name."""
        parts = []
        for part, column in (("organizer", "organizer_ids"), ("participant", "participant_ids")):
            exploded = self.events[["article_id", "event_index", "type", column]].explode(column)
            exploded = exploded.dropna(subset=[column]).rename(columns={column: "actor_id"})
            parts.append(exploded.assign(part=part))
        actors = pd.concat(parts, ignore_index=True).astype({"actor_id": "string", "part": "string"})
        names = pd.concat([
            self.officials[["article_id", "official_id", "name"]].rename(columns={"official_id": "actor_id"})
            .assign(actor_kind="official"),
            self.institutions[["article_id", "institution_id", "name"]].rename(columns={"institution_id": "actor_id"})
            .assign(actor_kind="institution"),
        ], ignore_index=True).rename(columns={"name": "actor_name"}).astype({"actor_kind": "string"})
        joined = actors.merge(names, on=["article_id", "actor_id"], how="left")
        return joined.sort_values(["article_id", "event_index"], kind="stable", ignore_index=True)


def frames(records: RecordsInput) -> Frames:
    """The tables of ``records``: ``Article`` models, their dicts, or the path of a records JSONL file."""
    articles = list(read_records(records))
    rows = {"articles": [article_row(record) for record in articles], **flat_rows(articles),
            "themes": [theme_row(record.id, item) for record in articles for item in record.theme_evidence]}
    return frames_from_rows(rows)


def load_frames(release_dir: PathLike) -> Frames:
    """The tables of a release folder (``netralitas release``), read from its Parquet configs."""
    folder = Path(release_dir)
    provenance = set(Provenance.model_fields)
    records, per_run = [], []
    for row in read_config(folder, "articles"):
        per_run.append({key: row.pop(key, None) for key in PER_RUN})
        records.append(Article.model_validate(row))
    rows = {"articles": [{**article_row(record), **extra} for record, extra in zip(records, per_run)],
            **{name: [{key: value for key, value in row.items() if key not in provenance}
                      for row in read_config(folder, name)] for name in FLAT_TABLES},
            "themes": [theme_row(record.id, item) for record in records for item in record.theme_evidence]}
    return frames_from_rows(rows)


def read_records(records: RecordsInput) -> Iterable[Article]:
    if isinstance(records, (str, Path)):
        path = Path(records)
        if path.is_dir():
            raise ValueError(f"{path} is a folder: frames() reads a records JSONL file; "
                             "use load_frames(folder) for a release folder")
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield Article.model_validate_json(line)
                    except ValueError as error:
                        raise ValueError(f"{path}, line {number}: not a record: {error}") from error
        return
    for record in records:
        if isinstance(record, Article):
            yield record
        elif isinstance(record, dict):
            yield Article.model_validate(record)
        else:
            raise TypeError(f"frames() takes Article records or their dicts, not {type(record).__name__}")


def read_config(folder: Path, name: str) -> list[dict]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    shards = sorted((folder / "data" / name).glob("*.parquet"))
    if not shards:
        raise FileNotFoundError(f"{folder} has no Parquet files in data/{name}/: not a release folder "
                                "(`netralitas release` writes one)")
    return pa.concat_tables([pq.read_table(shard) for shard in shards]).to_pylist()


def article_row(record: Article) -> dict:
    dateline = record.dateline
    return {
        "article_id": record.id, "title": record.title, "published": record.published, "source": record.source,
        "url": record.url, "license": record.license,
        "dateline_place": dateline.place if dateline else None, "dateline_outlet": dateline.outlet if dateline else None,
        "text": record.text, "themes": list(record.themes),
        "main_event_type": record.events[0].type if record.events else None,
        "n_officials": len(record.officials), "n_institutions": len(record.institutions),
        "n_quotes": len(record.quotes), "n_warnings": sum(quote.is_warning for quote in record.quotes),
        "n_events": len(record.events), "n_dates": len(record.dates), "n_elections": len(record.elections),
    }


def theme_row(article_id: str, evidence) -> dict:
    return {"article_id": article_id, "label": evidence.label, "paragraph": evidence.paragraph,
            "score": evidence.score, "cues": list(evidence.cues)}


def frames_from_rows(rows: dict[str, list[dict]]) -> Frames:
    tables = {name: typed_frame(name, table) for name, table in rows.items()}
    tables["quotes"] = with_paragraphs(tables["quotes"], tables["articles"])
    return Frames(**tables)


def typed_frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the columns of the table's row model (also when empty), typed by it."""
    model = ROW_MODELS[name]
    columns = list(model.model_fields) + [key for key in (rows[0] if rows else {}) if key not in model.model_fields]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    dtypes = {column: column_dtype(field.annotation) for column, field in model.model_fields.items()}
    frame = frame.astype({column: dtype for column, dtype in dtypes.items() if dtype != "object"})
    for column in DATETIME_COLUMNS.get(name, ()):
        frame[column] = pd.to_datetime(frame[column], format="ISO8601", errors="coerce")
    return frame


def column_dtype(annotation) -> str:
    """The pandas dtype of a row model field: nullable dtypes for optional values, ``object`` for lists."""
    optional = False
    if get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        optional, annotation = len(inner) < len(get_args(annotation)), inner[0]
    if get_origin(annotation) is not None or not isinstance(annotation, type):
        return "object"  # lists, literals of several values
    if annotation is str:
        return "string"
    if annotation is int:
        return "Int64" if optional else "int64"
    if annotation is bool:
        return "boolean" if optional else "bool"
    if annotation is float:
        return "Float64" if optional else "float64"
    return "object"


def with_paragraphs(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``quotes`` with the line number each statement starts in (as theme evidence numbers paragraphs)."""
    texts = dict(zip(articles.article_id, articles.text))
    paragraphs = [texts[article_id].count("\n", 0, start) for article_id, start in zip(quotes.article_id, quotes.start)]
    return quotes.assign(paragraph=pd.Series(paragraphs, index=quotes.index, dtype="int64"))


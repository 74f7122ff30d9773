"""The dataset card (``README.md``): YAML metadata that ``load_dataset`` and the Hub read, and the
human part — fields, how the records were made, measured accuracy, limitations, licences, citation.

The YAML ``configs`` and ``dataset_info`` are written by ``datasets``' own helpers
(``MetadataConfigs``, ``DatasetInfosDict``), the ones ``push_to_hub`` uses, so ``load_dataset``
reads back exactly the declared features.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from pydantic import BaseModel

from .. import __version__
from ..records import Article
from .accuracy import Accuracy
from .provenance import Licence, Provenance
from .tables import FLAT_TABLES

PRETTY_NAME = "Netralitas-ID: officials, events, quotes and warnings in Indonesian election and government news"
TASK_CATEGORIES = ["token-classification", "text-classification"]
TASK_IDS = ["named-entity-recognition", "multi-label-classification"]
TAGS = ["information-extraction", "event-extraction", "quote-attribution", "elections", "indonesian", "seacrowd"]

ONE_ROW_IS = {
    "articles": "an article with its whole record, nested as the record contract",
    "officials": "a named official of an article",
    "roles": "a role an official holds",
    "institutions": "an institution named in an article",
    "quotes": "a statement attributed to a speaker",
    "events": "an event an article reports (the first per article is the main one)",
    "dates": "an explicit calendar date in an article",
    "elections": "an election an article refers to",
    "kb": "an article in the SEACrowd knowledge-base schema",
    "gold": "the project's hand annotation of an article (contract format, no offsets)",
}

ARTICLE_FIELDS = {
    "id": "stable id of the article (the source's id, the file name, or a hash of title and text)",
    "title": "headline, when the source gives one",
    "dateline": "`{place, outlet, start, end}` from a lead such as `PALOPO, TEKAPE.co –`",
    "published": "publication date `YYYY-MM-DD` when known",
    "text": "cleaned body text; every offset in the release points into it",
    "url": "address of the article, when known",
    "source": "outlet or collection the article came from",
    "license": "licence of the text as its source declares it",
    "officials": "named office holders: `name`, `honorifics`, `degrees`, `ranks`, `roles`, `aliases`, `mentions`",
    "institutions": "bodies named in the article: `name`, `acronym`, `jurisdiction`, `surface`, `mentions`",
    "events": "reported events: `type`, `name`, `date`, `date_text`, `venue`, `place`, `organizer`, `theme`, "
              "`participants`, `trigger`",
    "elections": "elections referred to: `kind`, `date`, `region`, `mentions`",
    "dates": "explicit dates: `text`, `value`, `start`, `end`, `precision`, `end_value`, `weekday_mismatch`",
    "quotes": "attributed statements: `text`, `speaker`, `cue`, `direct`, `is_warning`, `warning_type`, offsets, "
              "`cue_span`, `speaker_span`",
    "themes": "labels from the contract's fixed list that a paragraph of the article is about",
    "theme_evidence": "which paragraph (line of `text`) carried which theme, with its score and cue words",
    "warnings": "notes from reading the input (e.g. bytes decoded as cp1252)",
}

LIMITATIONS = [
    "The records are **machine extractions** by a rule- and lexicon-based pipeline, not hand annotations "
    "(except the `gold` configuration); expect the error rates in the accuracy table, and more on topics "
    "and outlets unlike the development articles.",
    "IndoSum texts were tokenised at source and re-joined, so spacing around some punctuation is approximate; "
    "IndoSum gives no headline or publication date, so `title` and `published` are null and weekday-only "
    "dates cannot be resolved.",
    "Dates without a year are resolved against `published`; where it is unknown they stay unresolved.",
    "`kb` entities cover what the extractor finds: officials, institutions, roles, dates, elections, "
    "speakers, quotes, and an event's venue and place only where the text writes them verbatim; other "
    "people and places are not annotated.",
    "The `gold` annotations have no offsets (the contract's gold format); speakers and names are resolved "
    "to the fullest form in the article.",
]

CITATION = """```bibtex
@software{netralitas_nlp,
  title   = {netralitas\\_nlp: structured events from Indonesian regional news},
  author  = {{netralitas\\_nlp developers}},
  version = {%(version)s},
  year    = {%(year)s},
}
```

Articles from IndoSum (CC BY-SA 4.0) — cite:

```bibtex
@inproceedings{kurniawan2018indosum,
  title     = {IndoSum: A New Benchmark Dataset for Indonesian Text Summarization},
  author    = {Kurniawan, Kemal and Louvan, Samuel},
  booktitle = {2018 International Conference on Asian Language Processing (IALP)},
  year      = {2018},
}
```"""


@dataclass
class ConfigSummary:
    name: str
    features: object  # datasets.Features
    rows: int
    num_bytes: int
    parquet_bytes: int
    files: list[str] = field(default_factory=list)


@dataclass
class CardContent:
    configs: list[ConfigSummary]
    licences: Counter  # (source, licence name) → articles
    hub_licences: list[str]
    extraction_date: str
    accuracy: Optional[Accuracy]
    restricted: Counter  # (source, reason) → articles included although restricted
    notes: Optional[str] = None


def size_category(articles: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if articles < limit:
            return name
    return "n>1M"


def card_metadata(content: CardContent):
    from datasets.info import DatasetInfo, DatasetInfosDict
    from datasets.splits import SplitDict, SplitInfo
    from datasets.utils.metadata import MetadataConfigs
    from huggingface_hub import DatasetCardData

    articles = next((config.rows for config in content.configs if config.name == "articles"), 0)
    data = DatasetCardData(
        pretty_name=PRETTY_NAME, language=["id"], license=content.hub_licences,
        task_categories=TASK_CATEGORIES, task_ids=TASK_IDS, tags=TAGS,
        size_categories=[size_category(articles)],
        source_datasets=["original", "extended|indosum"],
        netralitas_nlp={"version": __version__, "extraction_date": content.extraction_date,
                        "restricted_articles": sum(content.restricted.values())},
    )
    MetadataConfigs({
        config.name: {"data_files": [{"split": "train", "path": f"data/{config.name}/train-*.parquet"}],
                      **({"default": True} if config.name == "articles" else {})}
        for config in content.configs
    }).to_dataset_card_data(data)
    infos = {}
    for config in content.configs:
        splits = SplitDict()
        splits.add(SplitInfo(name="train", num_bytes=config.num_bytes, num_examples=config.rows))
        infos[config.name] = DatasetInfo(features=config.features, splits=splits, config_name=config.name,
                                         download_size=config.parquet_bytes, dataset_size=config.num_bytes)
    DatasetInfosDict(infos).to_dataset_card_data(data)
    return data


def fields_table(model: type[BaseModel]) -> str:
    lines = ["| column | meaning |", "|---|---|"]
    lines += [f"| `{name}` | {info.description or ''} |" for name, info in model.model_fields.items()]
    return "\n".join(lines)


def article_fields_table() -> str:
    lines = ["| field | meaning |", "|---|---|"]
    lines += [f"| `{name}` | {ARTICLE_FIELDS.get(name, '')} |" for name in Article.model_fields]
    return "\n".join(lines)


def configs_section(content: CardContent) -> str:
    lines = ["| config | rows | one row is |", "|---|---|---|"]
    lines += [f"| `{config.name}` | {config.rows:,} | {ONE_ROW_IS[config.name]} |" for config in content.configs]
    return "\n".join(lines)


def fields_section(content: CardContent) -> str:
    names = {config.name for config in content.configs}
    parts = ["Every row of every configuration also carries its provenance:", fields_table(Provenance),
             "### `articles`", article_fields_table()]
    for name, (model, _) in FLAT_TABLES.items():
        if name in names:
            parts += [f"### `{name}`", fields_table(model)]
    parts += ["### `kb`",
              "The SEACrowd `kb` schema (`id`, `passages`, `entities`, `events`, `coreferences`, `relations`) "
              "plus the five provenance columns; without them (`ds.remove_columns(...)`) the features are SEACrowd's "
              "exactly. "
              "Offsets are into the article's `text` (see `articles`). Passages are its non-empty lines "
              "(`<id>-P<line>`). Entity types: `PER` (officials' mentions and speakers), `ORG`, `ROLE`, `DATE`, "
              "`ELECTION`, `FAC` (an event's venue), `LOC` (its place), `QUOTE`; `normalized` gives the resolved "
              "name, ISO date, canonical position or election kind. Events: the article's events (contract "
              "types; arguments `organizer`, `participant`, `date`, `venue`, `place`) and one `statement` or "
              "`warning` per quote (trigger: the speech verb; arguments `speaker`, `content`). Coreferences: "
              "the mentions of one official (with pronoun and short-form speakers resolved to them) or of one "
              "institution. Relations: `has_role` (official's mention → role phrase)."]
    if "gold" in names:
        parts += ["### `gold`",
                  "Hand annotations in the record contract's format (`id`, `title`, `dateline`, `published`, "
                  "`officials` with `aliases`, `institutions`, `events`, `elections`, `dates`, `quotes`, `themes`) "
                  "with the annotator's `notes` on judgement calls; no offsets. `id` is the annotated article's "
                  "`id` in `articles`. Only annotations of articles in this release are included."]
    return "\n\n".join(parts)


def licences_section(content: CardContent) -> str:
    lines = ["| source | licence | articles |", "|---|---|---|"]
    by_licence = sorted(content.licences.items(), key=lambda item: (item[0][1], item[0][0] or ""))
    lines += [f"| {source or '–'} | {licence} | {count:,} |" for (source, licence), count in by_licence]
    text = ["\n".join(lines),
            "Extractions and annotations of an article quote its text, so each row shares its article's licence; "
            "rows derived from CC BY-SA 4.0 articles are shared under CC BY-SA 4.0. Text that may not be "
            "redistributed (copyrighted detik.com articles; PFSA-ID, CC BY-NC-SA, development use only) is left "
            "out of a release unless it is built with `--include-restricted`."]
    if content.restricted:
        included = "; ".join(f"{count} from {source or 'unknown source'} ({reason})"
                             for (source, reason), count in sorted(content.restricted.items(), key=str))
        text.insert(0, f"> **This release includes restricted rows** (built with `--include-restricted`): "
                       f"{included}. It is for internal evaluation only and must not be published.")
    return "\n\n".join(text)


def render_card(content: CardContent) -> str:
    """The whole README.md: YAML front matter and the human part."""
    data = card_metadata(content)
    articles = next((config.rows for config in content.configs if config.name == "articles"), 0)
    accuracy = ("No accuracy measurements were found (`benchmarks/RESULTS.md`)." if content.accuracy is None else
                f"Measured by `make bench` on {content.accuracy.date} UTC at commit `{content.accuracy.commit}` "
                f"(`benchmarks/RESULTS.md`). {content.accuracy.preamble} The development gold is tuned on; "
                f"the held-out PFSA-ID split is not. F1 unless named otherwise (R = recall, acc = accuracy).\n\n"
                + content.accuracy.markdown())
    sections = [
        f"# {PRETTY_NAME}",
        f"{articles:,} Indonesian news articles with the officials (names, honorifics, degrees, roles), institutions, "
        f"events, elections, dates, themes and quoted statements and warnings that "
        f"[netralitas_nlp](https://github.com/netralitas-nlp/netralitas_nlp) {__version__} extracted from them "
        f"on {content.extraction_date}, as nested records, flat tables, a SEACrowd `kb` view and the project's "
        f"hand annotations.",
        "## Loading\n\n```python\nfrom datasets import load_dataset\n\n"
        "quotes = load_dataset(\"ORG/NAME\", \"quotes\", split=\"train\")   # or a local folder\n"
        "articles = load_dataset(\"ORG/NAME\", \"articles\", split=\"train\")\n```\n\n"
        "Tables join on `article_id` (= `articles.id`) and the `*_index` columns.",
        "## Configurations\n\n" + configs_section(content),
        "## Fields\n\n" + fields_section(content),
        "## How the records were made\n\n"
        f"Each article was read, cleaned of page furniture (share buttons, `Baca juga: …`, view counters) and run "
        f"through the netralitas_nlp {__version__} pipeline: a spaCy tokenizer with Indonesian title and degree "
        f"exceptions, lexicon matchers (offices, institutions, regions from the Kemendagri codes, speech verbs, "
        f"warning cues, event triggers, theme cues) and rules for names, roles, dates, quotes and speakers. "
        f"Extraction date: {content.extraction_date}. Every span satisfies `text[start:end] == span text`. "
        f"The field contract is the project's `spec/EXTRACTION.md`."
        + (f"\n\n{content.notes.strip()}" if content.notes else ""),
        "## Measured accuracy\n\n" + accuracy,
        "## Known limitations\n\n" + "\n".join(f"- {item}" for item in LIMITATIONS),
        "## Licences\n\n" + licences_section(content),
        "## Citation\n\n" + CITATION % {"version": __version__, "year": content.extraction_date[:4]},
    ]
    return f"---\n{data.to_yaml()}\n---\n\n" + "\n\n".join(sections) + "\n"


def hub_licences(licences: list[Licence]) -> list[str]:
    return sorted({licence.hub_id for licence in licences})

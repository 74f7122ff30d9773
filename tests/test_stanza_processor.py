"""The ``netralitas`` stanza processor: a plain ``stanza.Pipeline`` on the shipped models, offline, leaves our
record on the Document."""

from __future__ import annotations

import pytest

stanza = pytest.importorskip("stanza", reason="stanza extra not installed, stanza processor untested "
                                              "(pip install -e '.[stanza]' -c constraints.txt; `make test` installs it)")

import netralitas_nlp.stanza_processor  # noqa: E402,F401  (registers the processor)
from netralitas_nlp import Extractor, output  # noqa: E402
from netralitas_nlp.records import Article  # noqa: E402
from netralitas_nlp.stanza_models import models_dir  # noqa: E402
from tests.conftest import built_offline, require_shared  # noqa: E402


@pytest.fixture(scope="module")
def pipeline():
    return built_offline(lambda: stanza.Pipeline("id", dir=str(models_dir()), download_method=None, logging_level="WARN",
                                                 processors="tokenize,pos,lemma,depparse,netralitas"))


@pytest.fixture(scope="module")
def seed_texts() -> dict:
    folder = require_shared("corpora", "seeds")
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))}


@pytest.fixture(scope="module")
def seed_documents(pipeline, seed_texts) -> dict:
    return {name: pipeline(text) for name, text in seed_texts.items()}


def test_processor_leaves_a_record_on_every_document(seed_documents):
    for document in seed_documents.values():
        record = document.netralitas
        assert isinstance(record, Article)
        assert record.officials and record.quotes
        for span in record.iter_spans():
            assert record.text[span.start:span.end] == span.text


def test_processor_records_match_the_stanza_backend_on_the_seeds(seed_documents, seed_texts):
    """stanza's own tokens laid on ours give the seeds the records ``Extractor(backend="stanza")`` gives
    (which pass the seed tests against the gold)."""
    extractor = Extractor(backend="stanza")
    for name, document in seed_documents.items():
        assert output.record_json(document.netralitas) == output.record_json(extractor(seed_texts[name])), name


def test_processor_keeps_stanza_annotation_untouched(seed_documents):
    for document in seed_documents.values():
        words = [word for sentence in document.sentences for word in sentence.words]
        assert all(word.upos and word.deprel for word in words)


def test_text_with_page_furniture(pipeline):
    """Cleaning removes the junk line from the record's text; the stanza tokens still land on the rest."""
    text = ("Ketua Bawaslu Kota Palopo, Khaerana, mengatakan bahwa ASN wajib menjaga netralitas.\n"
            "SCROLL TO CONTINUE WITH CONTENT\n"
            "“Kami akan menindak tegas setiap pelanggaran,” kata Khaerana.")
    record = pipeline(text).netralitas
    assert "SCROLL" not in record.text
    assert [quote.speaker for quote in record.quotes] == ["Khaerana", "Khaerana"]

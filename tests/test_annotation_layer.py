"""The annotation layer on real articles: what each component writes on the Doc, with exact offsets."""

from __future__ import annotations

from itertools import islice

import pytest

from netralitas_nlp.annotate.cues import doc_theme_cues, doc_triggers
from netralitas_nlp.annotate.orgs import org_mentions
from netralitas_nlp.annotate.pairs import pair_spans
from netralitas_nlp.annotate.people import person_roles
from netralitas_nlp.annotate.places import doc_places
from netralitas_nlp.annotate.quote_regions import quote_mark_pairs
from netralitas_nlp.annotate.roles import role_mentions
from netralitas_nlp.annotate.structure import layout
from netralitas_nlp.ingest import prepare, read_path
from netralitas_nlp.pipeline import get_nlp
from tests.conftest import REPO


def annotated(article):
    nlp = get_nlp()
    doc = nlp.make_doc(article.text)
    doc._.published, doc._.title, doc._.dateline = article.published, article.title, article.dateline
    for name in ("netralitas_structure", "netralitas_quote_regions", "netralitas_cues", "netralitas_places",
                 "netralitas_org_lexicon", "netralitas_orgs", "netralitas_roles", "netralitas_candidate_pairs",
                 "netralitas_people"):
        doc = nlp.get_pipe(name)(doc)
    return doc


@pytest.fixture(scope="module")
def seed_docs():
    return {article.id: annotated(article) for article in map(prepare, read_path(REPO / "corpora" / "seeds"))}


@pytest.fixture(scope="module")
def news_docs(news_articles):
    from netralitas_nlp.ingest import RawArticle

    rows = islice((a for a in news_articles if "\n" in a["text"]), 60)
    return [annotated(prepare(RawArticle(text=a["text"], id=a["id"], title=a.get("title")))) for a in rows]


def test_structure_of_a_seed(seed_docs):
    doc = seed_docs["seed-004"]
    text = doc.text
    lines = text.split("\n")
    assert [span._.paragraph for span in doc.spans["paragraph"]] == [n for n, line in enumerate(lines) if line.strip()]
    assert all(span.text == lines[span._.paragraph].strip() for span in doc.spans["paragraph"])
    # The body starts after the dateline; the lead is the body's first sentence.
    assert text[doc._.body_start:].startswith("Badan Kesatuan Bangsa dan Politik")
    assert doc.spans["lead"][0].text.endswith("dalam Pilkada Prabumulih 2024.")
    # A title and degrees inside a sentence do not end it.
    assert any("H. Elman, ST., MM., yang membuka acara" in sentence.text for sentence in doc.sents)


def test_text_without_breaks_gets_sentence_window_passages(pfsa_articles):
    from netralitas_nlp.ingest import RawArticle

    row = next(row for row in pfsa_articles if "\n" not in row["text"] and len(row["text"]) > 3000)
    doc = annotated(prepare(RawArticle(text=row["text"], id=row["id"])))
    passages = list(doc.spans["passage"])
    assert len(doc.spans["paragraph"]) == 1 and len(passages) > 2
    assert {span._.paragraph for span in passages} == {0}
    starts = set(layout(doc).sentence_starts)
    assert all(span.start_char in starts for span in passages)


def test_places_and_the_article_region(seed_docs):
    doc = seed_docs["seed-000"]
    regions = {place.region for place in doc_places(doc)}
    assert "Kota Palopo" in regions and doc._.article_region == "Kota Palopo"
    assert all(doc.text[p.start:p.end].split()[-1].casefold() in p.region.casefold() for p in doc_places(doc))


def test_people_carry_parsed_titles_and_their_roles(seed_docs):
    found = person_roles(seed_docs["seed-004"])
    people = {person.parsed.name: (person, roles) for person, roles in found if roles}
    # A person read with a role is not read again without it.
    assert len([person for person, _ in found if person.parsed.name == "Elman"]) == 1
    elman, roles = people["Elman"]
    assert elman.parsed.honorifics == ["H."] and elman.parsed.degrees == ["ST.", "MM."]
    assert [role.position for role in roles] == ["Wali Kota"] and roles[0].acting == "penjabat"
    daswan, roles = people["Ahmad Daswan"]
    assert daswan.parsed.degrees == ["S.Sos.", "MM."] and roles[0].title.startswith("Kepala Badan Kesatuan")
    # The role said of someone named before has nobody beside it: the officials extractor resolves it.
    assert any("Bappeda" in role.role.title for role in seed_docs["seed-004"]._.unheld_roles)


def test_orgs_roles_and_regions_in_a_seed(seed_docs):
    doc = seed_docs["seed-000"]
    bodies = {(doc.text[m.start:m.end], m.jurisdiction) for m in org_mentions(doc)}
    assert ("Bawaslu Provinsi Sulawesi Selatan", "Provinsi Sulawesi Selatan") in bodies
    titles = [mention.role.title for mention in role_mentions(doc)]
    assert any(title.startswith("Ketua Bawaslu") for title in titles)


def test_two_names_in_one_token_keep_their_own_annotation(news_articles):
    """`Ahok-Djarot` is one token; each candidate of the pair keeps its own person span and role."""
    from netralitas_nlp.ingest import RawArticle

    row = next(a for a in news_articles if "Bartolomius-Deny" in a["text"])
    doc = annotated(prepare(RawArticle(text=row["text"], id=row["id"])))
    people = [(person.surface, [role.position for role in roles]) for person, roles in person_roles(doc)]
    assert ("Bartolomius", ["Calon Bupati"]) in people and ("Deny", ["Calon Wakil Bupati"]) in people
    assert any(len(pair.people) == 2 for pair in pair_spans(doc))


def test_quote_regions_and_cues(seed_docs):
    doc = seed_docs["seed-004"]
    pairs = quote_mark_pairs(doc)
    assert len(pairs) >= 6 and all(doc.text[a] in "“\"" and doc.text[b] in "”\"" for a, b in pairs)
    assert {hit.type for hit in doc_triggers(doc)} >= {"sosialisasi"}
    assert any(cue.phrase == "netralitas" or "netralitas" in cue.phrase for cue in doc_theme_cues(doc))


def test_every_annotation_payload_points_into_the_text(news_docs):
    checked = 0
    for doc in news_docs:
        text = doc.text
        for person, roles in person_roles(doc):
            assert text[person.start:person.end] == person.surface
            assert text[person.parsed.start:person.parsed.end] == person.parsed.name
            for role in roles:
                if role.start is not None:
                    assert text[role.start:role.end].strip()
            checked += 1
        for mention in org_mentions(doc) + doc_places(doc) + doc_triggers(doc):
            assert mention.end > mention.start and text[mention.start:mention.end].strip()
            checked += 1
        for span_key in ("person", "org", "place", "role", "quote"):
            for span in doc.spans[span_key]:
                assert span.doc is doc
    assert checked > 300

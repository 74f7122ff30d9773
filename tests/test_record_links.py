"""Links by id inside a record: officials and institutions carry ids, quotes and events point to them."""

from __future__ import annotations

from itertools import islice

from netralitas_nlp import Extractor


def linked_records(news_articles, spacy_seed_records):
    rows = ({"id": a["id"], "text": a["text"], "title": a.get("title")} for a in news_articles)
    return list(spacy_seed_records.values()) + list(Extractor().pipe(islice(rows, 120)))


def test_officials_and_institutions_have_unique_ids_in_mention_order(news_articles, spacy_seed_records):
    for record in linked_records(news_articles, spacy_seed_records):
        assert [o.id for o in record.officials] == [f"O{n}" for n in range(1, len(record.officials) + 1)]
        assert [i.id for i in record.institutions] == [f"I{n}" for n in range(1, len(record.institutions) + 1)]
        firsts = [min(m.start for m in o.mentions) for o in record.officials]
        assert firsts == sorted(firsts), record.id


def test_quote_speaker_ids_point_to_the_speaking_official(news_articles, spacy_seed_records):
    linked = 0
    for record in linked_records(news_articles, spacy_seed_records):
        by_id = {official.id: official for official in record.officials}
        for quote in record.quotes:
            if quote.speaker_id is not None:
                assert by_id[quote.speaker_id].name == quote.speaker
                linked += 1
            elif quote.speaker is not None:
                assert quote.speaker not in {official.name for official in record.officials}
    assert linked > 50


def test_event_actor_ids_exist_in_the_record(news_articles, spacy_seed_records):
    seen = 0
    for record in linked_records(news_articles, spacy_seed_records):
        known = {o.id for o in record.officials} | {i.id for i in record.institutions}
        for event in record.events:
            assert set(event.organizer_ids) <= known and set(event.participant_ids) <= known
            seen += len(event.organizer_ids) + len(event.participant_ids)
    assert seen > 20


def test_seed_event_organizer_is_linked_to_its_institution(seed_records):
    record = seed_records["seed-000"]
    organizer = record.events[0].organizer[0]
    institution = next(i for i in record.institutions if i.id == record.events[0].organizer_ids[0])
    assert institution.name == organizer

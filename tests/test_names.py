"""Name parser: titles separated from names, offsets kept; round trip over the KPU candidate list."""

from __future__ import annotations

import csv

import regex

from netralitas_nlp.names import name_abbreviations, parse_name
from tests.conftest import require_shared

SPACING = regex.compile(r"[\s,]")


def test_news_forms_split_titles_and_keep_offsets():
    text = "Penjabat Wali Kota Prabumulih, H. Elman, ST., MM., yang membuka acara"
    start = text.index("H. Elman")
    parsed = parse_name("H. Elman, ST., MM.", offset=start)
    assert (parsed.name, parsed.honorifics, parsed.degrees) == ("Elman", ["H."], ["ST.", "MM."])
    assert text[parsed.start:parsed.end] == "Elman"


def test_ranks_short_and_long():
    assert parse_name("AKBP Ferry Walintukan").ranks == ["AKBP"]
    long_form = parse_name("Ajun Komisaris Besar Ferry Walintukan")
    assert (long_form.ranks, long_form.name) == (["Ajun Komisaris Besar"], "Ferry Walintukan")


def test_initials_and_abbreviated_names_stay_in_the_name():
    parsed = parse_name("Tgk. H. M. FADHIL RAHMI, Lc., M.Ag.")
    assert parsed.honorifics == ["Tgk.", "H."]
    assert parsed.name == "M. FADHIL RAHMI"
    assert parse_name("Drs. Moh. Ramli, M.Si").name == "Moh. Ramli"


def _title_left_in_name(name: str) -> bool:
    """A dotted multi-letter item in the name that is not an abbreviated given name."""
    return any(item.endswith(".") and len(item) > 2 and item.casefold() not in name_abbreviations()
               for item in name.split())


def test_candidate_names_round_trip():
    path = require_shared("lexicons", "candidates", "derived_candidate_names.tsv")
    with path.open(encoding="utf-8") as handle:
        written = [row["nama_lengkap_dengan_gelar"].strip() for row in csv.DictReader(handle, delimiter="\t")]
    written = [name for name in written if name]
    assert len(written) > 3000
    good = 0
    for original in written:
        parsed = parse_name(original)
        rebuilt = "".join(parsed.titles_in_order)
        if parsed.name and SPACING.sub("", rebuilt) == SPACING.sub("", original) and not _title_left_in_name(parsed.name):
            good += 1
    assert good / len(written) >= 0.98, f"{good}/{len(written)} round-trip"

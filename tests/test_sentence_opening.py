"""Where a sentence opens (annotate/person_spans.py `opens_sentence`): a nominalisation opening a sentence
(`Kehadiran Rina Wati …`, invented) is the sentence's noun, not the first word of a name — also after an
opening quote and blank lines."""

from __future__ import annotations

import pytest

from netralitas_nlp.annotate.person_spans import opens_sentence, person_from


@pytest.mark.parametrize("before, opens", [
    ("", True),
    ("Acara itu lancar. ", True),
    ("Acara itu lancar.\n\n“", True),
    ("Acara itu lancar. \"", True),
    ("Acara itu lancar, ", False),
    ("menurut dia “", False),
    ("abc" + " " * 20, False),
])
def test_a_sentence_opens_after_its_end_and_an_opening_quote(before, opens):
    assert opens_sentence(before + "Kehadiran Rina Wati", len(before)) is opens


def test_a_nominalisation_after_an_opening_quote_is_no_part_of_the_name():
    text = "Acara itu berlangsung lancar.\n\n“Kehadiran Rina Wati di sini sangat berarti."
    person = person_from(text, text.index("Kehadiran"), text.index(" di sini"), True)
    assert person is not None and text[person.start:person.end] == "Rina Wati"

"""No input makes extraction blow up: each adversarial text of 50,000 characters is extracted in under
2 seconds (issue 19).  Each of these once took from 8 s to minutes, because some pattern or loop read
the rest of the text again for every quote mark, dot, digit or role word; a linear pass takes well
under a second.  A guard against quadratic blow-up, not a speed benchmark (that is
``benchmarks/scaling.py``).  Wall-clock time, best of up to three tries; on a machine so loaded that
50,000 characters of real news take more than a tenth of that, the bound is ten times their time
(measured here, under the same load), since a blow-up costs far more than that (8 s and more).

Left out: glued runs of thousands of ``-``, ``“`` or ``&``, spaCy's tokenizer affix case, which
``tokenizer.py`` bounds; the 20,000 unclosed quotes here stand apart (``“a “a …``).
"""

from __future__ import annotations

import itertools
import json
import random
import time

import pytest

from netralitas_nlp import extract

from tests.conftest import REPO, SHARED

SIZE = 50_000
BOUND_S = 2.0
LOAD_RATIO = 10  # the bound under load: this many times the time of as much real news
TRIES = 3


def repeated(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def capitalised_words(count: int, seed: int = 19) -> str:
    """``count`` made-up capitalised words, no punctuation (a name-like run the length of an article)."""
    rng = random.Random(seed)
    syllables = ["ba", "di", "ku", "ma", "ri", "san", "to", "wi", "ja", "ya", "har", "na"]
    return " ".join("".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(count))


ADVERSARIAL = {
    "lines that open a quote and never close it": repeated("“Kami akan datang ke sana\n"),
    "lines that open a straight quote": repeated('"Kami akan datang ke sana\n'),
    "many quotes in one paragraph": repeated("“Ini penting sekali,” kata Budi. "),
    "many quotes attributed before, no stops": repeated("Budi mengatakan “Ini penting sekali” dan "),
    "20,000 unclosed quotes": repeated("“a ", 60_000),
    "a run of dots": "Akhir" + "." * (SIZE - 5),
    "a run of digits": "1" * SIZE,
    "a number credited with votes": "Yulius-Yunus " + "1" * (SIZE - 19) + " suara",
    "repeated role words": repeated("Camat "),
    "repeated role and body": repeated("Ketua KPU "),
    "repeated roles set off by commas": repeated("Ketua Bawaslu, "),
    "A. repeated": repeated("A. "),
    "10,000 capitalised words": capitalised_words(10_000),
    "a capitalised run after a cue": "kata " + capitalised_words(8_000, seed=7),
    "a role run into a long name": "Kepala Dinas " + capitalised_words(8_000, seed=8) + " mengatakan",
    "reported speech without stops": repeated("Budi mengatakan bahwa kami datang "),
    "dates without a year": repeated("12 Mei, "),
    "election mentions": repeated("Pilkada Kota Bogor 2024 pada 27 November 2024 "),
    "organisation heads": repeated("Partai Budi "),
    "many officials quoted": repeated(" ".join(f"“Kami siap,” kata Bupati {name}." for name in capitalised_words(2_000, seed=9).split())),
}


def real_news(size: int = SIZE) -> str:
    """``size`` characters of real articles (the news corpus, else the seed articles, repeated)."""
    news = SHARED / "corpora" / "news" / "articles.jsonl"
    if news.is_file():
        with news.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"].strip() for line in itertools.islice(handle, 200)]
    else:
        texts = [path.read_text(encoding="utf-8").strip() for path in sorted((REPO / "corpora" / "seeds").glob("*.txt"))]
    joined = "\n\n".join(texts)
    return (joined * (size // len(joined) + 1))[:size]


@pytest.fixture(scope="module")
def bound_s() -> float:
    """2 s, or on a loaded machine ten times the time real news of the same length takes now.  Also
    loads the pipeline and compiles the patterns each input reaches (built on first use)."""
    for text in ADVERSARIAL.values():
        extract(text[:2000])
    reference = real_news()
    extract(reference[:SIZE // 2])
    return max(BOUND_S, LOAD_RATIO * min(extraction_seconds(reference) for _ in range(2)))


def extraction_seconds(text: str) -> float:
    start = time.perf_counter()
    record = extract(text)
    elapsed = time.perf_counter() - start
    assert len(record.text) >= len(text.strip()) * 0.9  # the whole input was read, not cut short
    return elapsed


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_is_extracted_in_linear_time(name, bound_s):
    text = ADVERSARIAL[name]
    assert len(text) >= SIZE * 0.95
    seconds = extraction_seconds(text)
    for _ in range(TRIES - 1):
        if seconds < bound_s:
            break
        seconds = min(seconds, extraction_seconds(text))
    assert seconds < bound_s, f"{name}: {seconds:.1f} s for {len(text):,} characters (bound {bound_s:.1f} s)"

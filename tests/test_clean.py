"""Cleaning on the real junk of the seeds and of detik.com pages in ../shared/corpora/news."""

from __future__ import annotations

from pathlib import Path

import pytest

from netralitas_nlp.ingest.clean import clean_text, clean_title, is_furniture_line

REPO = Path(__file__).resolve().parents[1]

# Junk seen in detik.com pages: every line of this kind must go.
DETIK_JUNK_MARKERS = ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Simak juga Video", "Lihat juga Video",
                      "Tonton juga video", "Saksikan Live", "Baca juga:")
VIDEO_TEASERS = ("Simak", "Lihat juga", "Tonton juga")


@pytest.fixture(scope="module")
def detik(news_articles) -> list[dict]:
    rows = [row for row in news_articles if row["id"].startswith("detik2025:")]
    assert len(rows) >= 20
    return rows


def test_detik_furniture_is_removed(detik):
    had_junk = 0
    for row in detik:
        cleaned = clean_text(row["text"])
        if any(marker.lower() in row["text"].lower() for marker in DETIK_JUNK_MARKERS):
            had_junk += 1
        for line in cleaned.split("\n"):
            assert not line.strip().startswith(DETIK_JUNK_MARKERS), (row["id"], line)
    assert had_junk >= 600  # nearly every detik page has the scroll banner


def test_detik_content_paragraphs_survive(detik):
    """Every long line that is not furniture is kept word for word, in order."""
    for row in detik[:200]:
        cleaned = clean_text(row["text"])
        content = [line.strip() for line in row["text"].split("\n")
                   if len(line.split()) >= 12 and not line.startswith(VIDEO_TEASERS)]
        kept = [line for line in content if line in cleaned]
        assert len(kept) == len(content), (row["id"], set(content) - set(kept))


def test_detik_sentence_mentioning_editor_or_video_is_kept():
    text = ("Editor: Hani Anggraini\n"
            "Editor senior itu mengatakan: video tersebut sudah diperiksa oleh tim dan akan diumumkan besok pagi.\n"
            "Simak informasinya!")
    assert clean_text(text).split("\n") == [
        "Editor senior itu mengatakan: video tersebut sudah diperiksa oleh tim dan akan diumumkan besok pagi.",
        "Simak informasinya!"]


def test_seed_004_view_counter():
    lines = (REPO / "corpora" / "seeds" / "seed-004.txt").read_text(encoding="utf-8").splitlines()
    assert "Daerah, Prabumulih356 Dilihat" in lines
    body = clean_text("\n".join(lines[1:]))
    assert "Dilihat" not in body
    assert body.startswith("PRABUMULIH, SUMSELJARRAKPOS–")


def test_comment_form_glued_to_a_headline():
    seed = (REPO / "corpora" / "seeds" / "seed-000.txt").read_text(encoding="utf-8")
    assert "Tinggalkan Balasan" in seed
    assert "Tinggalkan Balasan" not in clean_text(seed)
    assert clean_title("Tinggalkan BalasanKesbangpol Prabumulih Gelar Sosialisasi") == (
        "Kesbangpol Prabumulih Gelar Sosialisasi")


def test_end_marks_close_every_paragraph():
    seed = (REPO / "corpora" / "seeds" / "seed-000.txt").read_text(encoding="utf-8")
    assert "(*)" in seed
    assert "(*)" not in clean_text(seed)
    text = "Paragraf pertama selesai.(*)\nParagraf kedua (*) tetap utuh. (*)\nPenutup."
    assert clean_text(text) == "Paragraf pertama selesai.\nParagraf kedua (*) tetap utuh.\nPenutup."


@pytest.mark.parametrize("line", ["356 Dilihat", "Daerah, Prabumulih356 Dilihat", "1.204 kali Dilihat",
                                  "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Baca juga: Bupati dilantik",
                                  "Simak juga Video 'MRT Sepi Penumpang di Awal Pekan':",
                                  'Tonton juga video "IHSG Stagnan Menunggu Kabar The Fed" di sini:',
                                  "Lihat juga Video: KPK OTT Wamenaker Immanuel Ebenezer",
                                  "Saksikan LiveDetikpagi:", "Editor: Yuniman Farid", "Bagikan: Facebook Twitter WhatsApp",
                                  "Share Copy Link"])
def test_furniture_lines(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["Dilihatdetikcom di situs SIPP PN Jakpus, gugatan itu terdaftar.",
                                  "Bupati Bagikan 500 paket sembako kepada warga.", "Sasaran & Indikator:",
                                  "Jadi yang dilaporkan itu akun Facebook, bukan beritanya."])
def test_content_lines_are_not_furniture(line):
    assert not is_furniture_line(line)

"""How roles reach their holders (issue 13, round 3) — on ../shared/corpora articles outside the development
gold: two offices joined by ``sekaligus``/``merangkap`` before one name, …"""

from __future__ import annotations

from netralitas_nlp import extract


def article_text(rows: list[dict], article_id: str) -> str:
    return next(row["text"] for row in rows if row["id"] == article_id)


def positions_of(record) -> dict[str, list[str]]:
    return {official.name: [role.position for role in official.roles] for official in record.officials}


def test_two_offices_joined_by_sekaligus_are_both_held_by_the_name_after_them(news_articles):
    # `Ketua DPR sekaligus Ketua Umum Golkar Setya Novanto`: no `yang` before `sekaligus`.
    record = extract(article_text(news_articles, "indosum:1489720514-wacana-munaslub-golkar-tak-terkait-skandal-korupsi"))
    positions = positions_of(record)["Setya Novanto"]
    assert "Ketua DPR" in positions
    assert any(position.startswith("Ketua Umum") for position in positions)

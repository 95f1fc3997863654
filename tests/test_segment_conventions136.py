"""A portrait series' name, naming the people it is about, is the kicker over the piece's title."""

from __future__ import annotations

from segkit import BODY, heads, seg, texts

BYLINE = "本报记者　韦丽萍"


def test_a_series_naming_the_people_it_portrays_is_the_kicker() -> None:
    ed = seg("走进新时代的江州人", "“老陈”的修车铺", BYLINE, BODY)
    assert heads(ed) == [("走进新时代的江州人", "“老陈”的修车铺", None)]
    assert texts(ed) == [[BODY]]


def test_a_series_naming_a_calling_is_the_kicker_over_a_longer_title() -> None:
    ed = seg("酷暑中的城市守护者", "40℃的工地上 他们挥汗如雨", BYLINE, BODY)
    assert heads(ed)[0][0] == "酷暑中的城市守护者"


def test_a_portraits_own_title_over_its_deck_stays_title_and_subtitle() -> None:
    ed = seg("守护山林的人", "——记林场护林员张国富", BYLINE, BODY)
    assert heads(ed) == [(None, "守护山林的人", "记林场护林员张国富")]


def test_a_line_ending_on_a_people_word_with_no_modifier_is_no_series_name() -> None:
    ed = seg("我市表彰一批好人", "十人获评“江州好人”", BYLINE, BODY)
    assert heads(ed)[0][0] is None

"""Conventions of the unseen49 batch, lines never read: a guide to a few broadcasts (its time, its
channel and its programme on each row, under 电视直播) while a box of fixtures naming venues is read;
a cross-reference led by a box's bullet over a question (■…怎么参与？详见A05版), a teaser to that page."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

FIXTURES = (
    "本周赛程",
    "1月8日（周四）19:30　市体育馆　城市篮球联赛　南湖队—北关队",
    "1月10日（周六）9:00　松岭滑雪场　市民冬运会　青少年组双板滑雪",
)
BROADCASTS = (
    "电视直播",
    "1月8日　19:30　市电视台体育频道　城市篮球联赛",
    "1月10日　9:00　市电视台新闻综合频道　市民冬运会",
)


def test_a_guide_to_a_few_broadcasts_is_never_read_and_the_next_story_keeps_its_title() -> None:
    lead = "本报讯（记者 乔雪）" + MORE
    ed = seg("篮球联赛东湖队险胜", BODY, *FIXTURES, *BROADCASTS, "非遗系列活动即将启动", lead)
    assert [h[1] for h in heads(ed)] == ["篮球联赛东湖队险胜", "本周赛程", "非遗系列活动即将启动"]
    assert "直播" not in spoken(ed) and "频道" not in spoken(ed)
    assert {reasons(ed)[n] for n in (6, 7, 8)} == {"listing"}
    assert texts(ed)[2] == [MORE] and ed.stories[2].byline is not None


def test_two_broadcast_rows_without_a_label_are_never_read_either() -> None:
    ed = seg("篮球联赛东湖队险胜", BODY, *BROADCASTS[1:])
    assert texts(ed) == [[BODY]]


def test_a_box_of_fixtures_naming_venues_is_still_read() -> None:
    ed = seg("篮球联赛东湖队险胜", BODY, *FIXTURES)
    assert [h[1] for h in heads(ed)] == ["篮球联赛东湖队险胜", "本周赛程"]
    assert "松岭滑雪场" in spoken(ed)


def test_a_sentence_naming_a_time_a_channel_and_a_game_is_read() -> None:
    line = "1月8日　19:30　市电视台体育频道将直播城市篮球联赛，欢迎收看。"
    ed = seg("篮球联赛今晚开打", BODY, line, MORE)
    assert "欢迎收看" in spoken(ed)
    assert "listing" not in reasons(ed).values()


TEASER = "■植树造林“云认养”怎么参与？详见A05版"


def test_a_bulleted_question_pointing_to_a_page_is_a_teaser_never_read() -> None:
    ed = seg(
        "种好树，更要管好树", BODY, TEASER, "要闻简报", "◆市委常委会召开会议。", "◆市政府召开安全生产会议。"
    )
    assert [h[1] for h in heads(ed)] == ["种好树，更要管好树", "要闻简报"]
    assert all(s.kicker is None for s in ed.stories)
    assert "云认养" not in spoken(ed)
    assert [(t.text, t.page) for t in ed.teasers] == [("植树造林“云认养”怎么参与？", 5)]


def test_a_bulleted_question_with_no_page_is_read() -> None:
    line = "■植树造林“云认养”怎么参与？"
    ed = seg("种好树，更要管好树", BODY, line, MORE)
    assert "云认养" in spoken(ed) or any("云认养" in (h[0] or "") + h[1] for h in heads(ed))
    assert not ed.teasers

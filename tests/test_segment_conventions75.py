"""Conventions of the unseen48 batch, lines never read: a TV guide's channel rows and its label
(with or without a broadcast note), while a box of fixtures, its dates run on to their times, is
read as a story of its own; legal notices led by their title under a bare notice label; a web
page's related-links box under a story's meta."""

from __future__ import annotations

from segkit import BODY, heads, reasons, seg, spoken, texts

FIXTURES = (
    "本周赛程",
    "10月18日（周三）19:35　城市足球超级联赛　甲队—乙队　市体育中心",
    "10月20日（周五）19:30　全市职工篮球赛半决赛　市体育馆",
    "10月22日（周日）09:00　业余网球公开赛决赛　湖滨网球中心",
)
GUIDE = (
    "今日荧屏",
    "新闻综合频道　19:00 新闻联播　19:40 一周文体汇　21:00 电视剧《山城往事》(15、16)",
    "都市生活频道　18:30 生活帮　20:00 周末大剧场　22:10 晚间新闻",
)


def test_a_box_of_fixtures_whose_dates_run_on_to_their_times_is_a_story_of_its_own() -> None:
    ed = seg("社区运动会开幕", BODY, *FIXTURES)
    assert [h[1] for h in heads(ed)] == ["社区运动会开幕", "本周赛程"]
    assert len(texts(ed)[1]) >= 1 and "市体育馆" in "".join(texts(ed)[1])


def test_a_tv_guide_of_channel_rows_under_its_label_is_never_read() -> None:
    ed = seg(
        "社区运动会开幕", BODY, *GUIDE, "文体短波", "◆市图书馆读书会本周六晚举行。", "◆市美术馆画展下周开幕。"
    )
    assert [h[1] for h in heads(ed)] == ["社区运动会开幕", "文体短波"]
    assert all(s.kicker is None for s in ed.stories)
    assert "荧屏" not in spoken(ed) and "频道" not in spoken(ed)
    assert {reasons(ed)[n] for n in (3, 4, 5)} == {"listing"}


def test_a_channel_row_without_a_label_is_never_read_either() -> None:
    ed = seg("社区运动会开幕", BODY, GUIDE[2])
    assert texts(ed) == [[BODY]]


def test_a_sentence_naming_a_channel_and_a_time_is_read() -> None:
    line = "市电视台新闻频道　19:30起直播开幕式，市民可通过网络收看。"
    ed = seg("运动会今晚开幕", BODY, line)
    assert line.replace("　", " ") in spoken(ed) or "直播开幕式" in spoken(ed)

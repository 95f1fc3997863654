"""Conventions of the unseen48 batch, lines never read: a TV guide's channel rows and its label
(with or without a broadcast note), while a box of fixtures, its dates run on to their times, is
read as a story of its own; legal notices led by their title under a bare notice label; a web
page's related-links box under a story's meta."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

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


LOST = "遗失声明：某贸易有限公司遗失公章一枚，声明作废。"
LOST_WRAPPED = ("遗失声明：陈某遗失房屋所有权证一本，证号：", "房字第2011008346号，声明作废。")


def test_legal_notices_led_by_their_title_under_a_bare_label_are_never_read() -> None:
    ed = seg(
        "社会速览",
        "■城东派出所民警帮助走失男孩找到家人。",
        "■货车侧翻，所幸无人员伤亡。",
        "声明",
        LOST,
        *LOST_WRAPPED,
    )
    assert [h[1] for h in heads(ed)] == ["社会速览"]
    assert "声明" not in spoken(ed) and "遗失" not in spoken(ed)
    assert {reasons(ed)[n] for n in (4, 5, 6, 7)} == {"notice"}


def test_a_statement_label_over_a_storys_text_is_read() -> None:
    ed = seg("声明", "近日，有不法分子冒用本报名义招揽广告。", MORE)
    assert texts(ed) == [["近日，有不法分子冒用本报名义招揽广告。", MORE]]


WEB_META = "作者：伍子谦　来源：某某日报　发布时间：2025-02-14"
LINKS = ("相关新闻：", "·今年将新改建城市公园12个", "·公交线路春节后恢复正常运营")


def test_a_web_pages_related_links_box_after_a_storys_meta_is_never_read() -> None:
    ed = seg("元宵灯会今晚开幕", BODY, WEB_META, *LINKS, "上一篇　下一篇")
    assert [h[1] for h in heads(ed)] == ["元宵灯会今晚开幕"]
    assert texts(ed) == [[BODY]]
    assert {reasons(ed)[n] for n in (4, 5, 6)} == {"cross-reference"}


def test_a_related_label_over_bullets_in_print_is_left_as_before() -> None:
    # No web frame on the page: the links rule does not fire (the label is not its noise).
    ed = seg("元宵灯会今晚开幕", BODY, *LINKS)
    assert reasons(ed).get(4) != "cross-reference"

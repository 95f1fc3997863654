"""Banners and credit rows met on the unseen60 and unseen61 batches (fixer A2): a slogan's banner
and a theme's dotted name over a page's first story, an editors' row without colons closed by the
desk's hotline."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

HEADER = ("江城晚报", "A08", "2024年3月1日　星期五", "编辑：黎  明　校对：方  圆")


def test_a_slogan_of_three_phrases_under_the_header_is_the_pages_banner() -> None:
    ed = seg(
        *HEADER,
        "3·15消费者权益日　诚信经营　放心消费　共治共享",
        "全市开展消费维权宣传活动",
        "本报讯（记者 黎  明）" + BODY,
        "老街夜市重新开张",
        "本报讯（记者 黎  明）" + MORE,
    )
    assert reasons(ed)[5] == "slogan"
    assert "诚信经营" not in spoken(ed)
    assert heads(ed)[0] == (None, "全市开展消费维权宣传活动", None)


def test_a_headline_of_two_halves_is_no_slogan() -> None:
    ed = seg(
        *HEADER,
        "全市开展宣传活动　覆盖所有社区",
        "本报讯（记者 黎  明）" + BODY,
        "老街夜市重新开张",
        "本报讯（记者 黎  明）" + MORE,
    )
    assert 5 not in reasons(ed)
    assert heads(ed)[0][1].startswith("全市开展宣传活动")


def test_a_dotted_theme_name_over_a_kicker_and_headline_is_the_pages() -> None:
    ed = seg(
        *HEADER,
        "寻味江城·冬季美食季",
        "探店",
        "藏在菜市场二楼的砂锅粥",
        "■晚报记者　黎  明",
        BODY,
        "老街夜市重新开张",
        "本报讯（记者 黎  明）" + MORE,
    )
    assert reasons(ed)[5] == "slogan"
    assert heads(ed)[0] == ("探店", "藏在菜市场二楼的砂锅粥", None)


def test_a_dotted_kicker_right_over_a_headline_stays_the_storys() -> None:
    ed = seg(
        *HEADER,
        "聚焦·两会代表",
        "藏在菜市场二楼的砂锅粥",
        "本报讯（记者 黎  明）" + BODY,
        "老街夜市重新开张",
        "本报讯（记者 黎  明）" + MORE,
    )
    assert 5 not in reasons(ed)
    assert heads(ed)[0][0] == "聚焦·两会代表"


def test_an_editors_row_without_colons_closed_by_a_hotline_is_a_credit() -> None:
    ed = seg(
        "江城晚报",
        "A11",
        "2024年3月1日　星期五",
        "责编　黎  明　　美编　方  圆　　校对　钮  丹　　车友热线：0579-85561234",
        "车展下周开幕",
        "本报讯（记者 黎  明）" + BODY,
    )
    assert reasons(ed)[4] == "credit"
    assert heads(ed) == [(None, "车展下周开幕", None)]


def test_a_sentence_naming_a_hotline_stays_text() -> None:
    ed = seg("车展下周开幕", "本报讯（记者 黎  明）" + BODY, "　　市民可拨打热线 12345 咨询相关事宜。")
    assert "12345" in spoken(ed)

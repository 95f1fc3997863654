"""Lines never read aloud, met on the thirtieth batch of unseen pages: an e-paper site's name and
registration, a bulleted headline list, a cross-reference naming its story, a land-sale notice's
document number, a price table's title ending in its unit."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

from audiopaper.segment_noise import classify_noise

STORY = ("全市新建口袋公园十二处", "本报讯（记者 李  明）" + BODY, MORE)


# An e-paper site's name, the paper's name then 数字报刊平台, is its masthead.


def test_an_epaper_sites_name_is_never_a_story() -> None:
    ed = seg("溪城日报数字报刊平台", *STORY)
    assert heads(ed) == [(None, "全市新建口袋公园十二处", None)]
    assert reasons(ed)[1] == "masthead"
    assert classify_noise("溪城晚报电子报刊") == "masthead"


def test_a_headline_naming_a_platform_is_still_news() -> None:
    assert classify_noise("我市数字报刊平台上线") == ""


# The site's registration under a label, beside the copyright or alone.


def test_a_labelled_site_registration_is_never_read() -> None:
    ed = seg(*STORY, "溪城日报社版权所有　未经授权禁止转载", "网站备案号：豫ICP备10001234号-2")
    assert reasons(ed)[5] == "chrome"
    assert "ICP" not in spoken(ed)
    assert classify_noise("备案号：京ICP证030173号") == "chrome"


def test_a_sentence_about_registration_is_news() -> None:
    assert classify_noise("该网站备案号已被注销，市网信办依法予以查处。") == ""


# A headline list bulleted with ◎ ends at its last bulleted item; the headline under it heads
# the page's first story, though it repeats the first item.


def test_a_bulleted_headline_list_ends_at_its_last_item() -> None:
    ed = seg(
        "标题导航",
        "◎全市新建口袋公园十二处",
        "◎城际公交开通",
        "全市新建口袋公园十二处",
        "首批六处公园设置座椅1100个　免收门票",
        "作者：本报记者 李  明　来源：溪城日报　2020-06-05",
        "本报讯（记者 李  明）" + BODY,
        "城际公交开通",
        "作者：本报记者 孙伟华　来源：溪城日报　2020-06-05",
        "本报讯（记者 孙伟华）" + MORE,
    )
    assert heads(ed) == [
        (None, "全市新建口袋公园十二处", "首批六处公园设置座椅1100个 免收门票"),
        (None, "城际公交开通", None),
    ]
    assert all(reasons(ed)[n] in ("headline list", "listed headline") for n in (1, 2, 3))
    assert 4 not in reasons(ed) and 5 not in reasons(ed)


def test_one_bulleted_line_repeating_a_headline_is_no_list() -> None:
    # "◎综合新闻" once, then a story of that name: a bullet in a box, not a page's list.
    ed = seg("◎综合新闻", *STORY)
    assert 1 not in reasons(ed)


# A cross-reference naming its story first and the page after, in brackets, is a teaser.


def test_a_related_reading_with_its_page_in_brackets_is_a_teaser() -> None:
    ed = seg(*STORY, "》》相关阅读：业委会成立难在哪？（A06版）")
    assert [(t.text, t.page) for t in ed.teasers] == [("业委会成立难在哪？", 6)]
    assert "相关阅读" not in spoken(ed)
    ed = seg(*STORY, "▶相关报道：《全市春耕生产现场会召开》（第3版）")
    assert [(t.text, t.page) for t in ed.teasers] == [("全市春耕生产现场会召开", 3)]


def test_a_related_line_without_a_page_is_read() -> None:
    # "（2）" may be an item's number: only a lettered page or one named with 版 is a page.
    line = "相关链接：业委会如何成立（2）"
    ed = seg(*STORY, line)
    assert not ed.teasers
    assert line in spoken(ed)


# A legal notice's document number under its title is the notice's: never read.

NOTICE = (
    "公告",
    "溪城市自然资源和规划局国有建设用地使用权挂牌出让公告",
    "溪自然资告字〔2021〕18号",
    "经溪城市人民政府批准，溪城市自然资源和规划局决定以挂牌方式出让2宗国有建设用地使用权。",
    "联系电话：0370-7022118",
)


def test_a_notices_document_number_keeps_the_notice_unread() -> None:
    ed = seg(*STORY, *NOTICE)
    assert [s.title for s in ed.stories] == ["全市新建口袋公园十二处"]
    assert texts(ed)[0] == [BODY, MORE]
    assert all(reasons(ed)[n] == "notice" for n in range(4, 9))


def test_a_second_headline_under_a_notice_still_ends_it() -> None:
    ed = seg(*NOTICE[:3], "城际公交开通", "本报讯（记者 孙伟华）" + MORE)
    assert [s.title for s in ed.stories] == ["城际公交开通"]
    assert reasons(ed)[3] == "notice" and 4 not in reasons(ed)


# A table's title ending in its figures' unit, per measure or not, is the table's.

TABLE = (
    "品种　　本周　　上周　　涨跌",
    "猪肉　　26.40　26.80　↓",
    "鸡蛋　　9.20　　9.00　　↑",
    "白菜　　1.60　　1.60　　—",
)


def test_a_tables_title_ending_in_its_unit_is_never_read() -> None:
    ed = seg(*STORY, "本周主要农产品批发价格（元/公斤）", *TABLE)
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[4] == "table"


def test_a_line_ending_in_a_unit_away_from_a_table_is_read() -> None:
    line = "今年全市居民人均可支配收入增长情况（元/人）说明如下。"
    ed = seg(*STORY, line)
    assert line in spoken(ed)

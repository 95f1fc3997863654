"""Lines never read, met on the twenty-second and twenty-third batches of unseen pages:
classified notices, e-paper frame rows, teasers, trade weather boxes, footers, photo columns."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

from audiopaper.model import Edition, Teaser

DATELINE = "本报讯（记者 韦丽萍）"


def teasers(ed: Edition) -> list[Teaser]:
    return list(ed.teasers)


# A notice titled so under a classifieds label: its items are the notice's, never read.


def test_lost_item_notices_under_a_classifieds_label_are_never_read() -> None:
    ed = seg(
        "夜市摊点占道经营　城管集中整治",
        "　　" + DATELINE + BODY,
        "分类广告",
        "遗失声明",
        "　　滨河区王记面馆遗失营业执照副本，统一社会信用代码：92370705MA3C1K2X5R，声明作废。",
        "　　张建国遗失市第二人民医院住院押金收据一张，编号：0028561，声明作废。",
        "广告热线：0536-8789010",
    )
    assert "遗失" not in spoken(ed)
    assert reasons(ed)[5] == "notice"
    assert texts(ed) == [[BODY]]


def test_a_news_story_after_a_classifieds_label_stays_read() -> None:
    ed = seg("分类广告", "城管集中整治夜市摊点", "　　" + DATELINE + BODY)
    assert heads(ed) == [(None, "城管集中整治夜市摊点", None)]
    assert BODY in spoken(ed)


# An e-paper's frame: its page fields, its page links, its PDF link.


def test_an_epaper_page_field_row_and_its_links_are_never_read() -> None:
    ed = seg(
        "日期：2025-12-03　版次：A02　版名：要闻",
        "<前一版　|　后一版>",
        "往期回顾　|　下载本版PDF　|　返回芜北新闻网",
        "全市寒潮应急预案启动",
        "　　" + DATELINE + BODY,
    )
    assert heads(ed) == [(None, "全市寒潮应急预案启动", None)]
    assert reasons(ed) == {1: "chrome", 2: "chrome", 3: "chrome"}


def test_labelled_fields_of_a_story_are_not_a_page_field_row() -> None:
    ed = seg("全市寒潮应急预案启动", "　　" + DATELINE + BODY, "时间：12月3日　地点：市民中心")
    assert "市民中心" in spoken(ed)


# A teaser led by an arrow, no gap before where its story is; a cross-reference naming a title.


def test_an_arrow_led_asking_teaser_points_to_its_page() -> None:
    ed = seg("全市寒潮应急预案启动", "　　" + DATELINE + BODY, "▶冬季家电以旧换新补贴怎么领？详见A06版")
    assert "补贴怎么领" not in spoken(ed)
    assert [(t.text, t.page) for t in teasers(ed)] == [("冬季家电以旧换新补贴怎么领？", 6)]


def test_a_sentence_asking_and_pointing_without_an_arrow_or_gap_stays_text() -> None:
    line = "　　补贴怎么领？详见本报A06版的办事指南。"
    ed = seg("全市寒潮应急预案启动", "　　" + DATELINE + BODY, line)
    assert not teasers(ed)


def test_a_cross_reference_naming_a_title_in_book_marks_is_a_teaser() -> None:
    ed = seg(
        "全市早稻机插秧面积突破10万亩",
        "　　" + DATELINE + BODY,
        "相关报道见第3版：《全市春耕生产现场会召开》",
    )
    assert "现场会" not in spoken(ed)
    assert [(t.text, t.page) for t in teasers(ed)] == [("全市春耕生产现场会召开", 3)]


# A trade's weather box: a label over a forecast sentence and its advice.


def test_a_farm_weather_box_with_its_advice_is_never_read() -> None:
    ed = seg(
        "龙潭镇万亩油菜迎来收获期",
        "　　" + DATELINE + BODY,
        "农事天气",
        "未来三天：多云间阴，局部有小雨，气温13℃～24℃。",
        "农事建议：抓住晴好天气做好早稻移栽、茶叶采摘和油菜收晒工作。",
    )
    assert texts(ed) == [[BODY]]
    assert {reasons(ed)[k] for k in (3, 4, 5)} == {"weather"}


def test_a_weather_headline_over_a_story_is_read() -> None:
    ed = seg("农事天气", "　　" + DATELINE + "未来三天我市多云间阴，气温13℃～24℃。" + MORE)
    assert heads(ed) == [(None, "农事天气", None)]
    assert "气温" in spoken(ed)


# A footer of the site's address and the news hotline.


def test_a_site_address_and_hotline_footer_is_never_read() -> None:
    ed = seg(
        "全市寒潮应急预案启动", "　　" + DATELINE + BODY, "榕峡新闻网：www.rxnews.cn　新闻热线：0772-2862110"
    )
    assert texts(ed) == [[BODY]]
    assert reasons(ed)[3] == "masthead"


def test_a_single_web_address_in_a_story_is_read() -> None:
    line = "　　市民可登录网站：www.rxnews.cn　查询办理进度。"
    ed = seg("全市寒潮应急预案启动", "　　" + DATELINE + BODY, line)
    assert "查询办理进度" in spoken(ed)


# A photo column named for the paper's place is a section label, never a kicker.


def test_a_photo_column_named_for_its_place_is_never_read() -> None:
    ed = seg(
        "全市寒潮应急预案启动",
        "　　" + DATELINE + BODY,
        "图说筇溪",
        "处暑至　老街纳凉",
        "8月21日傍晚，市民在五桂桥老街的榕树下摆起竹椅纳凉聊天。",
        "晚报记者　邹  凯　摄",
    )
    assert reasons(ed)[3] == "section label"
    assert all(k != "图说筇溪" for k, _, _ in heads(ed))


def test_a_headline_opening_with_tushuo_and_a_long_phrase_is_read() -> None:
    ed = seg("图说家乡七十年的巨大变化", "　　" + DATELINE + BODY)
    assert heads(ed) == [(None, "图说家乡七十年的巨大变化", None)]

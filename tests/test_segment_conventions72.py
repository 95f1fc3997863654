"""Lines never read aloud met on the forty-seventh batch of unseen pages: a photo item's label
made of the paper's name and 图片, and a table's title whose unit is per a measure with its
figure."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

DATELINE = "本报讯(记者 曾  磊)"
CAPTION = "7月9日，气温升至36℃，孩子们在滨江公园喷泉池中嬉水消暑。"


def test_the_papers_photo_label_over_a_photo_item_is_never_read_nor_its_kicker() -> None:
    # "晚报图片" / "消暑" / caption with its credit: the label names the item, like 图片新闻.
    ed = seg(
        "男子酒后爬上高压电塔",
        DATELINE + BODY,
        "晚报图片",
        "消暑",
        CAPTION + "晚报记者　唐  骏　摄",
        "电动车楼道充电起火",
        DATELINE + MORE,
    )
    assert heads(ed) == [
        (None, "男子酒后爬上高压电塔", None),
        (None, "消暑", None),
        (None, "电动车楼道充电起火", None),
    ]
    assert texts(ed)[1] == [CAPTION]
    assert reasons(ed)[3] == "section label"
    assert "晚报图片" not in spoken(ed)


def test_the_papers_photo_label_with_its_full_name_over_a_credit_alone_is_never_read() -> None:
    ed = seg(
        "滨江日报摄影",
        "雨后彩虹",
        "昨日傍晚，一道彩虹横跨江面，引来不少市民驻足拍照。",
        "本报记者　李  威　摄",
    )
    assert reasons(ed)[1] == "section label"
    assert [s.title for s in ed.stories] == ["雨后彩虹"]


def test_a_line_like_the_papers_photo_label_over_a_headline_and_text_is_left_alone() -> None:
    # No photo's caption or credit under it: not a photo item's label.
    ed = seg(
        "晚报图片",
        "老城区改造启动",
        DATELINE + BODY,
        MORE,
    )
    assert 1 not in reasons(ed)
    assert reasons(ed).get(1) != "section label"


TABLE = (
    "本周主要农副产品零售均价（元/500克）",
    "品种　　本周　　上周",
    "青菜　　2.80　　3.10",
    "鸡蛋　　5.20　　5.30",
    "带鱼　　22.00　　22.50",
)


def test_a_tables_title_whose_unit_is_per_a_measure_with_its_figure_is_never_read() -> None:
    ed = seg(
        "本周绿叶菜价格小幅回落", DATELINE + BODY, *TABLE, "新能源汽车下乡活动本周末开幕", DATELINE + MORE
    )
    assert [s.title for s in ed.stories] == ["本周绿叶菜价格小幅回落", "新能源汽车下乡活动本周末开幕"]
    assert reasons(ed)[3] == "table"
    assert "零售均价" not in spoken(ed)


def test_such_a_title_in_latin_units_over_its_rows_is_never_read_either() -> None:
    ed = seg("猪肉价格企稳", DATELINE + BODY, "本周生猪收购价格（元/100kg）", *TABLE[1:])
    assert reasons(ed)[3] == "table"


def test_a_line_with_such_a_unit_over_text_and_no_table_is_read() -> None:
    # Only just above a table's header or rows is it a title: elsewhere it is a headline.
    ed = seg("大米零售均价（元/500克）", DATELINE + BODY, MORE)
    assert ed.stories[0].title == "大米零售均价（元/500克）"
    assert 1 not in reasons(ed)

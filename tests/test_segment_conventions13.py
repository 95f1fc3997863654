"""Story-structure conventions met on the sixteenth and seventeenth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken, texts

DATELINE = "本报讯（记者 韦丽萍）"


def test_a_title_line_ending_on_a_verb_that_takes_an_object_goes_on_below() -> None:
    ed = seg("我省3个项目入选", "国家级农业科技示范园区", DATELINE + BODY)
    assert heads(ed) == [(None, "我省3个项目入选 国家级农业科技示范园区", None)]
    ed = seg(
        "前三季度全市规模以上工业企业实现",
        "主营业务收入1286亿元",
        "同比增长11.3%，增速居全省第四位",
        DATELINE + BODY,
    )
    assert heads(ed) == [
        (None, "前三季度全市规模以上工业企业实现 主营业务收入1286亿元", "同比增长11.3%，增速居全省第四位")
    ]


def test_a_title_line_that_only_counts_who_takes_its_predicate_from_below() -> None:
    for first, second in (
        ("城区7万户居民", "告别“土暖气”"),
        ("全国已有2.3亿人次", "享受城镇居民医保"),
        ("借条上一字之差 五万元借款", "差点打了水漂"),
    ):
        ed = seg(first, second, DATELINE + BODY)
        assert heads(ed) == [(None, f"{first} {second}", None)], first


def test_an_amount_reached_or_medals_won_finish_the_line_above() -> None:
    ed = seg("全市春运首周发送旅客", "突破86万人次", DATELINE + BODY)
    assert heads(ed) == [(None, "全市春运首周发送旅客 突破86万人次", None)]
    ed = seg("韶江籍选手全国青年游泳锦标赛", "收获一金一银", DATELINE + BODY)
    assert heads(ed) == [(None, "韶江籍选手全国青年游泳锦标赛 收获一金一银", None)]


def test_two_full_clauses_stay_title_and_subtitle() -> None:
    # A first line closed by its figure is a full report; a second line pointing back with 其 is a
    # sentence of its own; a full clause with a count inside it is no bare count.
    for first, second in (
        ("全国夏粮小麦收获进度过两成", "麦收主战场由南向北梯次推进"),
        ("醉酒男子躺在马路中间", "巡警及时将其扶到路边"),
        ("全市新增市场主体1.1万户", "个体工商户占八成"),
        ("全市冬季清洁取暖工程全部完工", "惠及城乡居民4.6万户"),
    ):
        ed = seg(first, second, DATELINE + BODY)
        assert heads(ed) == [(None, first, second)], first


def test_a_column_name_with_a_lone_one_is_no_count() -> None:
    ed = seg("一家之言", "莫让“网红打卡地”成为“安全隐患地”", DATELINE + BODY)
    assert heads(ed) == [("一家之言", "莫让“网红打卡地”成为“安全隐患地”", None)]


def test_text_after_a_photo_story_set_between_paragraphs_goes_on_with_the_story() -> None:
    ed = seg(
        "全国夏粮小麦收获进度过两成",
        "新华社北京5月28日电（记者 梁晓川）" + BODY,
        "麦浪翻滚收获忙",
        "5月27日，联合收割机在麦田里收获小麦。新华社记者 周  澈 摄",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["全国夏粮小麦收获进度过两成", "麦浪翻滚收获忙"]
    assert texts(ed) == [[BODY, MORE], ["5月27日，联合收割机在麦田里收获小麦。"]]


def test_a_long_headline_over_a_credited_photo_opens_a_story_of_its_own() -> None:
    ed = seg(
        "全国夏粮小麦收获进度过两成",
        "新华社北京5月28日电（记者 梁晓川）" + BODY,
        "全市新建的十二处口袋公园年底前全部开放",
        "5月27日，市民在口袋公园里休闲。本报记者 周  澈 摄",
        MORE,
    )
    assert texts(ed)[0] == [BODY]
    assert texts(ed)[1] == ["5月27日，市民在口袋公园里休闲。", MORE]


def test_a_bare_name_between_a_commentarys_title_and_its_text_is_its_byline() -> None:
    ed = seg("滦北时评", "项目开工更要“开好局”", "石  川", BODY)
    assert heads(ed) == [("滦北时评", "项目开工更要“开好局”", None)]
    assert ed.stories[0].byline == "石 川"
    assert texts(ed) == [[BODY]]


def test_a_short_line_among_a_poems_lines_is_no_name() -> None:
    ed = seg("乡村四月", "山歌", "隔着一道山梁", "□ 盘秀英", "一声声唱开了杜鹃。")
    assert all(s.byline != "山歌" for s in ed.stories)


def test_a_credit_naming_the_texts_and_the_photos_reporters_is_the_byline() -> None:
    ed = seg("节后首场招聘会 4000余岗位等你来", "文/晚报记者 唐  瑶　图/晚报记者 汪  洋", BODY)
    assert heads(ed) == [(None, "节后首场招聘会 4000余岗位等你来", None)]
    assert ed.stories[0].byline == "文/晚报记者 唐 瑶 图/晚报记者 汪 洋"
    assert texts(ed) == [[BODY]]


def test_a_bracketed_source_under_a_signed_story_is_never_read() -> None:
    caption = "8月16日，角马群在草原上奔跑。新华社记者 肖  原 摄"
    ed = seg("全球粮价高位运行", "新华社记者　赵  明", BODY, "（据新华社）", "角马迁徙季", caption)
    assert [(s.title, s.kicker, s.byline) for s in ed.stories] == [
        ("全球粮价高位运行", None, "新华社记者 赵 明"),
        ("角马迁徙季", None, None),
    ]
    assert "据新华社" not in spoken(ed)


def test_the_page_number_is_the_header_printed_apart_from_the_page_tabs() -> None:
    tabs = ("版面导航", "第A01版：要闻", "第A02版：要闻", "第A03版：综合", "上一版　下一版")
    ed = seg(*tabs, "第A02版：要闻", "全市植树造林春季攻势全面展开", DATELINE + BODY, number=7)
    assert [s.id for s in ed.stories] == ["p2-s01"]
    ed = seg(*tabs, "全市植树造林春季攻势全面展开", DATELINE + BODY, number=7)
    assert [s.id for s in ed.stories] == ["p1-s01"]  # only the tabs: the first one, as before


def test_two_spaced_clauses_ending_on_still_there_are_a_kicker_over_a_dated_title() -> None:
    ed = seg("元宵过了　灯会还在", "筠溪彩灯会延期至2月23日", DATELINE + BODY)
    assert heads(ed) == [("元宵过了 灯会还在", "筠溪彩灯会延期至2月23日", None)]
    # A count under two spaced clauses is still their detail: title + subtitle.
    ed = seg("高温天气持续 中暑病人增多", "市中心医院一周接诊中暑患者40余人", DATELINE + BODY)
    assert heads(ed) == [(None, "高温天气持续 中暑病人增多", "市中心医院一周接诊中暑患者40余人")]


def test_a_line_cut_on_a_preposition_zai_stays_text() -> None:
    ed = seg("城区新建口袋公园", DATELINE + "市民李先生说，他们每天都在", "公园里散步锻炼。")
    assert texts(ed) == [["市民李先生说，他们每天都在公园里散步锻炼。"]]


def test_a_question_over_a_web_users_post_under_a_column_is_the_title() -> None:
    ed = seg(
        "网络问政",
        "老旧电梯何时能换新？",
        "网友“北门老街坊”问：我家小区电梯已经用了20多年，经常出故障，能不能申请更换？",
        "市市场监管局回复：使用年限超过15年的住宅电梯可申请更新改造补贴。",
    )
    assert heads(ed) == [("网络问政", "老旧电梯何时能换新？", None)]
    assert len(texts(ed)[0]) == 2


def test_a_headline_after_a_web_storys_foot_fields_opens_the_next_story() -> None:
    ed = seg(
        "驻村三年，我成了“半个苗家人”",
        "□ 陈  杰",
        BODY,
        "作者：陈  杰　来源：湄江日报　发布时间：2020-09-28",
        "数说湄江脱贫",
        "●18.6万　2014年以来全市累计减少贫困人口18.6万人。",
        "●126个　全市126个贫困村全部出列。",
    )
    assert [s.title for s in ed.stories] == ["驻村三年，我成了“半个苗家人”", "数说湄江脱贫"]
    assert texts(ed)[0] == [BODY]


def test_without_foot_fields_a_lone_headline_in_a_story_is_a_sub_head() -> None:
    ed = seg("驻村三年，我成了“半个苗家人”", "□ 陈  杰", BODY, "数说湄江脱贫", MORE)
    assert [s.title for s in ed.stories] == ["驻村三年，我成了“半个苗家人”"]
    assert texts(ed)[0] == [BODY, "数说湄江脱贫", MORE]


def test_a_poems_writer_after_a_hollow_circle_is_its_byline() -> None:
    ed = seg("春到瑶寨（外一首）", "○ 赵远山", "山茶花开了", "一朵，两朵", "把瑶寨的清晨点亮")
    assert [(s.title, s.byline) for s in ed.stories] == [("春到瑶寨（外一首）", "赵远山")]


def test_the_editors_column_to_readers_is_an_item_of_its_own() -> None:
    ed = seg("《瑶山记忆》：一部民间文化的“百科全书”", "□ 冯子轩", BODY, "编读往来", MORE)
    assert [s.title for s in ed.stories] == ["《瑶山记忆》：一部民间文化的“百科全书”", "编读往来"]
    assert texts(ed) == [[BODY], [MORE]]

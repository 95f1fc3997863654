"""Story-structure conventions met on the twenty-second and twenty-third batches (second pass)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

DATELINE = "本报讯（记者 韦丽萍）"


def test_indented_question_and_answer_fields_count_as_indented_paragraphs() -> None:
    # 律师答：… runs into a flush line of its column: one paragraph, since the page indents.
    ed = seg(
        "律师答疑",
        "租的房子漏水泡坏家电　谁来赔？",
        "　　" + DATELINE + BODY,
        "　　读者问：我租住的房子楼上漏水，把我的电视泡坏了，我该找谁赔偿？",
        "　　律师答：如果漏水是因楼上住户的管道问题造成，租户可直接要求楼上住户赔偿；如房东",
        "对房屋维修存在过错，也应承担相应责任。",
    )
    assert texts(ed)[0][-1].endswith("如房东对房屋维修存在过错，也应承担相应责任。")


def test_flush_fields_leave_a_flush_page_unindented() -> None:
    # No paragraph is indented: each line is its own paragraph.
    ed = seg(
        "律师答疑",
        "租的房子漏水泡坏家电　谁来赔？",
        DATELINE + BODY,
        "读者问：我租住的房子楼上漏水，把我的电视泡坏了，我该找谁赔偿？",
        "律师答：如果漏水是因楼上住户的管道问题造成，租户可直接要求楼上住户赔偿。",
        MORE,
    )
    assert len(texts(ed)[0]) == 4


def test_a_bare_dateline_under_a_credit_line_leads_the_text() -> None:
    ed = seg(
        "全市“年货节”启动 发放消费券500万元",
        "记者　孙立平　通讯员　邱  岩　报道",
        "　　本报东城讯　1月26日，" + BODY,
        "　　" + MORE,
    )
    assert heads(ed) == [(None, "全市“年货节”启动 发放消费券500万元", None)]
    assert ed.stories[0].byline == "记者 孙立平 通讯员 邱 岩 报道"
    assert texts(ed)[0] == ["本报东城讯　1月26日，" + BODY, MORE]


def test_a_dateline_after_a_credited_storys_text_opens_the_next_story() -> None:
    ed = seg(
        "全市“年货节”启动 发放消费券500万元",
        "记者　孙立平　通讯员　邱  岩　报道",
        "　　" + BODY,
        "　　本报东城讯　1月26日，" + MORE,
    )
    assert len(ed.stories) == 2


def test_a_key_value_line_between_two_headline_lines_is_the_title() -> None:
    ed = seg(
        "城市足球联赛",
        "第8轮：电力队客场逆转",
        "水泥厂队主场1∶2失利　积分榜形势胶着",
        "晚报记者　覃  斌",
        BODY,
    )
    assert heads(ed) == [("城市足球联赛", "第8轮：电力队客场逆转", "水泥厂队主场1∶2失利 积分榜形势胶着")]


def test_a_key_value_line_under_a_column_name_over_a_note_is_the_title() -> None:
    ed = seg(
        "民生调查",
        "社区食堂：一顿饭里的“大民生”",
        "编者按：老人吃饭难，曾是不少社区的“老大难”。",
        "本报今起推出“民生调查”栏目，关注百姓身边事。",
        "都市报记者　李  娜　杨  雪",
        BODY,
        "运营如何“可持续”",
        MORE,
    )
    assert heads(ed) == [("民生调查", "社区食堂：一顿饭里的“大民生”", None)]
    assert ed.stories[0].byline == "都市报记者 李 娜 杨 雪"
    assert texts(ed)[0][-2:] == ["运营如何“可持续”", MORE]


def test_key_value_fields_of_a_box_under_its_heading_stay_fields() -> None:
    ed = seg(
        "全市新建口袋公园十二处",
        DATELINE + BODY,
        "活动预告",
        "时间：5月1日上午9时",
        "地点：市民广场",
        MORE,
    )
    assert "时间：5月1日上午9时" in "".join(texts(ed)[-1])
    assert all(h[1] != "时间：5月1日上午9时" for h in heads(ed))


def test_a_question_between_a_label_and_a_headline_line_is_the_title() -> None:
    ed = seg(
        "（关注医保改革）",
        "门诊共济报销怎么用？",
        "专家解答市民关心的5个问题",
        "都市报记者　岩  温",
        BODY,
    )
    assert heads(ed) == [("关注医保改革", "门诊共济报销怎么用？", "专家解答市民关心的5个问题")]


def test_a_question_inside_the_text_stays_text() -> None:
    ed = seg("全市新建口袋公园十二处", DATELINE + BODY, "问：个人账户划入为什么减少了？", MORE)
    assert len(ed.stories) == 1 and len(texts(ed)[0]) == 3


def test_an_event_reported_done_over_its_figure_is_title_and_subtitle() -> None:
    ed = seg("年末消费季启动", "发放数字消费券3000万元", DATELINE + BODY)
    assert heads(ed) == [(None, "年末消费季启动", "发放数字消费券3000万元")]


def test_a_short_column_name_over_a_longer_title_stays_the_kicker() -> None:
    ed = seg("沿着边境线看开放", "一座边境小城的“开放账本”", DATELINE + BODY)
    assert heads(ed) == [("沿着边境线看开放", "一座边境小城的“开放账本”", None)]


def test_something_begun_place_after_place_is_the_backdrop_kicker() -> None:
    ed = seg("北方供暖季陆续开始", "多地提前启动供暖", DATELINE + BODY)
    assert heads(ed) == [("北方供暖季陆续开始", "多地提前启动供暖", None)]


def test_a_campaign_under_way_over_its_figure_keeps_the_subtitle() -> None:
    ed = seg("全市“三夏”麦收陆续展开", "已收获小麦86万亩", DATELINE + BODY)
    assert heads(ed) == [(None, "全市“三夏”麦收陆续展开", "已收获小麦86万亩")]


def test_a_bare_name_and_where_it_goes_are_one_title() -> None:
    ed = seg("转方式　调结构　看县域经济新亮点", "莒原小杂粮", "走出深山闯市场", DATELINE + BODY)
    assert heads(ed) == [("转方式 调结构 看县域经济新亮点", "莒原小杂粮走出深山闯市场", None)]


def test_a_full_clause_over_a_going_line_stays_title_and_subtitle() -> None:
    ed = seg("我市小杂粮种植面积扩大", "走出深山闯市场", DATELINE + BODY)
    assert heads(ed) == [(None, "我市小杂粮种植面积扩大", "走出深山闯市场")]


def test_a_source_naming_another_outlet_than_the_dateline_is_read() -> None:
    ed = seg(
        "全市新建口袋公园十二处",
        "我国学者发现新的植物物种",
        "　　新华社昆明11月7日电（记者 岳  晴）" + BODY,
        "　　（据新华网）",
    )
    assert texts(ed)[-1] == [BODY, "（据新华网）"]


def test_a_source_naming_the_bylines_own_agency_is_never_read() -> None:
    ed = seg(
        "全市新建口袋公园十二处",
        "我国学者发现新的植物物种",
        "新华社记者　赵  明",
        "　　" + BODY,
        "　　（据新华社）",
    )
    assert texts(ed)[-1] == [BODY]

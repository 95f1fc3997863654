"""Newspaper conventions met on the sixth batch of unseen pages, one small written page each."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, texts

from audiopaper.segment_noise import classify_noise

TIP_1 = "1.注意保暖，外出时戴好帽子和手套；"
TIP_2 = "2.饮食宜清淡，少吃高盐、高脂食物。"


def test_a_short_label_over_numbered_tips_is_a_story_of_its_own() -> None:
    ed = seg("心脑血管病进入高发期", "本报记者 夏  雪", BODY, "专家提醒", TIP_1, TIP_2)
    assert [s.title for s in ed.stories] == ["心脑血管病进入高发期", "专家提醒"]
    assert texts(ed)[1] == [TIP_1, TIP_2]
    # One numbered line under a sub-head is no box: it stays in its story.
    ed = seg("心脑血管病进入高发期", "本报记者 夏  雪", BODY, "专家提醒", TIP_1, MORE)
    assert [s.title for s in ed.stories] == ["心脑血管病进入高发期"]


def test_a_short_label_over_bulleted_items_is_a_story_of_its_own() -> None:
    items = ("■市儿童医院开设周末哮喘专病门诊。", "■市卫健委发布诺如病毒感染防控提醒。")
    ed = seg("立冬进补别盲目", "本报记者 邱  月", BODY, "医卫动态", *items)
    assert [s.title for s in ed.stories] == ["立冬进补别盲目", "医卫动态"]
    assert texts(ed)[1] == list(items)


def test_a_question_with_one_comma_over_a_byline_is_a_title() -> None:
    ed = seg(
        "名医坐堂",
        "孩子反复咳嗽，是不是得了哮喘？",
        "晚报记者 夏  雪",
        "嘉宾：市妇幼保健院儿科主任医师  汪丽萍",
        BODY,
    )
    assert heads(ed) == [("名医坐堂", "孩子反复咳嗽，是不是得了哮喘？", None)]
    assert ed.stories[0].paragraphs[0].text.startswith("嘉宾：")


def test_a_question_under_a_column_name_over_a_salutation_is_a_letters_title() -> None:
    ed = seg("读者来信", "老旧小区充电桩何时能装上？", "编辑同志：", BODY)
    assert heads(ed) == [("读者来信", "老旧小区充电桩何时能装上？", None)]
    # Over prose, a question under a sub-head stays text (test_question_inside_a_story_stays_text).
    ed = seg("老小区停车难", "本报记者 刘畅", BODY, "读者来信", "为何屡禁不止？", MORE)
    assert [s.title for s in ed.stories] == ["老小区停车难"]


def test_a_table_titled_with_the_date_of_its_figures_is_never_read() -> None:
    ed = seg(
        "科技股领涨 沪指重返3380点",
        "本报记者 钟  晴",
        BODY,
        "主要指数收盘（2月26日）",
        "指数  收盘  涨跌幅",
        "上证指数  3380.21  +1.02%",
        "深证成指  10987.60  +1.34%",
    )
    assert reasons(ed) == {4: "table", 5: "table", 6: "table", 7: "table"}
    # Over prose, a line ending in a date is read.
    ed = seg("科技股领涨 沪指重返3380点", "本报记者 钟  晴", BODY, "主要指数收盘（2月26日）", MORE)
    assert reasons(ed) == {}


def test_a_bracketed_source_line_alone_is_never_read() -> None:
    assert classify_noise("（来源：中国人民银行东江市分行）") == "source"
    assert classify_noise("（数据来源：市统计局）") == "source"
    # A sentence naming its source is news.
    assert classify_noise("来源：市统计局的数据显示，一季度经济平稳。") == ""


def test_an_investment_disclaimer_is_never_read() -> None:
    assert classify_noise("本版文章仅供参考，不构成投资建议。据此操作，风险自担。") == "disclaimer"
    assert classify_noise("股市有风险，入市需谨慎。") == "disclaimer"
    assert classify_noise("专家表示，以上观点仅供参考，投资者应理性决策。") == ""


def test_a_column_label_over_an_editors_note_is_never_read() -> None:
    ed = seg(
        "岷江论坛",
        "编者按：制止餐饮浪费，既要靠自觉，也要靠制度。本版今起刊发系列评论。",
        "让“光盘”从倡议变成习惯",
        "□ 周文轩",
        BODY,
    )
    assert heads(ed) == [(None, "让“光盘”从倡议变成习惯", None)]
    assert ed.stories[0].byline == "周文轩"
    assert texts(ed)[0][0].startswith("编者按：")
    assert reasons(ed) == {1: "column label"}


def test_a_name_set_flush_right_at_a_pieces_end_is_its_byline() -> None:
    ed = seg(
        "一家之言",
        "莫让“网红打卡地”成为“安全隐患地”",
        BODY,
        "\u3000" * 15 + "何  苗",
        "今日谈",
        "秋收时节话节约",
        MORE,
    )
    assert heads(ed) == [
        ("一家之言", "莫让“网红打卡地”成为“安全隐患地”", None),
        ("今日谈", "秋收时节话节约", None),
    ]
    assert ed.stories[0].byline == "何 苗"
    assert texts(ed)[0] == [BODY]
    # A letter's signature flush right signs it too, and so does one at a paragraph's indent:
    # the signer is the letter's byline, never read as its last line.
    ed = seg("读者来信", "小区门口的僵尸车谁来管", BODY, "\u3000" * 15 + "读者  刘建华")
    assert ed.stories[0].byline == "读者 刘建华"
    ed = seg("读者来信", "小区门口的僵尸车谁来管", BODY, "\u3000\u3000读者  刘建华")
    assert ed.stories[0].byline == "读者 刘建华"
    assert texts(ed)[0] == [BODY]


def test_a_cartoon_its_title_and_artist_are_never_read() -> None:
    ed = seg("秋收时节话节约", "本报记者 刘畅", BODY, "漫画", "“剩”宴", "张  恒/作")
    assert [s.title for s in ed.stories] == ["秋收时节话节约"]
    assert reasons(ed) == {4: "cartoon", 5: "cartoon", 6: "cartoon"}
    # A byline with the writer's part is no cartoon's artist.
    assert classify_noise("胡晓蕾/文") == ""


def test_a_call_for_contributions_is_never_read() -> None:
    line = "“岷江论坛”欢迎来稿，来稿请注明真实姓名、工作单位和联系方式。投稿邮箱：pinglun@mjrb.cn"
    assert classify_noise(line) == "call for contributions"
    assert classify_noise("本版欢迎投稿。") == "call for contributions"


def test_a_papers_site_beside_its_name_is_masthead() -> None:
    assert classify_noise("桐江新闻网\u3000www.tjrb.com.cn") == "masthead"
    assert classify_noise("桐江新闻网 http://www.tjrb.com.cn") == "masthead"


def test_a_guides_bulleted_headlines_with_their_page_are_teasers() -> None:
    ed = seg(
        "导读",
        "●全市城乡居民医保参保率达98.6%\u3000（2版）",
        "●冬季“三改一拆”攻坚月成效明显　（3版）",
        "我市获评“国家园林城市”",
        "本报讯（记者 叶  青）" + BODY,
    )
    assert [(t.text, t.page) for t in ed.teasers] == [
        ("全市城乡居民医保参保率达98.6%", 2),
        ("冬季“三改一拆”攻坚月成效明显", 3),
    ]
    assert [s.title for s in ed.stories] == ["我市获评“国家园林城市”"]


def test_a_sentence_cut_by_a_column_break_is_joined_not_dropped() -> None:
    ed = seg(
        "我市获评“国家园林城市”",
        "本报讯（记者 叶  青）" + BODY,
        "\u3000\u3000近年来，我市累计新增城市绿地1200万平方米，人均公园绿地面积达到12.8平方米，",
        "市民出门“300米见绿、500米见园”。",
    )
    assert texts(ed)[0][-1].endswith("人均公园绿地面积达到12.8平方米，市民出门“300米见绿、500米见园”。")

"""Newspaper conventions met on the seventh batch of unseen pages, one small written page each."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, texts

from audiopaper.segment_noise import classify_noise


def test_a_longer_label_naming_tips_over_numbered_items_is_a_box_of_its_own() -> None:
    tips = ("1.出门前查看路况信息，避开拥堵路段；", "2.雨天路滑，请减速慢行。")
    ed = seg("城区道路改造全面启动", "本报记者 夏  雪", BODY, "雨季安全出行小贴士", *tips)
    assert [s.title for s in ed.stories] == ["城区道路改造全面启动", "雨季安全出行小贴士"]
    assert texts(ed)[1] == list(tips)


def test_a_hotline_column_over_a_title_is_its_kicker() -> None:
    ed = seg("96123热线回声", "楼道积水排了 居民出行方便了", "晚报记者 周  宁", BODY)
    assert heads(ed) == [("96123热线回声", "楼道积水排了 居民出行方便了", None)]


def test_a_notice_is_a_story_of_its_own_and_its_signature_is_never_read() -> None:
    ed = seg(
        "城区道路改造全面启动",
        "本报记者 夏  雪",
        BODY,
        "停电通知",
        "因线路检修，8月3日8时至18时，城南片区将暂停供电，请用户提前做好准备。",
        "咨询电话：95598",
        "城南供电公司",
        "2019年8月1日",
        "新建学校秋季开学",
        "本报记者 周  宁",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["城区道路改造全面启动", "停电通知", "新建学校秋季开学"]
    assert texts(ed)[1][-1] == "咨询电话：95598"
    assert reasons(ed)[7] == reasons(ed)[8] == "signature"


def test_a_bare_date_after_finished_text_is_a_signature_not_a_title() -> None:
    ed = seg("致全市市民的一封信", BODY, MORE, "2020年1月25日")
    assert [s.title for s in ed.stories] == ["致全市市民的一封信"]
    assert reasons(ed)[4] == "signature"
    # Followed by text, a bare date is a timeline's sub-head, read with its story.
    ed = seg("一座新城的成长记", "本报记者 周  宁", BODY, "2020年1月25日", MORE)
    assert texts(ed)[0] == [BODY, "2020年1月25日", MORE]


def test_a_spaced_section_word_is_a_divider_never_read() -> None:
    assert classify_noise("国　际") == "section label"
    assert classify_noise("要 闻") == "section label"
    assert classify_noise("何  苗") == ""  # a writer's name, spaced the same way


def test_bulleted_items_led_by_a_wire_dateline_are_one_box() -> None:
    items = (
        "■据新华社电　巴西政府10日宣布，将新建三座水电站。",
        "■据新华社电　挪威统计局10日公布的数据显示，物价总体平稳。",
    )
    ed = seg("全球铁路投资增长", "新华社北京10月12日电　" + BODY, "天下速览", *items)
    assert [s.title for s in ed.stories] == ["全球铁路投资增长", "天下速览"]
    assert ed.stories[1].byline is None
    assert texts(ed)[1] == list(items)


def test_a_bracketed_dateline_after_a_signed_feature_is_held_not_read() -> None:
    ed = seg(
        "能源转型提速",
        "新华社记者 陈  默",
        BODY,
        "（新华社柏林5月3日电）",
        "港口吞吐量创新高",
        "新华社记者 周  宁",
        MORE,
    )
    story = ed.stories[0]
    assert story.byline == "新华社记者 陈 默"
    assert (1, 4) in story.source_lines and texts(ed)[0] == [BODY]
    assert [s.title for s in ed.stories] == ["能源转型提速", "港口吞吐量创新高"]


def test_a_sentence_between_a_title_and_a_bare_byline_is_its_subtitle() -> None:
    deck = "市图书馆“古籍修复”展开幕，首日接待读者3000人次"
    ed = seg("世界读书日", "千年古籍“走出”库房", deck, "晚报记者 陈  默", BODY)
    assert heads(ed) == [("世界读书日", "千年古籍“走出”库房", deck)]
    assert ed.stories[0].byline == "晚报记者 陈 默"
    assert texts(ed)[0] == [BODY]


def test_a_photo_credit_with_a_slash_is_never_read() -> None:
    assert classify_noise("晚报记者 陈  默/摄") == "photo credit"
    ed = seg("主场取胜", "晚报记者 陈  默", BODY, "▲队员庆祝胜利。晚报记者 陈  默/摄", MORE)
    assert "▲队员庆祝胜利。" in texts(ed)[0]
    assert not any("摄" in t for t in texts(ed)[0])


def test_web_chrome_with_pipes_and_font_size_buttons_is_never_read() -> None:
    assert classify_noise("首页 | 往期回顾 | 版面导航 | 标题导航 | PDF版下载") == "chrome"
    assert classify_noise("【字体：大 中 小】 【打印本页】 【关闭窗口】") == "chrome"
    assert classify_noise("软件下载量 增长") == ""


def test_a_deck_that_lists_is_a_subtitle_never_the_second_half_of_a_title() -> None:
    ed = seg("全市外贸进出口增长三成", "机电、纺织、农产品出口均创新高", "本报讯（记者 周  宁）" + BODY)
    assert heads(ed) == [(None, "全市外贸进出口增长三成", "机电、纺织、农产品出口均创新高")]
    ed = seg("全市外贸进出口增长三成 机电、纺织、农产品出口均创新高", "本报讯（记者 周  宁）" + BODY)
    assert heads(ed) == [(None, "全市外贸进出口增长三成", "机电、纺织、农产品出口均创新高")]
    # Parallel clauses without punctuation stay one title.
    ed = seg("龙舟赛开桨 20支队伍同场竞渡", "本报讯（记者 周  宁）" + BODY)
    assert heads(ed) == [(None, "龙舟赛开桨 20支队伍同场竞渡", None)]


def test_a_table_unit_note_is_never_read() -> None:
    assert classify_noise("（单位：人民币元/100外币）") == "chart"
    assert classify_noise("（作者单位：市委党校）") == ""

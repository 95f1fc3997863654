"""Story-structure and byline conventions met on the forty-second batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, seg, spoken, texts

FLOOD = (
    "赤河水位超警戒 沿河乡镇转移群众",
    "■晚报记者　温少波",
    "记者从市防汛抗旱指挥部获悉，截至昨晚8时，沿河乡镇已安全转移低洼地带群众1200余人。",
    "市防汛办负责人介绍，市防指已启动防汛Ⅲ级应急响应，要求各地严格落实值班制度。",
)
TIP = "雷雨天气不要在河边垂钓、游泳；行车遇积水路段，切勿冒险涉水通过。"


def test_an_evening_paper_dateline_shortened_to_its_kind_names_the_reporter() -> None:
    # "晚讯（记者 蔡  俊）": 晚报讯 shortened to 晚讯, the reporters in brackets right after.
    ed = seg("我市考生过一本线", "晚讯（记者 蔡  俊）" + BODY, MORE)
    assert heads(ed) == [(None, "我市考生过一本线", None)]
    assert ed.stories[0].byline == "晚讯（记者 蔡 俊）"
    assert spoken(ed) == BODY + MORE
    ed = seg("早高峰加开班次", "晨讯(通讯员 王  明)" + BODY)
    assert ed.stories[0].byline == "晨讯(通讯员 王 明)"


def test_a_shortened_dateline_set_over_its_own_headline() -> None:
    # The writer set the headline after the dateline's first line, inside its open sentence:
    # the dateline opens the story, the headline is its title, the sentence is read whole.
    ed = seg(
        *FLOOD,
        "晚讯（记者 蔡  俊）7月7日，市招生考试院公布了录取控制分数线。我市今年参加高考的考生共有",
        "我市3412名考生过一本线",
        "2.86万人，上本科一批控制线的考生达到3412人。",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["赤河水位超警戒 沿河乡镇转移群众", "我市3412名考生过一本线"]
    assert ed.stories[1].byline == "晚讯（记者 蔡 俊）"
    assert texts(ed)[1][0].endswith("考生共有2.86万人，上本科一批控制线的考生达到3412人。")


def test_a_word_that_only_starts_with_the_kind_is_no_dateline() -> None:
    # Negative: "晚讯" with no reporter in brackets after it is text, read whole.
    line = "晚讯（二则）：市区部分路段今晚施工，请市民绕行。"
    ed = seg("今晚施工", line)
    assert ed.stories[0].byline is None
    assert spoken(ed) == line


def test_a_tip_naming_the_story_s_topic_is_its_closing_sub_head() -> None:
    # "防汛提醒" under a flood story that says 防汛 twice: the story's own closing advice.
    ed = seg(*FLOOD, "防汛提醒", TIP, "市区新增公交线路", "晚报讯（记者 温少波）" + BODY)
    assert [s.title for s in ed.stories] == ["赤河水位超警戒 沿河乡镇转移群众", "市区新增公交线路"]
    assert texts(ed)[0][-2:] == ["防汛提醒", TIP]
    # Or once in its headline.
    ed = seg("城区开展防汛演练", "■晚报记者　温少波", BODY, "防汛提醒", TIP)
    assert len(ed.stories) == 1 and texts(ed)[0][-2:] == ["防汛提醒", TIP]


def test_a_tip_of_its_own_still_opens_an_untitled_item() -> None:
    # Negative: a label saying who warns, or a topic the story above never names twice, opens a
    # tip of its own.
    for label in ("警方提醒", "温馨提示", "出行提示"):
        ed = seg(*FLOOD, label, TIP)
        assert [s.title for s in ed.stories] == ["赤河水位超警戒 沿河乡镇转移群众", label], label
        assert texts(ed)[1] == [TIP]


def test_a_count_run_inline_goes_on_below_its_semicolon() -> None:
    # A dump that marks paragraphs neither by indent nor blank lines: "…原因：一、…；" cut at
    # the line's end goes on with "二、…" on the next line, flush: one sentence.
    ed = seg(
        "11月新房成交量环比回升",
        "本报讯(记者 孔  洁)" + BODY,
        "业内人士分析，成交量回升主要有两方面原因：一、年底前部分开发商加快推盘；",
        "二、城东新区学校、医院等配套陆续落地，带动了片区楼盘销售。",
        MORE,
    )
    assert paragraph_lines(ed) == [(2,), (3, 4), (5,)]


def test_items_each_on_their_own_line_stay_paragraphs() -> None:
    # Negative: a paragraph that is an item itself ("一、…；" opening its line) runs no count
    # inline; the next item is a paragraph of its own.
    ed = seg(
        "11月新房成交量环比回升",
        "本报讯(记者 孔  洁)" + BODY,
        "一、年底前部分开发商加快推盘、推出优惠措施；",
        "二、城东新区学校、医院等配套陆续落地，带动了片区楼盘销售。",
        MORE,
    )
    assert paragraph_lines(ed) == [(2,), (3,), (4,), (5,)]

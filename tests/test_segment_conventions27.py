"""Story-structure conventions met on the twenty-eighth batch of unseen pages (second pass)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, seg, spoken, texts

SEMI = "　　记者采访发现，快递柜的运营成本较高，部分快递员因此不愿意使用；"
REST = "还有一些快递柜设在露天，遇到雨天容易进水。"


def test_a_flush_line_after_a_semicolon_goes_on_in_a_dump_that_indents_paragraphs() -> None:
    # Half the text lines are flush continuations, so the page's indenting is not plain from
    # counts; still, a paragraph opened indented never ends on "；" unless it lists items.
    ed = seg("快递柜进社区", "本报记者 王 刚", "　　" + BODY, MORE, SEMI, REST, "　　" + BODY, MORE)
    assert texts(ed)[0] == [BODY, MORE, SEMI.strip() + REST, BODY, MORE]
    assert paragraph_lines(ed)[2] == (5, 6)


def test_a_flush_line_after_a_semicolon_stays_apart_where_text_opens_flush_under_a_headline() -> None:
    # A sub-head with flush text under it: this page does not mark its paragraphs by indent.
    ed = seg("快递柜进社区", "本报记者 王 刚", "　　" + BODY, MORE, SEMI, REST, "收费问题待破解", BODY, MORE)
    assert SEMI.strip() in texts(ed)[0]
    assert REST in texts(ed)[0]


def test_a_flush_item_after_a_semicolon_stays_a_paragraph_of_its_own() -> None:
    # The flush line opens an item of a list: it is a paragraph of its own.
    ed = seg(
        "快递柜进社区", "本报记者 王 刚", "　　" + BODY, MORE, SEMI, "2.快递柜设在露天，遇到雨天容易进水。"
    )
    assert texts(ed)[0][-1] == "2.快递柜设在露天，遇到雨天容易进水。"


def test_a_reporters_qa_label_over_a_headline_is_its_kicker() -> None:
    # "记者问答" is a column label shaped like a role and a name: it names no reporter.
    ed = seg(
        "记者问答",
        "高考结束后 这些事项考生要注意",
        "都市报记者　柴晓雯",
        "　　问：高考成绩什么时候公布？",
        "　　答：预计6月下旬公布，考生可通过网站查询。",
    )
    assert heads(ed) == [("记者问答", "高考结束后 这些事项考生要注意", None)]
    assert [s.byline for s in ed.stories] == ["都市报记者 柴晓雯"]


def test_a_reporter_with_a_two_character_name_still_signs() -> None:
    # The same shape with a name after the role is a byline.
    ed = seg("高考结束后 这些事项考生要注意", "记者 王刚", "　　" + BODY, "　　" + MORE)
    assert [s.byline for s in ed.stories] == ["记者 王刚"]


def test_a_briefs_label_naming_the_paper_heads_its_box_not_a_dateline() -> None:
    # "晚报短讯" has the paper's name and 讯 but no place or date: the label of a briefs box.
    ed = seg(
        "老旧小区楼道装上了“感应灯”",
        "晚报讯（记者 孟 涛）" + BODY,
        "晚报短讯",
        "　　◆11月27日，市红十字会在人民广场开展募捐活动，共募集棉衣2000余件。",
        "　　◆市区东风路雨污分流改造工程完工，即日起恢复双向通行。",
    )
    assert [s.title for s in ed.stories] == ["老旧小区楼道装上了“感应灯”", "晚报短讯"]
    assert [s.byline for s in ed.stories][1] is None
    assert len(texts(ed)[1]) == 2


def test_a_paper_dateline_still_credits_its_story() -> None:
    ed = seg("老旧小区楼道装上了“感应灯”", "晚报讯（记者 孟 涛）" + BODY, MORE)
    assert [s.byline for s in ed.stories] == ["晚报讯（记者 孟 涛）"]
    assert texts(ed)[0] == [BODY, MORE]


ITEMS = (
    "　　■3月16日，市人大常委会组织部分代表视察城区道路改造工程。",
    "　　■日前，我市被评为全省“两基”工作先进市。",
)


def test_a_letter_spaced_briefs_label_after_a_story_opens_its_own_box() -> None:
    ed = seg("汾河公园二期工程月底完工", "　　本报讯（记者 卫  东）" + BODY, "　　" + MORE, "简　讯", *ITEMS)
    assert len(ed.stories) == 2
    assert texts(ed)[0] == [BODY, MORE]
    assert len(texts(ed)[1]) == 2


def test_a_letter_spaced_sub_head_stays_in_its_story() -> None:
    # Not a briefs word: a spaced label inside a story is its sub-head.
    ed = seg("汾河公园二期工程月底完工", "　　本报讯（记者 卫  东）" + BODY, "　　" + MORE, "现　场", *ITEMS)
    assert len(ed.stories) == 1


def test_a_web_author_field_with_the_date_after_it_gives_the_byline() -> None:
    ed = seg(
        "城北牡丹园迎来赏花高峰",
        "来源：棠峪晚报　作者：晚报记者 蔺思远　2024-04-20",
        "　　" + BODY,
        "　　" + MORE,
    )
    assert [s.byline for s in ed.stories] == ["晚报记者 蔺思远"]
    assert texts(ed)[0] == [BODY, MORE]
    assert "2024-04-20" not in spoken(ed)


def test_a_web_author_field_after_the_text_leaves_the_dateline_byline() -> None:
    ed = seg(
        "老旧小区加装电梯",
        "　　晚报讯（全媒体记者 井雅琪）" + BODY,
        "　　" + MORE,
        "来源：棠峪晚报　作者：井雅琪　2024-04-20",
    )
    assert [s.byline for s in ed.stories] == ["晚报讯（全媒体记者 井雅琪）"]
    assert "井雅琪" not in spoken(ed)


def test_a_story_drawn_from_wire_reports_is_credited_by_its_dateline() -> None:
    ed = seg("全国农村电商站点超百万个", "综合新华社电　" + BODY, MORE)
    assert [s.byline for s in ed.stories] == ["综合新华社电"]
    assert texts(ed)[0] == [BODY, MORE]


def test_a_sentence_opening_with_a_summary_word_is_no_dateline() -> None:
    # "综合" opening a plain sentence, no agency after it: the text itself.
    text = "综合各方面情况看，今年全市农村网络零售额保持较快增长。"
    ed = seg("全国农村电商站点超百万个", "本报记者 王 刚", text, MORE)
    assert texts(ed)[0] == [text, MORE]

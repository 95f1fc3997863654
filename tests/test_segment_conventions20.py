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

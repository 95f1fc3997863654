"""A service column's name that speaks to the reader is a label, never a byline; a briefs item
broken over two lines is one paragraph (the sixty-second unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, seg, texts


def story_above() -> tuple[str, ...]:
    return ("暑期防溺水　志愿者河边“值守”", "文/图　本报记者　卢  凯", BODY, MORE)


def test_a_column_label_addressing_the_reader_heads_the_question_under_it() -> None:
    ed = seg(
        *story_above(),
        "记者帮你问",
        "小区电梯频繁“罢工”　维修费谁来出？",
        "读者王先生来电：楼里的电梯用了十几年，这个月已经坏了三次，请问该怎么办？",
        "问：电梯维修资金怎么申请使用？",
        "答：由物业服务企业提出使用方案，经相关业主表决同意后，即可申请使用。",
    )
    assert [(s.kicker, s.title, s.byline) for s in ed.stories] == [
        (None, "暑期防溺水 志愿者河边“值守”", "文/图 本报记者 卢 凯"),
        ("记者帮你问", "小区电梯频繁“罢工” 维修费谁来出？", None),
    ]
    assert texts(ed)[0] == [BODY, MORE]
    assert texts(ed)[1][0].startswith("读者王先生来电：")


def test_a_reporter_named_on_his_own_line_is_still_a_byline() -> None:
    ed = seg("城区新建5座公厕投入使用", "记者王小明", BODY, MORE)
    assert [(s.title, s.byline) for s in ed.stories] == [("城区新建5座公厕投入使用", "记者王小明")]
    assert texts(ed) == [[BODY, MORE]]


def briefs(*items: str) -> tuple[str, ...]:
    return (*story_above(), "要闻简报", *items)


def test_a_briefs_item_broken_over_two_lines_is_one_paragraph() -> None:
    ed = seg(
        *briefs(
            "●9月25日，市委理论学习中心组举行集体学习。",
            "●9月25日，市政协召开十二届十五次常委会议。",
            "●日前，市第一人民医院成功实施首例心脏",
            "介入手术。",
        )
    )
    assert ed.stories[-1].title == "要闻简报"
    assert texts(ed)[-1][-1] == "●日前，市第一人民医院成功实施首例心脏介入手术。"
    assert len(texts(ed)[-1]) == 3


def test_an_item_is_never_joined_to_the_next_bulleted_item() -> None:
    ed = seg(
        *briefs(
            "●9月25日，市委理论学习中心组举行集体学习。",
            "●日前，市第一人民医院成功实施首例心脏介入手术",
            "●9月25日，市政协召开十二届十五次常委会议。",
        )
    )
    assert texts(ed)[-1] == [
        "●9月25日，市委理论学习中心组举行集体学习。",
        "●日前，市第一人民医院成功实施首例心脏介入手术",
        "●9月25日，市政协召开十二届十五次常委会议。",
    ]


def test_an_item_in_a_list_of_no_sentences_stays_closed() -> None:
    # A list under a headline whose items are figures, not sentences: the last item is whole,
    # the line under it the text's next paragraph.
    items = [
        "●新增城镇就业3.2万人",
        "●新建改扩建中小学、幼儿园12所，新增学位9000个",
        "●新建学校12所，新增学位9000个",
    ]
    ed = seg("一图读懂", "2025年民生实事“成绩单”", *items, "全市民生支出占一般公共预算支出的比重达到八成。")
    assert texts(ed) == [[*items, "全市民生支出占一般公共预算支出的比重达到八成。"]]

"""Story structure and bylines met on the thirty-fifth batch of unseen pages (fixer B2)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

CAPTION_1 = "1月26日是春运第一天。昨日，市火车站已提前迎来客流高峰，旅客们排队进站。"
CAPTION_2 = "昨日，一名务工人员在候车室里给家人打电话报平安。"


def test_a_photo_story_of_two_captions_over_one_credit_is_its_own_item() -> None:
    ed = seg(
        "凌晨四点的菜市场",
        "本报记者　俞海涛",
        "　　" + BODY,
        "　　" + MORE,
        "春运第一天",
        "　　" + CAPTION_1,
        "　　" + CAPTION_2,
        "晚报记者　邝  宇　摄",
        "年货市场年味渐浓",
        "晚报讯（记者 侯  佳）" + BODY,
    )
    assert [title for _, title, _ in heads(ed)] == ["凌晨四点的菜市场", "春运第一天", "年货市场年味渐浓"]
    assert texts(ed)[0] == [BODY, MORE]
    assert texts(ed)[1] == [CAPTION_1, CAPTION_2]
    assert reasons(ed)[8] == "photo credit"
    assert "邝" not in spoken(ed)


def test_a_sub_head_over_three_paragraphs_and_a_credit_stays_in_its_story() -> None:
    # Three lines are no photo's captions: a section of the story, its photo credited after it.
    ed = seg(
        "凌晨四点的菜市场",
        "本报记者　俞海涛",
        "　　" + BODY,
        "春运第一天",
        "　　" + CAPTION_1,
        "　　" + CAPTION_2,
        "　　" + MORE,
        "晚报记者　邝  宇　摄",
    )
    assert [title for _, title, _ in heads(ed)] == ["凌晨四点的菜市场"]
    assert "春运第一天" in texts(ed)[0]


def test_an_unbracketed_dateline_credit_with_a_letter_spaced_name_run_into_its_role() -> None:
    line = "　　本报讯　记者盛  林　通讯员吕梦瑶　报道　12月5日，" + BODY
    ed = seg("便民服务中心全部建成", line)
    assert ed.stories[0].byline == "本报讯 记者盛 林 通讯员吕梦瑶 报道"
    assert texts(ed) == [["12月5日，" + BODY]]


def test_a_role_run_into_a_word_is_no_byline() -> None:
    # "记者从" is a reporter's sentence, not a surname: its text is read whole.
    line = "　　本报讯　记者从 市 住建局获悉，今年全市新建口袋公园十二处。"
    ed = seg("口袋公园今年再建十二处", line)
    assert ed.stories[0].byline == "本报讯"
    assert "记者从" in spoken(ed)


OPEN_LINE = "有序进入教室。学校实行小班化教学，每间教室学生不超过30人，"
TAIL = "食堂实行分时段就餐。"
COMMENT = "疫情期间，我市“菜篮子”产品供应总体充足、价格基本稳定。"


def test_a_sentences_tail_set_between_the_next_headline_and_its_byline_finishes_it() -> None:
    ed = seg(
        "高三学子返校复课",
        "本报讯（记者 韩  旭）4月7日，谷溪市第一中学高三年级学生正式返校复课。学生们分批错峰入校，",
        OPEN_LINE,
        "理论与实践",
        "“菜篮子”保障要打好“提前量”",
        TAIL,
        "孔德明",
        COMMENT,
    )
    assert heads(ed) == [
        (None, "高三学子返校复课", None),
        ("理论与实践", "“菜篮子”保障要打好“提前量”", None),
    ]
    assert texts(ed)[0][-1].endswith("不超过30人，" + TAIL)
    assert ed.stories[1].byline == "孔德明"
    assert texts(ed)[1] == [COMMENT]


def test_a_finished_line_under_a_headline_with_no_byline_after_it_stays_where_it_is() -> None:
    # No byline follows: the line may be the new item's own text, so nothing is moved.
    ed = seg(
        "高三学子返校复课",
        "本报讯（记者 韩  旭）4月7日，谷溪市第一中学高三年级学生正式返校复课。学生们分批错峰入校，",
        OPEN_LINE,
        "理论与实践",
        "“菜篮子”保障要打好“提前量”",
        TAIL,
        COMMENT,
    )
    assert TAIL not in texts(ed)[0][-1]
    assert texts(ed)[1][0] == TAIL

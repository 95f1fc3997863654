"""Writers named under a title or at a piece's foot, and a poem under the kind of piece it is
(the sixty-sixth and sixty-seventh unseen batches)."""

from __future__ import annotations

from segkit import BODY, MORE, seg, spoken, texts


def story_above() -> tuple[str, ...]:
    return ("我市新建口袋公园十二处", "本报记者　任  芳", BODY, MORE)


def test_an_expert_after_a_bullet_under_a_question_title_is_the_byline() -> None:
    ed = seg(
        *story_above(),
        "成长课堂",
        "孩子沉迷手机怎么办？",
        "□心理咨询师　甘  露",
        "最近，不少家长向本栏目反映，孩子放学回家就抱着手机玩游戏，亲子关系越来越紧张。",
        "其实，孩子沉迷手机，往往是因为现实生活中缺少乐趣和陪伴，家长不妨多陪陪孩子。",
    )
    last = ed.stories[-1]
    assert (last.kicker, last.title, last.subtitle, last.byline) == (
        "成长课堂",
        "孩子沉迷手机怎么办？",
        None,
        "心理咨询师 甘 露",
    )
    assert "心理咨询师" not in spoken(ed)


def test_an_expert_under_a_question_ending_an_open_paragraph_is_not_a_byline() -> None:
    # The question finishes the sentence left open above: it is text, not a title, and the
    # name under it signs nothing by this rule.
    ed = seg(
        *story_above(),
        "今年以来，全市累计新建口袋公园十二处，家长们关心的是",
        "孩子放学后去哪儿玩？",
        "□心理咨询师　甘  露",
        "最近，不少家长向本栏目反映，孩子放学回家就抱着手机玩游戏，亲子关系越来越紧张。",
    )
    assert [(s.title, s.byline) for s in ed.stories] == [("我市新建口袋公园十二处", "本报记者 任 芳")]


POEM = ("河水慢下来了", "像一个赶了很远路的人", "在芦苇深处坐下", "把一整个夏天的喧响", "交给渔火和星光")


def test_a_poem_under_its_kind_s_label_is_titled_by_its_own_title() -> None:
    ed = seg(
        *story_above(),
        "诗歌",
        "秋日，在澜水边",
        *POEM,
        "■祁  远",
    )
    poem = ed.stories[-1]
    assert poem.title == "秋日，在澜水边"
    assert poem.byline == "祁远"
    assert texts(ed)[-1] == list(POEM)
    assert "秋日，在澜水边" not in spoken(ed)


def test_a_poem_titled_by_a_short_word_keeps_that_title() -> None:
    # No kind's label over it: the top line is the poem's own title.
    ed = seg(*story_above(), "秋日", *POEM, "■祁  远")
    assert ed.stories[-1].title == "秋日"
    assert texts(ed)[-1] == list(POEM)


CALL = ("征稿启事", "“澜水”副刊常年征集散文、诗歌、随笔等稿件，要求原创首发。来稿请发电子邮箱lsfk@126.com。")


def test_a_bare_name_over_the_page_s_house_call_signs_the_last_piece() -> None:
    ed = seg("一碗面的温度", BODY, "一碗面不贵，温度却能传得很远。", "赵小满", *CALL)
    assert [(s.title, s.byline) for s in ed.stories] == [("一碗面的温度", "赵小满")]
    assert texts(ed) == [[BODY, "一碗面不贵，温度却能传得很远。"]]


def test_a_bare_name_over_more_text_is_not_signed_by_the_house_call_rule() -> None:
    # Text follows the name: it heads that text (a headline), signing nothing.
    ed = seg("一碗面的温度", BODY, "一碗面不贵，温度却能传得很远。", "赵小满", MORE, *CALL)
    assert all(s.byline != "赵小满" for s in ed.stories)

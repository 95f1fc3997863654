"""Line-class conventions met on the unseen60 and unseen61 batches (fixer B2a): the items of an
e-paper's headline list that read like a sentence (a question, a column name before a bar)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

LIST = (
    "本版新闻",
    "· 城区新增口袋公园十二处",
    "· 政务问答｜新生儿如何办理医保？",
    "· 老街夜市重新开张",
)


def test_a_question_in_a_nav_headline_list_is_an_item_of_the_list_never_read() -> None:
    ed = seg(
        *LIST,
        "城区新增口袋公园十二处",
        "本报讯（记者 黎  明）" + BODY,
        "政务问答",
        "新生儿如何办理医保？",
        "近期，不少读者来电询问新生儿参保的问题，记者采访了市医保局，整理如下。",
        "老街夜市重新开张",
        "本报讯（记者 黎  明）" + MORE,
    )
    assert reasons(ed)[3] == "headline list"
    assert "政务问答｜" not in spoken(ed)
    assert heads(ed) == [
        (None, "城区新增口袋公园十二处", None),
        ("政务问答", "新生儿如何办理医保？", None),
        (None, "老街夜市重新开张", None),
    ]
    assert texts(ed)[1] == ["近期，不少读者来电询问新生儿参保的问题，记者采访了市医保局，整理如下。"]


def test_a_marked_line_of_prose_under_a_nav_header_is_no_item() -> None:
    ed = seg(
        "本版新闻",
        "· 城区新增口袋公园十二处",
        "· 老街夜市重新开张",
        "· 据介绍，全市口袋公园年底前全部开放？",
        "城区新增口袋公园十二处",
        "本报讯（记者 黎  明）" + BODY,
        "老街夜市重新开张",
        "本报讯（记者 黎  明）" + MORE,
    )
    assert 4 not in reasons(ed)
    assert "据介绍，全市口袋公园" in spoken(ed)


def test_a_marked_question_with_no_nav_header_above_stays_text() -> None:
    ed = seg(
        "新生儿参保有了新办法",
        "本报讯（记者 黎  明）" + BODY,
        "· 城区新增口袋公园十二处",
        "· 老街夜市重新开张",
        "· 新生儿如何办理医保？",
        MORE,
    )
    assert "新生儿如何办理医保？" in spoken(ed)
    assert [h[1] for h in heads(ed)][0] == "新生儿参保有了新办法"

"""A poem signed under its title reads its verse up to the next piece's stack (a review's column
over that stack is its kicker), and a poem's title printed inside the essay above, cutting an open
sentence, titles the signed verse left without one (segment_topverse)."""

from __future__ import annotations

from segkit import heads, seg, texts

ESSAY = (
    "老井",
    "□ 钟  岩",
    "村口那口老井，是全村人的水源。每天清早，挑水的人排成长队，扁担吱呀吱呀地响。",
    "如今家家通了自来水，老井也封上了，可我总记得井水的清甜。",
)
POEM = (
    "春山（外一首）",
    "许  禾",
    "河水一寸寸变暖",
    "柳枝探进风里",
    "麦苗把田野铺开",
    "布谷鸟叫醒了山",
    "雨夜",
    "雨落在瓦檐",
    "灯下母亲缝着衣",
)
VERSE = POEM[2:]
PROSE = (
    "这本散文集写的是一条老街上的人和事，作者用平实的笔触，记下了几代人的悲欢离合。",
    "读罢掩卷，老街仿佛就在眼前。",
)


def test_a_poem_signed_under_its_title_ends_at_the_next_review_s_stack() -> None:
    ed = seg(*ESSAY, *POEM, "读书", "在书页间寻找老街", "——读散文集《青石巷》", "钱  朗", *PROSE)
    assert heads(ed) == [
        (None, "老井", None),
        (None, "春山（外一首）", None),
        ("读书", "在书页间寻找老街", "读散文集《青石巷》"),
    ]
    assert ed.stories[1].byline == "许  禾"
    assert texts(ed)[1] == list(VERSE)  # each verse line its own, the inner title read with them
    assert texts(ed)[2] == list(PROSE)


def test_a_review_named_in_its_title_has_its_column_as_kicker() -> None:
    ed = seg(*ESSAY, *POEM, "书香", "在《青石巷》里读懂老街", "□钱  朗", *PROSE)
    assert heads(ed)[2] == ("书香", "在《青石巷》里读懂老街", None)
    assert texts(ed)[1] == list(VERSE)


def test_a_hollow_marked_name_under_the_title_signs_the_poem() -> None:
    ed = seg(*ESSAY, POEM[0], "○许禾", *VERSE, "书香", "在《青石巷》里读懂老街", "□钱  朗", *PROSE)
    assert ed.stories[1].byline == "许禾"
    assert heads(ed)[2] == ("书香", "在《青石巷》里读懂老街", None)


def test_a_short_line_over_a_title_reviewing_nothing_is_the_poem_s_last_line() -> None:
    ed = seg(*ESSAY, *POEM, "晚风", "街角的修车铺", "钱  朗", *PROSE)
    assert heads(ed)[2] == (None, "街角的修车铺", None)
    assert texts(ed)[1] == [*VERSE, "晚风"]


def test_short_lines_over_prose_under_a_signed_title_are_no_poem() -> None:
    ed = seg(*ESSAY, "春耕备耕进行时", "许  禾", "选种", "育秧", "施肥", "机耕", PROSE[0])
    assert all(t != ["选种", "育秧", "施肥", "机耕"] for t in texts(ed))


CUT = (
    "老井",
    "□ 钟  岩",
    "村口那口老井，是全村人的水源。每天清早，挑水的人排成长队，扁担吱呀吱呀地",
    "立秋",
    "响个不停。",
    "如今家家通了自来水，老井也封上了，可我总记得井水的清甜。",
)
SIGNED_VERSE = (
    "凉风从山口吹来",
    "玉米长出了胡须",
    "父亲蹲在田头",
    "数着一年的收成",
    "蝉声一天比一天少",
    "秋就这样进了门",
    "□何  苗",
)


def test_a_short_line_cutting_the_essay_titles_the_titleless_poem_below() -> None:
    ed = seg(*CUT, *SIGNED_VERSE)
    assert [s.title for s in ed.stories] == ["老井", "立秋"]
    assert texts(ed)[0][0].endswith("扁担吱呀吱呀地响个不停。")  # the cut sentence joins again
    assert texts(ed)[1] == list(SIGNED_VERSE[:-1])
    assert ed.stories[1].byline.replace(" ", "") == "何苗"


def test_a_credit_cutting_the_essay_never_titles_the_poem() -> None:
    cut = (*CUT[:3], "插图　程  远", *CUT[4:])
    ed = seg(*cut, *SIGNED_VERSE)
    assert [s.title for s in ed.stories] == ["老井", "凉风从山口吹来"]

"""Poems and signatures (the sixty-second and sixty-third unseen batches)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

POEM = [
    "冬夜读书",
    "窗外的风翻过院墙",
    "在檐下停了停",
    "炉火把书页烘得温热",
    "雪落无声的夜晚",
    "灯下的人和书　彼此守着",
]


def test_a_poem_signed_by_a_bare_name_over_a_full_stack_and_its_writer() -> None:
    # The next story's kicker, title and subtitle, then its writer over its text: the bare name
    # signs the poem above, whose first line is its title and the rest its text.
    ed = seg(
        "腊月的年味",
        "　　" + BODY,
        "（作者单位：市第三中学）",
        *POEM,
        "鲁  川",
        "书香莲桥",
        "在文字里触摸故乡的温度",
        "——读散文集《河湾记事》",
        "文　叶  澜",
        "　　" + BODY,
        "　　" + MORE,
    )
    assert heads(ed)[1:] == [
        (None, "冬夜读书", None),
        ("书香莲桥", "在文字里触摸故乡的温度", "读散文集《河湾记事》"),
    ]
    assert ed.stories[1].byline == "鲁 川"
    assert texts(ed)[1] == POEM[1:]
    assert ed.stories[2].byline == "文 叶 澜"


def test_two_short_lines_under_a_title_are_no_poem_even_over_a_writer() -> None:
    # A poem has four lines at least: two short lines over a bare name stay a headline stack.
    ed = seg(
        "腊月的年味",
        "　　" + BODY,
        *POEM[:3],
        "鲁  川",
        "书香莲桥",
        "在文字里触摸故乡的温度",
        "文　叶  澜",
        "　　" + BODY,
    )
    assert len(ed.stories) == 2
    assert texts(ed)[1] == [BODY]


LETTER = [
    "读者来信",
    "小区门口的斑马线该画了",
    "　　编辑同志：我住在城北区，小区大门正对着建设大道，附近却没有斑马线。",
    "　　希望有关部门尽快在这里施划斑马线，给居民一条安全的回家路。",
]


def test_a_letter_signed_with_the_readers_estate_after_the_district() -> None:
    ed = seg(*LETTER, "城北区东湖苑　钱卫东", "“打卡式”调研", "　　" + BODY)
    assert heads(ed) == [("读者来信", "小区门口的斑马线该画了", None), (None, "“打卡式”调研", None)]
    assert ed.stories[0].byline is not None and "钱卫东" in ed.stories[0].byline
    assert "钱卫东" not in "".join(texts(ed)[0])


def test_an_estate_with_no_district_before_it_is_no_signature() -> None:
    # "植物园　赏花" names no district: a head over more text, read, never the letter's signer.
    ed = seg(*LETTER, "植物园　赏花", "　　" + BODY)
    assert ed.stories[0].byline is None
    assert "植物园 赏花" in texts(ed)[0]


QA = [
    "民生热线",
    "公租房申请要准备哪些材料？",
    "市民梁女士问：我没有本地户口，能不能申请公租房？需要准备哪些材料？",
    "市住房保障中心答：连续缴纳社会保险满1年的外来务工人员可以申请，到街道便民服务中心提交申请。",
]


def test_a_compilers_credit_at_a_qas_foot_over_the_web_author_field_signs_it() -> None:
    ed = seg(
        *QA,
        "本报记者 柴  宁 整理",
        "作者：柴  宁　来源：鸥塘日报　2016-04-14",
        "全市启动春季爱国卫生运动",
        BODY,
    )
    assert [s.title for s in ed.stories] == ["公租房申请要准备哪些材料？", "全市启动春季爱国卫生运动"]
    assert ed.stories[0].byline is not None and ed.stories[0].byline.endswith("整理")


def test_a_compilers_credit_over_more_text_does_not_sign_the_piece_above() -> None:
    # Over indented text the credit ends no piece: it is never the Q&A's byline.
    ed = seg(*QA, "本报记者 柴  宁 整理", "　　" + BODY, "　　" + MORE)
    assert ed.stories[0].byline is None
    assert ed.stories[-1].byline is not None and ed.stories[-1].byline.endswith("整理")


COMMENT = [
    "一家言",
    "“门难进”背后是作风问题",
    "　　有市民反映，到某单位办事，门卫盘问半天、登记一大串，进了门还找不到办事的人。",
    "机关的门，应当是为群众敞开的门。",
]
CALL = "欢迎读者参与评论　来稿请寄：qqrbpl@163.com　来稿请注明真实姓名和联系方式"


def test_a_bare_name_over_the_pages_call_for_pieces_signs_the_comment() -> None:
    ed = seg(*COMMENT, "石  言", CALL)
    assert ed.stories[0].byline == "石 言"
    assert "石" not in "".join(texts(ed)[0])
    assert "欢迎读者" not in "".join(texts(ed)[0])


def test_a_bare_name_over_more_text_is_no_signature() -> None:
    # Over a line of text that is no call to readers the bare name signs nothing.
    ed = seg(*COMMENT, "石  言", "　　" + BODY)
    assert ed.stories[0].byline is None

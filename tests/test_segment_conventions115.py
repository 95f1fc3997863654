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

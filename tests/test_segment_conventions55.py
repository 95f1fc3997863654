"""Story-structure conventions met on the fortieth batch of unseen pages: web story headlines."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

CHROME = "【打印】　【关闭】"
FIELD = "作者：本报记者 邓  凯　来源：测试报　2020-06-09"
FIRST = ("外卖小哥跳河救起落水男童", "作者：本报记者 唐晓雯　来源：测试报　2020-06-09", BODY, CHROME)


def test_the_line_over_a_web_author_field_after_chrome_is_a_headline() -> None:
    # "…兼得" ends like a cut sentence on its own, but between the chrome closing one story and
    # the author field opening the next it can only be that next story's headline.
    ed = seg(*FIRST, "城事观察", "夜市摊点“划线”经营 烟火气与好秩序兼得", FIELD, MORE, CHROME)
    assert heads(ed) == [
        (None, "外卖小哥跳河救起落水男童", None),
        ("城事观察", "夜市摊点“划线”经营 烟火气与好秩序兼得", None),
    ]
    assert ed.stories[1].byline == "本报记者 邓 凯"
    assert texts(ed) == [[BODY], [MORE]]
    assert "烟火气" not in "".join(texts(ed)[0])


def test_right_after_the_chrome_too() -> None:
    ed = seg(*FIRST, "夜市摊点经营烟火气与好秩序兼得", FIELD, MORE)
    assert heads(ed)[1] == (None, "夜市摊点经营烟火气与好秩序兼得", None)
    assert ed.stories[1].byline == "本报记者 邓 凯"


def test_a_text_line_over_the_field_after_text_stays_text() -> None:
    # The field after a story's text is its web meta: the short line above it is the text's
    # last piece, never a headline, and the field is not read.
    ed = seg("外卖小哥跳河救起落水男童", BODY, "小罗说这是每个人都应该做的", FIELD, CHROME)
    assert len(ed.stories) == 1
    assert "应该做的" in spoken(ed)
    assert reasons(ed)[4] == "web meta"
    # Even with text under the field, a line after text is never taken for a headline.
    ed = seg("外卖小哥跳河救起落水男童", BODY, "小罗说这是每个人都应该做的", FIELD, MORE)
    assert texts(ed)[0][1].startswith("小罗说这是每个人都应该做的")
    assert "小罗说这是每个人都应该做的" not in [h[1] for h in heads(ed)]


def test_a_sentence_over_the_field_is_not_a_headline() -> None:
    # A line with a full stop inside is prose whatever stands around it.
    ed = seg(*FIRST, "夜市热闹起来。摊位整齐排开", FIELD, MORE)
    assert all(h[1] != "夜市热闹起来。摊位整齐排开" for h in heads(ed))


def test_a_photo_story_after_a_continued_story_is_its_own() -> None:
    # "（上接一版）…" text, then a short title over one caption ending in its credit, then the
    # next story: the photo item is a story of its own, never the continuation's last paragraph.
    caption = "3月4日，江岸的油菜花竞相绽放，预计本月中旬将迎来最佳观赏期。（本报记者　贺嘉伟　摄）"
    ed = seg(
        "春耕备耕全面展开",
        "（上接一版）" + BODY,
        MORE,
        "江岸油菜花渐次盛开",
        caption,
        "民生关注",
        "社区食堂开到家门口",
        "本报记者　邓婉清",
        BODY,
    )
    assert [h[1] for h in heads(ed)] == ["春耕备耕全面展开", "江岸油菜花渐次盛开", "社区食堂开到家门口"]
    assert texts(ed)[1] == ["3月4日，江岸的油菜花竞相绽放，预计本月中旬将迎来最佳观赏期。"]
    assert "贺嘉伟" not in spoken(ed)


def test_a_short_line_under_a_continued_story_without_its_credit_is_a_sub_head() -> None:
    # No credit under the caption-like line: nothing says a photo is printed, so the short
    # line stays a sub-head of the running story and the text under it is still its own.
    ed = seg("春耕备耕全面展开", "（上接一版）" + BODY, "农资打假同步开展", MORE)
    assert len(ed.stories) == 1

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

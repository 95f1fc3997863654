"""A scene-setting kicker that leads into its headline with a dash (the thirty-fifth unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

BYLINE = "晚报记者　沈  逸"


def test_a_flush_scene_ending_in_a_dash_over_a_headline_is_its_kicker() -> None:
    ed = seg(
        "编辑：罗  敏　美编：顾  佳",
        "深夜十一点，小区楼道里飘出浓烟——",
        "快递小哥挨家敲门 20多名居民安全撤离",
        BYLINE,
        BODY,
    )
    assert heads(ed) == [("深夜十一点，小区楼道里飘出浓烟——", "快递小哥挨家敲门 20多名居民安全撤离", None)]
    assert texts(ed)[0] == [BODY]


def test_an_indented_line_ending_in_a_dash_stays_the_story_text() -> None:
    # Indented, it is a paragraph of the story above, however short: read, not a kicker.
    ed = seg(
        "居民楼道堆物清理完毕",
        "本报讯（记者 王  刚）" + BODY,
        "　　深夜十一点，楼道里飘出浓烟——",
        "快递小哥挨家敲门 20多名居民安全撤离",
        BYLINE,
        MORE,
    )
    assert heads(ed)[0] == (None, "居民楼道堆物清理完毕", None)
    assert "深夜十一点，楼道里飘出浓烟——" in texts(ed)[0]
    assert heads(ed)[1] == (None, "快递小哥挨家敲门 20多名居民安全撤离", None)


def test_a_dash_line_over_text_is_no_kicker() -> None:
    # With text under it and no headline, the line is the story's own text.
    ed = seg("居民楼道堆物清理完毕", "本报讯（记者 王  刚）" + BODY, "深夜十一点，楼道里飘出浓烟——", MORE)
    assert heads(ed) == [(None, "居民楼道堆物清理完毕", None)]
    assert texts(ed)[0][-1].startswith("深夜十一点")

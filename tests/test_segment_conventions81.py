"""Conventions of the unseen50 batch, story structure: a story's first words set above its own
headline at the top of the page's text (``今年前三季度，…山里的`` / ``电商观察`` / headline /
``本报记者　雷春燕`` / ``核桃、蜂蜜…卖到了全国各地。``) are that story's first sentence, read
after its byline and joined with the line that finishes it."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, seg, texts

OPEN = "今年以来，越来越多的农民把自家的土特产搬上了网店，山里的"
REST = "核桃、蜂蜜、腊肉卖到了全国各地。"


def test_an_open_first_line_above_its_own_headline_leads_that_story() -> None:
    ed = seg(OPEN, "电商观察", "“触网”之后 山货走出大山", "本报记者　雷春燕", REST, BODY)
    assert heads(ed) == [("电商观察", "“触网”之后 山货走出大山", None)]
    assert ed.stories[0].byline is not None and "雷春燕" in ed.stories[0].byline
    assert texts(ed) == [[OPEN + REST, BODY]]
    assert paragraph_lines(ed)[0] == (1, 5)


def test_after_the_masthead_the_open_first_line_still_leads_its_story() -> None:
    ed = seg(
        "2024年1月1日　星期一",
        "第06版：经济",
        "责任编辑：汪  涛",
        OPEN,
        "山货走出大山",
        "本报记者　雷春燕",
        REST,
    )
    assert [h[1] for h in heads(ed)] == ["山货走出大山"]
    assert texts(ed) == [[OPEN + REST]]


def test_an_open_line_after_a_story_is_never_moved_under_the_next_headline() -> None:
    # Not the page's first text: the open line belongs to the story above, and the next
    # story's text under its byline is its own.
    ed = seg("山区电商发展迅速", BODY, OPEN, "山货走出大山", "本报记者　雷春燕", MORE)
    assert [h[1] for h in heads(ed)] == ["山区电商发展迅速", "山货走出大山"]
    assert OPEN not in texts(ed)[1][0]
    assert texts(ed)[1] == [MORE]


def test_a_finished_first_line_above_a_headline_is_not_moved() -> None:
    first = "今年以来，越来越多的农民把自家的土特产搬上了网店。"
    ed = seg(first, "山货走出大山", "本报记者　雷春燕", MORE)
    assert texts(ed)[-1] == [MORE]
    assert all(first not in t for t in texts(ed)[-1])


def test_a_scene_leading_into_the_headline_with_a_dash_stays_its_kicker() -> None:
    ed = seg("深夜十一点，小区楼道里飘出浓烟——", "快递小哥挨家敲门 居民安全撤离", "本报记者　雷春燕", BODY)
    assert heads(ed) == [("深夜十一点，小区楼道里飘出浓烟——", "快递小哥挨家敲门 居民安全撤离", None)]
    assert texts(ed) == [[BODY]]

"""A slogan of two parallel verb-好-object phrases over a headline stack is its kicker, never a
contributor's office and name (开好局　起好步 over 全市…动员大会召开); an office and its writer
under a headline (市档案馆　李  华) still credits the story."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken

from audiopaper.segment_lines import classify_line


def test_parallel_slogan_line_is_no_byline():
    line = classify_line(1, "开好局　起好步")
    assert line is not None and line.kind != "byline"


def test_parallel_slogan_over_headline_stack_is_kicker():
    ed = seg(
        "开好局　起好步",
        "全市重点项目建设动员大会召开",
        "今年安排市级重点项目150个",
        f"本报讯（记者 张  三）{BODY}",
        MORE,
    )
    assert len(ed.stories) == 1
    story = ed.stories[0]
    assert heads(ed) == [("开好局 起好步", "全市重点项目建设动员大会召开", "今年安排市级重点项目150个")]
    assert story.byline == "本报讯（记者 张 三）"
    assert "开好局" not in spoken(ed)


def test_office_and_writer_under_headline_still_credits():
    line = classify_line(1, "市档案馆　李  华")
    assert line is not None and line.kind == "byline"
    ed = seg("老城墙的故事", "市档案馆　李  华", BODY, MORE)
    assert len(ed.stories) == 1
    assert ed.stories[0].byline == "市档案馆 李 华"
    assert heads(ed) == [(None, "老城墙的故事", None)]


def test_office_ending_bureau_with_three_character_name_still_credits():
    # Not the mirrored X好Y shape: a bureau and a three-character name set solid.
    line = classify_line(1, "县文旅局　王好民")
    assert line is not None and line.kind == "byline"

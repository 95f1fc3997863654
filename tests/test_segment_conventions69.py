"""Headline-stack conventions met on the forty-sixth batch of unseen pages: a contest's edition
named by its year starting, and a theme over a line that opens with a named work."""

from __future__ import annotations

from segkit import BODY, heads, seg

DATELINE = "本报讯（记者 林 峰）"


def test_a_contest_s_edition_named_by_its_year_starting_is_the_kicker() -> None:
    # The year names the edition, as "第三届" does a festival's: its start is the occasion.
    ed = seg("2024滨江国际马拉松鸣枪开跑", "2万名跑者“跑”过江滨绿道", DATELINE + BODY)
    assert heads(ed) == [("2024滨江国际马拉松鸣枪开跑", "2万名跑者“跑”过江滨绿道", None)]


def test_a_contest_starting_with_neither_year_nor_day_stays_the_title() -> None:
    ed = seg("滨江半程马拉松鸣枪开跑", "1.2万名跑者“跑”过江滨绿道", DATELINE + BODY)
    assert heads(ed) == [(None, "滨江半程马拉松鸣枪开跑", "1.2万名跑者“跑”过江滨绿道")]


def test_a_leader_starting_the_race_stays_the_subtitle() -> None:
    ed = seg("2024滨江国际马拉松鸣枪开跑", "副市长王明出席并鸣枪", DATELINE + BODY)
    assert heads(ed) == [(None, "2024滨江国际马拉松鸣枪开跑", "副市长王明出席并鸣枪")]


def test_a_theme_over_a_line_opening_with_a_named_work_is_the_kicker() -> None:
    ed = seg("原创剧目讲好草原故事", "舞剧《马背》首演 讲述牧民三代人的故事", DATELINE + BODY)
    assert heads(ed) == [("原创剧目讲好草原故事", "舞剧《马背》首演 讲述牧民三代人的故事", None)]


def test_a_season_opening_over_its_works_stays_title_and_subtitle() -> None:
    # An event reported done is the title; the works and their count under it are its deck.
    ed = seg("市歌舞剧院新春演出季开幕", "《丝路花雨》等12台剧目轮番上演", DATELINE + BODY)
    assert heads(ed) == [(None, "市歌舞剧院新春演出季开幕", "《丝路花雨》等12台剧目轮番上演")]


def test_a_document_in_book_marks_is_no_work_under_a_theme() -> None:
    ed = seg("我市出台惠企新政措施", "《关于支持中小企业发展的若干措施》印发", DATELINE + BODY)
    assert heads(ed) == [(None, "我市出台惠企新政措施", "《关于支持中小企业发展的若干措施》印发")]


def test_a_work_named_in_the_first_line_keeps_it_the_title() -> None:
    ed = seg("话剧《渔灯》在大剧院首演", "讲述三代守岛人的故事", DATELINE + BODY)
    assert heads(ed) == [(None, "话剧《渔灯》在大剧院首演", "讲述三代守岛人的故事")]

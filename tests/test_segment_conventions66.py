"""Headline-stack conventions met on the forty-fifth batch of unseen pages: a title broken after
its subject, a contest's start and a report over a display slogan as kickers, a signed piece's
column name."""

from __future__ import annotations

from dataclasses import replace

from segkit import BODY, heads, seg

from audiopaper.segment_kickers import signs_piece
from audiopaper.segment_lines import classify_line
from audiopaper.segment_split import split_headline

DATELINE = "本报讯（记者 林 峰）"


def test_a_period_and_its_change_finish_the_measure_named_above() -> None:
    # "…货物吞吐量" / "一季度同比增长12%": the second line has no subject of its own.
    ed = seg("沙湾港货物吞吐量", "一季度同比增长12%", DATELINE + BODY)
    assert [(s.kicker, s.title.replace(" ", ""), s.subtitle) for s in ed.stories] == [
        (None, "沙湾港货物吞吐量一季度同比增长12%", None)
    ]


def test_a_change_that_names_its_own_measure_stays_the_subtitle() -> None:
    ed = seg("全市规上工业企业实现满负荷生产", "3月份规上工业增加值同比增长6.1%", DATELINE + BODY)
    assert heads(ed) == [(None, "全市规上工业企业实现满负荷生产", "3月份规上工业增加值同比增长6.1%")]


def test_a_contest_starting_on_a_named_day_is_the_kicker() -> None:
    ed = seg("全市中学生足球联赛明日开赛", "二十支校队争夺“市长杯”", DATELINE + BODY)
    assert heads(ed) == [("全市中学生足球联赛明日开赛", "二十支校队争夺“市长杯”", None)]


def test_a_contest_starting_with_no_day_stays_the_title() -> None:
    ed = seg("全市职工技能大赛开赛", "28个赛项吸引900余名选手参赛", DATELINE + BODY)
    assert heads(ed) == [(None, "全市职工技能大赛开赛", "28个赛项吸引900余名选手参赛")]


def test_a_report_over_a_slogan_of_four_and_four_is_title_and_subtitle() -> None:
    # The report is the news, as a front page's 导读 names it; the slogan under it is its deck.
    ed = seg("政协委员热议城市更新规划", "“留”住乡愁 “改”出新貌", DATELINE + BODY)
    assert heads(ed) == [(None, "政协委员热议城市更新规划", "“留”住乡愁 “改”出新貌")]


def test_a_report_over_a_longer_deck_stays_the_title() -> None:
    # Two clauses of eight characters are a deck summing the talks up, not a display slogan.
    ed = seg("市长与省农科院院长座谈", "持续深化院地合作 推动农业提质增效", DATELINE + BODY)
    assert heads(ed) == [(None, "市长与省农科院院长座谈", "持续深化院地合作 推动农业提质增效")]


def test_a_column_s_report_over_a_slogan_keeps_the_slogan_as_subtitle() -> None:
    ed = seg("聚焦两会", "在京代表委员热议政府工作报告", "“干货”满满 提振信心", DATELINE + BODY)
    assert heads(ed) == [("聚焦两会", "在京代表委员热议政府工作报告", "“干货”满满 提振信心")]


def stack(*lines: str):
    return [classify_line(i, text) for i, text in enumerate(lines, 1)]


def test_two_lines_over_a_writer_s_mark_are_column_name_and_title() -> None:
    # "□林  溪" under the stack: a signed essay carries its column's name, never a deck.
    # (segment_heads reads the mark as the piece's byline.)
    mark = replace(classify_line(3, "□林  溪"), kind="byline")
    assert signs_piece(mark)
    head = split_headline(stack("我和家乡的约定", "村口那条青石板路"), signed=True)
    assert head == ("我和家乡的约定", "村口那条青石板路", None)


def test_a_signed_piece_keeps_its_dash_line_as_subtitle() -> None:
    head = split_headline(stack("读书札记", "在山水间读懂家乡", "——读《江畔人家》"), signed=True)
    assert head == ("读书札记", "在山水间读懂家乡", "读《江畔人家》")


def test_a_reporter_s_byline_after_a_bullet_is_no_writer_s_mark() -> None:
    line = classify_line(3, "■晚报记者　郝  东")
    assert not signs_piece(line)
    head = split_headline(stack("我和家乡的约定", "村口那条青石板路"))
    assert head == (None, "我和家乡的约定", "村口那条青石板路")

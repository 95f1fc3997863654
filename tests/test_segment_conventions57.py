"""Headline-stack conventions met on the forty-first batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, heads, seg, spoken

DATELINE = "本报讯（记者 韦丽萍）"


def test_who_is_counted_over_where_they_do_it_is_one_title() -> None:
    # "我市38名奥运志愿者" / "在京服务城市运行": the second line opens on 在 and a place, the
    # predicate of the counted subject above; one clause, joined with no space.
    for first, second in (
        ("我市38名奥运志愿者", "在京服务城市运行"),
        ("全县1200名退休教师", "在乡村学校义务支教"),
    ):
        ed = seg(first, second, DATELINE + BODY)
        assert heads(ed) == [(None, first + second, None)], first
        assert "志愿者" not in spoken(ed) and "退休教师" not in spoken(ed)


def test_a_line_opening_on_zai_under_no_counted_subject_is_not_joined() -> None:
    # A column's name over a title opening on 在 stays kicker + title; a full clause with its own
    # count (its verb after the counted noun) stays the title over its subtitle.
    ed = seg("读书札记", "在书页里遇见故乡", DATELINE + BODY)
    assert heads(ed) == [("读书札记", "在书页里遇见故乡", None)]
    ed = seg("全市2.3万名考生明日迎考", "在城区考点就近应考", DATELINE + BODY)
    assert heads(ed) == [(None, "全市2.3万名考生明日迎考", "在城区考点就近应考")]


def test_a_league_that_closes_over_its_winner_is_title_and_subtitle() -> None:
    # "…联赛收官" is a full clause, like "…运动会落幕": the winner's line under it, of like length,
    # is its subtitle, never the second half of one title.
    ed = seg("雪河城市足球联赛收官", "城西“老街坊队”首次捧杯", DATELINE + BODY)
    assert heads(ed) == [(None, "雪河城市足球联赛收官", "城西“老街坊队”首次捧杯")]
    ed = seg("全市职工篮球联赛谢幕", "市供电公司代表队成功卫冕", DATELINE + BODY)
    assert heads(ed) == [(None, "全市职工篮球联赛谢幕", "市供电公司代表队成功卫冕")]


def test_two_plain_lines_of_like_length_with_no_closing_verb_stay_one_title() -> None:
    # Negative: with no event closed in the first line, the like-length pair is still one title.
    ed = seg("主场3:1逆转金陵星火", "甬城海港提前两轮保级成功", DATELINE + BODY)
    assert heads(ed) == [(None, "主场3:1逆转金陵星火 甬城海港提前两轮保级成功", None)]

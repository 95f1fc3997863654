"""Headline-stack conventions met on the thirty-seventh batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts


def test_a_time_clause_counting_how_long_since_opens_the_title_under_it() -> None:
    # "停产三个月后" is the sentence's opening, the line under it the clause it opens: one title.
    ed = seg("（走基层）", "停产三个月后", "这家工厂订单排满全年", "本报记者　王  斌", BODY, MORE)
    assert heads(ed) == [("走基层", "停产三个月后这家工厂订单排满全年", None)]
    assert ed.stories[0].byline == "本报记者 王 斌"
    assert texts(ed) == [[BODY, MORE]]


def test_a_span_counted_in_years_before_since_opens_the_title_too() -> None:
    ed = seg("通车一年以来", "这条公交线路运送乘客百万人次", BODY)
    assert heads(ed) == [(None, "通车一年以来这条公交线路运送乘客百万人次", None)]


def test_an_occasion_naming_no_span_stays_the_kicker() -> None:
    # "暴雨过后" names what happened, not how long since: the backdrop, the kicker over its title.
    ed = seg("暴雨过后", "老街积水三天未退 居民出行受阻", BODY)
    assert heads(ed) == [("暴雨过后", "老街积水三天未退 居民出行受阻", None)]
    ed = seg("3·15之后", "买到“缩水”电饭煲 工商部门帮维权", BODY)
    assert heads(ed)[0][0] == "3·15之后"


def test_an_eve_or_a_period_stays_the_kicker() -> None:
    ed = seg("春节前夕", "这家养老院里年味浓", BODY)
    assert heads(ed) == [("春节前夕", "这家养老院里年味浓", None)]
    ed = seg("建馆十周年之际", "这座博物馆迎来第一百万名观众", BODY)
    assert heads(ed)[0][0] == "建馆十周年之际"


def test_a_time_clause_over_spaced_clauses_is_not_joined() -> None:
    # Two spaced clauses are a title of their own: the time clause above them stays the kicker.
    ed = seg("停产三个月后", "订单排满全年 产能全面恢复", BODY)
    assert heads(ed) == [("停产三个月后", "订单排满全年 产能全面恢复", None)]

"""Headline-stack conventions met on the thirty-eighth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts


def test_a_clause_going_on_until_an_hour_is_the_title_over_its_subtitle() -> None:
    # "…到十点" says what goes on until when: the news itself, never a column's name over the
    # longer line under it, nor a route's first half joined to it.
    ed = seg(
        "夜市营业到十点", "", "河滨夜市开市首周迎来游客2万余人次", "", "本报记者 王  斌", "", BODY, "", MORE
    )
    assert heads(ed) == [(None, "夜市营业到十点", "河滨夜市开市首周迎来游客2万余人次")]
    assert texts(ed) == [[BODY, MORE]]


def test_an_hour_in_digits_or_after_a_time_of_night_is_the_same_clause() -> None:
    ed = seg("末班车延至23时", "城区夜间公交线路增至18条", BODY)
    assert heads(ed) == [(None, "末班车延至23时", "城区夜间公交线路增至18条")]
    ed = seg("自习室开到凌晨一点", "高校图书馆考试周延长开放时间", BODY)
    assert heads(ed) == [(None, "自习室开到凌晨一点", "高校图书馆考试周延长开放时间")]


def test_a_route_between_two_places_is_still_one_title() -> None:
    # The end of a route is a place, never an hour: the two lines stay one title.
    ed = seg("雪屏至丽川", "旅游专列6月开行", BODY)
    assert heads(ed) == [(None, "雪屏至丽川 旅游专列6月开行", None)]


def test_a_short_column_name_is_still_the_kicker() -> None:
    # A short topic with no hour it runs until stays the kicker over the longer title.
    ed = seg("民生关注", "暑期少儿游泳班扎堆开班 选机构要看这几点", BODY)
    assert heads(ed) == [("民生关注", "暑期少儿游泳班扎堆开班 选机构要看这几点", None)]
    ed = seg("零下3℃的凌晨", "环卫工在街头扫出“第一段路”", BODY)
    assert heads(ed) == [("零下3℃的凌晨", "环卫工在街头扫出“第一段路”", None)]


def test_a_line_ending_in_when_something_was_done_stays_the_kicker() -> None:
    # "…时" after a verb is "when": a lead into the title, not an hour things go on until.
    ed = seg("市长检查防汛工作时", "确保群众安全度汛", BODY)
    assert heads(ed) == [("市长检查防汛工作时", "确保群众安全度汛", None)]

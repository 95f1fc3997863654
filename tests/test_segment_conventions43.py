"""Headline stacks of the thirty-sixth unseen batch: a counted subject over its predicate, a
finding's source over what it shows, a long series' name closed by "观察"."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

BYLINE = "本报记者　郭  伟"


def test_who_is_counted_over_all_of_them_doing_it_is_one_title() -> None:
    ed = seg(
        "编辑：罗  敏　美编：顾  佳",
        "山洪中被困的五名村民",
        "全部安全转移",
        "救援人员连夜打通生命通道",
        BYLINE,
        BODY,
    )
    assert heads(ed) == [(None, "山洪中被困的五名村民全部安全转移", "救援人员连夜打通生命通道")]
    assert texts(ed)[0] == [BODY]


def test_a_counted_noun_phrase_over_its_own_deck_stays_title_and_subtitle() -> None:
    # A feature may be titled by who it is about; a deck not taking them all in is the subtitle.
    ed = seg("大山深处的三名代课教师", "坚守讲台三十年", BYLINE, BODY)
    assert heads(ed) == [(None, "大山深处的三名代课教师", "坚守讲台三十年")]


def test_a_finding_s_source_over_what_it_shows_is_the_kicker() -> None:
    ed = seg("世界气象组织报告显示", "全球平均气温连续十年走高", BYLINE, BODY, MORE)
    assert heads(ed) == [("世界气象组织报告显示", "全球平均气温连续十年走高", None)]
    assert texts(ed)[0] == [BODY, MORE]


def test_a_line_not_ending_on_a_finding_stays_the_title() -> None:
    ed = seg("全市公园新装电子显示屏", "游客入园人数实时可查", BYLINE, BODY)
    assert heads(ed) == [(None, "全市公园新装电子显示屏", "游客入园人数实时可查")]


def test_a_long_series_name_closed_by_guancha_is_the_kicker() -> None:
    ed = seg("上半年外贸运行观察", "全市外贸企业订单稳中有升", BYLINE, BODY)
    assert heads(ed) == [("上半年外贸运行观察", "全市外贸企业订单稳中有升", None)]


def test_watching_as_a_verb_closes_a_title() -> None:
    ed = seg("密切接触者一律集中隔离观察", "全市已排查两百余人", BYLINE, BODY)
    assert heads(ed) == [(None, "密切接触者一律集中隔离观察", "全市已排查两百余人")]

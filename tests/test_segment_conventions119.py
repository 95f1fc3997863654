"""Headline stacks of the sixty-fourth and sixty-fifth unseen batches: a milestone crossed is a
full title over its subtitle, a period's review and a contest's round are kickers, a bracketed
column label may head the title's line, and a modifier closed by 的 over a quoted name is one
title."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

from audiopaper.segment_runon import join_runs


def test_a_milestone_crossed_in_round_words_is_a_title_over_its_subtitle() -> None:
    ed = seg("梧亭港年吞吐量首破亿吨", "成为全省第三个“亿吨大港”", "本报记者　王  明", BODY, MORE)
    assert heads(ed) == [(None, "梧亭港年吞吐量首破亿吨", "成为全省第三个“亿吨大港”")]
    assert texts(ed) == [[BODY, MORE]]


def test_two_like_clauses_with_no_milestone_stay_one_title() -> None:
    ed = seg("主场3:1逆转金陵星火", "甬城海港提前两轮保级成功", BODY, MORE)
    assert heads(ed) == [(None, "主场3:1逆转金陵星火 甬城海港提前两轮保级成功", None)]


def test_a_periods_review_is_the_kicker_over_its_verdict() -> None:
    ed = seg("上半年全市经济运行综述", "稳中有进 后劲增强", BODY, MORE)
    assert heads(ed) == [("上半年全市经济运行综述", "稳中有进 后劲增强", None)]


def test_a_review_with_no_period_is_not_taken_for_a_column() -> None:
    ed = seg("全市今年经济运行综述发布", "稳中有进 后劲增强", BODY, MORE)
    assert heads(ed)[0][0] is None


def test_a_contests_round_is_the_kicker_over_its_result() -> None:
    ed = seg("梧亭城市篮球联赛八强战", "主场绝杀 城北队晋级四强", BODY, MORE)
    assert heads(ed) == [("梧亭城市篮球联赛八强战", "主场绝杀 城北队晋级四强", None)]


def test_a_contest_hosted_is_no_kicker() -> None:
    ed = seg("我市承办全省篮球联赛半决赛", "八支球队将在体育中心角逐", BODY, MORE)
    assert heads(ed)[0][0] is None


def test_a_bracketed_label_heading_the_title_line_is_the_kicker() -> None:
    ed = seg("（新春走基层）守了十年的山顶瞭望塔", "本报记者　王  明", BODY, MORE)
    assert heads(ed) == [("新春走基层", "守了十年的山顶瞭望塔", None)]
    assert texts(ed) == [[BODY, MORE]]


def test_a_bracket_inside_the_title_stays_in_it() -> None:
    ed = seg("市民服务中心（东区）今起开放", BODY, MORE)
    assert heads(ed) == [(None, "市民服务中心（东区）今起开放", None)]


def test_a_modifier_closed_by_de_over_a_quoted_name_is_one_title() -> None:
    assert join_runs(["大棚里的", "“新农人”"]) == ["大棚里的“新农人”"]


def test_a_full_title_over_a_quoted_name_is_not_joined() -> None:
    assert join_runs(["大棚里种出好日子", "“新农人”"]) == ["大棚里种出好日子", "“新农人”"]

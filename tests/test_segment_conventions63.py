"""Conventions of headline stacks, met on the forty-third and forty-fourth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

BYLINE = "本报记者　邓  鹏"


def test_a_period_s_review_closed_by_analysis_is_the_kicker() -> None:
    # "一季度经济运行分析": the review of a period, a running column's name, over the news.
    ed = seg("一季度经济运行分析", "全市经济开局平稳 结构调整步伐加快", BYLINE, BODY, MORE)
    assert heads(ed) == [("一季度经济运行分析", "全市经济开局平稳 结构调整步伐加快", None)]
    assert spoken(ed) == BODY + MORE


def test_an_analysis_with_no_period_is_no_column() -> None:
    # Negative: with no period reviewed, a line closed by "分析" is the title over its subtitle.
    ed = seg("全市居民消费结构变化分析", "服务消费占比首次超过五成", BYLINE, BODY, MORE)
    assert heads(ed) == [(None, "全市居民消费结构变化分析", "服务消费占比首次超过五成")]


def test_a_nav_header_over_no_list_heads_the_first_story_s_stack() -> None:
    # "本版新闻" and then lines the page never prints again, right above the first story's text:
    # the e-paper's list was empty, and those lines are the first story's headline, read.
    ed = seg(
        "本版新闻",
        "热线追踪",
        "小区门口“断头路”打通了",
        "居民出行少绕两公里",
        "晚报讯（记者 邹明轩）" + BODY,
        MORE,
        "家电以旧换新 “锦水消费季”再加码",
        "晚报讯（记者 阮  菲）" + MORE,
    )
    assert heads(ed) == [
        ("热线追踪", "小区门口“断头路”打通了", "居民出行少绕两公里"),
        (None, "家电以旧换新 “锦水消费季”再加码", None),
    ]
    assert reasons(ed) == {1: "headline list"}
    assert spoken(ed) == BODY + MORE + MORE


def test_a_nav_header_over_titles_printed_again_is_a_list() -> None:
    # Negative: lines under the header that the page prints again are its list, never read.
    ed = seg(
        "本版新闻",
        "小区门口“断头路”打通了",
        "家电以旧换新 “锦水消费季”再加码",
        "小区门口“断头路”打通了",
        "晚报讯（记者 邹明轩）" + BODY,
        "家电以旧换新 “锦水消费季”再加码",
        "晚报讯（记者 阮  菲）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["小区门口“断头路”打通了", "家电以旧换新 “锦水消费季”再加码"]
    assert {reasons(ed)[n] for n in (1, 2, 3)} == {"headline list"}
    assert spoken(ed) == BODY + MORE

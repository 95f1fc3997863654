"""Conventions of headline stacks, met on the forty-third batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken

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

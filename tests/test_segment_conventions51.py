"""Headline-stack conventions met on the thirty-ninth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts


def test_a_practice_helping_to_a_gain_is_the_kicker_over_the_news() -> None:
    # "直播带货助农增收" names the campaign's theme, the line under it the news: kicker + title.
    ed = seg("直播带货助农增收", "南溪脐橙走进直播间", "本报记者　王  斌", BODY, MORE)
    assert heads(ed) == [("直播带货助农增收", "南溪脐橙走进直播间", None)]
    assert ed.stories[0].byline == "本报记者 王 斌"
    assert texts(ed) == [[BODY, MORE]]


def test_help_to_firms_is_a_theme_too() -> None:
    ed = seg("金融活水助企纾困", "百家小微企业拿到首笔贷款", BODY)
    assert heads(ed) == [("金融活水助企纾困", "百家小微企业拿到首笔贷款", None)]


def test_a_theme_over_a_figure_is_a_title_with_its_subtitle() -> None:
    # The figure under it is the amount its practice brought: the detail of the title.
    ed = seg("电商直播助农增收", "一场直播卖出两万斤", BODY)
    assert heads(ed) == [(None, "电商直播助农增收", "一场直播卖出两万斤")]


def test_a_report_of_help_with_its_doer_is_not_a_theme() -> None:
    # "助力" after a named doer is a report, never the helped and a gain: not this rule's kicker.
    ed = seg("南岭县“共享农机”助力冬种", "农户每亩节省成本六十元", BODY)
    assert heads(ed)[0][0] is None


def test_an_event_named_over_when_it_starts_is_one_title() -> None:
    # "11月启动" has no subject: it finishes the event named above it, as one line would set it.
    ed = seg("高校毕业生就业服务月", "11月启动", "本报讯　" + BODY, MORE)
    assert heads(ed) == [(None, "高校毕业生就业服务月11月启动", None)]
    ed = seg("全民健身运动会", "下周开幕", BODY)
    assert heads(ed) == [(None, "全民健身运动会下周开幕", None)]


def test_a_line_already_reporting_its_event_keeps_the_time_line_apart() -> None:
    # "…服务月启动" is a clause of its own: the time line under it is not its second half.
    ed = seg("全市就业服务月启动", "11月启动", BODY)
    assert heads(ed)[0][1] != "全市就业服务月启动11月启动"
    # A time line with a subject of its own is a clause: title + subtitle, never one title.
    ed = seg("高校毕业生就业服务月", "招聘会11月启动", BODY)
    assert heads(ed)[0][1] != "高校毕业生就业服务月招聘会11月启动"

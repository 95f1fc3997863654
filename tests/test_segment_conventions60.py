"""Headline-stack conventions met on the forty-second batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken

BYLINE = "都市报记者　郑佳琪"


def test_a_campaign_named_for_its_day_over_the_news_is_the_kicker() -> None:
    # "“3·15”在行动": a campaign named for its day in figures and where it is lived, a running
    # series' name like "两会精神在基层", is the kicker over the news told under it.
    for first, second in (
        ("“3·15”在行动", "买到“翻新机” 消费者获三倍赔偿"),
        ("3·15在身边", "网购退货难 消协帮忙讨说法"),
        ("“12·2” 安全在路上", "城区学校上好交通安全课"),
    ):
        ed = seg(first, second, BYLINE, BODY, MORE)
        assert heads(ed) == [(first, second, None)], first
        assert spoken(ed) == BODY + MORE


def test_a_day_line_that_is_no_series_is_not_made_a_kicker() -> None:
    # Negative: alone over its text, a "…在行动" line is the story's title; a day's eve in one
    # line with the news stays one title; a line on the day's show that reports news is a title
    # over its subtitle.
    ed = seg("护河志愿者在行动", "5月13日，青年志愿者在河畔清理垃圾。（本报记者 黄锐 摄）")
    assert heads(ed)[0] == (None, "护河志愿者在行动", None)
    ed = seg("“3·15”前夕 我市集中销毁假冒伪劣商品", BYLINE, BODY)
    assert heads(ed) == [(None, "“3·15”前夕 我市集中销毁假冒伪劣商品", None)]
    ed = seg("“3·15”晚会曝光问题产品", "我市市场监管部门连夜排查", BYLINE, BODY)
    assert heads(ed) == [(None, "“3·15”晚会曝光问题产品", "我市市场监管部门连夜排查")]

"""Headline stacks met on the thirty-fifth batch of unseen pages: countdowns and catchword themes."""

from __future__ import annotations

from segkit import BODY, heads, seg, texts

LEAD = "本报讯（记者 王  刚）" + BODY


def test_a_countdown_to_an_event_over_the_title_is_its_kicker() -> None:
    ed = seg("第五届全民运动会倒计时30天", "城北健儿冲刺全运 皮划艇队备战正酣", LEAD)
    assert heads(ed) == [("第五届全民运动会倒计时30天", "城北健儿冲刺全运 皮划艇队备战正酣", None)]
    assert texts(ed)[0] == [BODY]


def test_a_countdown_with_no_day_count_is_a_kicker_too() -> None:
    ed = seg("中考报名进入倒计时", "这些材料请提前备好", LEAD)
    assert heads(ed) == [("中考报名进入倒计时", "这些材料请提前备好", None)]


def test_a_countdown_on_one_line_with_its_news_stays_one_title() -> None:
    ed = seg("中考倒计时 考点学校完成布置", LEAD)
    assert heads(ed) == [(None, "中考倒计时 考点学校完成布置", None)]


def test_a_theme_closed_by_its_quoted_catchword_over_news_is_the_kicker() -> None:
    ed = seg("开春起步“抢进度”", "一季度重点工程集中复工 总投资120亿元", LEAD)
    assert heads(ed) == [("开春起步“抢进度”", "一季度重点工程集中复工 总投资120亿元", None)]


def test_a_report_ending_on_a_quoted_word_is_the_title_over_its_subtitle() -> None:
    # A subject and its verb, longer than a theme: the news itself, its detail under it.
    ed = seg("全市工业经济实现“开门红”", "1至2月规模以上工业增加值增长18.6%", LEAD)
    assert heads(ed) == [(None, "全市工业经济实现“开门红”", "1至2月规模以上工业增加值增长18.6%")]


def test_a_short_clause_with_a_quoted_word_inside_is_no_theme() -> None:
    # The catchword does not close the line: "川剧“变脸”走进课堂" is a clause, the title.
    ed = seg("剪纸“窗花”走进课堂", "全市42所中小学开设剪纸兴趣课", LEAD)
    assert heads(ed) == [(None, "剪纸“窗花”走进课堂", "全市42所中小学开设剪纸兴趣课")]


def test_an_event_launched_under_its_quoted_name_is_no_theme() -> None:
    ed = seg("全市启动“春风行动”", "送岗位到农民工家门口 提供岗位三万余个", LEAD)
    assert heads(ed) == [(None, "全市启动“春风行动”", "送岗位到农民工家门口 提供岗位三万余个")]

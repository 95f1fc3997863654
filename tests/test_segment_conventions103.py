"""Kickers over a box's label, a tips column's name, and a weather reading over its news."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken


def test_team_name_over_fixtures_label_is_kicker():
    ed = seg(
        "城投队",
        "本周赛程",
        "9月27日（周六）19:30　城投vs农商　市体育中心体育馆",
        "9月28日（周日）15:00　电力vs城投　南安市体育馆",
    )
    assert heads(ed) == [("城投队", "本周赛程", None)]
    assert "19:30" in spoken(ed) and "城投队" not in spoken(ed)


def test_fixtures_label_under_a_clause_with_verb_is_no_owner():
    ed = seg("联赛第二阶段将开打", "本周赛程", BODY, MORE)
    assert heads(ed)[0][0] is None


def test_tips_column_over_tip_title_is_kicker():
    ed = seg(
        "健康小贴士", "冬季泡脚有讲究", "●水温不宜过高，40℃左右为宜，以免烫伤。", "●时间控制在20分钟左右。"
    )
    assert heads(ed) == [("健康小贴士", "冬季泡脚有讲究", None)]


def test_long_tips_title_alone_is_the_title():
    ed = seg("高温天气防暑小贴士", "●多喝水，少喝含糖饮料。", "●午后尽量减少外出。")
    assert heads(ed)[0][:2] == (None, "高温天气防暑小贴士")


def test_weather_reading_over_spaced_news_is_kicker():
    ed = seg("今明两天最低气温降至-6℃", "寒潮来了 暖气热水有保障", "记者　宋  琪　报道", BODY, MORE)
    assert heads(ed) == [("今明两天最低气温降至-6℃", "寒潮来了 暖气热水有保障", None)]


def test_weather_reading_over_deck_with_figure_stays_title():
    ed = seg("今明两天最低气温降至-6℃", "全市6家供热企业 提高供水温度", BODY, MORE)
    assert heads(ed)[0][0] is None
    assert heads(ed)[0][1] == "今明两天最低气温降至-6℃"

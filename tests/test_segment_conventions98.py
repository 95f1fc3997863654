"""Headline-stack conventions met on the unseen56 and unseen57 batches (fixer B1)."""

from __future__ import annotations

from segkit import BODY, heads, seg


def test_a_title_broken_before_a_short_tail_is_one_title() -> None:
    ed = seg("千亩水稻喜获丰收　智能农机", "显身手", "本报讯（记者 阮志明）" + BODY)
    assert heads(ed) == [(None, "千亩水稻喜获丰收 智能农机显身手", None)]


def test_a_pun_predicate_under_its_subject_is_one_title_between_kicker_and_deck() -> None:
    ed = seg(
        "决胜“双过半”　冲刺年中目标",
        "全市重点项目现场拉练",
        "“赛”出建设加速度",
        "58个重点项目完成投资183亿元　完成率达52.6%",
        "本报讯（记者 郁振宁）" + BODY,
    )
    assert heads(ed) == [
        (
            "决胜“双过半” 冲刺年中目标",
            "全市重点项目现场拉练“赛”出建设加速度",
            "58个重点项目完成投资183亿元 完成率达52.6%",
        )
    ]


def test_a_short_column_name_over_a_pun_stays_the_kicker() -> None:
    ed = seg("乡村振兴", "“干”出新天地", "本报讯（记者 郁振宁）" + BODY)
    assert heads(ed) == [("乡村振兴", "“干”出新天地", None)]


def test_spaced_news_clauses_with_a_collective_subject_are_the_title() -> None:
    ed = seg(
        "强风暴横扫西欧　多国交通受阻",
        "比利时荷兰数万户停电　航班大面积取消",
        "新华社布鲁塞尔3月13日电（记者 卢思远）" + BODY,
    )
    assert heads(ed) == [(None, "强风暴横扫西欧 多国交通受阻", "比利时荷兰数万户停电 航班大面积取消")]


def test_a_display_slogan_stays_the_kicker() -> None:
    ed = seg("关注民生　温暖过冬", "城区供热管网改造惠及12万户", "本报讯（记者 田野）" + BODY)
    assert heads(ed) == [("关注民生 温暖过冬", "城区供热管网改造惠及12万户", None)]


def test_an_event_done_over_the_forecast_of_its_finish_is_title_and_subtitle() -> None:
    ed = seg("潇水二桥主桥合龙", "预计明年“五一”前建成通车", "本报讯（记者 田野）" + BODY)
    assert heads(ed) == [(None, "潇水二桥主桥合龙", "预计明年“五一”前建成通车")]


def test_a_column_name_over_a_plain_title_stays_the_kicker() -> None:
    ed = seg("开局之年看基层", "山村小学有了新操场", "本报讯（记者 田野）" + BODY)
    assert heads(ed) == [("开局之年看基层", "山村小学有了新操场", None)]


def test_a_readers_story_series_is_the_kicker_over_the_pieces_title() -> None:
    ed = seg(
        "我的读书故事",
        "父亲的借书卡",
        "　　整理父亲的遗物时，我在一个铁皮饼干盒里发现了一沓泛黄的借书卡。" + BODY,
    )
    assert heads(ed)[0][:2] == ("我的读书故事", "父亲的借书卡")


def test_a_first_person_title_without_the_series_word_is_no_kicker() -> None:
    ed = seg("我的父亲是名老矿工", "四十年井下岁月无事故", "本报讯（记者 田野）" + BODY)
    assert heads(ed)[0][0] is None

"""Headline stacks read by scope, by who won, and by the paper's own deck (unseen66/67)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg


def test_progress_over_home_count_is_kicker_and_title() -> None:
    ed = seg("“三夏”麦收进度过半", "全市已收获小麦63万亩", "本报讯（记者 李明）" + BODY, MORE)
    assert heads(ed) == [("“三夏”麦收进度过半", "全市已收获小麦63万亩", None)]


def test_news_claim_over_home_count_stays_title_and_subtitle() -> None:
    ed = seg("“一老一小”寒假有去处", "全市开放社区托管点和老年食堂共216处", "本报讯（记者 李明）" + BODY)
    assert heads(ed) == [(None, "“一老一小”寒假有去处", "全市开放社区托管点和老年食堂共216处")]


def test_province_event_over_a_place_stand_is_kicker_and_title() -> None:
    ed = seg(
        "我省特色产品亮相北京农博会", "东泊展区签约额达12.6亿元", "本报北京9月22日电（记者 曹建华）" + BODY
    )
    assert heads(ed) == [("我省特色产品亮相北京农博会", "东泊展区签约额达12.6亿元", None)]


def test_home_event_over_a_town_team_stays_title_and_subtitle() -> None:
    ed = seg("全县第十届农民运动会闭幕", "城关镇代表团获团体总分第一", "本报讯（记者 李明）" + BODY)
    assert heads(ed) == [(None, "全县第十届农民运动会闭幕", "城关镇代表团获团体总分第一")]


def test_winners_over_their_award_are_one_title() -> None:
    ed = seg("朱河一中学子", "获全国青少年科创成果一等奖", "本报讯（记者 耿立）" + BODY)
    assert heads(ed) == [(None, "朱河一中学子获全国青少年科创成果一等奖", None)]
    assert len(ed.stories) == 1


def test_paper_led_line_is_the_subtitle_never_half_a_title() -> None:
    ed = seg(
        "四成受访市民希望延长公交运营时间", "本报联合市统计调查队开展问卷调查", "本报讯（记者 瞿澜）" + BODY
    )
    assert heads(ed) == [(None, "四成受访市民希望延长公交运营时间", "本报联合市统计调查队开展问卷调查")]


def test_title_set_in_two_lines_without_the_paper_still_joins() -> None:
    ed = seg("主场3:1逆转金陵星火", "甬城海港提前两轮保级成功", "本报讯（记者 李明）" + BODY)
    assert heads(ed) == [(None, "主场3:1逆转金陵星火 甬城海港提前两轮保级成功", None)]

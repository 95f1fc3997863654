"""Conventions of the unseen49 batch, headline stacks: a topic in focus (``聚焦…``) opening a
line is the kicker; a line reporting a sudden event that happened somewhere is the title over its
subtitle, never half of one title; spaced clauses closed by ``了`` report a change, the title over
its subtitle, never a slogan over a title."""

from __future__ import annotations

from segkit import heads, seg

TEXT = "新华社北京10月14日电　记者14日从有关部门获悉，相关工作已全面展开，各地将按要求抓好落实。"


def test_a_long_topic_in_focus_is_the_kicker() -> None:
    ed = seg("聚焦秋冬季大气污染防治", "京津冀及周边地区将开展联合执法检查", TEXT)
    assert heads(ed) == [("聚焦秋冬季大气污染防治", "京津冀及周边地区将开展联合执法检查", None)]


def test_focusing_after_a_subject_is_the_titles_verb() -> None:
    ed = seg("东盟经济部长会议聚焦区域经济一体化", "各方同意加快推进自贸区升级谈判", TEXT)
    assert heads(ed) == [(None, "东盟经济部长会议聚焦区域经济一体化", "各方同意加快推进自贸区升级谈判")]


def test_an_earthquake_reported_over_its_aftermath_is_title_and_subtitle() -> None:
    ed = seg("智利南部发生5.8级地震", "暂无人员伤亡和财产损失报告", TEXT)
    assert heads(ed) == [(None, "智利南部发生5.8级地震", "暂无人员伤亡和财产损失报告")]


def test_a_title_broken_at_its_verb_stays_one_title() -> None:
    # No sudden event named after the verb: the two lines are one title of like length.
    ed = seg("主场3:1逆转金陵星火", "甬城海港提前两轮保级成功", TEXT)
    assert heads(ed) == [(None, "主场3:1逆转金陵星火 甬城海港提前两轮保级成功", None)]


def test_spaced_clauses_closed_by_le_are_the_title_over_its_subtitle() -> None:
    ed = seg("暖气不热 换热站“病”了", "", "热力公司承诺三天内解决", "", "本报记者　刘  颖", "", TEXT)
    assert heads(ed) == [(None, "暖气不热 换热站“病”了", "热力公司承诺三天内解决")]


def test_a_slogan_over_a_title_stays_the_kicker() -> None:
    ed = seg("春季植树 全城添绿", "市民踊跃参加义务植树活动", TEXT)
    assert heads(ed) == [("春季植树 全城添绿", "市民踊跃参加义务植树活动", None)]


def test_le_in_the_first_clause_only_keeps_the_kicker() -> None:
    ed = seg("元宵过了　灯会还在", "筠溪彩灯会延期至2月23日", TEXT)
    assert heads(ed) == [("元宵过了 灯会还在", "筠溪彩灯会延期至2月23日", None)]

"""Headline-stack conventions met on the unseen52 and unseen55 batches (fixer B1)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken


def test_a_contest_bare_name_over_its_result_is_kicker_and_title() -> None:
    ed = seg(
        "丰岚城市篮球联赛",
        "卫冕冠军主场加时险胜",
        "晚报记者　卞  强",
        "　　" + BODY,
        "　　" + MORE,
    )
    assert heads(ed) == [("丰岚城市篮球联赛", "卫冕冠军主场加时险胜", None)]
    assert "卫冕冠军" not in spoken(ed)


def test_a_title_ending_on_a_contest_it_hosts_stays_one_headline() -> None:
    ed = seg(
        "我市将承办全省青少年游泳锦标赛",
        "本报讯（记者 卞  强）" + BODY,
        MORE,
    )
    assert heads(ed) == [(None, "我市将承办全省青少年游泳锦标赛", None)]


def test_a_column_named_by_its_kind_is_the_kicker_over_a_title_as_short() -> None:
    ed = seg(
        "厨房小课堂",
        "春笋炒腊肉",
        "晚报记者　柳  言　整理",
        "　　" + BODY,
        "　　" + MORE,
    )
    assert heads(ed) == [("厨房小课堂", "春笋炒腊肉", None)]
    assert "春笋炒腊肉" not in spoken(ed)


def test_a_title_that_takes_something_into_a_class_is_no_column_name() -> None:
    ed = seg(
        "川剧“变脸”走进课堂",
        "全市42所中小学开设川剧兴趣课",
        "本报讯（记者 罗  娟）" + BODY,
        MORE,
    )
    assert heads(ed) == [(None, "川剧“变脸”走进课堂", "全市42所中小学开设川剧兴趣课")]

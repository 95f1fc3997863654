"""Headline-stack conventions met on the unseen60 and unseen61 batches (fixer B1): a change told
roughly in tenths under what changed, and a show's premiere over what the show tells."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken


def test_a_rough_year_on_year_change_finishes_the_title_above_it() -> None:
    ed = seg(
        "前三季度全市快递业务量",
        "同比增长近三成",
        "本报讯（记者 黎  明）" + BODY,
    )
    assert heads(ed) == [(None, "前三季度全市快递业务量同比增长近三成", None)]


def test_a_change_in_times_finishes_the_title_too() -> None:
    ed = seg(
        "一季度新能源汽车上牌量",
        "同比增长约一倍",
        "本报讯（记者 黎  明）" + BODY,
    )
    assert heads(ed)[0][1] == "一季度新能源汽车上牌量同比增长约一倍"


def test_a_rough_change_under_a_line_closed_by_its_own_count_stays_the_subtitle() -> None:
    ed = seg(
        "全市法院去年审结各类案件8.6万件",
        "同比增长近三成",
        "本报讯（记者 黎  明）" + BODY,
    )
    assert heads(ed) == [(None, "全市法院去年审结各类案件8.6万件", "同比增长近三成")]


def test_a_premiere_over_what_the_show_tells_is_title_and_subtitle() -> None:
    ed = seg(
        "新编黄梅戏《山路弯弯》首演",
        "讲述山村教师三十年的坚守故事",
        "本报讯（记者 黎  明）" + BODY,
    )
    assert heads(ed) == [(None, "新编黄梅戏《山路弯弯》首演", "讲述山村教师三十年的坚守故事")]
    assert "讲述山村教师" not in spoken(ed)


def test_a_premiere_set_inside_the_lead_sentence_keeps_its_subtitle() -> None:
    ed = seg(
        "本报讯（记者 黎  明）10月13日晚，由市歌舞剧院创排的新编黄梅戏《山路弯弯》在市大剧院首演，",
        "新编黄梅戏《山路弯弯》首演",
        "讲述山村教师三十年的坚守故事",
        "1200余名观众观看演出。",
        MORE,
    )
    assert heads(ed)[0] == (None, "新编黄梅戏《山路弯弯》首演", "讲述山村教师三十年的坚守故事")
    assert "首演，1200余名观众观看演出。" in spoken(ed)


def test_two_lines_of_one_title_with_no_premiere_stay_one_title() -> None:
    ed = seg(
        "主场3:1逆转金陵星火",
        "甬城海港提前两轮保级成功",
        "本报讯（记者 黎  明）" + BODY,
    )
    assert heads(ed) == [(None, "主场3:1逆转金陵星火 甬城海港提前两轮保级成功", None)]

"""A title the layout broke over two lines, its first line unable to stand alone (a verb
wanting its object, a bare name over only its predicate, a time phrase, a scam's means), is one
title joined with no space, never a kicker over a title (segment_brokentitles)."""

from __future__ import annotations

from segkit import heads, seg

from audiopaper.segment_serieslabels import is_series_part

BODY = (
    "本报讯（记者 周  明）10月20日，有关方面召开会议，听取各方面对今后工作的意见和建议，",
    "与会人员围绕产业发展、民生保障等方面积极建言献策。",
)


def test_a_verb_wanting_its_object_is_finished_by_the_next_line() -> None:
    ed = seg("谋划“十四五”　奋进新征程", "市委召开座谈会听取", "“十四五”规划编制意见建议", *BODY)
    assert heads(ed) == [("谋划“十四五” 奋进新征程", "市委召开座谈会听取“十四五”规划编制意见建议", None)]


def test_a_bare_name_over_only_its_predicate_is_one_title() -> None:
    ed = seg("地铁1号线二期", "今日起试运营", *BODY)
    assert heads(ed) == [(None, "地铁1号线二期今日起试运营", None)]
    ed = seg("全民健身", "“淦林杯”城市足球联赛", "激战正酣", *BODY)
    assert heads(ed) == [("全民健身", "“淦林杯”城市足球联赛激战正酣", None)]


def test_a_time_phrase_over_the_news_of_that_time_is_one_title() -> None:
    ed = seg("世界杯决赛夜", "城区多家影院推出“观赛专场”", *BODY)
    assert heads(ed) == [(None, "世界杯决赛夜城区多家影院推出“观赛专场”", None)]


def test_a_scam_s_means_over_who_was_cheated_is_one_title() -> None:
    ed = seg("冒充“客服”称可退款", "女子被骗4万余元", *BODY)
    assert heads(ed) == [(None, "冒充“客服”称可退款女子被骗4万余元", None)]


def test_a_contest_name_over_a_clause_with_its_own_subject_stays_a_kicker() -> None:
    ed = seg("丰岚城市篮球联赛", "卫冕冠军主场加时险胜", *BODY)
    assert heads(ed) == [("丰岚城市篮球联赛", "卫冕冠军主场加时险胜", None)]


COMMENT = (
    "本报评论员",
    "进入四季度，全年目标任务的完成已进入倒计时。越是冲刺阶段，越需要拿出“拼”的劲头，",
    "一天也不耽误、一刻也不放松。",
)


def test_a_numbered_series_label_is_the_kicker_over_the_part_s_title() -> None:
    ed = seg("实干争先系列评论之一", "以“拼”的劲头冲刺四季度", *COMMENT)
    assert heads(ed) == [("实干争先系列评论之一", "以“拼”的劲头冲刺四季度", None)]


def test_a_series_named_without_its_number_is_left_to_the_shape_rules() -> None:
    assert not is_series_part("实干争先系列评论")
    assert is_series_part("乡村振兴系列报道之三")

"""Conventions of the unseen47 batch, story structure and bylines: a doctor writing a health
column is credited by the hospital's department (ending in 科) and their name, like an office's
contributor; a department over a clinic's or a column's word is no byline."""

from __future__ import annotations

from segkit import MORE, heads, seg, texts

TITLE = "春季养肝　饮食宜清淡"
ADVICE = "中医认为，春季与肝相应，是养肝护肝的好时节，饮食宜清淡，少吃油腻、辛辣食物。"


def test_a_hospital_department_and_a_doctors_name_under_a_columns_title_is_the_byline() -> None:
    ed = seg("名医坐诊", TITLE, "市中医院治未病科　何秀琴", ADVICE, MORE)
    assert heads(ed) == [("名医坐诊", "春季养肝 饮食宜清淡", None)]
    assert ed.stories[0].byline == "市中医院治未病科 何秀琴"
    assert texts(ed) == [[ADVICE, MORE]]


def test_a_spaced_two_character_name_after_a_county_hospitals_department_is_the_byline() -> None:
    ed = seg(TITLE, "县人民医院心内科　王  丽", ADVICE)
    assert heads(ed) == [(None, "春季养肝 饮食宜清淡", None)]
    assert ed.stories[0].byline == "县人民医院心内科 王 丽"


def test_a_department_over_a_clinics_word_is_no_byline() -> None:
    # "市中医院眼科　义诊": what the department does, never a doctor's name.
    ed = seg(TITLE, "市中医院眼科　义诊", ADVICE)
    assert all(s.byline != "市中医院眼科 义诊" for s in ed.stories)
    assert ed.stories[0].byline is None


def test_a_bare_department_letter_spaced_is_no_byline() -> None:
    # "儿科　答疑" names no hospital: a column's label, never a writer.
    ed = seg(TITLE, "儿科　答疑", ADVICE)
    assert all(s.byline != "儿科 答疑" for s in ed.stories)

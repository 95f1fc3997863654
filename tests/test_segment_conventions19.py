"""Story-structure conventions met on the twenty-second and twenty-third batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg

from audiopaper.model import Edition

DATELINE = "本报讯（记者 韦丽萍）"


def test_a_first_line_reporting_its_event_done_keeps_the_second_as_subtitle() -> None:
    ed = seg("沿江至海港货运班列开通", "农产品运输时间缩短一半", DATELINE + BODY)
    assert heads(ed) == [(None, "沿江至海港货运班列开通", "农产品运输时间缩短一半")]


def test_two_plain_clauses_of_like_length_with_no_event_stay_one_title() -> None:
    ed = seg("主场3:1逆转金陵星火", "甬城海港提前两轮保级成功", DATELINE + BODY)
    assert heads(ed) == [(None, "主场3:1逆转金陵星火 甬城海港提前两轮保级成功", None)]


def test_a_series_and_its_part_joined_by_a_middle_dot_is_the_kicker() -> None:
    ed = seg(
        "全市新建口袋公园十二处", DATELINE + BODY, "走基层·冬季农事", "大棚里的“冬日经济”", DATELINE + MORE
    )
    assert heads(ed)[1] == ("走基层·冬季农事", "大棚里的“冬日经济”", None)


def test_two_plain_lines_with_no_dot_stay_one_title() -> None:
    ed = seg(
        "全市新建口袋公园十二处", DATELINE + BODY, "走基层看冬季农事", "大棚里的“冬日经济”", DATELINE + MORE
    )
    assert heads(ed)[1] == (None, "走基层看冬季农事 大棚里的“冬日经济”", None)


def test_a_line_after_a_headline_list_never_printed_again_is_the_first_storys_kicker() -> None:
    ed = seg(
        "本版文章",
        "明年中考体育增设游泳 考生可自选项目",
        "小学生在楼顶种出一片菜园",
        "聚焦中考改革",
        "明年中考体育增设游泳 考生可自选项目",
        DATELINE + BODY,
        "小学生在楼顶种出一片菜园",
        DATELINE + MORE,
    )
    assert heads(ed)[0] == ("聚焦中考改革", "明年中考体育增设游泳 考生可自选项目", None)


def test_a_listed_title_printed_in_two_lines_stays_in_the_list() -> None:
    ed = seg(
        "本版文章",
        "明年中考体育增设游泳 考生可自选项目",
        "全市春运首周发送旅客突破86万人次",
        "明年中考体育增设游泳 考生可自选项目",
        DATELINE + BODY,
        "全市春运首周发送旅客",
        "突破86万人次",
        DATELINE + MORE,
    )
    assert heads(ed)[0] == (None, "明年中考体育增设游泳 考生可自选项目", None)
    assert "全市春运首周发送旅客突破86万人次" in reasons_text(ed)


def reasons_text(ed: Edition) -> str:
    """Every skipped line's text, run together."""
    return "".join(k.text for k in ed.skipped)

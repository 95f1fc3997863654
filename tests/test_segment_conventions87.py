"""Boxes never read, and a notice read, of the fifty-third and fifty-fourth unseen batches."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

HEAD = "市区新增十二处口袋公园"
NEXT = "集中供暖温度不达标？这些渠道可投诉"
LEAD = "本报讯（记者 季  禾）"


def test_a_weather_box_with_dated_days_and_degrees_below_zero_in_words_is_not_read() -> None:
    ed = seg(
        HEAD,
        BODY,
        "汝江天气",
        "今天（8日）　晴转多云　零下2℃～7℃　北风2级",
        "明天（9日）　多云转阴　零下5℃～3℃　北风4～5级",
        "10日　阴有小雪　零下8℃～零下1℃　北风3～4级",
        "空气质量：良　　穿衣指数：寒冷，宜穿羽绒服、棉衣",
        "汝江市气象台1月7日16时发布",
        NEXT,
        LEAD + MORE,
    )
    assert [h[1] for h in heads(ed)] == [HEAD, NEXT]
    assert all(reasons(ed)[n] == "weather" for n in range(3, 9))
    assert "℃" not in spoken(ed)


def test_a_story_line_with_a_date_and_degrees_under_no_weather_label_is_read() -> None:
    line = "10日　阴有小雪　零下8℃～零下1℃　北风3～4级"
    ed = seg(HEAD, BODY, line, MORE)
    assert 3 not in reasons(ed)
    assert "零下8℃" in spoken(ed)


GUIDE = [
    "今晚荧屏",
    "省卫视",
    "19:30　电视剧《春风里的约定》（21、22）",
    "22:00　综艺《欢乐一家人》",
    "泮江电视台新闻综合频道",
    "19:00　泮江新闻联播",
    "19:40　电视剧《青春岁月》（5、6）",
]


def test_a_tv_guide_in_blocks_each_channel_alone_over_its_programmes_is_not_read() -> None:
    ed = seg(HEAD, BODY, *GUIDE, NEXT, LEAD + MORE)
    assert [h[1] for h in heads(ed)] == [HEAD, NEXT]
    assert all(reasons(ed)[n] == "listing" for n in range(3, 3 + len(GUIDE)))
    assert "电视剧" not in spoken(ed)


def test_a_fixtures_box_under_its_label_names_no_channel_and_is_read() -> None:
    ed = seg(
        HEAD,
        BODY,
        "本周赛程",
        "9月17日（周六）15:30　江北队—临川队",
        "9月18日（周日）15:30　濠江队—江城队",
        NEXT,
        LEAD + MORE,
    )
    assert "本周赛程" in [h[1] for h in heads(ed)]
    assert "江北队—临川队" in spoken(ed)


def test_a_channel_row_of_times_and_programmes_each_a_cell_is_not_a_kicker() -> None:
    row = "濠江电视台综合频道　20:00　体育新闻　21:10　篮球天天看"
    ed = seg(HEAD, BODY, row, NEXT, LEAD + MORE)
    assert heads(ed)[1] == (None, NEXT, None)
    assert reasons(ed)[3] == "listing"

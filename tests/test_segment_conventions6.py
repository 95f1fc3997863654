"""Newspaper conventions met on the tenth batch of unseen pages, one small written page each."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, reasons, seg, texts

from audiopaper.segment_lines import is_headline_like
from audiopaper.segment_noise import classify_noise


def test_masthead_fields_side_by_side_are_never_read() -> None:
    assert classify_noise("今日8版　第12904期") == "masthead"
    assert classify_noise("中共湟川市委机关报　湟川日报社出版") == "masthead"
    assert classify_noise("今日8版　城区新建三所幼儿园") == ""  # one field beside a headline


def test_a_masthead_row_above_a_kicker_and_title_opens_no_story() -> None:
    ed = seg(
        "湟川日报",
        "中共湟川市委机关报　湟川日报社出版",
        "今日8版　第12904期",
        "守护“中华水塔”　建设生态高地",
        "全市生态保护和高质量发展推进会召开",
        "　　本报讯（记者 马晓婷）" + BODY,
    )
    assert heads(ed) == [("守护“中华水塔” 建设生态高地", "全市生态保护和高质量发展推进会召开", None)]
    assert reasons(ed)[3] == "masthead"


def test_a_headline_may_end_in_a_noun_of_place_ending_in_di() -> None:
    assert is_headline_like("建设生态高地")
    assert is_headline_like("春到湿地")
    assert not is_headline_like("大家都认认真真地")  # an adverb's 地 still cuts a sentence
    assert not is_headline_like("孩子们高高地")
    assert is_headline_like("打造三大基地")


def test_a_flush_line_after_a_finished_sentence_in_an_indented_dump_goes_on() -> None:
    ed = seg(
        "城区市场货足价稳",
        "　　本报讯（记者 王  斌）" + BODY,
        "　　“双节”期间，市场监管部门将加强对节令商品的价格和质量检查。",
        "市民可拨打12315反映价格违法行为。",
        "　　" + MORE,
    )
    assert paragraph_lines(ed) == [(2,), (3, 4), (5,)]


def test_a_flush_item_in_an_indented_dump_stays_its_own_paragraph() -> None:
    ed = seg(
        "专家提醒市民注意防暑",
        "　　本报讯（记者 王  斌）" + BODY,
        "　　专家提醒：",
        "1.避免正午外出。",
        "2.多喝水。",
    )
    assert paragraph_lines(ed)[-2:] == [(4,), (5,)]


def test_an_event_headline_under_a_theme_line_is_the_title() -> None:
    ed = seg("“花儿”唱响夏夜广场", "首届夏都“花儿”音乐周开幕", "　　本报讯（记者 马  琳）" + BODY)
    assert heads(ed) == [("“花儿”唱响夏夜广场", "首届夏都“花儿”音乐周开幕", None)]


def test_two_plain_lines_without_an_event_verb_stay_one_title() -> None:
    ed = seg("主场3:1逆转金陵星火", "甬城海港提前两轮保级成功", "　　本报讯（记者 马  琳）" + BODY)
    assert heads(ed) == [(None, "主场3:1逆转金陵星火 甬城海港提前两轮保级成功", None)]


def test_a_weather_box_under_its_label_is_never_read() -> None:
    ed = seg(
        "城区新增便民菜市场",
        "　　本报讯（记者 王海燕）" + BODY,
        "今明天气",
        "　　今天：多云，局部有雷阵雨　26℃～34℃",
        "　　明天：多云　26℃～35℃",
        "城区新增3处停车场",
        "　　本报讯（记者 王海燕）" + MORE,
    )
    assert [h[1] for h in heads(ed)] == ["城区新增便民菜市场", "城区新增3处停车场"]
    assert {reasons(ed)[n] for n in (3, 4, 5)} == {"weather"}


def test_a_weather_label_over_text_is_a_headline() -> None:
    ed = seg("今明天气", "　　本报讯（记者 王海燕）今明两天我市多云，局部有雷阵雨，最高气温34℃。")
    assert heads(ed) == [(None, "今明天气", None)]
    assert texts(ed) == [["今明两天我市多云，局部有雷阵雨，最高气温34℃。"]]


def test_a_sentence_about_tomorrows_weather_is_news() -> None:
    assert classify_noise("明天：多云转晴，气温12至20℃") == ""

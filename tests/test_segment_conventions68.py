"""Conventions of unread lines, met on the forty-sixth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

MASTHEAD = ("测试日报", "A02", "要闻")
BREAK = "春节期间本报2月4日至2月10日休刊，2月11日恢复正常出版"


def test_the_paper_s_notice_of_a_break_in_publication_is_never_read() -> None:
    # A line set apart after the last story's finished text: the paper's own notice, not news.
    ed = seg(*MASTHEAD, "城区新增3处临时停车场", "本报讯（记者 余  晴）" + BODY, "　　" + MORE, BREAK)
    assert reasons(ed)[7] == "house notice"
    assert spoken(ed) == BODY + MORE
    assert heads(ed) == [(None, "城区新增3处临时停车场", None)]


def test_a_notice_of_a_break_wrapped_onto_a_second_line_is_never_read() -> None:
    ed = seg(
        *MASTHEAD,
        "城区新增3处临时停车场",
        "本报讯（记者 余  晴）" + BODY,
        "国庆期间本报10月2日至10月6日休刊，10月7日起恢复",
        "正常出版。敬请读者留意。",
        "全市秋粮收购工作启动",
        "本报讯（记者 连  晓）" + MORE,
    )
    assert reasons(ed)[6] == "house notice" and reasons(ed)[7] == "house notice"
    assert spoken(ed) == BODY + MORE
    assert [s.title for s in ed.stories] == ["城区新增3处临时停车场", "全市秋粮收购工作启动"]


def test_a_titled_notice_of_a_break_is_never_read() -> None:
    ed = seg(*MASTHEAD, "城区新增3处临时停车场", "本报讯（记者 余  晴）" + BODY, "休刊启事", BREAK + "。")
    assert reasons(ed)[6] == "house notice" and reasons(ed)[7] == "house notice"
    assert spoken(ed) == BODY


def test_the_paper_s_history_told_in_a_story_is_read() -> None:
    # Negative: a story telling when the paper stopped and came back is news, every line read.
    history = "1942年12月本报被迫停刊，1945年9月起恢复出版。"
    ed = seg(*MASTHEAD, "本报创刊八十周年座谈会召开", "本报讯（记者 程丽君）" + BODY, history, MORE)
    assert spoken(ed) == BODY + history + MORE
    assert not reasons(ed).keys() & {5, 6, 7}


def test_a_lead_reporting_another_paper_s_break_is_read() -> None:
    # Negative: "本报讯…休刊" is a story's lead, and a line running on from an open one is its text.
    lead = "本报讯（记者 连  晓）春节期间市图书馆2月4日至2月10日闭馆，2月11日恢复开放。"
    ed = seg(*MASTHEAD, "市图书馆春节闭馆一周", lead, "记者了解到，春节期间本报", "2月4日至2月10日休刊。")
    assert "休刊" in spoken(ed)
    assert not reasons(ed).keys() & {5, 6, 7}

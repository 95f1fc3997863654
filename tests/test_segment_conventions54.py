"""Headline-stack conventions met on the fortieth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, texts


def test_an_event_hosted_broken_inside_its_name_is_one_title() -> None:
    # "举办" takes the event as its object; the line under it only finishes the event's name.
    ed = seg("我市在沪举办现代农业", "产业招商推介会", "——现场签约项目9个", "本报讯　" + BODY, MORE)
    assert heads(ed) == [(None, "我市在沪举办现代农业产业招商推介会", "现场签约项目9个")]
    assert texts(ed) == [[BODY, MORE]]


def test_an_event_named_whole_keeps_the_next_line_apart() -> None:
    # "…召开专题协商会" names the whole event: the line under it is not the rest of its name.
    ed = seg("市政协召开专题协商会", "文化产业发展论坛", BODY)
    assert heads(ed)[0][1] != "市政协召开专题协商会文化产业发展论坛"
    # A second line with a verb of its own is a clause, not an event's name.
    ed = seg("我市在沪举办现代农业", "签约项目九个", BODY)
    assert heads(ed)[0][1] != "我市在沪举办现代农业签约项目九个"


def test_a_numbered_edition_over_its_opening_date_is_one_title() -> None:
    # The event's name and when it opens, numbered or not, as an e-paper's list sets it on one line.
    ed = seg("第八届松湖冰灯节", "12月28日开幕", "——六大板块活动贯穿整个冬季", BODY, MORE)
    assert heads(ed) == [(None, "第八届松湖冰灯节12月28日开幕", "六大板块活动贯穿整个冬季")]
    ed = seg("第八届松湖冰灯节", "12月28日启幕", BODY)
    assert heads(ed) == [(None, "第八届松湖冰灯节12月28日启幕", None)]


def test_an_unnumbered_event_over_its_month_stays_one_title() -> None:
    # No edition's number: the event's name and when it starts are one title.
    ed = seg("冰雪文化旅游季", "12月启幕", BODY)
    assert heads(ed) == [(None, "冰雪文化旅游季12月启幕", None)]
    # An edition opening tonight finishes its name as one title (the edition rule of runon).
    ed = seg("松湖第十二届灯会", "今晚在滨江公园开幕", BODY)
    kicker, title, _ = heads(ed)[0]
    assert kicker is None and title.replace(" ", "") == "松湖第十二届灯会今晚在滨江公园开幕"


def test_a_numbered_list_ends_at_its_first_unnumbered_line() -> None:
    # An e-paper's numbered headline list; the first story's stack names its title in other words.
    ed = seg(
        "本版标题",
        "1. 松湖冰灯节12月28日开幕",
        "2. 市图书馆延长开放时间",
        "第八届松湖冰灯节",
        "12月28日开幕",
        "——六大板块活动贯穿整个冬季",
        BODY,
        MORE,
        "市图书馆延长开放时间",
        "本报讯　" + MORE,
    )
    assert reasons(ed).get(2) == "headline list" and reasons(ed).get(3) == "headline list"
    assert 4 not in reasons(ed) and 5 not in reasons(ed)
    assert heads(ed)[0] == (None, "第八届松湖冰灯节12月28日开幕", "六大板块活动贯穿整个冬季")
    assert texts(ed)[0] == [BODY, MORE]

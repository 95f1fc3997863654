"""Conventions of the unseen51 batch, headline stacks: a meeting setting out work
(``国务院常务会议部署`` / ``进一步做好冬季农业生产工作``) is the kicker over what it set out, like
``…会议要求`` or ``…时强调``; a plan named as a noun (``防汛工作全面部署``) closes a title."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

DATELINE = "新华社北京11月19日电 国务院总理19日主持召开国务院常务会议，研究部署做好冬季农业生产工作。"


def test_a_meeting_setting_out_work_is_the_kicker_over_its_title() -> None:
    ed = seg("国务院常务会议部署", "进一步做好冬季农业生产工作", DATELINE, MORE)
    assert heads(ed) == [("国务院常务会议部署", "进一步做好冬季农业生产工作", None)]
    assert texts(ed) == [[DATELINE.split(" ", 1)[1], MORE]]


def test_a_standing_committee_studying_and_setting_out_is_a_kicker_too() -> None:
    ed = seg("省委常委会研究部署", "全力做好岁末年初安全生产工作", "本报讯（记者 韦承志）" + BODY)
    assert heads(ed) == [("省委常委会研究部署", "全力做好岁末年初安全生产工作", None)]


def test_a_plan_named_as_a_noun_is_no_kicker() -> None:
    # "工作部署" names the plan, the news itself: never a kicker over the line under it.
    ed = seg("我市防汛工作全面部署", "汛期前完成全部隐患排查", "本报讯（记者 钱  敏）" + BODY)
    assert [h[0] for h in heads(ed)] == [None]
    assert heads(ed)[0][1].startswith("我市防汛工作全面部署")


def test_a_meeting_line_alone_over_its_text_is_the_title() -> None:
    ed = seg("国务院常务会议部署", DATELINE, MORE)
    assert heads(ed) == [(None, "国务院常务会议部署", None)]

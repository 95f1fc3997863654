"""Conventions of story structure and bylines, met on the forty-fifth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, paragraph_lines, reasons, seg, spoken

MASTHEAD = ("测试都市报", "A04")


def test_a_sentence_s_tail_shaped_like_a_hotline_finishes_the_open_sentence() -> None:
    # "…应立即关闭进户阀门并拨打" / "24小时服务热线96069报修。": the column cut the sentence before
    # the hotline; its tail ends with a full stop, so it is text, read with the sentence.
    ed = seg(
        *MASTHEAD,
        "今起热网注水试压 15日正式供暖",
        "本报讯（记者 韩  冬）" + BODY,
        "热力集团提醒，发现暖气片漏水，应立即关闭进户阀门并拨打",
        "24小时服务热线96069报修。",
        MORE,
    )
    assert (
        spoken(ed)
        == BODY + "热力集团提醒，发现暖气片漏水，应立即关闭进户阀门并拨打24小时服务热线96069报修。" + MORE
    )
    assert 6 not in reasons(ed)
    assert (5, 6) in paragraph_lines(ed)


def test_the_paper_s_hotline_under_an_open_line_stays_unread() -> None:
    # Negative: the footer's hotline has a field's label and no full stop: never the sentence's tail.
    ed = seg(
        *MASTHEAD,
        "今起热网注水试压 15日正式供暖",
        "本报讯（记者 韩  冬）" + BODY,
        "热力集团提醒，发现暖气片漏水，应立即关闭进户阀门并拨打",
        "都市报新闻热线：0471-6688110",
    )
    assert 6 in reasons(ed)
    assert "0471" not in spoken(ed)

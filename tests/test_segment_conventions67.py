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


QUOTE = "记者看到，市政工人正在清理路面淤泥。“路面不清干净，早上上班高峰容易出事。”"
SPEAKER = "市政养护工人老马说，他们从晚上9点干到现在，还没顾上吃饭。"


def test_a_quote_s_speaker_named_after_a_column_break_goes_on_with_its_paragraph() -> None:
    # A quote with no speaker named before it, the column cut after it: the line naming the
    # speaker first ("老马说，…") is the same paragraph.
    ed = seg(*MASTHEAD, "他们连夜抢修 让城市恢复“元气”", "晚报记者　周  涛", BODY, QUOTE, SPEAKER, MORE)
    assert [p.text for p in ed.stories[0].paragraphs] == [BODY, QUOTE + SPEAKER, MORE]


def test_a_speaker_after_a_quote_already_introduced_opens_a_paragraph() -> None:
    # Negative: the quote was introduced ("他说：“…”"): the next speaker's line is a paragraph.
    said = "市政工人老周说：“路面不清干净，早上上班高峰容易出事。”"
    ed = seg(*MASTHEAD, "他们连夜抢修 让城市恢复“元气”", "晚报记者　周  涛", BODY, said, SPEAKER, MORE)
    assert [p.text for p in ed.stories[0].paragraphs] == [BODY, said, SPEAKER, MORE]

"""Conventions of story structure and bylines, met on the forty-fifth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, reasons, seg, spoken

MASTHEAD = ("测试都市报", "A04", "都市新闻")


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
    assert 7 not in reasons(ed)
    assert (6, 7) in paragraph_lines(ed)


def test_the_paper_s_hotline_under_an_open_line_stays_unread() -> None:
    # Negative: the footer's hotline has a field's label and no full stop: never the sentence's tail.
    ed = seg(
        *MASTHEAD,
        "今起热网注水试压 15日正式供暖",
        "本报讯（记者 韩  冬）" + BODY,
        "热力集团提醒，发现暖气片漏水，应立即关闭进户阀门并拨打",
        "都市报新闻热线：0471-6688110",
    )
    assert 7 in reasons(ed)
    assert "0471" not in spoken(ed)
    assert heads(ed) == [(None, "今起热网注水试压 15日正式供暖", None)]


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


QUESTION = "问：我家老人今年刚满65岁，乘坐公交车能免费吗？需要办什么卡？"
ANSWER = "答：记者从市公交集团了解到，年满65周岁的本市户籍老人可办理老年卡，乘车免费。"


def test_a_headline_over_a_reader_s_signed_question_opens_a_q_and_a_box() -> None:
    # "读者热线" / "问：…（读者 孙女士）" / "答：…" under a finished story: the readers' box is
    # an item of its own, never the story's sub-head.
    asked = QUESTION + "（读者 孙女士）"
    ed = seg(
        *MASTHEAD,
        "生活垃圾分类积分可兑换日用品",
        "本报讯（记者 蒋一鸣）" + BODY,
        MORE,
        "读者热线",
        asked,
        ANSWER,
    )
    assert heads(ed) == [(None, "生活垃圾分类积分可兑换日用品", None), (None, "读者热线", None)]
    assert ed.stories[1].byline is None
    assert [p.text for p in ed.stories[1].paragraphs] == [asked, ANSWER]


def test_a_q_and_a_on_the_story_s_topic_with_unsigned_questions_stays_its_sidebar() -> None:
    # Negative: "政策问答" over unsigned questions on the story's own topic is its sub-head.
    ed = seg(
        *MASTHEAD,
        "老旧小区加装电梯 今年再装200台",
        "本报讯（记者 季  宁）" + BODY,
        MORE,
        "政策问答",
        QUESTION,
        ANSWER,
    )
    assert [s.title for s in ed.stories] == ["老旧小区加装电梯 今年再装200台"]
    assert [p.kind for p in ed.stories[0].paragraphs][-3:] == ["subhead", "body", "body"]


SIGNED = "8月7日晚，城南某小区两名居民因遛狗未牵绳发生争执，民警赶到调解，双方握手言和。（晚报记者 孔德明）"


def test_a_headline_over_text_signed_at_its_foot_after_a_dated_story_opens_an_item() -> None:
    # The story above was signed at its top by its dateline; text under a headline ending in its
    # own bracketed signature is a short item of its own, never a section of that story.
    ed = seg(
        *MASTHEAD,
        "暑期“防溺水”宣传走进村组",
        "晚报讯（记者 孔德明）" + BODY,
        MORE,
        "遛狗未牵绳 两邻居起争执",
        SIGNED,
    )
    assert [s.title for s in ed.stories] == ["暑期“防溺水”宣传走进村组", "遛狗未牵绳 两邻居起争执"]
    assert ed.stories[1].byline is None
    assert [p.text for p in ed.stories[1].paragraphs] == [SIGNED]


def test_a_sub_head_over_plain_text_stays_the_dated_story_s() -> None:
    # Negative: the text under the headline is not signed: the headline is the story's sub-head.
    plain = "8月7日晚，城南某小区两名居民因遛狗未牵绳发生争执，民警赶到调解，双方握手言和。"
    ed = seg(
        *MASTHEAD,
        "暑期“防溺水”宣传走进村组",
        "晚报讯（记者 孔德明）" + BODY,
        MORE,
        "遛狗未牵绳 两邻居起争执",
        plain,
    )
    assert [s.title for s in ed.stories] == ["暑期“防溺水”宣传走进村组"]
    assert [p.kind for p in ed.stories[0].paragraphs][-2:] == ["subhead", "body"]

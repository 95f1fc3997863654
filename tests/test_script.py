"""The episode script: order, voices, pauses, chunking."""

from audiopaper.config import Pauses, Profile
from audiopaper.model import Edition, Paragraph, Story, Voice
from audiopaper.script import MAX_CHUNK, chunk, intro_text, plan, sentences, split_text

VOICES = {
    "fake": {
        "announcer": Voice("anchor"),
        "headline": Voice("news", rate="-5%"),
        "body": Voice("reader"),
    }
}
PROFILE = Profile("t", "", VOICES, Pauses(1.0, 0.5, 0.3, 2.0, 1.5))


def story(sid, title, *paras, **kw):
    return Story(sid, title, tuple(Paragraph("body", p) for p in paras), **kw)


EDITION = Edition(
    "郑州日报",
    "2023-12-02",
    (1,),
    (
        story(
            "p1-s01",
            "标题一",
            "第一段。",
            "第二段。",
            kicker="引题",
            subtitle="——副题",
            byline="本报讯(记者 王红)",
        ),
        story("p1-s02", "标题二", "只有一段。"),
    ),
)


def identity(text):
    return text


def test_intro_names_paper_date_weekday_and_count():
    text = intro_text(EDITION)
    assert "郑州日报" in text and "2023年12月2日" in text and "星期六" in text and "共2条新闻" in text


def test_plan_orders_intro_headlines_bodies_outro_with_role_voices():
    utts = plan(EDITION, PROFILE, "fake", speak=identity, speak_byline=lambda b: "本报记者王红报道")
    assert [u.id for u in utts] == [
        "intro-u000",
        "p1-s01-u000", "p1-s01-u001", "p1-s01-u002", "p1-s01-u003",
        "p1-s02-u000", "p1-s02-u001",
        "outro-u000",
    ]  # fmt: skip
    head = utts[1]
    assert head.role == "headline" and head.voice == Voice("news", rate="-5%")
    assert head.spoken == "第1条。引题。标题一。副题。"
    assert utts[2].spoken == "本报记者王红报道" and utts[2].text == "本报讯(记者 王红)"
    assert utts[3].voice.name == "reader"
    assert [u.pause_after_s for u in utts] == [1.0, 0.5, 0.3, 0.3, 2.0, 0.5, 2.0, 0.0]


def test_dateline_left_out_when_profile_says_so():
    quiet = Profile("q", "", VOICES, PROFILE.pauses, read_dateline=False)
    utts = plan(EDITION, quiet, "fake", speak=identity, speak_byline=lambda b: "本报记者王红报道")
    assert not any("王红" in u.spoken for u in utts)


def test_display_text_kept_while_spoken_text_normalized():
    utts = plan(EDITION, PROFILE, "fake", speak=lambda t: t.replace("一", "1"))
    body = [u for u in utts if u.story_id == "p1-s01" and u.role == "body"][0]
    assert body.text == "第一段。" and body.spoken == "第1段。"


def test_paragraphs_that_say_nothing_are_dropped():
    ed = Edition("某报", "2024-01-01", (1,), (story("p1-s01", "题", "……", "正文。"),))
    utts = plan(ed, PROFILE, "fake", speak=lambda t: "" if set(t) <= set("…—") else t)
    assert [u.spoken for u in utts if u.role == "body"] == ["正文。"]
    assert all(u.spoken.strip() for u in utts)


def test_sentences_keep_end_marks_and_closing_quotes():
    assert sentences("他说：“好。”我们走吧！真的？") == ["他说：“好。”", "我们走吧！", "真的？"]


def test_long_paragraph_is_cut_at_sentence_ends_within_the_limit():
    text = "这是一个比较长的句子，里面有逗号。" * 200
    parts = chunk(text, identity)
    assert len(parts) > 1
    assert all(len(said) <= MAX_CHUNK for _, said in parts)
    assert all(said.endswith("。") for _, said in parts)
    assert "".join(said for _, said in parts) == text
    assert "".join(shown for shown, _ in parts) == text


def test_text_without_sentence_marks_is_still_cut():
    assert [len(p) for p in split_text("字" * 2500)] == [1000, 1000, 500]


def test_photo_captions_are_announced_as_such_but_shown_as_printed():
    ed = Edition(
        "某报", "2024-01-01", (1,),
        (Story("p1-s01", "题", (Paragraph("caption", "市民在公园赏花。"), Paragraph("body", "正文。"))),),
    )  # fmt: skip
    body = [u for u in plan(ed, PROFILE, "fake", speak=identity) if u.role == "body"]
    assert [(u.text, u.spoken) for u in body] == [
        ("市民在公园赏花。", "图片说明：市民在公园赏花。"),
        ("正文。", "正文。"),
    ]

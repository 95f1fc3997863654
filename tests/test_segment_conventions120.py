"""Signatures and readers' letters of the sixty-fourth and sixty-fifth unseen batches: the paper's
commentator signing a comment at its foot is its byline, and a letter's headline right over its
salutation opens a story of its own under another piece's finished text."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken, texts


def test_the_papers_commentator_at_a_comments_foot_is_its_byline() -> None:
    ed = seg(
        "高质量发展要靠实干",
        "新的一年，全市经济工作的任务书已经下达。蓝图绘就，关键在干。",
        "广大党员干部要拿出钉钉子的精神，以实干实绩推动高质量发展。",
        "本报评论员",
        "天气预报：今天阴转小雨　-1℃～6℃　东北风3～4级",
    )
    assert [s.title for s in ed.stories] == ["高质量发展要靠实干"]
    assert ed.stories[0].byline == "本报评论员"
    assert "本报评论员" not in spoken(ed)


def test_a_commentator_under_a_headline_still_bylines_the_comment_below() -> None:
    ed = seg("高质量发展要靠实干", "本报评论员", BODY, MORE)
    assert [(s.title, s.byline) for s in ed.stories] == [("高质量发展要靠实干", "本报评论员")]
    assert texts(ed) == [[BODY, MORE]]


LETTER = (
    "一张暖心的退费单",
    "　　编辑同志：",
    "　　春节前，我母亲在城东一家药店买了一台血压计，回家后发现不会用。",
    "　　店员上门教母亲使用，还给办理了退货。特向这家药店表示感谢！",
    "读者　韦秀英",
)


def test_a_letters_headline_over_its_salutation_opens_a_story_of_its_own() -> None:
    ed = seg("守了十年的山顶瞭望塔", "　　" + BODY, "　　" + MORE, *LETTER)
    assert [s.title for s in ed.stories] == ["守了十年的山顶瞭望塔", "一张暖心的退费单"]
    assert ed.stories[1].byline == "读者 韦秀英"
    assert texts(ed)[1][0] == "编辑同志："
    assert "韦秀英" not in spoken(ed)


def test_a_sub_head_over_plain_text_stays_in_the_story() -> None:
    ed = seg("守了十年的山顶瞭望塔", "　　" + BODY, "一张暖心的退费单", "　　" + MORE, "　　" + BODY)
    assert heads(ed)[0][1] == "守了十年的山顶瞭望塔"
    assert len(ed.stories) == 1


CLASSICAL_POEM = (
    "登高",
    "九九重阳后，",
    "霜风上北山。",
    "层林染新色，",
    "白发倚石栏。",
    "雁字书天远，",
    "菊香入梦还。",
    "◎任远山",
)


def test_a_classical_poem_signed_at_its_foot_is_a_story_of_its_own() -> None:
    ed = seg("秋天的石板街", "　　" + BODY, "　　" + MORE, *CLASSICAL_POEM, "周末活动预告", "　　" + BODY)
    assert [s.title for s in ed.stories] == ["秋天的石板街", "登高", "周末活动预告"]
    assert ed.stories[1].byline == "任远山"
    assert texts(ed)[1] == [ln for ln in CLASSICAL_POEM[1:-1]]
    assert texts(ed)[0] == [BODY, MORE]


def test_short_prose_lines_of_other_lengths_are_no_classical_verse() -> None:
    lines = ("九九重阳节后，", "霜风吹上北山。", "层林染上新色，", "白发倚着石栏。")
    ed = seg(
        "秋天的石板街", "　　" + BODY, "　　" + MORE, "登高", *lines, "◎任远山", "周末活动预告", "　　" + BODY
    )
    assert "".join(lines) in [t for ts in texts(ed) for t in ts]

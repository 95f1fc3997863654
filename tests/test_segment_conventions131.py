"""Signatures and poems met on the sixty-eighth and sixty-ninth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken

NOTE = "（作者单位：中共某市委党校）"
POEM = [
    "　　窗外的雪，下得很轻",
    "　　像母亲在灯下",
    "　　一针一线，缝着",
    "　　我远行的棉衣",
    "　　炉火渐渐暗了",
]


def test_a_solid_name_under_an_author_note_signs_the_comment_above() -> None:
    ed = seg(
        "一家之言", "别让调研走了样", BODY, NOTE, "储晓岚", "读者来信", "小区加装电梯　希望再快一点", MORE
    )
    assert ed.stories[0].byline == "储晓岚"
    assert "储晓岚" not in spoken(ed)
    assert heads(ed)[1][0] == "读者来信"


def test_a_solid_name_under_finished_text_with_no_note_is_no_signature() -> None:
    ed = seg("一家之言", "别让调研走了样", BODY, "储晓岚", "读者来信", "小区加装电梯　希望再快一点", MORE)
    assert ed.stories[0].byline != "储晓岚"


def test_a_compiler_credit_in_brackets_closes_the_box_above() -> None:
    ed = seg(
        "网言网语",
        "●“社区托育点离家只有几百米，接送孩子再也不用请假了。”——网友“槐花香”",
        "●“加装电梯是好事，施工期间的噪声也要考虑周全。”——网友“老城西”",
        "（郝  蕾 辑）",
        "快评",
        "文明旅游　从点滴做起",
        BODY,
    )
    assert [s.byline for s in ed.stories][0] is not None
    assert "郝" in ed.stories[0].byline and "辑" in ed.stories[0].byline
    assert heads(ed)[1][0] == "快评"
    assert "郝" not in spoken(ed)


def test_a_bracketed_column_word_is_no_compiler_credit() -> None:
    ed = seg(
        "网言网语", "●“接送孩子再也不用请假了。”——网友“槐花香”", "（快评）", "文明旅游　从点滴做起", BODY
    )
    assert all(s.byline is None or "快评" not in s.byline for s in ed.stories)


def test_an_indented_poem_signed_under_its_title_ends_at_the_next_flush_stack() -> None:
    ed = seg(
        "冬夜听雪",
        "林  渡",
        *POEM,
        "读者来信",
        "谢谢你，送我回家的公交司机",
        "　　编辑同志：1月20日傍晚，我在城北菜场买完菜，坐上了28路公交车。车到站时，我一脚踩空，",
        "摔倒在站台上，菜撒了一地。",
        "读者　何桂英",
    )
    assert heads(ed)[0] == (None, "冬夜听雪", None)
    assert ed.stories[0].byline.replace(" ", "") == "林渡"
    assert "像母亲在灯下" in spoken(ed)
    assert heads(ed)[1] == ("读者来信", "谢谢你，送我回家的公交司机", None)


def test_flush_short_lines_under_a_signed_title_are_no_indented_poem() -> None:
    ed = seg("冬夜听雪", "林  渡", *[ln.strip("　") for ln in POEM[:2]], "读者来信", "谢谢你", BODY)
    assert "像母亲在灯下" not in spoken(ed)


def test_a_short_label_after_web_meta_under_an_author_note_heads_the_next_piece() -> None:
    ed = seg(
        "外婆的栀子花",
        "□ 叶青禾",
        BODY,
        NOTE,
        "来源：某某晚报　编辑：陈思远",
        "新书架",
        "一座港城的百年记忆",
        "□ 吴敬之",
        MORE,
    )
    assert heads(ed)[-1] == ("新书架", "一座港城的百年记忆", None)


def test_a_headline_under_a_titled_photo_items_credit_opens_a_story() -> None:
    ed = seg(
        "苇荡雪霁",
        "　　1月下旬，一场小雪过后的城北湿地公园。",
        "袁  野　摄",
        "年货",
        "　　" + BODY,
        "　　" + MORE,
        "□周小满",
    )
    assert [h[1] for h in heads(ed)] == ["苇荡雪霁", "年货"]
    assert ed.stories[1].byline == "周小满"
    assert "袁" not in spoken(ed)


def test_a_photo_credit_inside_a_story_with_no_title_over_its_caption_opens_nothing() -> None:
    ed = seg("老街深处的木偶戏班", BODY, MORE, "▲黄振邦在指导徒弟。", "袁  野　摄", "后继有人", BODY, MORE)
    assert len(ed.stories) == 1


def test_a_kind_label_under_an_author_note_is_no_signature() -> None:
    ed = seg(
        "一座小城的老照片",
        "□钱穆青",
        "　　" + BODY,
        "　　（作者为某市作家协会会员）",
        "摄影",
        "秋韵",
        MORE,
        "陶  然　摄",
    )
    assert all(s.byline != "摄影" for s in ed.stories)


def test_a_column_label_under_an_author_note_heads_the_next_piece() -> None:
    # "今日谈" over a title and its text is that piece's kicker, never the signature above it.
    ed = seg(
        "勇于担当善作为",
        BODY,
        "（作者为某市委党校副教授）",
        "今日谈",
        "“一米线”里见文明",
        MORE,
        "蔚  然",
    )
    assert [(s.kicker, s.title) for s in ed.stories] == [
        (None, "勇于担当善作为"),
        ("今日谈", "“一米线”里见文明"),
    ]
    assert ed.stories[0].byline is None

"""Lines never read: the paper's hotline boxes, guide boxes, photo-item labels, banners (the
fifty-third and fifty-fourth unseen batches)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

from audiopaper.segment_footers import footer_reason

HEAD = "社区食堂开进老小区"
BYLINE = "本报讯（记者 林  舟）"


def test_the_page_line_and_the_papers_app_after_a_story_are_never_read() -> None:
    ed = seg(HEAD, BYLINE + BODY, MORE, "本版热线：0736-8218888　滨江晚报客户端“滨江”扫码下载")
    (story,) = ed.stories
    assert "热线" not in spoken(ed)
    assert story.paragraphs[-1].text.endswith(MORE)
    assert reasons(ed)[4] == "reader service"


def test_a_tip_line_and_the_apps_channel_under_the_header_are_no_story() -> None:
    ed = seg("社会", "爆料热线：0745-2288110　滨江晚报APP“帮忙”频道", HEAD, BYLINE + BODY, MORE)
    assert [s.title for s in ed.stories] == [HEAD]
    assert "热线" not in spoken(ed)


def test_a_call_for_tips_with_its_reward_is_never_read_nor_its_label() -> None:
    ed = seg(
        HEAD, BYLINE + BODY, MORE, "热线有奖", "拨打本报新闻热线0580-96580提供新闻线索，一经采用即付报料奖"
    )
    (story,) = ed.stories
    assert "热线" not in spoken(ed)
    assert story.paragraphs[-1].text.endswith(MORE)


def test_a_hotline_in_a_storys_sentence_or_beside_no_app_is_read() -> None:
    assert footer_reason("市民如发现类似情况，可拨打本报新闻热线0580-96580反映。") == ""
    assert footer_reason("咨询热线：0745-2288110　滨江晚报APP") == ""
    assert footer_reason("咨询热线：0745-2288110　“帮忙”频道") == ""


GUIDE = [
    "今日看点",
    "【市民】公交票价听证会举行　多数代表赞成降价",
    "听证会上，23名代表围绕两套调价方案发表了意见。　详见6版",
    "【文体】本市选手获全国青年举重锦标赛金牌",
    "详见7版",
]


def test_a_guide_box_with_a_summary_is_teasers_its_label_and_summary_never_read() -> None:
    ed = seg(HEAD, BYLINE + BODY, MORE, *GUIDE)
    assert [s.title for s in ed.stories] == [HEAD]
    assert [(t.page) for t in ed.teasers] == [6, 7]
    assert "看点" not in spoken(ed) and "听证会" not in spoken(ed)
    assert reasons(ed)[4] == "chrome"
    assert reasons(ed)[6] == "teaser summary"


def test_a_storys_last_paragraph_pointing_on_is_still_read() -> None:
    last = "据悉，听证会的具体方案将另行公布，代表们还提出了不少建议。　详见6版"
    ed = seg(HEAD, BYLINE + BODY, last)
    assert [s.title for s in ed.stories] == [HEAD]
    assert "代表们还提出了不少建议" in spoken(ed)


def test_a_guide_word_over_a_storys_headline_and_text_is_left() -> None:
    ed = seg("今日看点", HEAD, BYLINE + BODY, MORE)
    assert heads(ed) == [("今日看点", HEAD, None)]
    assert 1 not in reasons(ed)


PHOTO = [
    "银杏“黄金大道”迎客来",
    "11月4日，市民在公园银杏大道拍照，树叶变黄，吸引众多市民前来观赏。",
    "本报记者　黎  朗　摄",
]


def test_a_photo_columns_name_over_a_photo_item_is_no_kicker_and_never_read() -> None:
    ed = seg(HEAD, BYLINE + BODY, MORE, "城市表情", *PHOTO)
    assert heads(ed) == [(None, HEAD, None), (None, PHOTO[0], None)]
    assert "表情" not in spoken(ed)
    assert reasons(ed)[4] == "section label"


def test_a_photo_columns_name_over_a_story_with_no_credit_is_left() -> None:
    ed = seg("城市表情", HEAD, BYLINE + BODY, MORE)
    assert heads(ed) == [("城市表情", HEAD, None)]


def test_a_celebrations_banner_and_its_years_over_a_special_page_are_never_read() -> None:
    ed = seg(
        "专版",
        "热烈庆祝滨江撤县设市三十周年",
        "1984—2014",
        "三十而立　滨江正青春",
        HEAD,
        "本报记者　林  舟",
        BODY,
        MORE,
    )
    (story,) = ed.stories
    assert story.title == HEAD
    assert "庆祝" not in spoken(ed) and "1984—2014" not in spoken(ed)
    assert reasons(ed)[2] == reasons(ed)[3] == "slogan"


def test_a_headline_on_what_a_celebration_did_is_read() -> None:
    title = "庆祝建市三十周年文艺晚会举行"
    ed = seg(title, BYLINE + BODY, MORE)
    assert [s.title for s in ed.stories] == [title]


CHRONICLE = [
    "1984年6月　经国务院批准，撤县设市。",
    "1993年10月　经济技术开发区成立。",
    "2003年12月　至省城高速公路建成通车。",
]


def test_a_chronicle_under_its_label_is_a_story_of_its_own() -> None:
    ed = seg(HEAD, BYLINE + BODY, MORE, "滨江三十年大事记", *CHRONICLE)
    assert [s.title for s in ed.stories] == [HEAD, "滨江三十年大事记"]
    assert [p.text for p in ed.stories[1].paragraphs] == CHRONICLE


def test_a_chronicles_label_over_too_few_dated_lines_opens_nothing() -> None:
    ed = seg(HEAD, BYLINE + BODY, MORE, "滨江三十年大事记", *CHRONICLE[:2])
    assert [s.title for s in ed.stories] == [HEAD]

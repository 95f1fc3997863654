"""Story-structure conventions met on the thirtieth batch of unseen pages (unseen30)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

WIRE = "新华社北京9月20日电（记者 郝思远）" + BODY


def test_a_speakers_name_over_a_colon_is_the_first_line_of_the_headline() -> None:
    # "国家发改委：" / "今年国内粮食有望再获丰收": who speaks, then what they said, one title.
    ed = seg(
        "棉花收购价格小幅回落",
        "本报讯（记者 秦  悦）" + BODY,
        "国家发改委：",
        "今年国内粮食有望再获丰收",
        WIRE,
    )
    assert heads(ed)[1] == (None, "国家发改委：今年国内粮食有望再获丰收", None)
    assert "国家发改委" not in "".join(texts(ed)[0])


def test_a_colon_line_over_text_stays_text() -> None:
    # A letter's salutation over its text is no headline line.
    ed = seg("小区路灯何时修好", "读者　王  丽", "编辑同志：", BODY)
    assert [s.title for s in ed.stories] == ["小区路灯何时修好"]
    assert texts(ed)[0][0].startswith("编辑同志：")


def test_a_colon_line_over_a_sub_head_with_no_byline_stays_text() -> None:
    # Only a headline over a byline makes the colon line its first half.
    ed = seg("汛期安全须知", "本报讯（记者 秦  悦）" + BODY, "市防汛办提醒：", "远离河道", MORE)
    assert [s.title for s in ed.stories] == ["汛期安全须知"]
    assert "市防汛办提醒：" in texts(ed)[0]


BYLINE = "本报讯（记者 凤  鸣）" + BODY


def test_a_four_by_four_slogan_over_a_two_clause_headline_is_its_kicker() -> None:
    # "喜迎国庆　全民健身" frames the news; "千名跑友环湖跑 为祖国庆生" is the story's title.
    ed = seg("喜迎国庆　全民健身", "千名跑友环湖跑 为祖国庆生", BYLINE)
    assert heads(ed) == [("喜迎国庆 全民健身", "千名跑友环湖跑 为祖国庆生", None)]


def test_a_two_clause_title_over_a_spaced_deck_stays_title_and_subtitle() -> None:
    # A first line that is no four-by-four slogan is the news itself, the spaced line its deck.
    ed = seg("开学季来临 “护眼”生意火了", "眼镜店验光要排长队　专家提醒别盲目迷信“神器”", BYLINE)
    assert heads(ed) == [(None, "开学季来临 “护眼”生意火了", "眼镜店验光要排长队 专家提醒别盲目迷信“神器”")]


TIP = "近期，我市发生多起冒充“网购客服”实施诈骗的案件。如遇可疑情况，请及时拨打110报警。"


def test_a_tips_short_label_after_a_story_heads_an_item_of_its_own() -> None:
    # "警方提示" / text: an untitled tip set under a story, never that story's sub-head.
    ed = seg("骑电动车闯红灯 一天查处320起", "本报讯（记者 郜  峰）" + BODY, MORE, "警方提示", TIP)
    assert [s.title for s in ed.stories] == ["骑电动车闯红灯 一天查处320起", "警方提示"]
    assert texts(ed)[1] == [TIP]
    assert TIP not in "".join(texts(ed)[0])


def test_a_longer_tip_headline_naming_its_topic_stays_a_sub_head() -> None:
    ed = seg("骑电动车闯红灯 一天查处320起", "本报讯（记者 郜  峰）" + BODY, "冬季骑行安全提示", MORE)
    assert [s.title for s in ed.stories] == ["骑电动车闯红灯 一天查处320起"]
    assert texts(ed)[0] == [BODY, "冬季骑行安全提示", MORE]


LISTED = "本报讯（记者 鲁  宁）6月4日傍晚，和平路夜市街区灯火通明，烤串、凉皮、小饰品、手机贴膜……"


def test_a_list_into_an_ellipsis_goes_on_with_the_word_that_sums_it_up() -> None:
    # "……" closes a list as "and so on"; "各色摊位…" takes the things listed up as its subject.
    ed = seg("夜市街区开市", LISTED, "各色摊位沿街排开，吸引不少市民前来“打卡”。", MORE)
    assert texts(ed)[0] == [
        "6月4日傍晚，和平路夜市街区灯火通明，烤串、凉皮、小饰品、手机贴膜……各色摊位沿街排开，吸引不少市民前来“打卡”。",
        MORE,
    ]


def test_a_new_sentence_after_a_list_into_an_ellipsis_is_a_paragraph_of_its_own() -> None:
    quote = "“节后第一周，市民对新鲜蔬菜需求量大。”市场负责人说。"
    ed = seg("夜市街区开市", LISTED, quote)
    assert texts(ed)[0] == [LISTED.removeprefix("本报讯（记者 鲁  宁）"), quote]

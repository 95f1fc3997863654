"""Story-structure conventions met on the twentieth and twenty-first batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, page, seg, spoken, texts

from audiopaper.segment import segment

DATELINE = "本报讯（记者 韦丽萍）"


def test_a_title_line_ending_on_the_verb_its_means_drives_runs_on() -> None:
    ed = seg("以产业融合推动", "高原特色农业转型升级", "□ 杨绍华", BODY)
    assert heads(ed) == [(None, "以产业融合推动 高原特色农业转型升级", None)]


def test_a_title_line_ending_on_a_result_does_not_run_on() -> None:
    ed = seg("以产业融合促增收", "三年带动农户增收1.2亿元", DATELINE + BODY)
    kicker, title, subtitle = heads(ed)[0]
    assert "以产业融合促增收" not in title or "1.2亿元" not in title


def test_who_and_over_what_span_runs_on_into_the_verb_and_its_count() -> None:
    ed = seg("嫩北火车站春运首周", "发送旅客16.8万人次", "晚报讯（记者 吕　航）" + BODY)
    assert heads(ed) == [(None, "嫩北火车站春运首周 发送旅客16.8万人次", None)]


def test_a_second_line_with_its_own_subject_stays_a_subtitle_under_a_span() -> None:
    ed = seg("嫩北火车站春运首周", "旅客发送量同比增长7.5%", "晚报讯（记者 吕　航）" + BODY)
    assert heads(ed) == [(None, "嫩北火车站春运首周", "旅客发送量同比增长7.5%")]


def test_an_events_edition_runs_on_into_when_and_where_it_happens() -> None:
    ed = seg(
        "【城事观察】",
        "榕北第三十八届迎春花市",
        "今晚在骑楼老街开锣",
        "设花档620个　持续至除夕凌晨",
        DATELINE + BODY,
    )
    assert heads(ed) == [
        ("城事观察", "榕北第三十八届迎春花市 今晚在骑楼老街开锣", "设花档620个 持续至除夕凌晨")
    ]


def test_an_event_named_without_its_edition_stays_kicker_over_title() -> None:
    ed = seg("迎春花市", "今晚在骑楼老街开锣", DATELINE + BODY)
    assert heads(ed)[0][1] != "迎春花市 今晚在骑楼老街开锣"


def test_a_place_opened_to_the_public_is_the_title_under_its_theme() -> None:
    ed = seg("家门口的“小确幸”", "首批20个“口袋公园”建成开放", "记者　万晓燕　报道", BODY)
    assert heads(ed) == [("家门口的“小确幸”", "首批20个“口袋公园”建成开放", None)]


LETTER = "编辑同志：我家住在城北街道金龙小区，小区里的健身器材坏了很久没人修。"


def test_a_readers_spaced_name_under_a_letters_title_is_its_byline() -> None:
    ed = seg("读者来信", "小区健身器材坏了谁来修", "读者　王  丽", LETTER, MORE)
    assert heads(ed) == [("读者来信", "小区健身器材坏了谁来修", None)]
    assert ed.stories[0].byline == "读者 王 丽"
    assert "王  丽" not in spoken(ed)


def test_a_letters_signature_with_the_writers_village_signs_the_letter() -> None:
    ed = seg("读者来信", "乡村公路边的“土堆”该清了", LETTER, "东坪县南岔乡村民　赵长林", "编后", MORE)
    assert len(ed.stories) == 1
    assert ed.stories[0].byline == "东坪县南岔乡村民 赵长林"
    assert "赵长林" not in spoken(ed)
    assert texts(ed)[0][-1] == MORE  # the editor's afterword is still the letter's


def test_a_name_after_a_bullet_under_an_editors_note_is_the_byline() -> None:
    note = "编者按：如何让特色农业走得更远？本版今日刊发专家的研究文章，敬请关注。"
    ed = seg("以产业融合推动", "高原特色农业转型升级", note, "□ 杨绍华", BODY)
    assert ed.stories[0].byline == "杨绍华"
    assert "杨绍华" not in spoken(ed)


def test_a_name_after_a_bullet_under_a_note_inside_the_text_is_no_byline() -> None:
    note = "编者按：如何让特色农业走得更远？本版今日刊发专家的研究文章，敬请关注。"
    ed = seg("高原特色农业转型升级", "本报记者 王 刚", BODY, note, "□ 杨绍华", MORE)
    assert [s.byline for s in ed.stories] == ["本报记者 王 刚"]


def test_a_byline_listing_text_and_video_as_its_parts_is_the_byline() -> None:
    ed = seg(
        "老手艺里的年味", "老字号糕点铺 一天卖出3000斤年糕", "文/视频　晚报全媒体记者　林婉婷", BODY, MORE
    )
    assert ed.stories[0].byline == "文/视频 晚报全媒体记者 林婉婷"
    assert ed.stories[0].subtitle is None
    assert "林婉婷" not in spoken(ed)


def test_a_slash_phrase_that_names_no_reporter_is_no_byline() -> None:
    ed = seg("文/视频拍摄指南", BODY, MORE)
    assert ed.stories[0].byline is None


def test_a_columns_name_set_across_a_sentence_is_the_kicker_of_the_next_story() -> None:
    ed = seg(
        "全市春季植树造林动员大会召开",
        DATELINE + "副市长在会上要求，各地要抓住春季造林的有利时机，早动手、早安排，",
        "代表风采",
        "集中力量打好植树造林攻坚战。",
        "贾秀英：替乡亲们把话带到北京",
        "本报记者　乔　丽",
        BODY,
    )
    assert heads(ed) == [
        (None, "全市春季植树造林动员大会召开", None),
        ("代表风采", "贾秀英：替乡亲们把话带到北京", None),
    ]
    assert texts(ed)[0][-1].endswith("早动手、早安排，集中力量打好植树造林攻坚战。")


def test_a_sub_head_across_a_sentence_stays_when_its_story_goes_on() -> None:
    ed = seg(
        "全市春季植树造林动员大会召开",
        DATELINE + "副市长在会上要求，各地要抓住春季造林的有利时机，早动手、早安排，",
        "代表风采",
        "集中力量打好植树造林攻坚战。",
        MORE,
    )
    assert len(ed.stories) == 1 and ed.stories[0].kicker is None
    assert "代表风采" in texts(ed)[0]


VOICES_LINES = (
    "两会声音",
    "“今年政府工作报告把保障和改善民生摆在更加突出的位置，我们基层干部",
    "感觉干劲更足了。”——全国人大代表、汾北市委副书记王晓峰",
    "“发展县域经济，关键是培育特色产业，要做精做强。”——全国人大代表、岚河县",
    "富源核桃合作社理事长梁春花",
)


def test_a_box_of_voices_after_a_story_is_an_item_of_its_own() -> None:
    ed = seg(
        "贾秀英：替乡亲们把话带到北京",
        "本报记者　乔　丽",
        BODY,
        *VOICES_LINES,
        "学习贯彻两会精神要见行动",
        "本报评论员",
        MORE,
    )
    assert [s.title for s in ed.stories] == [
        "贾秀英：替乡亲们把话带到北京",
        "两会声音",
        "学习贯彻两会精神要见行动",
    ]
    assert texts(ed)[1][-1].endswith("——全国人大代表、岚河县富源核桃合作社理事长梁春花")


def test_an_attribution_ending_on_a_name_does_not_take_the_next_headline() -> None:
    ed = seg(
        "两会声音",
        "“发展县域经济，关键是培育特色产业。”——全国人大代表、汾北市委副书记王晓峰",
        "学习贯彻两会精神要见行动",
        "本报评论员",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["两会声音", "学习贯彻两会精神要见行动"]


def test_a_voices_heading_over_plain_text_is_a_sub_head() -> None:
    ed = seg("贾秀英：替乡亲们把话带到北京", "本报记者　乔　丽", BODY, "群众心声", MORE)
    assert len(ed.stories) == 1


def test_a_reply_holding_a_finished_sentence_goes_on_where_it_stops_unfinished() -> None:
    ed = seg(
        "小区健身器材坏了谁来修",
        LETTER,
        "编者：记者就此事咨询了市体育局。该局表示，损坏器材将在10月中旬前",
        "维修或更换，今后将建立定期巡检制度。",
    )
    assert (
        texts(ed)[0][-1]
        == "编者：记者就此事咨询了市体育局。该局表示，损坏器材将在10月中旬前维修或更换，今后将建立定期巡检制度。"
    )


def test_a_short_field_without_a_sentence_stays_its_own_line() -> None:
    ed = seg("市民文化节开幕", DATELINE + BODY, "地点：市民广场", "时间：每周六上午")
    assert "地点：市民广场" in texts(ed)[0]


def jumped(cut: str) -> list[list[str]]:
    first = page("云桥高铁站综合交通枢纽主体完工", DATELINE + BODY, cut, number=1)
    second = page("云桥高铁站综合交通枢纽主体完工", "（上接第1版）", "真正实现“零距离换乘”。", MORE, number=3)
    return texts(segment([first, second]))


def test_a_sentence_cut_at_an_inline_jump_marker_is_one_paragraph_across_the_pages() -> None:
    paras = jumped("旅客下了高铁可直接换乘，步行距离不超过200米，（下转第3版）")
    assert len(paras) == 1
    assert "旅客下了高铁可直接换乘，步行距离不超过200米，真正实现“零距离换乘”。" in paras[0]


def test_a_finished_sentence_before_an_inline_jump_marker_keeps_its_paragraph() -> None:
    paras = jumped("旅客下了高铁可直接换乘公交车。（下转第3版）")
    assert len(paras) == 1
    assert "旅客下了高铁可直接换乘公交车。" in paras[0]
    assert "真正实现“零距离换乘”。" in paras[0]  # a paragraph of its own


def test_a_prose_line_stopped_after_a_bracketed_gloss_goes_on_below() -> None:
    answer = "答：参保人可以通过微信公众号、手机银行等线上渠道缴费，也可以到所在村（社区）"
    ed = seg("医保缴费问答", DATELINE + BODY, answer, "代办点缴费。集中缴费期截至12月31日。")
    assert texts(ed)[0][-1] == answer + "代办点缴费。集中缴费期截至12月31日。"


def test_a_story_closed_by_its_end_mark_is_no_gloss() -> None:
    last = "据介绍，这些公园将在年底前全部建成开放，方便市民就近休闲健身（完）"
    ed = seg("口袋公园建成开放", DATELINE + BODY, last, "下一段另起一行。")
    assert texts(ed)[0][-2:] == [last, "下一段另起一行。"]


def test_a_web_commentarys_bare_name_as_author_is_its_byline() -> None:
    ed = seg("冀阳观察", "用好“三夏”这个“练兵场”", "作者：金　石　　来源：冀阳日报　　2019-06-11", BODY, MORE)
    assert ed.stories[0].byline == "金 石"
    assert "冀阳日报" not in spoken(ed)


def test_a_bare_name_author_after_the_text_is_unread_meta() -> None:
    ed = seg("用好“三夏”这个“练兵场”", BODY, MORE, "作者：金　石　　来源：冀阳日报　　2019-06-11")
    assert ed.stories[0].byline is None
    assert "金" not in spoken(ed)

"""Story-structure conventions met on the eighteenth and nineteenth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken, texts

DATELINE = "本报讯（记者 韦丽萍）"


def test_a_title_line_finished_by_the_figure_a_change_brought_it_to_runs_on() -> None:
    ed = seg(
        "深化审批制度改革", "企业投资项目审批", "压缩至60天以内", "——我市出台改革实施方案", DATELINE + BODY
    )
    assert heads(ed) == [("深化审批制度改革", "企业投资项目审批 压缩至60天以内", "我市出台改革实施方案")]
    ed = seg("不动产登记办理时限", "缩短到3个工作日", DATELINE + BODY)
    assert heads(ed) == [(None, "不动产登记办理时限 缩短到3个工作日", None)]


def test_a_change_that_names_its_own_subject_stays_a_subtitle() -> None:
    ed = seg("沅州港二期工程开港运营", "年吞吐能力提升至2800万吨", DATELINE + BODY)
    assert heads(ed) == [(None, "沅州港二期工程开港运营", "年吞吐能力提升至2800万吨")]


def test_a_supplement_column_named_for_its_genre_is_the_kicker_over_the_essay() -> None:
    essay = "外婆家的灶台是砖砌的，三口锅一字排开，灶膛口被柴火熏得乌黑。"
    ed = seg("溪畔书简", "外婆的灶台", "□ 张  芸", essay)
    assert heads(ed) == [("溪畔书简", "外婆的灶台", None)]
    assert ed.stories[0].byline == "张 芸"


def test_a_short_title_over_a_short_deck_is_no_column() -> None:
    ed = seg("菜价连续回落", "白菜每斤降至八毛", DATELINE + BODY)
    assert heads(ed) == [(None, "菜价连续回落", "白菜每斤降至八毛")]


def test_a_photo_story_with_a_full_line_headline_is_its_own_story_after_a_briefs_box() -> None:
    caption = "6月14日，执法人员在城区一家超市检查粽子生产日期和标签标识。"
    ed = seg(
        "要闻简报",
        "●6月14日，市政府召开常务会议。",
        "●日前，市人民医院通过复审。",
        "端午节前夕开展食品安全检查",
        caption,
        "本报记者　许思敏　摄",
    )
    assert [s.title for s in ed.stories] == ["要闻简报", "端午节前夕开展食品安全检查"]
    assert "许思敏" not in spoken(ed)


def test_a_full_line_headline_over_a_story_of_its_own_text_is_no_photo_story() -> None:
    ed = seg("要闻简报", "●6月14日，市政府召开常务会议。", "端午节前夕开展食品安全检查", BODY, MORE)
    assert [s.title for s in ed.stories] == ["要闻简报"]


def test_an_editors_note_cut_by_a_column_goes_on_and_the_byline_under_it_is_the_storys() -> None:
    ed = seg(
        "政策解读",
        "城区集中供暖有哪些新变化？",
        "——市城市管理局负责人答记者问",
        "编者按：今年供暖季有哪些新变化？记者就市民关心的问题",
        "采访了市城市管理局有关负责人。",
        "本报记者　苗  苗",
        "问：今年城区供暖面积有多大？",
        "答：今年城区新增供热面积180万平方米。",
    )
    assert [s.title for s in ed.stories] == ["城区集中供暖有哪些新变化？"]
    story = ed.stories[0]
    assert story.byline == "本报记者 苗 苗"
    assert (
        texts(ed)[0][0]
        == "编者按：今年供暖季有哪些新变化？记者就市民关心的问题采访了市城市管理局有关负责人。"
    )


def test_a_short_key_and_value_line_is_still_a_field_of_its_own() -> None:
    ed = seg("城区集中供暖有哪些新变化", DATELINE + BODY, "咨询电话：12319", "办理地点：市政务服务中心")
    assert texts(ed) == [[BODY, "咨询电话：12319", "办理地点：市政务服务中心"]]


def test_a_series_name_over_a_feature_title_is_its_kicker() -> None:
    for series in ("“两山”实践在青川", "暖心服务在一线"):
        ed = seg(series, "一座矿山的“绿色重生”", "本报记者　刘宏伟", BODY)
        assert heads(ed) == [(series, "一座矿山的“绿色重生”", None)], series


def test_a_title_that_puts_something_in_a_place_is_no_series_name() -> None:
    deck = "我市十件民生实事全部完成，群众满意度持续提升"
    ed = seg("把群众的冷暖放在心上", deck, DATELINE + BODY)
    assert heads(ed) == [(None, "把群众的冷暖放在心上", deck)]


def test_a_years_topic_over_a_longer_title_is_its_kicker() -> None:
    ed = seg("2026年民生实事", "今年十件民生实事定了 这些变化和你有关", "记者　苟晓岚　报道", BODY)
    assert heads(ed) == [("2026年民生实事", "今年十件民生实事定了 这些变化和你有关", None)]


def test_a_years_report_with_its_figure_is_no_topic() -> None:
    deck = "城镇新增就业人数连续三年保持增长，高校毕业生就业率稳中有升"
    ed = seg("2025年我市新增就业5.2万人", deck, DATELINE + BODY)
    assert heads(ed) == [(None, "2025年我市新增就业5.2万人", deck)]


def test_a_photo_story_keeps_its_caption_though_the_next_storys_reporter_took_it() -> None:
    ed = seg(
        "会场内外",
        "1月15日，大会工作人员在会议中心为代表们提供咨询服务。本报记者 张文静 摄",
        "大会主席团举行第二次会议",
        "本报讯（记者 张文静）" + BODY,
    )
    assert [s.title for s in ed.stories] == ["会场内外", "大会主席团举行第二次会议"]
    assert texts(ed) == [["1月15日，大会工作人员在会议中心为代表们提供咨询服务。"], [BODY]]

"""Story-structure conventions met on the eighteenth and nineteenth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken

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

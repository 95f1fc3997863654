"""Conventions of the unseen40 batch, lines never read: an e-paper's page tabs with no colon, a
site's line for reporting illegal content, a caption's closing credit of words and photo."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

TITLE = "全市新建口袋公园十二处"


def test_a_row_of_lettered_page_tabs_without_colons_is_never_read() -> None:
    ed = seg(
        "A01 头版　A02 要闻　A03 城市　A04 城市　A05 健康　A06 文体",
        TITLE,
        "本报讯（记者 王  平）" + BODY,
        MORE,
    )
    assert reasons(ed)[1] == "chrome"
    assert [s.title for s in ed.stories] == [TITLE]
    assert "A02" not in spoken(ed) and "头版" not in spoken(ed)


def test_page_tabs_run_into_their_sections_are_never_read_either() -> None:
    ed = seg("A01头版　A02要闻　A03要闻　A04城事", TITLE, "本报讯（记者 王  平）" + BODY)
    assert reasons(ed)[1] == "chrome"
    assert [s.title for s in ed.stories] == [TITLE]


def test_codes_and_names_out_of_page_order_are_no_row_of_tabs() -> None:
    # Roads by number and name, as a story's box may list them: not the page's tabs.
    ed = seg(
        "春运期间易拥堵路段",
        "G15 沈海　G1 京哈　G25 长深",
        "本报讯（记者 王  平）" + BODY,
    )
    assert 2 not in reasons(ed)


def test_a_sites_line_for_reporting_illegal_content_is_never_read() -> None:
    ed = seg(
        TITLE,
        "本报讯（记者 王  平）" + BODY,
        MORE,
        "责任编辑：石晓楠",
        "寒岭晚报社主办　版权所有　未经授权禁止转载",
        "违法和不良信息举报电话：0452-6120110",
        "黑ICP备08002756号",
    )
    assert reasons(ed)[6] == "chrome"
    assert texts(ed) == [[BODY, MORE]]


def test_a_sentence_about_the_reporting_centre_is_read() -> None:
    line = "市不良信息举报中心今年受理群众举报三千余件"
    ed = seg(TITLE, "本报讯（记者 王  平）" + BODY, line + "，办结率达百分之百。")
    assert 3 not in reasons(ed)
    assert line in spoken(ed)


def test_a_captions_closing_credit_of_words_and_photo_is_never_read() -> None:
    caption = "3月4日，峡江沿岸的油菜花竞相绽放，金黄色的花海与江水、村落相映成景。"
    ed = seg(
        "峡江两岸油菜花渐次盛开",
        caption + "（本报记者　贺嘉伟　文/图）",
        "民生关注",
        TITLE,
        "■本报记者　邓婉清",
        BODY,
    )
    assert heads(ed) == [(None, "峡江两岸油菜花渐次盛开", None), ("民生关注", TITLE, None)]
    assert texts(ed)[0] == [caption]
    assert "贺嘉伟" not in spoken(ed) and "文/图" not in spoken(ed)


def test_a_byline_of_words_and_photo_under_a_headline_is_still_the_byline() -> None:
    ed = seg(TITLE, "■晚报记者　关  萌　文/图", BODY, MORE)
    assert ed.stories[0].byline == "晚报记者 关 萌 文/图"
    assert texts(ed) == [[BODY, MORE]]

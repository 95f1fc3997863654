"""Page-furniture conventions met on the unseen58 and unseen59 batches (fixer A2): teasers set
inside a paragraph, banners with their ——line on one line, numbered web headline lists."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts


def test_an_arrowed_cross_reference_inside_a_paragraph_is_a_teaser_and_the_paragraph_rejoins() -> None:
    ed = seg(
        "寒潮来了 暖气热水有保障",
        "记者　宋  琪",
        "寒潮来袭，供热供水是否有保障？记者昨日了解到，全市6家供热企业已全部提高供水温度，",
        "相关新闻见A07版▶寒潮来袭，这些养生误区要避开",
        "确保居民室内温度不低于18℃。",
        MORE,
    )
    assert [(t.text, t.page) for t in ed.teasers] == [("寒潮来袭，这些养生误区要避开", 7)]
    assert "养生误区" not in spoken(ed)
    assert texts(ed)[0][0].endswith("提高供水温度，确保居民室内温度不低于18℃。")


def test_a_sentence_that_only_mentions_another_page_is_read() -> None:
    ed = seg(
        "寒潮来了 暖气热水有保障",
        "记者　宋  琪",
        BODY,
        "据了解，相关新闻见A07版▶的做法已在多地推开，市民反映良好。",
    )
    assert not ed.teasers
    assert "多地推开" in spoken(ed)


def test_a_theme_banner_with_its_dash_line_on_the_same_line_is_no_kicker() -> None:
    ed = seg(
        "周末·悦读",
        "责任编辑：章  芮　美术编辑：葛一鸣",
        "书香满城　全民阅读——写在第21个世界读书日",
        "寻访",
        "老街深处的旧书店",
        "文/图　本报记者　宁  远",
        BODY,
        MORE,
    )
    assert heads(ed)[0] == ("寻访", "老街深处的旧书店", None)
    assert "读书日" not in spoken(ed)
    assert reasons(ed)[3] == "slogan"


def test_a_couplet_with_a_dash_line_over_text_stays_the_story_title() -> None:
    ed = seg(
        "周末·悦读",
        "责任编辑：章  芮　美术编辑：葛一鸣",
        "书香满城　全民阅读——写在第21个世界读书日",
        "本报讯（记者 宁远）" + BODY,
        MORE,
    )
    assert 3 not in reasons(ed)
    assert "书香满城" in heads(ed)[0][1]


def test_a_numbered_headline_list_with_middle_dots_is_skipped_and_the_first_story_is_titled() -> None:
    ed = seg(
        "本版新闻",
        "1 · 城区首批低空应用场景发布",
        "2 · 老公园里的“新花样”",
        "3 · 城市快讯",
        "城区首批低空应用场景发布",
        "本报讯（记者 柴  蓉）" + BODY,
        "老公园里的“新花样”",
        "本报记者　郜  宁",
        MORE,
    )
    assert [h[1] for h in heads(ed)] == ["城区首批低空应用场景发布", "老公园里的“新花样”"]
    assert "城市快讯" not in spoken(ed)


def test_numbered_lines_with_middle_dots_not_printed_again_are_not_a_headline_list() -> None:
    ed = seg(
        "三个关键词读懂城市更新",
        "本报记者　蓝  岚",
        BODY,
        "1 · 留住城市的记忆，老建筑应留尽留。",
        "2 · 补齐功能短板，新建便民设施80处。",
    )
    assert "留住城市的记忆" in spoken(ed) and "补齐功能短板" in spoken(ed)

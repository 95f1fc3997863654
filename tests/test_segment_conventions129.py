"""A guide box's items on lines of their own (headline, summary, pointer) are teasers, never read
(segment_xrefs); a 副刊's theme banner over the first essay belongs to no story (segment_banners)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

STORY = ("全市新建口袋公园十二处", "本报记者　方  舟", BODY, MORE)
GUIDE = (
    "导读",
    "春耕备耕有序推进　农资供应充足",
    "全市已完成早稻育秧八成以上，化肥、种子等农资储备充足。",
    "详见A06版",
    "夜市重开迎客",
    "▶A04",
)
AFTER = ("城区新增一批停车泊位", "本报讯（记者 柳  眉）今年以来，城区在老旧小区周边新建停车泊位三百个。")


def test_guide_items_under_the_label_are_teasers_and_never_read() -> None:
    ed = seg(*STORY, *GUIDE, *AFTER)
    assert [(t.text.replace("\u3000", " "), t.page) for t in ed.teasers] == [
        ("春耕备耕有序推进 农资供应充足", 6),
        ("夜市重开迎客", 4),
    ]
    assert [h[1] for h in heads(ed)] == ["全市新建口袋公园十二处", "城区新增一批停车泊位"]
    assert "早稻育秧" not in spoken(ed)
    skipped = reasons(ed)
    assert skipped[7] == "teaser summary"
    assert skipped[8] == "teaser page" and skipped[10] == "teaser page"


def test_the_same_shape_under_no_guide_label_is_left_alone() -> None:
    # A headline, a sentence and an arrow with no guide label above: no teaser, the sentence read.
    ed = seg(*STORY, "夜市重开迎客", "城西夜市今晚重新开张，首批进驻摊位一百二十个。", "▶A04", *AFTER)
    assert "首批进驻摊位" in spoken(ed)
    assert not ed.teasers


HEADER = ("副刊·柳岸", "编辑：周  舟　校对：林  夕")
ESSAY = (
    "外婆的腌菜坛",
    "□林晓岚",
    "外婆家的灶屋角落里，常年摆着几只腌菜坛，坛口盖着粗瓷碗，碗沿压着一圈清水。",
    "每到冬天，外婆就把晒蔫的青菜一层层码进坛里，撒上粗盐，用手压实。",
)


def test_a_supplement_s_theme_banner_over_its_first_essay_is_never_read() -> None:
    ed = seg(*HEADER, "冬日渐深　且把思念腌进坛里", *ESSAY)
    assert heads(ed) == [(None, "外婆的腌菜坛", None)]
    assert reasons(ed)[3] == "slogan"
    assert "思念" not in spoken(ed)


def test_such_a_line_on_a_news_page_stays_the_story_s_kicker() -> None:
    ed = seg(
        "民生",
        "编辑：周  舟　校对：林  夕",
        "春风行动　温暖同行",
        "百余家企业送岗位进社区",
        "本报记者　方  舟",
        BODY,
    )
    assert heads(ed)[0][0] is not None and "春风行动" in heads(ed)[0][0]

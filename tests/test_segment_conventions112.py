"""Loss notices under a bare 声明, a table titled by its span of months, a box of free clinics set
in cells, a house call set as a strip of cells (the sixty-second and sixty-third unseen batches)."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken

LEAD = "市统计局昨日发布数据，前三季度全市经济运行总体平稳，主要指标好于预期。"


def test_loss_notices_under_a_bare_label_are_never_read() -> None:
    ed = seg(
        "我市举办首届农民工技能大赛",
        "本报讯（记者 商  雯）" + BODY,
        "声明",
        "某市鑫源建材经营部遗失营业执照正本，注册号：421100000236581，声明作废。",
        "某市东门小学遗失收费许可证一本，声明作废。",
    )
    assert [s.title for s in ed.stories] == ["我市举办首届农民工技能大赛"]
    assert "遗失" not in spoken(ed)
    assert {3, 4, 5} <= set(reasons(ed))


def test_a_story_titled_statement_is_read() -> None:
    ed = seg(
        "声明",
        "近日，有不法分子冒用本报名义向企业索要赞助费用，本报从未授权任何人从事此类活动。",
        "请广大读者提高警惕，发现可疑情况及时向公安机关报案。特此声明。",
    )
    assert [s.title for s in ed.stories] == ["声明"]
    assert "特此声明" in spoken(ed)


def test_a_table_titled_by_its_span_of_months_is_not_read() -> None:
    ed = seg(
        "城区老旧小区改造启动",
        "本报讯（记者 欧阳琳）" + LEAD,
        MORE,
        "某市经济数据（1—9月）",
        "指标　　　　　　　　　　　数值　　　　同比增长",
        "地区生产总值（亿元）　　　1268.4　　　9.8%",
        "社会消费品零售总额（亿元）　516.3　　　13.2%",
        "数据来源：某市统计局",
    )
    assert [s.title for s in ed.stories] == ["城区老旧小区改造启动"]
    assert "经济数据" not in spoken(ed)
    assert reasons(ed)[4] == "table"


def test_a_headline_naming_months_over_a_table_and_text_is_read() -> None:
    # Not ending in the bracketed span, it is the headline of the story the table belongs to.
    ed = seg(
        "1—9月全市经济运行平稳",
        "指标　　　　　　　　　　　数值　　　　同比增长",
        "地区生产总值（亿元）　　　1268.4　　　9.8%",
        "社会消费品零售总额（亿元）　516.3　　　13.2%",
        "本报讯（记者 欧阳琳）" + LEAD,
        MORE,
    )
    assert [s.title for s in ed.stories] == ["1—9月全市经济运行平稳"]
    assert spoken(ed).startswith("市统计局")


def test_a_box_of_free_clinics_in_cells_is_read_as_a_story() -> None:
    ed = seg(
        "社区医生教居民测血糖",
        "本报讯（记者 祁  雯）" + LEAD,
        "本周义诊安排",
        "3月24日（周六）上午　市第一人民医院　人民广场　心血管、内分泌专家义诊",
        "3月25日（周日）上午　市中医院　滨江公园东门　中医体质辨识、针灸推拿",
        "3月25日（周日）下午　市妇幼保健院　城北社区卫生服务中心　儿童保健咨询",
        "市中医院开设“膏方门诊”",
        "本报讯（记者 温海燕）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["社区医生教居民测血糖", "本周义诊安排", "市中医院开设“膏方门诊”"]
    assert len(ed.stories[1].paragraphs) == 3
    assert ed.stories[1].paragraphs[0].text.startswith("3月24日（周六）上午")


def test_dated_rows_under_a_price_title_stay_a_table() -> None:
    ed = seg(
        "蔬菜价格小幅回落",
        "本报讯（记者 祁  雯）" + LEAD,
        "本周菜价一览表",
        "3月24日（周六）　白菜　1.20　萝卜　0.90",
        "3月25日（周日）　白菜　1.10　萝卜　0.85",
    )
    assert [s.title for s in ed.stories] == ["蔬菜价格小幅回落"]
    assert "白菜" not in spoken(ed)


def test_a_house_call_set_as_a_strip_of_cells_is_never_read() -> None:
    ed = seg(
        "“门难进”背后是作风问题",
        BODY,
        MORE,
        "欢迎读者参与评论　来稿请寄：abcpl@163.com　来稿请注明真实姓名和联系方式",
    )
    assert "来稿" not in spoken(ed)
    assert reasons(ed)[4] == "house notice"


def test_a_strip_welcoming_readers_with_no_address_is_read() -> None:
    # No cell says where to send pieces, and it is a sentence: the story's last line, read.
    ed = seg(
        "“门难进”背后是作风问题",
        BODY,
        MORE,
        "欢迎读者参与评论　机关的门应当为群众敞开。",
    )
    assert "机关的门应当为群众敞开" in spoken(ed)

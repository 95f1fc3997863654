"""Byline, signature and line-class conventions met on the unseen55 and unseen56 batches (fixer B2a)."""

from __future__ import annotations

from segkit import BODY, MORE, seg, spoken, texts


def test_a_dateline_and_a_solid_credit_closed_by_reported_are_the_byline() -> None:
    ed = seg(
        "城投队主场首战告捷",
        "本报讯　记者宁浩宇报道　3月7日晚，" + BODY,
        MORE,
    )
    assert [s.byline for s in ed.stories] == ["本报讯 记者宁浩宇报道"]
    assert spoken(ed).startswith("3月7日晚，")
    assert "报道" not in spoken(ed)


def test_a_name_then_reported_after_a_role_closes_the_credit() -> None:
    ed = seg("城投队主场首战告捷", "本报讯　记者 宁浩宇报道　3月7日晚，" + BODY)
    assert [s.byline for s in ed.stories] == ["本报讯 记者 宁浩宇报道"]


def test_reported_in_the_text_after_a_dateline_is_no_credit() -> None:
    # "央视报道" names no reporter: the sentence after the dateline is read whole.
    ed = seg("城投队主场首战告捷", "本报讯　据央视报道　3月7日晚，" + BODY)
    assert ed.stories[0].byline == "本报讯"
    assert spoken(ed).startswith("据央视报道")


def test_a_short_label_over_signed_bulleted_remarks_is_a_box_of_its_own_never_a_signature() -> None:
    ed = seg(
        "漫画",
        "“黄金周”堵车",
        "　　长假出游，人看人，车挨车。",
        "图/邢  磊",
        "微言",
        "●高楼越盖越高，绿地越来越少，城市的“肺”在哪里？（王  京）",
        "●少一些“形象工程”，多一些“民心工程”。（严  峰）",
    )
    assert [s.title for s in ed.stories] == ["“黄金周”堵车", "微言"]
    assert [s.byline for s in ed.stories] == [None, None]
    assert [len(s.paragraphs) for s in ed.stories] == [1, 2]


def test_a_label_ending_on_de_over_bulleted_remarks_opens_a_box_after_a_letter() -> None:
    ed = seg(
        "读者来信",
        "老旧小区加装电梯盼提速",
        "市民　牛德顺",
        BODY,
        "编者按：本报已将来信转交市住建局，该局表示将派专人上门指导。",
        "一语中的",
        "◇发展快不快，关键看项目；项目好不好，关键看服务。",
        "◇年底了，安全生产这根弦一刻也不能松。",
    )
    assert [s.title for s in ed.stories] == ["老旧小区加装电梯盼提速", "一语中的"]
    assert texts(ed)[1][0].startswith("◇发展快不快")


def test_a_short_line_ending_on_de_under_an_open_sentence_is_its_tail_not_a_label() -> None:
    ed = seg(
        "城区新建口袋公园十二处",
        "本报讯（记者 宋  禾）今年全市新建口袋公园十二处，公园里有",
        "健身步道的",
        "◇绿地面积约三万平方米。",
        "◇年底前全部建成开放。",
    )
    assert [s.title for s in ed.stories] == ["城区新建口袋公园十二处"]


def test_a_short_name_over_unbulleted_text_still_signs_the_piece() -> None:
    ed = seg("来论", "“问政”之后更要“问效”", "童晓帆", "　　" + BODY, "　　" + MORE)
    assert [s.byline for s in ed.stories] == ["童晓帆"]

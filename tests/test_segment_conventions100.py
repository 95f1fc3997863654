"""Story-structure conventions met on the unseen56 and unseen57 batches (fixer B2b)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken, texts


def test_a_readers_qa_signed_under_the_question_opens_its_own_box_and_reads_the_asker() -> None:
    ed = seg(
        "醉驾撞上护栏　男子被判拘役三个月",
        "本报讯（通讯员 潘海涛）" + BODY,
        MORE,
        "法律咨询",
        "问：老板一直没和我签劳动合同，现在我不想干了，能要求老板赔钱吗？",
        "（读者 吴先生）",
        "答：根据劳动合同法规定，用人单位未与劳动者订立书面劳动合同的，应当支付二倍的工资。",
        "（市法律援助中心律师 梁建新）",
    )
    assert [h[1] for h in heads(ed)] == ["醉驾撞上护栏 男子被判拘役三个月", "法律咨询"]
    assert texts(ed)[1][1] == "（读者 吴先生）"


def test_a_reporters_signature_under_a_question_stays_a_byline() -> None:
    ed = seg(
        "法律咨询",
        "问：老板一直没和我签劳动合同，现在我不想干了，能要求老板赔钱吗？",
        "（记者 吴  明）",
        "答：根据劳动合同法规定，用人单位未与劳动者订立书面劳动合同的，应当支付二倍的工资。",
    )
    assert "记者" not in spoken(ed)


def test_a_briefs_box_named_like_a_paper_over_bullet_items_is_a_story_of_its_own() -> None:
    ed = seg(
        "桑河县电商产业园开园",
        "本报讯（记者 施雨）" + BODY,
        MORE,
        "县域经济快报",
        "▲1至4月，全市9个县区实现规模以上工业增加值同比增长8.6%。",
        "▲日前，安岭县被列入全省第二批县域经济发展改革试点县。",
    )
    assert [h[1] for h in heads(ed)] == ["桑河县电商产业园开园", "县域经济快报"]
    assert len(texts(ed)[1]) == 2


def test_a_figures_box_reads_its_short_bullet_items_as_text_not_as_a_subtitle() -> None:
    ed = seg(
        "加装电梯，“加”出邻里新关系",
        "本报记者　符晓东",
        BODY,
        MORE,
        "数说",
        "加装电梯这一年",
        "●15万元　每台加装电梯可获得的财政补贴",
        "●4个环节　审批流程由9个环节压减至4个",
    )
    assert heads(ed)[1] == ("数说", "加装电梯这一年", None)
    assert texts(ed)[1] == ["●15万元　每台加装电梯可获得的财政补贴", "●4个环节　审批流程由9个环节压减至4个"]


def test_bullet_titles_under_a_label_naming_no_box_are_left_alone() -> None:
    ed = seg(
        "本版导读",
        "●全市新建口袋公园十二处",
        "●城北供水管网改造完工",
        "全市新建口袋公园十二处",
        "本报讯（记者 施雨）" + BODY,
    )
    assert "本版导读" not in [h[1] for h in heads(ed)]


def test_a_link_boxs_short_question_is_its_title() -> None:
    ed = seg(
        "加装电梯，“加”出邻里新关系",
        "本报记者　符晓东",
        BODY,
        MORE,
        "链接",
        "加装电梯怎么申请？",
        "第一步：征求意见。由本单元业主推选牵头人，征得三分之二以上业主同意。",
        "第二步：方案公示。委托有资质的单位出具设计方案，在小区显著位置公示。",
    )
    assert heads(ed)[1] == ("链接", "加装电梯怎么申请？", None)


def test_a_long_question_under_a_link_label_is_its_text() -> None:
    ed = seg(
        "加装电梯，“加”出邻里新关系",
        "本报记者　符晓东",
        BODY,
        "相关链接",
        "很多居民会问，老旧小区加装电梯到底需要多少户业主签字同意才能申请？",
        MORE,
    )
    assert "很多居民会问，老旧小区加装电梯到底需要多少户业主签字同意才能申请？" in spoken(ed)
    assert "很多居民会问，老旧小区加装电梯到底需要多少户业主签字同意才能申请？" not in [
        h[1] for h in heads(ed)
    ]


def test_a_photo_story_whose_caption_is_cut_by_the_column_opens_its_own_item() -> None:
    ed = seg(
        "城际公交11月1日开通",
        "本报讯（记者 卓  然）" + BODY,
        MORE,
        "“银龄课堂”受追捧",
        "10月21日，老人们在老年大学学习使用智能手机预约挂号。今年以来，该街道开设课程26门，",
        "吸引1300多人次参加。",
        "本报记者　詹  宁　摄",
    )
    assert [h[1] for h in heads(ed)] == ["城际公交11月1日开通", "“银龄课堂”受追捧"]
    assert len(texts(ed)[1]) == 1
    assert "摄" not in spoken(ed)


def test_a_subhead_over_two_text_lines_without_a_credit_stays_a_subhead() -> None:
    ed = seg(
        "城际公交11月1日开通",
        "本报讯（记者 卓  然）" + BODY,
        "“银龄课堂”受追捧",
        "10月21日，老人们在老年大学学习使用智能手机预约挂号。今年以来，该街道开设课程26门，",
        "吸引1300多人次参加。",
    )
    assert len(ed.stories) == 1

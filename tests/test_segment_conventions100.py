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

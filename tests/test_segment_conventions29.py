"""Story-structure conventions met on the thirty-first batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

QA = (
    "缴费这样办",
    "本报记者　陈  菲",
    "问：个人缴费标准是多少？",
    "答：每人每年400元，集中缴费期截至2月28日。",
    "问：可以通过哪些渠道缴费？",
    "答：参保人可通过各商业银行网点缴费。",
)
TIP = "进入冬季，取暖设备使用增多。供电部门提醒，使用电暖器时应远离易燃物品。"


def test_a_headline_after_a_qa_pieces_last_answer_heads_an_item_of_its_own() -> None:
    # The Q&A is all questions and answers: a headline over plain text after its last answer
    # is an untitled tip set under it, never its sub-head.
    ed = seg(*QA, "冬季用电安全提示", TIP)
    assert [s.title for s in ed.stories] == ["缴费这样办", "冬季用电安全提示"]
    assert texts(ed)[1] == [TIP]
    assert TIP not in "".join(texts(ed)[0])


def test_a_headline_over_the_next_question_stays_a_section_of_the_qa() -> None:
    ed = seg(*QA, "关于报销", "问：门诊费用能报销吗？", "答：可以，按规定比例报销。")
    assert [s.title for s in ed.stories] == ["缴费这样办"]
    assert "关于报销" in texts(ed)[0]


def test_a_headline_after_an_answer_closed_by_a_colon_stays_its_point() -> None:
    # "答：主要有三个方面：" goes on in the points under it: they are its sub-heads.
    ed = seg(*QA[:5], "答：主要有三个方面：", "一、开展免费技能培训", BODY)
    assert [s.title for s in ed.stories] == ["缴费这样办"]
    assert texts(ed)[0][-2:] == ["一、开展免费技能培训", BODY]


def test_a_headline_after_plain_text_stays_a_sub_head() -> None:
    ed = seg("缴费这样办", "本报记者　陈  菲", BODY, "冬季用电安全提示", MORE)
    assert [s.title for s in ed.stories] == ["缴费这样办"]
    assert texts(ed)[0] == [BODY, "冬季用电安全提示", MORE]


PLACED = (
    "◎青溪县　日前，青溪县与一家企业签订竹木制品项目投资协议。",
    "◎康溪区　9月20日，康溪区第三届农民运动会开幕。",
)


def test_a_label_over_briefs_led_by_place_opens_a_box_of_its_own() -> None:
    # "县区传真" / "◎青溪县　…" / "◎康溪区　…": each brief is led by where it happened.
    ed = seg("安仁县开展森林防火大检查", "本报讯（记者 叶晓虹）" + BODY, "县区传真", *PLACED)
    assert [s.title for s in ed.stories] == ["安仁县开展森林防火大检查", "县区传真"]
    assert texts(ed)[1] == [p.strip() for p in PLACED]
    assert PLACED[0] not in "".join(texts(ed)[0])


def test_a_label_over_one_placed_item_stays_a_sub_head() -> None:
    ed = seg("安仁县开展森林防火大检查", "本报讯（记者 叶晓虹）" + BODY, "县区传真", PLACED[0], MORE)
    assert [s.title for s in ed.stories] == ["安仁县开展森林防火大检查"]


def test_a_change_against_last_year_finishes_the_title_above_it() -> None:
    # "前10月全市外贸进出口" / "同比增长14.2%": the second line has no subject of its own.
    ed = seg(
        "前10月全市外贸进出口",
        "同比增长14.2%",
        "——一般贸易占比首次超过六成",
        "本报讯（记者 冼志坚）" + BODY,
    )
    assert [(s.title.replace(" ", ""), s.kicker, s.subtitle) for s in ed.stories] == [
        ("前10月全市外贸进出口同比增长14.2%", None, "一般贸易占比首次超过六成")
    ]


def test_a_change_under_a_line_closed_by_its_count_is_the_subtitle() -> None:
    ed = seg("全市法院去年审结各类案件8.6万件", "同比增长14.3%", "本报讯（记者 常 青）" + BODY)
    assert heads(ed) == [(None, "全市法院去年审结各类案件8.6万件", "同比增长14.3%")]

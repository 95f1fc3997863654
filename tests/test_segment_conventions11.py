"""Story-structure conventions met on the fourteenth and fifteenth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, texts


def test_an_evening_papers_dateline_names_the_paper_by_its_kind() -> None:
    ed = seg(
        "沙尘来袭 出门记得戴口罩",
        "晚报记者　谢雨田",
        BODY,
        "城区12条背街小巷今年“穿新衣”",
        "　　晚报讯（记者 郭  宁）记者从市城建局获悉，今年我市将对城区12条背街小巷进行改造。",
    )
    assert [(s.title, s.byline) for s in ed.stories] == [
        ("沙尘来袭 出门记得戴口罩", "晚报记者 谢雨田"),
        ("城区12条背街小巷今年“穿新衣”", "晚报讯（记者 郭 宁）"),
    ]
    assert texts(ed)[1] == ["记者从市城建局获悉，今年我市将对城区12条背街小巷进行改造。"]


def test_a_reporter_of_the_paper_at_large_is_still_only_its_reporter() -> None:
    # "晚报记者" is the paper's own reporter, never a dateline: the line is a byline alone.
    ed = seg("市区新增两条公交线路", "晚报记者　孔  颖", BODY)
    assert ed.stories[0].byline == "晚报记者 孔 颖"
    assert texts(ed) == [[BODY]]


def test_a_converged_newsrooms_reporter_is_a_byline_not_a_subtitle() -> None:
    ed = seg("期末考试后 孩子成绩不理想怎么办", "全媒体记者　唐  宁", BODY)
    assert heads(ed) == [(None, "期末考试后 孩子成绩不理想怎么办", None)]
    assert ed.stories[0].byline == "全媒体记者 唐 宁"


def test_a_credit_closed_by_baodao_leads_the_text_it_is_run_into() -> None:
    ed = seg(
        "市区新增两条公交线路",
        "本报讯（记者 孔  颖）" + BODY,
        "记者 汪  琳 报道　昨天上午，家住城西的罗师傅一家搬进了新分到的廉租房。",
        MORE,
    )
    assert [s.byline for s in ed.stories] == ["本报讯（记者 孔 颖）", "记者 汪 琳 报道"]
    assert texts(ed)[1][0] == "昨天上午，家住城西的罗师傅一家搬进了新分到的廉租房。"


def test_text_that_only_mentions_a_report_is_not_a_credit() -> None:
    line = "市民李先生说 我看了新闻报道　才知道这件事已经解决了。"
    ed = seg("小区路灯修好了", "本报讯（记者 孔  颖）" + BODY, line)
    assert [s.byline for s in ed.stories] == ["本报讯（记者 孔 颖）"]
    assert texts(ed)[0][-1] == line


def test_a_question_under_a_column_over_a_readers_call_or_letter_is_its_title() -> None:
    for lead in ("读者王先生来电：", "读者来信："):
        ed = seg(
            "城市快讯",
            "　　●市图书馆本周末举办绘本阅读活动。",
            "律师信箱",
            "试用期内被辞退，能否要求补偿？",
            lead + "我去年12月进入一家公司工作，今年2月被公司辞退。请问我能要求补偿吗？",
            "律师：根据劳动合同法规定，用人单位应当举证证明劳动者不符合录用条件。",
        )
        assert heads(ed)[-1] == ("律师信箱", "试用期内被辞退，能否要求补偿？", None)


def test_a_question_inside_a_story_stays_its_text() -> None:
    ed = seg(
        "小区路灯坏了一个月",
        "本报讯（记者 郭  宁）" + BODY,
        "路灯什么时候能修好？",
        "读者王先生来电：家住安乐区桃园小区，小区内6盏路灯坏了一个多月。",
    )
    assert len(ed.stories) == 1
    assert texts(ed)[0][1] == "路灯什么时候能修好？"


def test_a_numbered_list_of_the_pages_titles_is_never_read() -> None:
    ed = seg(
        "本版新闻",
        "1. 戈阳绿氢产业园一期项目投产",
        "2. 冰雪经济“热”起来",
        "戈阳绿氢产业园一期项目投产",
        "年产绿氢1.2万吨　每年可减排二氧化碳约11万吨",
        "本报讯（记者 贺兰星）" + BODY,
        "冰雪经济“热”起来",
        "本报讯（记者 乌  兰）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["戈阳绿氢产业园一期项目投产", "冰雪经济“热”起来"]
    assert heads(ed)[0][2] == "年产绿氢1.2万吨 每年可减排二氧化碳约11万吨"
    assert {1, 2, 3} <= set(reasons(ed))

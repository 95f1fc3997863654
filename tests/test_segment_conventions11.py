"""Story-structure conventions met on the fourteenth and fifteenth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts


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

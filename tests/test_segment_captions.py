"""A caption set inside one story's sentence but credited to the next story's reporter."""

from __future__ import annotations

from segkit import seg


def page_with_photo(credit: str):
    return seg(
        "孩子成绩不理想怎么办",
        "全媒体记者　唐  宁",
        "专家建议，家长首先要稳住情绪，不要一看分数就批评指责，适当安排运动和阅读，让孩子在放松中积蓄",
        f"▲1月13日，麓湖小学学生在人工智能实验室体验编程课。{credit}",
        "能量，新学期才能更好地出发。",
        "人工智能课走进小学课堂",
        "全媒体记者　欧阳晨",
        "1月13日下午，在麓湖小学人工智能实验室，五年级学生正在给小机器人编写指令，教室里响起一片欢呼声。",
    )


def captions(ed):
    return [[p.text for p in s.paragraphs if p.kind == "caption"] for s in ed.stories]


def test_a_caption_credited_to_the_next_storys_reporter_is_read_with_that_story():
    ed = page_with_photo("全媒体记者 欧阳晨 摄")
    assert captions(ed) == [[], ["▲1月13日，麓湖小学学生在人工智能实验室体验编程课。"]]
    body = [p.text for p in ed.stories[0].paragraphs]
    assert body == [
        "专家建议，家长首先要稳住情绪，不要一看分数就批评指责，适当安排运动和阅读，让孩子在放松中积蓄能量，新学期才能更好地出发。"
    ]


def test_a_caption_credited_to_its_own_storys_reporter_or_to_nobody_stays():
    for credit in ("全媒体记者 唐  宁 摄", "", "新华社发"):
        ed = page_with_photo(credit)
        assert captions(ed)[1] == [], credit
        assert len(captions(ed)[0]) == 1, credit


def test_a_documents_edition_in_a_bulleted_item_is_not_a_page_to_turn_to():
    from segkit import BODY, reasons

    ed = seg(
        "诊疗指南更新",
        f"本报讯（记者 王红）{BODY}",
        "医院组织医护人员学习了以下文件：",
        "◆新型冠状病毒感染诊疗方案（第九版）",
        "◆重点人群健康服务工作指南（第二版）",
        "学习将持续到月底，全院考核合格后上岗。",
        "◆全市第九届运动会落幕（7版）",
    )
    assert [t.text for t in ed.teasers] == ["全市第九届运动会落幕"]
    read = "".join(
        f"{s.kicker}{s.title}{s.subtitle}" + "".join(p.text for p in s.paragraphs) for s in ed.stories
    )
    assert 4 not in reasons(ed) and 5 not in reasons(ed)  # read, not skipped
    assert "诊疗方案（第九版）" in read and "指南（第二版）" in read

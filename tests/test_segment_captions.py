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

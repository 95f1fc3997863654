"""A headline ending on a verb in 对 is a headline, not a sentence cut before its object
(the sixty-first unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg


def test_a_kicker_ending_in_a_verb_with_dui_heads_its_story() -> None:
    ed = seg(
        "“高温+暴雨”交替 城市如何应对",
        "全市启用286处“清凉驿站”",
        "——排水、供电、医疗多部门进入双值守状态",
        "本报讯（记者 韦  青）" + BODY,
        MORE,
    )
    assert heads(ed) == [
        ("“高温+暴雨”交替 城市如何应对", "全市启用286处“清凉驿站”", "排水、供电、医疗多部门进入双值守状态")
    ]


def test_a_line_cut_before_the_object_of_dui_is_still_text() -> None:
    # "对" as a preposition left hanging: the line goes on in the next one.
    ed = seg(
        "城区老旧小区改造启动",
        "本报讯（记者 韦  青）市住建部门近日对",
        "全市86个老旧小区进行了摸底调查。",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["城区老旧小区改造启动"]
    assert "市住建部门近日对全市86个老旧小区进行了摸底调查。" in ed.stories[0].paragraphs[0].text


def test_a_headline_ending_in_luodi_is_a_headline() -> None:
    # "落地": a plan come down to earth, never an adverb's 地 left hanging.
    ed = seg(
        "城南片区改造项目落地", "本报讯（记者 王  刚）记者从市住建局获悉，城南片区改造项目正式开工。", MORE
    )
    assert [(s.title, s.byline) for s in ed.stories] == [("城南片区改造项目落地", "本报讯（记者 王 刚）")]
    assert all("城南片区改造项目落地" != p.text for p in ed.stories[0].paragraphs)


def test_a_line_cut_after_an_adverbs_di_still_goes_on() -> None:
    ed = seg(
        "老旧小区改造启动", "本报讯（记者 王  刚）" + BODY, "工作人员认真地", "检查了每一处消防通道。", MORE
    )
    assert len(ed.stories) == 1
    assert "工作人员认真地检查了每一处消防通道。" in [p.text for p in ed.stories[0].paragraphs]

"""A numbered section head under a pickup marker goes on with the story (the fifty-first unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, page

from audiopaper.segment import segment

FRONT = [
    "企业开办时间压缩至3个工作日",
    "本报记者 龚  振",
    BODY,
    "一、流程再造：从“多头跑”到“一窗办”",
    "申请人只需提交一套材料，后台各部门同步审批。（下转第2版）",
]


def edition(*inside: str):
    return segment([page(*FRONT, number=1), page("第2版　要闻", *inside, MORE, number=2)])


def test_a_numbered_section_head_after_a_pickup_marker_is_read_as_a_sub_head() -> None:
    ed = edition("（上接第1版）", "三、服务下沉：从“群众跑”到“干部跑”")
    (story,) = ed.stories
    assert story.title == "企业开办时间压缩至3个工作日"
    assert story.pages == (1, 2)
    kinds = [(p.kind, p.text) for p in story.paragraphs]
    assert ("subhead", "三、服务下沉：从“群众跑”到“干部跑”") in kinds
    assert kinds[-1] == ("body", MORE)


def test_a_repeated_headline_after_a_pickup_marker_is_still_not_read() -> None:
    ed = edition("（上接第1版）", "企业开办时间压缩至3个工作日")
    (story,) = ed.stories
    assert all("企业开办" not in p.text for p in story.paragraphs)
    assert story.paragraphs[-1].text == MORE

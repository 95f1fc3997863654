"""Story-structure conventions met on the twelfth and thirteenth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, paragraph_lines, seg


def test_a_sentence_cut_by_its_own_photo_is_joined_and_the_caption_read_after_it() -> None:
    ed = seg(
        "端午小长假 旅游市场预订升温",
        "本报讯（记者 马雪莲）端午小长假临近，我市周边游预订量明显上升，白杨沟、",
        "▲游客在白杨沟景区骑马游览。本报记者 巴  特 摄",
        "胡杨林公园等景区的民宿已基本订满。",
        MORE,
    )
    assert paragraph_lines(ed) == [(2, 4), (3,), (5,)]
    assert [p.kind for p in ed.stories[0].paragraphs] == ["body", "caption", "body"]


def test_a_caption_after_a_finished_paragraph_stays_in_place() -> None:
    ed = seg(
        "端午小长假 旅游市场预订升温",
        "本报讯（记者 马雪莲）" + BODY,
        "▲游客在白杨沟景区骑马游览。本报记者 巴  特 摄",
        MORE,
    )
    assert paragraph_lines(ed) == [(2,), (3,), (4,)]

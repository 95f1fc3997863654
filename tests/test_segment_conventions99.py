"""Byline, signature and line-class conventions met on the unseen55 and unseen56 batches (fixer B2a)."""

from __future__ import annotations

from segkit import BODY, MORE, seg, spoken


def test_a_dateline_and_a_solid_credit_closed_by_reported_are_the_byline() -> None:
    ed = seg(
        "城投队主场首战告捷",
        "本报讯　记者宁浩宇报道　3月7日晚，" + BODY,
        MORE,
    )
    assert [s.byline for s in ed.stories] == ["本报讯 记者宁浩宇报道"]
    assert spoken(ed).startswith("3月7日晚，")
    assert "报道" not in spoken(ed)


def test_a_name_then_reported_after_a_role_closes_the_credit() -> None:
    ed = seg("城投队主场首战告捷", "本报讯　记者 宁浩宇报道　3月7日晚，" + BODY)
    assert [s.byline for s in ed.stories] == ["本报讯 记者 宁浩宇报道"]


def test_reported_in_the_text_after_a_dateline_is_no_credit() -> None:
    # "央视报道" names no reporter: the sentence after the dateline is read whole.
    ed = seg("城投队主场首战告捷", "本报讯　据央视报道　3月7日晚，" + BODY)
    assert ed.stories[0].byline == "本报讯"
    assert spoken(ed).startswith("据央视报道")

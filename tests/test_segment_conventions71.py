"""A campaign's long name in round brackets over a headline (the forty-sixth unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

LEAD = "本报讯（记者 王  刚）" + BODY


def test_a_long_campaign_name_in_round_brackets_is_the_kicker() -> None:
    ed = seg("（深入学习实践科学发展观活动）", "市直机关开展“下基层、解难题”调研", LEAD, MORE)
    assert heads(ed) == [("深入学习实践科学发展观活动", "市直机关开展“下基层、解难题”调研", None)]
    assert texts(ed) == [[BODY, MORE]]


def test_a_spaced_sub_head_in_square_brackets_is_no_label() -> None:
    # As long, but spaced and in 【】: the story's own sub-head, read as it stands.
    ed = seg("家电以旧换新补贴加码", LEAD, "【价格差距大　从几百元到几千元】", MORE)
    assert heads(ed) == [(None, "家电以旧换新补贴加码", None)]
    assert any("价格差距大" in t for t in texts(ed)[0])


def test_an_author_note_in_round_brackets_stays_text() -> None:
    ed = seg("让乡村振兴行稳致远", LEAD, "（作者为市委党校经济学教研室主任）")
    assert texts(ed)[0][-1] == "（作者为市委党校经济学教研室主任）"

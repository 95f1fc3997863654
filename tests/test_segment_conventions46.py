"""A list of bulleted items right under a headline (the thirty-seventh unseen batch)."""

from __future__ import annotations

from segkit import BODY, heads, seg, texts

ITEMS = [
    "●新增城镇就业3.2万人",
    "●新建改扩建中小学、幼儿园12所，新增学位9000个",
    "●改造老旧小区40个，惠及居民1.6万户",
    "●新建口袋公园20个、绿道35公里",
]


def test_bulleted_items_under_a_headline_are_its_text_each_item_a_paragraph() -> None:
    ed = seg("一图读懂", "2025年民生实事“成绩单”", *ITEMS, "制图：王  菲")
    assert heads(ed) == [("一图读懂", "2025年民生实事“成绩单”", None)]
    # Every item read, one paragraph each, though two of them end unpunctuated like a headline.
    assert texts(ed) == [ITEMS]


def test_one_bulleted_line_under_a_headline_stays_in_the_headline() -> None:
    # One bulleted line over the text is no list: a line of the headline, never read as text.
    ed = seg("全市民生实事全部完成", "●十件实事总投资超百亿元", "本报讯（记者 王  刚）" + BODY)
    assert "●十件实事总投资超百亿元" in " ".join(filter(None, heads(ed)[0]))
    assert texts(ed) == [[BODY]]


def test_unpunctuated_bulleted_lines_alone_are_no_list() -> None:
    # Without one punctuated item the run may be headlines; it is left as it was read.
    only_heads = ["●新增城镇就业3.2万人", "●新建口袋公园20个"]
    ed = seg("2025年民生实事", *only_heads, "本报讯（记者 王  刚）" + BODY)
    assert all(t not in texts(ed)[0] for t in only_heads)

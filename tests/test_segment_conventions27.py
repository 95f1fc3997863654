"""Story-structure conventions met on the twenty-eighth batch of unseen pages (second pass)."""

from __future__ import annotations

from segkit import BODY, MORE, paragraph_lines, seg, texts

SEMI = "　　记者采访发现，快递柜的运营成本较高，部分快递员因此不愿意使用；"
REST = "还有一些快递柜设在露天，遇到雨天容易进水。"


def test_a_flush_line_after_a_semicolon_goes_on_in_a_dump_that_indents_paragraphs() -> None:
    # Half the text lines are flush continuations, so the page's indenting is not plain from
    # counts; still, a paragraph opened indented never ends on "；" unless it lists items.
    ed = seg("快递柜进社区", "本报记者 王 刚", "　　" + BODY, MORE, SEMI, REST, "　　" + BODY, MORE)
    assert texts(ed)[0] == [BODY, MORE, SEMI.strip() + REST, BODY, MORE]
    assert paragraph_lines(ed)[2] == (5, 6)


def test_a_flush_item_after_a_semicolon_stays_a_paragraph_of_its_own() -> None:
    # The flush line opens an item of a list: it is a paragraph of its own.
    ed = seg(
        "快递柜进社区", "本报记者 王 刚", "　　" + BODY, MORE, SEMI, "2.快递柜设在露天，遇到雨天容易进水。"
    )
    assert texts(ed)[0][-1] == "2.快递柜设在露天，遇到雨天容易进水。"

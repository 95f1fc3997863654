"""Conventions of the unseen49 batch, story structure: a bare jump marker (no brackets) closing a
text line after a sentence's stop, "…等内容。下转第三版", sends the story on to that page, where
its "（上接第一版）" half is joined to it; inside a sentence the same words are the story's own."""

from __future__ import annotations

from segkit import BODY, MORE, page, texts

from audiopaper.segment import segment
from audiopaper.segment_lines import classify_line

TITLE = "老旧小区改造今年惠及三万户"
NEWS = "本报讯（记者 王明）" + MORE
REST = "“我们家住五楼，现在电梯装好了，天天能下楼晒太阳。”居民李大爷说。"


def jumped(cut: str):
    first = page(TITLE, BODY, cut, "茶园春忙", NEWS, number=1)
    second = page("（上接第一版）", TITLE, REST, "城区新建公厕三十六座", NEWS, number=3)
    return segment([first, second])


def test_a_bare_jump_marker_after_a_stop_joins_the_story_to_its_other_half() -> None:
    ed = jumped("改造项目增加了加装电梯、适老化改造等内容。下转第三版")
    story = ed.stories[0]
    assert story.title == TITLE and story.pages == (1, 3)
    assert [s.title for s in ed.stories] == [TITLE, "茶园春忙", "城区新建公厕三十六座"]
    said = "".join(p.text for p in story.paragraphs)
    assert "适老化改造等内容。" in said and REST in said
    assert "下转" not in said and "第三版" not in said


def test_a_bare_jump_marker_after_a_closing_quote_keeps_the_quote() -> None:
    line = classify_line(1, "居民说：“电梯装好了。”下转第3版")
    assert line is not None and line.jump_out == 3
    assert line.rest == "居民说：“电梯装好了。”"


def test_the_same_words_inside_a_sentence_are_read() -> None:
    cut = "晚会将在新闻频道播出，部分节目转第三版块重播。"
    line = classify_line(1, "晚会下半场的节目将转第三版")
    assert line is not None and line.jump_out is None
    ed = jumped(cut)
    assert cut in "".join(texts(ed)[0])
    assert ed.stories[0].pages == (1,) and REST not in "".join(texts(ed)[0])  # nothing jumped

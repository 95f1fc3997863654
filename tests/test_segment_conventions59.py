"""Never-read conventions met on the forty-second batch of unseen pages (unseen42)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

STORY = ("供热运行平稳", "本报讯（记者 秦  悦）" + BODY)
ABROAD = ("欧洲多国遭遇强降雪", "新华社伦敦11月29日电(记者 杜  平)" + MORE)
PHOTO = ("图片新闻", "秋色斑斓", "11月20日，游客在一处庭园观赏红叶。", "新华社发（吴  宁　摄）")


def test_a_dotted_label_in_the_folio_row_names_the_pages_parts() -> None:
    # "A09　国内·国际" over the page, then "国际" alone over a headline halfway down: the page's
    # second part starts, never read, nor the story's kicker, a photo box's "图片新闻" lower
    # down or not.
    ed = seg("A09　国内·国际", "本版编辑：乔卫东", *STORY, "国际", *ABROAD, *PHOTO, number=9)
    assert heads(ed)[:2] == [(None, "供热运行平稳", None), (None, "欧洲多国遭遇强降雪", None)]
    assert reasons(ed)[5] == "section label"
    assert not spoken(ed).startswith("国际")


def test_a_part_the_folio_row_does_not_name_stays_a_kicker() -> None:
    ed = seg("A09　要闻", "本版编辑：乔卫东", *STORY, "国际", *ABROAD, *PHOTO, number=9)
    assert heads(ed)[1] == ("国际", "欧洲多国遭遇强降雪", None)


def test_who_gathered_the_pages_copy_is_a_credit() -> None:
    # "本版组稿：…要闻部　版式：王  静" at the page's foot, after the last story: the page's staff,
    # never read as the story's text.
    ed = seg(*STORY, "本版组稿：测试日报要闻部　版式：王  静")
    assert [[p.text for p in s.paragraphs] for s in ed.stories] == [[BODY]]
    assert reasons(ed)[3] == "credit"


def test_copy_gathered_in_a_sentence_is_read() -> None:
    # The word in a sentence of news, its colon far from the start, is no credit.
    line = "据了解，市文联今年面向全市作者广泛组稿：共收到诗歌、散文作品三百余篇。"
    ed = seg(*STORY, line)
    assert line in spoken(ed)


MEDALS = ("金牌榜前三名", "东城区　金63　银51　铜44", "西城区　金48　银45　铜40", "南城区　金37　银39　铜43")


def test_rows_of_a_name_and_its_labelled_counts_are_a_table() -> None:
    # "东城区　金63　银51　铜44" row after row, under their title, between two stories: a medal
    # table, never read, and the next story keeps its own headline.
    ed = seg(*STORY, *MEDALS, *ABROAD)
    assert [s.title for s in ed.stories] == ["供热运行平稳", "欧洲多国遭遇强降雪"]
    assert {reasons(ed)[n] for n in range(3, 7)} == {"table"}
    assert "金63" not in spoken(ed)


def test_rows_with_a_cell_of_words_among_the_counts_are_read() -> None:
    # A cell that is neither a count nor a figure makes the lines no table's rows.
    rows = ("东城区　金63　银51　获评先进", "西城区　金48　银45　获评先进")
    ed = seg(*STORY, *rows)
    assert "table" not in reasons(ed).values()

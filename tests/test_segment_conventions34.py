"""Never-read conventions met on the thirty-fourth batch of unseen pages (unseen33)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

STORY = ("供热运行平稳", "本报讯（记者 秦  悦）" + BODY)
NEXT = ("图书馆新馆月底开馆", "本报讯（记者 路晓燕）" + MORE)


def test_a_nav_bar_with_a_past_issues_search_tab_is_chrome() -> None:
    # "返回主页 | 版面导航 | 标题导航 | 往期检索": the e-paper's tabs, never a story.
    ed = seg("返回主页 | 版面导航 | 标题导航 | 往期检索", *STORY)
    assert [s.title for s in ed.stories] == ["供热运行平稳"]
    assert reasons(ed)[1] == "chrome"


def test_a_page_header_with_its_angle_bracketed_tab_links_is_chrome() -> None:
    # "A02版：要闻　　〈上一版　下一版〉　〈上一期　下一期〉": the page's header row, never read.
    ed = seg("A02版：要闻　　〈上一版　下一版〉　〈上一期　下一期〉", *STORY, number=2)
    assert [s.title for s in ed.stories] == ["供热运行平稳"]
    assert "上一版" not in spoken(ed)
    assert reasons(ed)[1] == "chrome"


def test_a_bar_of_story_words_is_read() -> None:
    # Bars between words that are not the frame's: a line of the story's text.
    line = "项目建设 | 招商引资 | 营商环境 | 民生实事"
    ed = seg(*STORY, line, MORE)
    assert line in "".join(texts(ed)[0])


def test_more_news_of_a_kind_on_another_page_is_a_teaser() -> None:
    # "更多精彩内容请看A03版：…", "▶更多民生新闻详见A06版：…": teasers to pages 3 and 6, never read.
    ed = seg(
        *STORY,
        "更多精彩内容请看A03版：港口集装箱航线再添新成员",
        *NEXT,
        "▶更多民生新闻详见A06版：我市启动夏季送清凉活动",
    )
    assert [s.title for s in ed.stories] == ["供热运行平稳", "图书馆新馆月底开馆"]
    assert [(t.text, t.page) for t in ed.teasers] == [
        ("港口集装箱航线再添新成员", 3),
        ("我市启动夏季送清凉活动", 6),
    ]
    assert "更多" not in spoken(ed)


def test_a_sentence_about_more_news_is_read() -> None:
    line = "更多市民新闻爱好者来信说，希望本报多刊登社区报道。"
    ed = seg(*STORY, line)
    assert line in texts(ed)[0]


PRICES = (
    "农产品价格（10月24日）",
    "品　名　　　　单价（元/公斤）",
    "早籼稻　　　　2.70",
    "生猪　　　　　15.60",
)
BRIEFS = (
    "经济简讯",
    "■前三季度，全市外贸进出口总额5.8亿美元，增长19.7%。",
    "■10月23日，港区三期码头工程通过交工验收。",
)


def test_a_letter_spaced_two_character_name_is_a_cell_of_the_tables_row() -> None:
    # "鸡　蛋　　　　9.20" under "早籼稻　　　　2.70": a row of the table, never a story; the briefs
    # box under the table is found.
    ed = seg(*STORY, *PRICES, "鸡　蛋　　　　9.20", *BRIEFS)
    assert [s.title for s in ed.stories] == ["供热运行平稳", "经济简讯"]
    assert "9.20" not in spoken(ed)
    assert reasons(ed)[6] == "table"


def test_name_and_figure_rows_with_no_header_over_them_are_no_table() -> None:
    # Without the table's header row two cells may be anything: the rows are not skipped as a table.
    ed = seg(*STORY, "早籼稻　　　　2.70", "鸡　蛋　　　　9.20", MORE)
    assert "table" not in reasons(ed).values()
    assert "9.20" in " ".join(t for s in ed.stories for t in (s.title, s.subtitle or ""))


TOP = ("国内·国际", "责任编辑：丁  宁　版式：胡小蓉")
ABROAD = ("欧洲多国遭遇强降雪", "新华社伦敦11月29日电(记者 杜  平)" + MORE)


def test_a_part_with_news_after_it_is_the_pages_part() -> None:
    # "国际新闻" over a headline halfway down a page headed "国内·国际": its second part starts,
    # never read, nor the story's kicker.
    ed = seg(*TOP, *STORY, "国际新闻", *ABROAD)
    assert heads(ed) == [(None, "供热运行平稳", None), (None, "欧洲多国遭遇强降雪", None)]
    assert reasons(ed)[5] == "section label"


def test_news_of_a_part_the_page_does_not_name_stays_a_kicker() -> None:
    ed = seg("要闻", "责任编辑：丁  宁　版式：胡小蓉", *STORY, "国际新闻", *ABROAD)
    assert heads(ed)[1] == ("国际新闻", "欧洲多国遭遇强降雪", None)


AD = ("招　聘", "某物流公司招聘货车司机10名，要求持B2以上驾驶证。电话：0779-2835566")


def test_a_classified_item_alone_titled_by_its_trade_is_never_read() -> None:
    # "招　聘" / its text closed by the number to call, at the page's foot: an advert, not the
    # story above's text.
    ed = seg(*STORY, *AD)
    assert texts(ed) == [[BODY]]
    assert reasons(ed)[3] == "advertisement" and reasons(ed)[4] == "advertisement"


def test_a_trade_word_over_text_that_goes_on_is_read() -> None:
    # Text after the number to call: a story about hiring, read.
    ed = seg(*STORY, "招聘", "某物流公司招聘货车司机10名。电话：0779-2835566", MORE)
    assert "货车司机" in spoken(ed) and MORE in spoken(ed)


def test_a_headline_naming_more_than_the_trade_is_read() -> None:
    ed = seg(*STORY, "毕业生招聘会周六举行", "市人才市场将举办毕业生招聘会。咨询电话：0779-2835566")
    assert "招聘会" in spoken(ed)

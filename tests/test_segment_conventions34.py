"""Never-read conventions met on the thirty-fourth batch of unseen pages (unseen33)."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken, texts

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

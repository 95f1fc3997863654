"""Lines never read aloud met on the thirty-fourth batch of unseen pages (fixer A)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

from audiopaper.segment_noise import classify_noise

STORY = ("城北牡丹园迎来赏花高峰", "　　本报讯（记者 王  刚）" + BODY, "　　" + MORE)


def test_an_epaper_nav_row_with_its_page_image_tab_is_never_read() -> None:
    # "上一期　下一期　|　上一版　下一版　|　版面图　|　PDF下载": the frame's links, the page's image among them.
    row = "上一期　下一期　|　上一版　下一版　|　版面图　|　PDF下载"
    ed = seg(row, "3·15在行动", *STORY)
    assert reasons(ed)[1] == "chrome"
    assert heads(ed) == [("3·15在行动", "城北牡丹园迎来赏花高峰", None)]
    assert "版面图" not in spoken(ed)


def test_a_headline_about_a_page_image_is_no_chrome() -> None:
    assert classify_noise("版面图设计大赛启动") == ""
    ed = seg("版面图设计大赛启动", "　　本报讯（记者 王  刚）" + BODY)
    assert heads(ed) == [(None, "版面图设计大赛启动", None)]


def test_a_back_to_the_page_link_after_a_story_is_never_its_successors_kicker() -> None:
    second = ("老旧小区加装电梯", "　　本报讯（记者 井雅琪）" + MORE, "【返回本版】")
    ed = seg(*STORY, "【返回本版】", *second)
    assert reasons(ed)[4] == "chrome" and reasons(ed)[7] == "chrome"
    assert heads(ed) == [(None, "城北牡丹园迎来赏花高峰", None), (None, "老旧小区加装电梯", None)]
    assert "返回" not in spoken(ed)


def test_a_headline_about_going_back_home_is_read() -> None:
    assert classify_noise("返回本村创业的年轻人") == ""


def test_a_row_of_page_tabs_after_the_bars_label_and_a_gap_is_never_read() -> None:
    # "版面导航　01：头版　02：要闻　03：要闻": the label then the tabs, a wide gap for its colon.
    row = "版面导航　01：头版　02：要闻　03：要闻　04：经济　05：区县传真　06：文化"
    ed = seg(row, *STORY)
    assert reasons(ed)[1] == "chrome"
    assert heads(ed) == [(None, "城北牡丹园迎来赏花高峰", None)]


def test_the_bars_label_before_a_sentence_is_no_row_of_tabs() -> None:
    assert classify_noise("版面导航　01：头版改版后更加突出本地新闻") == ""


def test_a_long_masthead_row_of_registration_fields_is_never_read() -> None:
    # Each cell a masthead field, the row longer than a short "今日8版　第12904期".
    row = "今日8版　第13562期　国内统一连续出版物号：CN 43-0127　邮发代号：41-18"
    assert classify_noise(row) == "masthead"
    ed = seg("测试日报", row, *STORY)
    assert heads(ed) == [(None, "城北牡丹园迎来赏花高峰", None)]
    assert "出版物号" not in spoken(ed)


def test_a_masthead_field_beside_a_sentence_is_no_masthead_row() -> None:
    row = "今日8版　本报记者走访全市十余个社区了解老旧小区加装电梯的进展情况"
    assert classify_noise(row) != "masthead"


def test_a_joint_agency_credit_after_a_caption_is_not_read_but_the_caption_is() -> None:
    caption = "　　9月16日，在纽约联合国总部，工作人员在会场布置国旗。"
    ed = seg("第63届联大下周开幕", "　　本报综合新华社电　" + BODY, caption + "新华社/法新")
    assert "法新" not in spoken(ed)
    assert "工作人员在会场布置国旗。" in spoken(ed)
    assert classify_noise("（新华社/路透）") == "photo credit"


def test_a_sentence_naming_the_agencies_is_read() -> None:
    line = "　　新华社/法新社联合报道显示，会议将于下周举行。"
    ed = seg("第63届联大下周开幕", "　　本报综合新华社电　" + BODY, line)
    assert texts(ed)[0][-1] == "新华社/法新社联合报道显示，会议将于下周举行。"


TABLE = ("品　名　　单价", "鸡　蛋　　　　9.20", "白　菜　　　　1.50", "土　豆　　　　2.10")
ITEMS = (
    "　　■3月16日，市委中心组举行理论学习会。",
    "　　■3月16日，市人大常委会组织代表视察城区道路改造工程。",
)


def test_a_letter_spaced_briefs_label_under_a_tables_rows_titles_its_box() -> None:
    # "简　讯" under the rows is the box's label, as over a story's text; never a writer's name.
    for label in ("简　讯", "快讯"):
        ed = seg("本周菜价", "　　本报讯（记者 王  刚）" + BODY, *TABLE, label, *ITEMS)
        assert heads(ed)[1][1] == label.replace("\u3000", " ")
        assert [s.byline for s in ed.stories][1] is None
        assert texts(ed)[1] == [i.strip() for i in ITEMS]


def test_a_writers_name_under_a_headline_stays_the_byline() -> None:
    ed = seg("项目开工更要“开好局”", "石　川", "　　" + BODY, "　　" + MORE)
    assert heads(ed) == [(None, "项目开工更要“开好局”", None)]
    assert [s.byline for s in ed.stories] == ["石 川"]

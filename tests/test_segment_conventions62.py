"""Conventions of lines never read, met on the forty-fourth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken, texts

from audiopaper.segment_footers import footer_reason

STORY = ("市区新增两条夜班公交线路", "本报讯（记者 程  琳）" + BODY, MORE)


def test_a_span_of_days_in_cells_under_a_weather_label_is_the_box_s() -> None:
    # "今天夜里到明天" set in cells (no colon) right under the box's label, one row, no table:
    # the label, the day and the indices under it are never read.
    ed = seg(
        *STORY,
        "安河天气",
        "今天夜里到明天　晴间多云　27℃～36℃　南风2～3级",
        "紫外线指数：很强　中暑指数：较易发生",
    )
    assert [s.title for s in ed.stories] == ["市区新增两条夜班公交线路"]
    assert spoken(ed) == BODY + MORE
    assert {reasons(ed)[n] for n in (4, 5, 6)} == {"weather"}


def test_a_span_of_days_elsewhere_is_never_the_box_s() -> None:
    # Negative: the same cells with no weather label right above are a story's, never skipped;
    # and a weather label over a story's text heads that story.
    line = "今天夜里到明天　晴间多云　27℃～36℃　南风2～3级"
    ed = seg("高温持续 注意防暑", line, BODY)
    assert "weather" not in reasons(ed).values()
    assert len(ed.stories) == 1 and spoken(ed) == BODY
    ed = seg("安河天气", "本报讯（记者 程  琳）今天夜里到明天，我市晴间多云，最高气温36℃。", MORE)
    assert [s.title for s in ed.stories] == ["安河天气"]
    assert spoken(ed) == "今天夜里到明天，我市晴间多云，最高气温36℃。" + MORE


SUBSCRIBE = "欢迎订阅2025年下半年《安河日报》　全国各地邮局均可订阅　订报热线：0570-3055100"


def test_the_paper_s_call_to_subscribe_with_where_to_is_never_read() -> None:
    # The paper's own call, where to subscribe among its terms, then its phone, in cells.
    assert footer_reason(SUBSCRIBE) == "house notice"
    ed = seg(*STORY, SUBSCRIBE)
    assert spoken(ed) == BODY + MORE
    assert reasons(ed)[4] == "house notice"


def test_where_to_subscribe_without_the_paper_s_call_is_read() -> None:
    # Negative: a club's call with the same cells is not the paper's; a sentence of news is read.
    assert footer_reason("欢迎加入市集邮协会　全国各地邮局均可订阅　报名电话：0570-3055100") == ""
    news = "记者从市邮政分公司获悉，欢迎订阅《安河日报》的市民可到全国各地邮局办理。"
    ed = seg("报刊征订工作启动", news)
    assert spoken(ed) == news


LISTING = (
    "安河大剧院",
    "8月12日、13日　大型原创舞剧《海丝谣》",
    "票价：80元　180元　280元　380元",
    "订票热线：0596-2123456　微信搜索“安河大剧院”在线选座",
)


def test_a_show_s_listing_over_lines_is_never_read() -> None:
    # The venue alone over the show's cells, a price and the booking line last: a box of what
    # is on, never a story, after a story or before one.
    ed = seg(*STORY, *LISTING)
    assert [s.title for s in ed.stories] == ["市区新增两条夜班公交线路"]
    assert spoken(ed) == BODY + MORE
    assert {reasons(ed)[n] for n in range(4, 8)} == {"listing"}
    ed = seg(*LISTING, *STORY)
    assert [s.title for s in ed.stories] == ["市区新增两条夜班公交线路"]


def test_a_story_about_a_show_is_read() -> None:
    # Negative: a story whose sentences give the price and where to book, or cells with no
    # booking line, are read.
    news = ("舞剧《海丝谣》周末上演", "票价：80元至380元，订票热线：0596-2123456。", BODY)
    ed = seg(*news)
    assert [s.title for s in ed.stories] == ["舞剧《海丝谣》周末上演"]
    assert "listing" not in reasons(ed).values()
    ed = seg("安河大剧院", "8月12日、13日　大型原创舞剧《海丝谣》", "票价：80元　180元", BODY)
    assert "listing" not in reasons(ed).values()


CUT = (
    "第4版",
    "国内·国际",
    "责任编辑：葛  亮　版式：李  婷",
    "国内",
    "多地启动旅游市场专项整治",
    "据新华社南京4月20日电　各地旅游部门近日启动专项整治行动。各地还公布了旅游投诉电话，游客遇到纠纷，",
)
WORLD = ("国际油价连续三日下跌", "新华社纽约4月20日电（记者 刘  畅）" + BODY)


def test_a_part_s_label_inside_a_cut_sentence_is_never_read() -> None:
    # The page's second part starts inside the last sentence of its first: the label is the
    # part's, never the next story's kicker, and the sentence is read whole.
    ed = seg(*CUT, "国际", "可及时投诉维权。", *WORLD)
    assert [(s.kicker, s.title) for s in ed.stories] == [
        (None, "多地启动旅游市场专项整治"),
        (None, "国际油价连续三日下跌"),
    ]
    assert "国际" not in spoken(ed).replace("国际油价", "")
    assert texts(ed)[0][-1].endswith("游客遇到纠纷，可及时投诉维权。")
    assert reasons(ed)[7] == "section label"


def test_a_part_s_label_after_a_closed_sentence_over_text_is_still_read() -> None:
    # Negative: with the sentence above closed, the word over text and a headline is not the
    # part's label cut into a sentence: the rule keeps out, and the word is read.
    closed = (*CUT[:-1], CUT[-1].replace("纠纷，", "纠纷可投诉。"))
    ed = seg(*closed, "国际", "可及时投诉维权。", *WORLD)
    assert reasons(ed).get(7) != "section label"
    assert "国际" in texts(ed)[0]

"""Newspaper conventions met on the eleventh batch of unseen pages, one small written page each."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, reasons, seg, texts

from audiopaper.segment_noise import classify_noise


def test_web_story_fields_under_the_text_are_never_read() -> None:
    assert classify_noise("作者：庞志远　来源：鸳江都市报　2018-04-27") == "web meta"
    assert classify_noise("作者：覃  华　来源：鸳江都市报") == "web meta"
    assert classify_noise("来源：新华社　发布时间：2018-04-27 09:30") == "web meta"
    assert classify_noise("时间：5月1日上午9时　地点：市体育馆") == ""  # an event notice is news


def test_e_paper_chrome_is_never_read() -> None:
    assert classify_noise("鸳江新闻网 > 数字报 > 鸳江都市报") == "chrome"
    assert classify_noise("【 A01 】【 A02 】【 A03 】") == "chrome"
    assert classify_noise("【关闭窗口】　【打印本文】　【返回顶部】") == "chrome"
    assert classify_noise("今天是：2018年4月27日 星期五") == "masthead"
    assert classify_noise("鸳江都市报 - 数字报") == "masthead"


def test_a_question_under_a_column_name_over_a_readers_question_is_the_title() -> None:
    ed = seg(
        "市民问政",
        "小区门口道路坑洼何时修？",
        "市民问：新兴二路小区门口一段道路坑洼不平，请问什么时候能修好？",
        "区住建局答：经现场核查，该路段已纳入今年维修计划，预计下月动工。",
    )
    assert heads(ed) == [("市民问政", "小区门口道路坑洼何时修？", None)]


def test_a_field_cut_at_a_comma_goes_on_below() -> None:
    ed = seg(
        "小区门口道路坑洼何时修",
        "本报讯（记者 王  斌）" + BODY,
        "区住建局答：经现场核查，该路段属市政道路，我局已将该路段纳入今年维修计划，",
        "预计5月中旬动工，6月底前完工。",
    )
    assert paragraph_lines(ed) == [(2,), (3, 4)]


def test_a_line_after_a_semicolon_repeating_an_earlier_clause_lead_goes_on() -> None:
    ed = seg(
        "全市项目建设推进会召开",
        "",
        "本报讯（记者 王  斌）" + BODY,
        "",
        "市长强调，要在招商引资上求突破，开展精准招商、以商招商；",
        "",
        "要在要素保障上求突破，确保项目早落地。",
        "",
        MORE,
    )
    assert paragraph_lines(ed) == [(3,), (5, 7), (9,)]
    assert texts(ed)[0][1].startswith("市长强调")


def test_the_papers_name_and_date_over_a_page_are_never_read() -> None:
    assert classify_noise("渠水日报　2016年5月12日　经济") == "page header"
    assert classify_noise("渠水日报　2016年5月12日") == "page header"


def test_a_price_table_with_trend_arrows_is_never_read() -> None:
    ed = seg(
        "小龙虾上市 价格比去年“亲民”",
        "本报讯（记者 蒋  帆）" + BODY,
        "本地主要农产品价格（5月11日）",
        "品名　　　单价（元/斤）　　涨跌",
        "大白菜　　1.20　　　　　　↓",
        "土豆　　　1.80　　　　　　—",
        "猪肉（后腿）　14.50　　　↑",
    )
    assert paragraph_lines(ed) == [(2,)]
    assert {reasons(ed)[n] for n in (3, 4, 5, 6, 7)} == {"table"}


def test_a_guides_arrowed_headlines_with_their_page_are_teasers() -> None:
    ed = seg(
        "今日导读",
        "▲新学期城区新增学位4200个（2版）",
        "▲全市第九届运动会落幕（7版）",
        "全市招商引资项目集中签约",
        "本报讯（记者 曾庆华）" + BODY,
    )
    assert [(t.text, t.page) for t in ed.teasers] == [
        ("新学期城区新增学位4200个", 2),
        ("全市第九届运动会落幕", 7),
    ]
    assert [s.title for s in ed.stories] == ["全市招商引资项目集中签约"]


def test_a_qr_code_prompt_is_never_read_and_is_no_kicker() -> None:
    for line in ("扫码看视频", "扫码阅读", "扫一扫", "扫描二维码观看视频"):
        assert classify_noise(line) == "chrome", line
    assert classify_noise("扫码支付成为主流") == ""  # a headline about paying by QR code
    ed = seg(
        "全市春耕生产全面展开",
        "本报讯（记者 王  斌）" + BODY,
        "扫码看视频",
        "政协第四次会议闭幕",
        "本报讯（记者 杨  帆）" + MORE,
    )
    assert heads(ed) == [(None, "全市春耕生产全面展开", None), (None, "政协第四次会议闭幕", None)]


def test_an_event_line_over_a_display_slogan_is_the_kicker() -> None:
    ed = seg(
        "云水市第六届人民代表大会第四次会议开幕",
        "凝心聚力开新局　奋楫笃行谱新篇",
        "本报讯（记者 段丽华）" + BODY,
    )
    assert heads(ed) == [("云水市第六届人民代表大会第四次会议开幕", "凝心聚力开新局 奋楫笃行谱新篇", None)]


def test_a_metro_papers_reporter_is_a_byline() -> None:
    ed = seg(
        "防溺水，“野泳”点有人守着了",
        "都市报记者　丁  洁",
        "　　" + BODY,
    )
    assert heads(ed) == [(None, "防溺水，“野泳”点有人守着了", None)]
    assert ed.stories[0].byline is not None and "丁" in ed.stories[0].byline


def test_a_competitions_round_over_a_title_is_the_kicker() -> None:
    ed = seg(
        "城市足球联赛第九轮",
        "万人看台座无虚席　东城队点球大战晋级",
        "晚报记者　蔡子健",
        "　　" + BODY,
    )
    assert heads(ed) == [("城市足球联赛第九轮", "万人看台座无虚席 东城队点球大战晋级", None)]


def test_a_second_headline_line_with_an_amount_in_words_is_the_subtitle() -> None:
    ed = seg("菜价连续三周回落", "白菜每斤降至八毛", "本报讯（记者 韦丽萍）" + BODY)
    assert heads(ed) == [(None, "菜价连续三周回落", "白菜每斤降至八毛")]
    ed = seg("城区学校食堂全部完成改造", "学生午餐实现就近配送服务", "本报讯（记者 韦丽萍）" + BODY)
    assert heads(ed) == [
        (None, "城区学校食堂全部完成改造 学生午餐实现就近配送服务", None)
    ]  # one title in two lines


def test_printed_page_numbers_set_the_reading_order_whatever_the_file_names():
    from audiopaper.model import Page
    from audiopaper.segment import segment

    first = Page(
        "测试报", "2024-01-01", 1, ("第02版：要闻", "第二版的新闻标题", "本报讯（记者 王红）" + MORE)
    )
    second = Page("测试报", "2024-01-01", 2, ("第01版：要闻", "头版的新闻标题", "本报讯（记者 李明）" + BODY))
    ed = segment([first, second])
    assert ed.pages == (1, 2)
    assert [s.title for s in ed.stories] == ["头版的新闻标题", "第二版的新闻标题"]

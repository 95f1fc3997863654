"""Newspaper conventions met on the eighth batch of unseen pages, one small written page each."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, seg

from audiopaper.model import Page
from audiopaper.segment import segment
from audiopaper.segment_lines import classify_line, is_headline_like
from audiopaper.segment_noise import classify_noise, is_table_row


def test_the_line_a_jump_repeats_is_the_title_and_the_line_above_its_kicker() -> None:
    page1 = (
        "第五届湖滨文化节开幕",
        "26个项目集中签约 总投资108亿元",
        "本报讯（记者 夏  雪）" + BODY + "（下转第二版）",
    )
    page2 = ("项目集中签约", "（上接第一版）", MORE)
    ed = segment([Page("测试报", "2024-01-01", 1, page1), Page("测试报", "2024-01-01", 2, page2)])
    assert heads(ed) == [("第五届湖滨文化节开幕", "26个项目集中签约 总投资108亿元", None)]
    assert ed.stories[0].pages == (1, 2)


def test_a_jump_repeating_the_first_line_keeps_title_and_subtitle() -> None:
    page1 = (
        "城南港二期工程开港运营",
        "年吞吐能力提升至900万吨",
        "本报讯（记者 夏  雪）" + BODY + "（下转第二版）",
    )
    page2 = ("城南港二期开港", "（上接第一版）", MORE)
    ed = segment([Page("测试报", "2024-01-01", 1, page1), Page("测试报", "2024-01-01", 2, page2)])
    assert heads(ed) == [(None, "城南港二期工程开港运营", "年吞吐能力提升至900万吨")]


def test_a_flush_line_going_on_with_a_listed_series_after_a_semicolon_is_joined() -> None:
    listing = (
        "报告指出，今年要抓好四方面工作：着力扩大有效需求，推动经济回升；着力做强特色产业，构建产业体系；"
    )
    ed = seg(
        "市人代会开幕", "本报讯（记者 夏  雪）" + BODY, listing, "着力提升城市品质，推进新型城镇化。", MORE
    )
    assert paragraph_lines(ed) == [(2,), (3, 4), (5,)]


def test_a_flush_line_after_a_semicolon_starting_anew_is_its_own_paragraph() -> None:
    ed = seg("市人代会开幕", "本报讯（记者 夏  雪）" + BODY, "一是扩大有效需求；二是做强特色产业；", MORE)
    assert paragraph_lines(ed) == [(2,), (3,), (4,)]


def test_an_indented_dump_joins_a_flush_line_after_a_semicolon_but_not_an_indented_one() -> None:
    ed = seg(
        "市人代会开幕",
        "　　本报讯（记者 夏  雪）" + BODY,
        "　　今年要抓好三件事：扩大有效需求；",
        "做强特色产业；",
        "　　保障改善民生；",
        "　　" + MORE,
    )
    assert paragraph_lines(ed) == [(2,), (3, 4), (5,), (6,)]


def test_an_anniversary_over_a_title_is_its_kicker() -> None:
    ed = seg("庆祝建党100周年", "全市干部群众收听收看庆祝大会盛况", "本报讯（记者 夏  雪）" + BODY)
    assert heads(ed) == [("庆祝建党100周年", "全市干部群众收听收看庆祝大会盛况", None)]


def test_an_anniversary_before_a_space_is_a_kicker_but_a_days_eve_stays_in_the_title() -> None:
    ed = seg("纪念改革开放40周年 我市举办成就展", "本报讯（记者 夏  雪）" + BODY)
    assert heads(ed) == [("纪念改革开放40周年", "我市举办成就展", None)]
    ed = seg("“3·15”前夕 我市集中销毁假冒伪劣商品", "本报讯（记者 夏  雪）" + BODY)
    assert heads(ed) == [(None, "“3·15”前夕 我市集中销毁假冒伪劣商品", None)]


def test_terms_for_contributions_after_a_mailbox_are_never_read() -> None:
    assert classify_noise("投稿邮箱：wenyi@hbrb.cn　本版稿件一经采用即付稿酬") == "call for contributions"
    assert classify_noise("来稿一经刊用，即付薄酬") == "call for contributions"
    assert classify_noise("这种新药一经采用就大受欢迎。") == ""


def test_a_table_row_may_lead_with_a_long_label_ending_in_its_unit() -> None:
    assert is_table_row("规模以上工业增加值（亿元）　52.3　　9.6%")
    assert not is_table_row("规模以上工业增加值增长较快　52.3　　9.6%")


def test_a_table_of_indicators_its_title_and_header_are_never_read() -> None:
    ed = seg(
        "城区道路改造全面启动",
        "本报讯（记者 夏  雪）" + BODY,
        "4月份全市主要经济指标",
        "指标　　　　绝对值　　同比增长",
        "规模以上工业增加值（亿元）　52.3　　9.6%",
        "社会消费品零售总额（亿元）　67.8　　15.2%",
    )
    assert [s.title for s in ed.stories] == ["城区道路改造全面启动"]
    assert {k.line: k.reason for k in ed.skipped} == dict.fromkeys((3, 4, 5, 6), "table")


def test_a_title_may_end_in_a_short_aside_in_brackets() -> None:
    assert is_headline_like("小额贷款公司试点扩至各县（市）")
    assert not is_headline_like("4月15日（周二）")
    assert not is_headline_like("15:30  中超第7轮  沧澜雄鹰—巴川雄狮（客场）")
    ed = seg("小额贷款公司试点扩至各县（市）", "本报讯（记者 夏  雪）5月22日，" + BODY)
    assert [s.title for s in ed.stories] == ["小额贷款公司试点扩至各县（市）"]


def test_a_line_keeps_its_indent() -> None:
    assert classify_line(1, "　　" + BODY).indent == 4  # type: ignore[union-attr]
    assert classify_line(1, BODY).indent == 0  # type: ignore[union-attr]


# Ninth batch of unseen pages.


def test_a_page_guide_lists_headlines_never_read_up_to_the_chrome_line() -> None:
    ed = seg(
        "东江都市报 电子版",
        "◀上一版　　下一版▶",
        "版面导读",
        "城区道路改造全面启动",
        "口袋公园年底建成",
        "民生速递",
        "【字号：大 中 小】 【打印本页】 【关闭窗口】",
        "城区道路改造全面启动",
        "本报讯（记者 夏  雪）" + BODY,
        "口袋公园年底建成",
        "本报讯（记者 夏  雪）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["城区道路改造全面启动", "口袋公园年底建成"]
    assert {k.line for k in ed.skipped} == {1, 2, 3, 4, 5, 6, 7}
    assert {k.line: k.reason for k in ed.skipped}[6] == "headline list"


def test_web_chrome_with_arrows_and_app_links_and_a_spaced_edition_mark_is_never_read() -> None:
    assert classify_noise("◀上一版　　下一版▶") == "chrome"
    assert classify_noise("首页 | 往期回顾 | 版面导航 | PDF下载 | 数字报客户端") == "chrome"
    assert classify_noise("首页 | 标题导航 | 手机版") == "chrome"
    assert classify_noise("东江都市报 电子版") == "masthead"
    assert classify_noise("版面导读") == "headline list"


def test_an_unfinished_sentence_between_title_and_a_leading_dateline_is_the_subtitle() -> None:
    ed = seg(
        "中心城区今年改造老旧小区136个",
        "涉及居民2.8万户，将同步推进加装电梯、增设停车位",
        "本报讯（记者 罗  娟）3月15日，" + BODY,
    )
    assert heads(ed) == [
        (None, "中心城区今年改造老旧小区136个", "涉及居民2.8万户，将同步推进加装电梯、增设停车位")
    ]
    assert ed.stories[0].byline == "本报讯（记者 罗 娟）"
    # A finished sentence there is the story's text, never its subtitle.
    ed = seg("口袋公园年底建成", BODY, "本报讯（记者 罗  娟）" + MORE)
    assert all(s.subtitle is None for s in ed.stories)


SEMI = "从产品结构看，纺织服装、小家电是出口主力，合计占出口额的六成以上；"
GOES_ON = "进口方面，母婴用品、保健食品和化妆品较受欢迎。"


def test_in_a_dump_marking_no_paragraphs_a_text_line_after_a_semicolon_goes_on() -> None:
    ed = seg("跨境电商进出口额增长31%", "本报讯（记者 施  敏）" + BODY, SEMI, GOES_ON, MORE)
    assert paragraph_lines(ed) == [(2,), (3, 4), (5,)]


def test_in_a_dump_marking_no_paragraphs_a_numbered_or_ordinal_item_after_a_semicolon_stands() -> None:
    tips = (
        "1.办理预付卡要选择信誉好的商家；",
        "2.网购时选择正规平台；",
        "二是加强监管；",
        "第三，畅通投诉渠道。",
    )
    ed = seg("消费提示", "本报讯（记者 施  敏）" + BODY, *tips)
    assert paragraph_lines(ed) == [(2,), (3,), (4,), (5,), (6,)]


def test_where_blank_lines_or_indents_mark_paragraphs_one_ending_in_a_semicolon_stands() -> None:
    ed = seg("跨境电商进出口额增长31%", "本报讯（记者 施  敏）" + BODY, "", SEMI, "", GOES_ON)
    assert paragraph_lines(ed) == [(2,), (4,), (6,)]
    ed = seg("跨境电商进出口额增长31%", "　　本报讯（记者 施  敏）" + BODY, "　　" + SEMI, "　　" + GOES_ON)
    assert paragraph_lines(ed) == [(2,), (3,), (4,)]

"""Page banners, imprint rows, section columns and trailing web fields met on the unseen56 and
unseen57 batches (fixer A2)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

HEADER = ("测试日报", "2024年5月20日　星期一", "A08", "专题", "编辑：蔺  晨　美编：甘小溪　校对：尤  敏")


def test_a_theme_couplet_over_a_dash_line_is_the_pages_banner() -> None:
    ed = seg(
        *HEADER,
        "弘扬宪法精神　建设法治新城",
        "——2017年“12·4”国家宪法日特别报道",
        "我市“宪法宣传周”活动启动",
        "百场普法活动将走进机关、学校、社区和乡村",
        "本报讯（记者 卓晓冬）" + BODY,
        MORE,
    )
    assert heads(ed) == [(None, "我市“宪法宣传周”活动启动", "百场普法活动将走进机关、学校、社区和乡村")]
    assert reasons(ed)[6] == reasons(ed)[7] == "slogan"
    assert "宪法日特别报道" not in spoken(ed)


def test_a_theme_couplet_over_the_pages_sponsor_note_is_the_pages_banner() -> None:
    ed = seg(
        *HEADER,
        "畅游山水之间　乐享文旅生活",
        "本版由测试日报社与市文化广电和旅游局联合推出",
        "中国旅游日主会场活动启幕",
        "本报讯（记者 卜文静）" + BODY,
        MORE,
    )
    assert [h[1] for h in heads(ed)] == ["中国旅游日主会场活动启幕"]
    assert reasons(ed)[6] == "slogan"
    assert reasons(ed)[7] == "credit"


def test_a_couplet_over_a_dash_line_and_text_stays_the_storys_title() -> None:
    ed = seg(
        *HEADER,
        "扎根深山卅年　守护一方健康",
        "——记鹰嘴岩村乡村医生庞德顺",
        "本报记者 卓晓冬",
        BODY,
        MORE,
    )
    assert heads(ed) == [(None, "扎根深山卅年 守护一方健康", "记鹰嘴岩村乡村医生庞德顺")]


def test_a_trade_papers_office_heads_its_imprint_row() -> None:
    ed = seg(
        "基层动态",
        "本报讯（记者 孙海鹰）" + BODY,
        MORE,
        "青渤电力报社　地址：青渤市电业路9号　邮编：256600　订阅电话：0543-3218866",
    )
    assert reasons(ed)[4] == "reader service"
    assert "电业路" not in spoken(ed)


WEB_TOP = (
    "宣河日报数字报刊平台",
    "返回主页 | 宣河新闻网 | 版面导航 | 标题导航 | PDF版",
    "2019年06月12日　星期三",
    "第04版：区县新闻",
)


def test_a_column_named_for_the_pages_section_over_several_stories_is_no_kicker() -> None:
    ed = seg(
        *WEB_TOP,
        "区县传真",
        "临江区“夜间经济”点亮老城区",
        "作者：本报记者 苏  雯　来源：宣河日报　2019-06-12",
        BODY,
        "石坪县首条城乡公交线路开通",
        "作者：本报记者 何  川　来源：宣河日报　2019-06-12",
        MORE,
    )
    assert [h[0] for h in heads(ed)] == [None, None]
    assert reasons(ed)[5] == "section label"


def test_a_column_over_the_pages_last_story_alone_stays_its_kicker() -> None:
    ed = seg(
        *WEB_TOP,
        "区县传真",
        "临江区“夜间经济”点亮老城区",
        "作者：本报记者 苏  雯　来源：宣河日报　2019-06-12",
        BODY,
        MORE,
    )
    assert heads(ed) == [("区县传真", "临江区“夜间经济”点亮老城区", None)]


def test_a_web_storys_fields_after_its_text_are_never_read() -> None:
    ed = seg(
        "粮农组织：全球粮价指数连续两月回落",
        "新华社罗马10月14日电（记者 鲍嘉文 许  宁）" + BODY,
        MORE,
        "来源：禾川晚报　作者：鲍嘉文 许  宁　日期：2025-10-15",
        "【打印】　【关闭】",
        "印尼多地强降雨引发洪涝",
        "新华社雅加达10月14日电　" + BODY,
    )
    assert reasons(ed)[4] == "web meta"
    assert "禾川晚报" not in spoken(ed)


def test_a_source_sentence_inside_the_text_is_read() -> None:
    ed = seg(
        "上半年全市经济运行平稳",
        "本报讯（记者 何  川）" + BODY,
        "来源：市统计局；作者：课题组。",
        MORE,
    )
    assert "来源：市统计局" in spoken(ed)

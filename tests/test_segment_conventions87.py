"""Boxes never read, and a notice read, of the fifty-third and fifty-fourth unseen batches."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

HEAD = "市区新增十二处口袋公园"
NEXT = "集中供暖温度不达标？这些渠道可投诉"
LEAD = "本报讯（记者 季  禾）"


def test_a_weather_box_with_dated_days_and_degrees_below_zero_in_words_is_not_read() -> None:
    ed = seg(
        HEAD,
        BODY,
        "汝江天气",
        "今天（8日）　晴转多云　零下2℃～7℃　北风2级",
        "明天（9日）　多云转阴　零下5℃～3℃　北风4～5级",
        "10日　阴有小雪　零下8℃～零下1℃　北风3～4级",
        "空气质量：良　　穿衣指数：寒冷，宜穿羽绒服、棉衣",
        "汝江市气象台1月7日16时发布",
        NEXT,
        LEAD + MORE,
    )
    assert [h[1] for h in heads(ed)] == [HEAD, NEXT]
    assert all(reasons(ed)[n] == "weather" for n in range(3, 9))
    assert "℃" not in spoken(ed)


def test_a_story_line_with_a_date_and_degrees_under_no_weather_label_is_read() -> None:
    line = "10日　阴有小雪　零下8℃～零下1℃　北风3～4级"
    ed = seg(HEAD, BODY, line, MORE)
    assert 3 not in reasons(ed)
    assert "零下8℃" in spoken(ed)


GUIDE = [
    "今晚荧屏",
    "省卫视",
    "19:30　电视剧《春风里的约定》（21、22）",
    "22:00　综艺《欢乐一家人》",
    "泮江电视台新闻综合频道",
    "19:00　泮江新闻联播",
    "19:40　电视剧《青春岁月》（5、6）",
]


def test_a_tv_guide_in_blocks_each_channel_alone_over_its_programmes_is_not_read() -> None:
    ed = seg(HEAD, BODY, *GUIDE, NEXT, LEAD + MORE)
    assert [h[1] for h in heads(ed)] == [HEAD, NEXT]
    assert all(reasons(ed)[n] == "listing" for n in range(3, 3 + len(GUIDE)))
    assert "电视剧" not in spoken(ed)


def test_a_fixtures_box_under_its_label_names_no_channel_and_is_read() -> None:
    ed = seg(
        HEAD,
        BODY,
        "本周赛程",
        "9月17日（周六）15:30　江北队—临川队",
        "9月18日（周日）15:30　濠江队—江城队",
        NEXT,
        LEAD + MORE,
    )
    assert "本周赛程" in [h[1] for h in heads(ed)]
    assert "江北队—临川队" in spoken(ed)


def test_a_channel_row_of_times_and_programmes_each_a_cell_is_not_a_kicker() -> None:
    row = "濠江电视台综合频道　20:00　体育新闻　21:10　篮球天天看"
    ed = seg(HEAD, BODY, row, NEXT, LEAD + MORE)
    assert heads(ed)[1] == (None, NEXT, None)
    assert reasons(ed)[3] == "listing"


PRICES = [
    "品种　　　　批发价（元/斤）　　较上周",
    "玉米（潮粮）　0.95　　　　↓0.04",
    "大豆　　　　2.35　　　　→",
    "谷子　　　　1.80　　　　↑0.05",
]


def test_a_price_tables_title_over_its_dateline_and_its_source_line_are_not_read() -> None:
    ed = seg(
        HEAD,
        BODY,
        "本周主要农产品价格",
        "（10月21日　宽河市农产品批发市场）",
        *PRICES,
        "信息提供：市农牧业局市场信息科",
        NEXT,
        LEAD + MORE,
    )
    assert [h[1] for h in heads(ed)] == [HEAD, NEXT]
    assert all(reasons(ed)[n] == "table" for n in range(3, 9))
    assert "批发市场" not in spoken(ed) and "信息提供" not in spoken(ed)


def test_a_price_tables_title_with_its_date_and_market_in_brackets_is_not_read() -> None:
    ed = seg(HEAD, BODY, "今日菜价（7月15日　市区主要农贸市场）", *PRICES, NEXT, LEAD + MORE)
    assert reasons(ed)[3] == "table"
    assert "今日菜价" not in spoken(ed)


def test_a_bracketed_dateline_under_a_headline_over_text_is_read() -> None:
    ed = seg("秋粮收购工作全面展开", "（10月21日　宽河市农产品批发市场）", BODY, MORE)
    assert heads(ed)[0][1] == "秋粮收购工作全面展开"
    assert 2 not in reasons(ed)


SIGNED = ["特此通告。", "糯江市公安局交通警察支队", "2018年7月13日"]


def test_a_notice_titled_in_the_official_form_is_its_own_story_its_signature_unread() -> None:
    title = "关于暑期城区部分路段实行机动车限行的通告"
    ed = seg(
        "停水通知",
        "因主管道接驳施工，7月18日9:00至21:00，以下区域将暂停供水。",
        "糯江市自来水有限责任公司",
        "2018年7月15日",
        title,
        "为保障暑期城区道路交通安全畅通，决定对城区部分路段实行机动车限行措施，现通告如下：",
        "一、每日7:00至9:00，禁止货车进入二环路以内道路行驶。",
        *SIGNED,
    )
    assert [h[1] for h in heads(ed)] == ["停水通知", title]
    assert reasons(ed)[9] == "signature" and reasons(ed)[10] == "signature"
    assert "特此通告。" in spoken(ed) and "支队" not in spoken(ed)


def test_a_headline_about_a_notice_in_a_sentence_is_still_a_plain_headline() -> None:
    ed = seg(HEAD, BODY, "市里发布关于暑期限行的通告，货车白天禁行", LEAD + MORE)
    assert [h[1] for h in heads(ed)][-1] == "市里发布关于暑期限行的通告，货车白天禁行"


def test_the_papers_subscription_drive_named_bare_over_how_to_subscribe_is_not_read() -> None:
    ed = seg(
        HEAD,
        BODY,
        "冠江日报2010年下半年征订工作开始",
        "订阅方式：各地邮局（所）　订报热线：0745-2223456",
    )
    assert [h[1] for h in heads(ed)] == [HEAD]
    assert reasons(ed)[3] == "house notice" and reasons(ed)[4] == "house notice"


def test_a_headline_on_a_papers_subscriptions_over_news_is_read() -> None:
    title = "冠江日报2010年下半年征订工作开始"
    ed = seg(title, LEAD + "记者从市邮政局获悉，今年下半年报刊征订工作已全面启动，各网点均可办理。")
    assert heads(ed)[0][1] == title

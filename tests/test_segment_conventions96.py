"""Box conventions met on the unseen56 and unseen57 batches (fixer A1): weather, notices, house calls, charts."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts


def test_a_trade_weather_box_with_ranged_degrees_and_its_tip_is_never_read() -> None:
    ed = seg(
        "秋粮收购有序推进",
        "本报讯（记者 宋  禾）" + BODY,
        MORE,
        "农事天气",
        "9月5日　多云转小雨　22～30℃",
        "9月6日　小雨　21～27℃",
        "农事提示：未来三天有降雨过程，请抓紧抢收已成熟的早稻，晾晒作物注意防雨。",
        "市气象台提供",
    )
    assert [h[1] for h in heads(ed)] == ["秋粮收购有序推进"]
    assert "降雨" not in spoken(ed) and "农事天气" not in spoken(ed)
    assert {reasons(ed)[k] for k in (4, 5, 6, 7)} == {"weather"}


def test_a_label_over_a_story_with_ranged_degrees_in_its_text_stays_a_story() -> None:
    ed = seg(
        "农事天气",
        "本报讯（记者 宋  禾）预计本周我市以晴为主，气温22～30℃，利于秋收。",
        MORE,
    )
    assert [h[1] for h in heads(ed)] == ["农事天气"]
    assert "利于秋收" in spoken(ed)


def test_a_notice_under_a_label_with_its_issuer_over_its_title_and_rows_of_names_is_never_read() -> None:
    ed = seg(
        "醉驾撞上护栏 男子被判拘役三个月",
        "本报讯（通讯员 潘海涛）" + BODY,
        "公告",
        "某某市江滨区人民法院",
        "关于拟任人民陪审员人选的公示",
        "根据有关规定，经个人申请、单位推荐和审查，拟任命下列6名同志为人民陪审员，现予公示。",
        "林某燕　陈某强　黄某萍",
        "潘某华　刘某燕　方某福",
        "公示期：2013年11月22日至11月28日。如有异议，请在公示期内反映。",
        "江滨区人民法院",
        "2013年11月22日",
    )
    assert [h[1] for h in heads(ed)] == ["醉驾撞上护栏 男子被判拘役三个月"]
    assert "公示" not in spoken(ed) and "林某燕" not in spoken(ed)
    assert {reasons(ed)[k] for k in range(3, 10)} == {"notice"}


def test_a_headline_under_a_notice_that_has_ended_opens_its_story() -> None:
    ed = seg(
        "公告",
        "某某市江滨区人民法院",
        "关于拟任人民陪审员人选的公示",
        "拟任命下列同志为人民陪审员，现予公示。",
        "江滨区人民法院　2013年11月22日",
        "奋斗　拼搏　奉献",
        "本报讯（记者 宋  禾）" + BODY,
    )
    assert [h[1] for h in heads(ed)] == ["奋斗 拼搏 奉献"]
    assert BODY in spoken(ed)


def test_a_call_titled_as_a_notice_over_how_to_send_is_never_read() -> None:
    ed = seg(
        "非遗美食街开街",
        "本报讯（记者 宋  禾）" + BODY,
        MORE,
        "“我眼中的某城”摄影作品征集启事",
        "为展示某城文旅新风貌，本报即日起面向社会征集摄影作品。作品须为2023年以来拍摄，",
        "每人限投5幅，请发送至邮箱photo@example.com，截止日期为6月30日。",
    )
    assert [h[1] for h in heads(ed)] == ["非遗美食街开街"]
    assert "征集" not in spoken(ed)
    assert reasons(ed)[4] == "house notice"


def test_a_story_titled_as_a_call_without_an_address_is_read() -> None:
    ed = seg(
        "城市文明公约征集启事",
        "本报讯（记者 宋  禾）市文明办日前发布启事，面向全体市民征集城市文明公约。",
        MORE,
    )
    assert [h[1] for h in heads(ed)] == ["城市文明公约征集启事"]
    assert "征集城市文明公约" in spoken(ed)


def test_a_box_of_coming_events_over_dated_items_is_a_story_of_its_own() -> None:
    ed = seg(
        "旅游日主会场活动启幕",
        "本报讯（记者 宋  禾）" + BODY,
        MORE,
        "文旅惠民活动一览",
        "●5月19日至31日　全市A级景区门票半价（免费景区除外）",
        "●5月25日　文创市集在市民广场开市",
        "●6月8日至9日　古镇非遗文化周暨端午民俗展演",
        "局长访谈",
        "让游客“来了还想来”",
        "记者　宋  禾",
        "问：今年文旅市场持续升温，您认为主要原因是什么？",
        "答：一方面，群众出游意愿强烈；另一方面，配套越来越完善。",
    )
    assert [h[1] for h in heads(ed)][:2] == ["旅游日主会场活动启幕", "文旅惠民活动一览"]
    assert texts(ed)[1] == [
        "●5月19日至31日　全市A级景区门票半价（免费景区除外）",
        "●5月25日　文创市集在市民广场开市",
        "●6月8日至9日　古镇非遗文化周暨端午民俗展演",
    ]
    assert "文旅惠民活动一览" not in "".join(texts(ed)[0])


def test_an_events_title_over_undated_items_is_left_to_its_story() -> None:
    ed = seg(
        "端午假期活动预告",
        "本报讯（记者 宋  禾）" + BODY,
        MORE,
    )
    assert [h[1] for h in heads(ed)] == ["端午假期活动预告"]
    assert BODY in spoken(ed)


def test_a_charts_labelled_title_over_its_rows_is_never_read() -> None:
    ed = seg(
        "老旧小区加装电梯提速",
        "本报讯（记者 宋  禾）" + BODY,
        MORE,
        "图表：2019—2021年全市加装电梯数量",
        "年份　　　　　　完工（台）　　在建（台）",
        "2019年　　　　　46　　　　　　21",
        "2020年　　　　　138　　　　　 57",
        "2021年（1—10月）　267　　　　　192",
        "制图：陈　璐",
    )
    assert [h[1] for h in heads(ed)] == ["老旧小区加装电梯提速"]
    assert "图表" not in spoken(ed) and "加装电梯数量" not in spoken(ed)


def test_a_chart_label_in_a_storys_text_is_read() -> None:
    ed = seg(
        "老旧小区加装电梯提速",
        "本报讯（记者 宋  禾）" + BODY,
        "图表：近三年加装电梯数量逐年上升，今年前十个月已完工267台。",
        MORE,
    )
    assert "逐年上升" in spoken(ed)

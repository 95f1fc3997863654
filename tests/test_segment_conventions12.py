"""Never-read conventions met on the sixteenth and seventeenth batches of unseen pages:
web pages' frames and headline lists, guides, weather boxes, footers and credits."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts


def test_a_web_pages_nav_bar_link_rows_and_share_row_are_never_read() -> None:
    ed = seg(
        "首页　|　今日报纸　|　往期回顾　|　黑峪新闻网",
        "第A03版：本地新闻　　[上一版]　[下一版]　　[PDF版]",
        "◀上一版　下一版▶　　往期查询　　PDF下载",
        "字号：大 中 小　　分享到：微信 微博 QQ空间",
        "市区新增两条公交线路",
        "本报讯（记者 孔  颖）" + BODY,
    )
    assert heads(ed) == [(None, "市区新增两条公交线路", None)]
    assert {reasons(ed)[n] for n in (1, 2, 3, 4)} == {"chrome"}


def test_a_line_set_apart_by_bars_that_is_not_the_frame_is_read() -> None:
    ed = seg("农事四季歌", "本报讯（记者 孔  颖）" + BODY, "春耕　|　夏耘　|　秋收　|　冬藏", MORE)
    assert reasons(ed).get(3) != "chrome"


def test_a_web_pages_copyright_row_and_statement_are_never_read() -> None:
    ed = seg(
        "市区新增两条公交线路",
        "本报讯（记者 孔  颖）" + BODY,
        "黑峪日报社版权所有　Copyright 2026　All Rights Reserved",
        "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为黑峪日报社版权所有，未经协议授权，禁止下载使用。",
    )
    assert texts(ed) == [[BODY]]
    assert reasons(ed)[3] == reasons(ed)[4] == "chrome"


def test_a_sentence_about_copyright_in_a_story_is_read() -> None:
    line = "据介绍，该案中被告未经授权转载原告作品，法院判决其赔偿经济损失5万元。"
    ed = seg("擅自转载他人作品被判赔偿", "本报讯（记者 孔  颖）" + line)
    assert texts(ed) == [[line]]


def test_a_numbered_headline_list_repeating_the_pages_headlines_is_never_read() -> None:
    ed = seg(
        "版面导航　　标题导航",
        "01　元旦假期全市接待游客132.6万人次",
        "02　冰雪旅游专线加密班次",
        "元旦假期全市接待游客132.6万人次",
        "冰雪游成为假日消费“主引擎”",
        "本报讯（记者 孙浩然）" + BODY,
        "冰雪旅游专线加密班次",
        "本报讯（记者 纪  航）" + MORE,
    )
    assert heads(ed) == [
        (None, "元旦假期全市接待游客132.6万人次", "冰雪游成为假日消费“主引擎”"),
        (None, "冰雪旅游专线加密班次", None),
    ]
    assert reasons(ed)[2] == reasons(ed)[3] == "listed headline"


def test_a_bulleted_list_with_an_item_shaped_like_text_is_never_read() -> None:
    ed = seg(
        "本版新闻",
        "·情人节前夕鲜花价格涨了三成",
        "·老旧电梯何时能换新？",
        "情人节前夕鲜花价格涨了三成",
        "本报讯（记者 唐  瑶）" + BODY,
        "老旧电梯何时能换新？",
        "网友“北门老街坊”问：小区电梯已经用了20多年，经常出故障，能不能更换？",
    )
    assert "·" not in spoken(ed)
    assert reasons(ed)[2] == reasons(ed)[3] == "listed headline"
    assert ed.stories[0].title == "情人节前夕鲜花价格涨了三成"


def test_numbered_items_that_are_not_the_pages_headlines_are_read() -> None:
    ed = seg(
        "专家提醒",
        "1.注意保暖，及时增添衣物。",
        "2.少去人群密集的场所。",
        "市区新增两条公交线路",
        "本报讯（记者 孔  颖）" + BODY,
    )
    assert texts(ed)[0] == ["1.注意保暖，及时增添衣物。", "2.少去人群密集的场所。"]


def test_a_price_in_a_sentence_is_news_not_the_mastheads_price() -> None:
    line = "单支红玫瑰零售价在8元至15元之间，比平时上涨三成左右。"
    ed = seg("情人节前夕鲜花价格涨了三成", "本报讯（记者 唐  瑶）" + BODY, line, "零售价：1.00元")
    assert texts(ed) == [[BODY, line]]
    assert reasons(ed)[4] == "masthead"


def test_a_weather_boxs_day_lines_in_cells_under_its_label_are_never_read() -> None:
    ed = seg(
        "市区新增两条公交线路",
        "本报讯（记者 孔  颖）" + BODY,
        "天气预报",
        "今天：晴　西北风3到4级　最低气温-5℃　最高气温6℃",
        "今天白天：晴转多云　西南风3—4级　气温-2℃～9℃",
        "市气象台昨日16时发布高温橙色预警信号",
    )
    assert texts(ed) == [[BODY]]
    assert {reasons(ed)[n] for n in (3, 4, 5, 6)} == {"weather"}


def test_a_day_line_under_a_storys_headline_is_read() -> None:
    line = "今天：多云转晴　最高气温6℃　市民出行注意保暖"
    ed = seg("寒潮过后气温回升", line, MORE)
    assert reasons(ed).get(2) != "weather"
    assert "最高气温6℃" in spoken(ed)


def test_a_guides_items_naming_their_page_in_full_are_teasers() -> None:
    ed = seg(
        "导读",
        "城区7万户居民告别“土暖气”（第二版）",
        "订单少了 心气没少（第三版）",
        "全市44个重点项目集中开工",
        "本报讯（记者 常振国）" + BODY,
    )
    assert [(t.text, t.page) for t in ed.teasers] == [
        ("城区7万户居民告别“土暖气”", 2),
        ("订单少了 心气没少", 3),
    ]
    assert [s.title for s in ed.stories] == ["全市44个重点项目集中开工"]


def test_a_lone_headline_ending_in_an_edition_number_is_a_title() -> None:
    ed = seg("国家卫健委发布诊疗方案（第二版）", "本报讯（记者 常振国）" + BODY)
    assert not ed.teasers
    assert [s.title for s in ed.stories] == ["国家卫健委发布诊疗方案（第二版）"]


def test_a_sections_hotline_beside_the_apps_offer_is_never_read() -> None:
    ed = seg(
        "村BA总决赛落幕",
        "本报讯（记者 杨  林）" + BODY,
        "黔溪晚报体育热线：0855-8226688　“黔溪晚报”客户端同步推出“村BA”专题",
    )
    assert texts(ed) == [[BODY]]
    assert reasons(ed)[3] == "reader service"


def test_a_sentence_about_an_apps_new_feature_is_read() -> None:
    line = "据悉，“黔溪晚报”客户端同步推出“村BA”专题，读者可在线观看全部比赛。"
    ed = seg("村BA总决赛落幕", "本报讯（记者 杨  林）" + BODY, line)
    assert texts(ed) == [[BODY, line]]


def test_a_supplements_mailbox_and_terms_for_contributions_are_never_read() -> None:
    ed = seg(
        "编读往来",
        "本刊“我的家乡”主题征文开展以来，共收到来稿560余篇，本版将陆续选登部分优秀作品。",
        "副刊投稿邮箱：ysrbfk@126.com　来稿请注明作者姓名、通讯地址及联系电话",
    )
    assert reasons(ed)[3] == "call for contributions"
    assert "邮箱" not in spoken(ed)


def test_the_artists_credit_between_a_features_title_and_byline_is_never_read() -> None:
    ed = seg("外婆的腌菜坛", "题图/韦  萌", "□ 盘秀英", "　　" + BODY, "　　" + MORE)
    assert heads(ed) == [(None, "外婆的腌菜坛", None)]
    assert ed.stories[0].byline == "盘秀英"
    assert reasons(ed)[2] == "photo credit"
    assert texts(ed) == [[BODY, MORE]]


def test_a_readers_photo_credit_closing_a_caption_is_never_read() -> None:
    caption = "5月1日，一名小朋友在古城文化广场的地砖上用粉笔作画，吸引不少游客驻足观看。"
    ed = seg("随手拍", "“小小画家”", "　　" + caption + "（读者 王晓梅 供图）", "市区新增两条公交线路", BODY)
    assert "王晓梅" not in spoken(ed)
    assert caption in spoken(ed)


def test_a_photo_pages_name_at_its_top_is_never_read() -> None:
    ed = seg(
        "榆澜都市报",
        "A06　视觉",
        "假日影像",
        "玉屏山下赏花忙",
        "①5月1日，游客在双塔公园花海中拍照留念。",
        "都市报记者　段志刚　摄",
        "假期首日全市接待游客28.6万人次",
        "本报讯（记者 赵  磊）" + BODY,
    )
    assert reasons(ed)[3] == "section label"
    assert ed.stories[0].kicker is None


def test_a_photo_columns_name_over_a_story_lower_on_the_page_is_read() -> None:
    ed = seg(
        "市区新增两条公交线路",
        "本报讯（记者 孔  颖）" + BODY,
        "城市影像",
        "古城人潮涌动",
        "本报讯（记者 赵  磊）" + MORE,
    )
    assert 3 not in reasons(ed)
    assert "城市影像" in heads(ed)[1]


def test_a_cartoon_with_a_caption_is_a_story_of_its_own() -> None:
    caption = "　　一些单位下基层热衷于挂牌、拍照、发简报，“痕迹”留下了，实事却没办几件。"
    ed = seg("“夜经济”如何热闹又安宁", "本报讯（记者 孔  颖）" + BODY, "漫画", "“打卡”", caption, "罗  宁/作")
    assert [s.title for s in ed.stories] == ["“夜经济”如何热闹又安宁", "“打卡”"]
    assert texts(ed)[1] == [caption.strip()]
    assert reasons(ed)[3] == reasons(ed)[6] == "cartoon"


def test_a_cartoons_title_alone_between_label_and_artist_is_never_read() -> None:
    ed = seg("市区新增两条公交线路", "本报讯（记者 孔  颖）" + BODY, "漫画", "“剩”宴", "张  恒/作")
    assert [s.title for s in ed.stories] == ["市区新增两条公交线路"]
    assert reasons(ed)[4] == "cartoon"


def test_a_pages_sponsor_note_and_opinion_disclaimer_are_never_read() -> None:
    ed = seg(
        "市区新增两条公交线路",
        "本报讯（记者 孔  颖）" + BODY,
        "本版由湄江日报社与湄江市扶贫开发办公室联合主办",
        "本版言论仅代表作者个人观点",
    )
    assert reasons(ed)[3] == "credit"
    assert reasons(ed)[4] == "disclaimer"


def test_a_sentence_naming_who_held_an_event_is_read() -> None:
    line = "本次活动由市妇联与市图书馆联合主办，共吸引300余组家庭参加。"
    ed = seg("亲子阅读节开幕", "本报讯（记者 孔  颖）" + line)
    assert texts(ed) == [[line]]

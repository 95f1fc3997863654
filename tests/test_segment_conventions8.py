"""Newspaper conventions met on the twelfth and thirteenth batches of unseen pages: boxes and
lines that are never read aloud (tables, weather, reader services, notices, teasers, labels)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

from audiopaper.segment_noise import classify_noise


def test_a_reader_service_footer_is_never_read() -> None:
    assert classify_noise("晚报热线 8366110 欢迎爆料") == "reader service"
    assert classify_noise("楚溪晚报新闻热线：8366110　短信平台：10661234") == "reader service"
    assert classify_noise("檀州晚报热线：8912345　24小时接听　新闻线索一经采用即付报料费") == "reader service"
    assert classify_noise("莞湖日报APP　扫码下载　新闻热线：0769-22881234") == "reader service"
    # A number in a sentence, or a notice's own contact alone, is read.
    assert classify_noise("市民可拨打热线 12345 咨询") == ""
    assert classify_noise("咨询电话：96606") == ""


def test_a_call_for_readers_contributions_is_never_read() -> None:
    line = "“你拍我登”栏目欢迎读者投稿，一经采用，稿酬从优。投稿邮箱：chuxiwb@163.com"
    assert classify_noise(line) == "call for contributions"
    assert classify_noise("活动现场欢迎市民参观，免费发放科普资料。") == ""


def test_a_copyright_footer_is_never_read() -> None:
    assert classify_noise("砚溪日报社版权所有　未经书面许可不得转载、摘编") == "chrome"
    assert classify_noise("地址：砚溪市文昌路18号　皖ICP备09001234号") == "chrome"
    assert classify_noise("该作品版权所有者为张三") == ""
    assert classify_noise("未经许可不得入内") == ""


def test_staff_credits_with_a_chief_editor_and_no_colons_are_never_read() -> None:
    assert classify_noise("首席编辑 邹海燕　美编 龙  飞　校对 田小丽") == "credit"
    assert classify_noise("校对 田小丽　主编 邹海燕") == "credit"
    assert classify_noise("首席编辑邹海燕说，今年版面将全面改版。") == ""


def test_a_weather_box_day_set_in_cells_is_never_read() -> None:
    assert classify_noise("今天夜间：多云间阵雨　14℃") == "weather"
    assert classify_noise("明天白天：阵雨转多云　15℃～24℃　南风2级") == "weather"
    assert classify_noise("明天：多云转晴，气温12至20℃") == ""  # a sentence of news


def test_a_weather_boxs_place_label_indices_and_issuer_are_never_read() -> None:
    ed = seg(
        "古城夜市开张",
        "本报讯（记者 和丽华）" + BODY,
        "雪屏天气",
        "今天：多云转阴　12℃～19℃　偏北风3～4级",
        "穿衣指数：较冷，建议着夹衣或薄羽绒服",
        "紫外线强度：强　空气质量：优",
        "雪屏市气象台今日16时发布",
        "白菜价跌到每斤五毛",
        "本报讯（记者 郑丽萍）" + MORE,
    )
    assert [h[1] for h in heads(ed)] == ["古城夜市开张", "白菜价跌到每斤五毛"]
    assert {reasons(ed)[n] for n in range(3, 8)} == {"weather"}


def test_indices_outside_a_weather_box_are_read() -> None:
    ed = seg("空气质量持续向好", "本报讯（记者 和丽华）" + BODY, "空气质量：优", "紫外线强度：强")
    assert "空气质量：优" in spoken(ed)


def test_a_price_tables_title_header_rows_and_note_are_never_read() -> None:
    ed = seg(
        "我市首家村镇银行开业",
        "本报讯（记者 罗  斌）" + BODY,
        "脐橙产地收购预期价（9月5日）",
        "品种　　　规格　　　　预期收购价（元/斤）",
        "纽荷尔　　75mm以上　　2.60～2.80",
        "纽荷尔　　65-75mm　　 2.00～2.20",
        "注：早熟品种预计10月中旬上市　数据来源：市果业局",
        "中秋月饼订单同比增两成",
        "本报讯（记者 罗  斌）" + MORE,
    )
    assert [h[1] for h in heads(ed)] == ["我市首家村镇银行开业", "中秋月饼订单同比增两成"]
    assert {reasons(ed)[n] for n in range(3, 8)} == {"table"}


def test_a_results_box_is_never_read() -> None:
    ed = seg(
        "主场逆转！枫岭队3:2力克沙河队",
        "文/图 晚报记者 温  捷",
        BODY,
        "第三轮其他赛果",
        "石门队　1:1　桃源队",
        "云岗队　2:0　龙潭队",
    )
    assert spoken(ed) == BODY
    assert reasons(ed)[4] == reasons(ed)[6] == "table"


def test_one_line_in_cells_or_a_schedule_is_not_a_table() -> None:
    schedule = (
        "5月6日（周二）",
        "19:30  联赛第8轮  东城联队—西河队（主场）",
        "19:30  联赛第8轮  南湖队—北山队（客场）",
        "15:00  联赛第9轮  东城联队—南湖队（主场）",
    )
    ed = seg("东城联队主场取胜", "本报讯（记者 王  红）" + BODY, "本周赛程", *schedule)
    assert [p.text for p in ed.stories[1].paragraphs] == list(schedule)
    ed = seg("主场逆转", "文/图 晚报记者 温  捷", BODY, "石门队　1:1　桃源队　当晚加赛", MORE)
    assert "石门队" in spoken(ed)


NOTICE_TEXT = "因管道维修，6月27日8:00至18:00，城东新区部分区域停止供水，请相关用户提前做好储水准备。"


def test_a_notice_under_a_label_is_never_read_to_its_signature() -> None:
    ed = seg(
        "综合新闻",
        "本报讯（记者 王  斌）" + BODY,
        "公告",
        "桥江市城市供水有限公司停水通知",
        NOTICE_TEXT,
        "桥江市城市供水有限公司",
        "2013年6月25日",
        "夏粮收购进度快于去年",
        "本报讯（记者 王  斌）" + MORE,
    )
    assert [h[1] for h in heads(ed)] == ["综合新闻", "夏粮收购进度快于去年"]
    assert {reasons(ed)[n] for n in range(3, 8)} == {"notice"}


def test_a_service_notice_printed_as_its_own_item_is_read() -> None:
    ed = seg(
        "综合新闻",
        "本报讯（记者 王  斌）" + BODY,
        "停水通知",
        NOTICE_TEXT,
        "桥江市城市供水有限公司",
        "2013年6月25日",
    )
    assert [h[1] for h in heads(ed)] == ["综合新闻", "停水通知"]
    assert NOTICE_TEXT in spoken(ed)


def test_legal_and_house_notices_are_never_read() -> None:
    ed = seg(
        "综合新闻",
        "本报讯（记者 王  斌）" + BODY,
        "秀溪市国有建设用地使用权挂牌出让公告",
        "秀溪市国土资源局决定以挂牌方式出让1宗国有建设用地使用权，挂牌起始价768万元。",
        "详情请咨询：0797-8123456",
        "秀溪市国土资源局　2012年9月6日",
        "征稿启事",
        "本版常年征集理论文章，字数以2500字以内为宜。",
    )
    assert spoken(ed) == BODY
    assert reasons(ed)[3] == "notice"
    assert reasons(ed)[7] == reasons(ed)[8] == "house notice"


def test_a_section_label_among_the_masthead_lines_is_never_read() -> None:
    ed = seg(
        "檀州晚报",
        "2014年7月22日　星期二",
        "城事",
        "首席编辑 邹海燕　美编 龙  飞　校对 田小丽",
        "高温天气持续 中暑病人增多",
        "本报讯（记者 彭  晓）" + BODY,
    )
    assert heads(ed) == [(None, "高温天气持续 中暑病人增多", None)]
    assert reasons(ed)[3] == "section label"


def test_a_dotted_section_label_among_the_header_lines_is_not_a_kicker() -> None:
    ed = seg(
        "蓉溪都市报",
        "教育·高考",
        "编辑 黄秋萍　美编 韦  宁　校对 莫小燕",
        "最后一周，考生该怎么过",
        "文/图 本报记者 覃  丽",
        BODY,
    )
    assert heads(ed) == [(None, "最后一周，考生该怎么过", None)]
    assert reasons(ed)[2] == "section label"


def test_a_dotted_series_name_straight_over_the_first_headline_is_its_kicker() -> None:
    # unseen27/lanshui ("走基层·看变化") and unseen21/qianling ("区县传真·岩门") label it so.
    ed = seg("兰水日报", "走基层·看变化", "老街“微改造”　留住老味道", "本报记者　杨晓峰", BODY)
    assert heads(ed)[0][0] == "走基层·看变化"
    assert 2 not in reasons(ed)


def test_a_short_column_name_over_the_first_headline_stays_its_kicker() -> None:
    ed = seg("雪屏晚报", "晚报关注", "菌子季来了 这份“防中毒指南”请收好", "晚报记者　岳  琳", BODY)
    assert heads(ed) == [("晚报关注", "菌子季来了 这份“防中毒指南”请收好", None)]


def test_a_label_over_reader_services_alone_is_never_read() -> None:
    ed = seg(
        "社区义诊受欢迎",
        "本报讯（记者 胡  蓉）" + BODY,
        "楚溪·热线",
        "晚报热线 8366110 欢迎爆料",
        "你拍我登",
        "“你拍我登”栏目欢迎读者投稿，一经采用，稿酬从优。投稿邮箱：chuxiwb@163.com",
        "社会速览",
        "◆昨日，市公安局交警支队通报，一季度全市共查处酒后驾驶违法行为412起。",
        "◆4月15日起，市区17路公交车调整线路，不再经过解放大道中段。",
    )
    assert [h[1] for h in heads(ed)] == ["社区义诊受欢迎", "社会速览"]
    assert reasons(ed)[3] == reasons(ed)[5] == "reader service"


def test_a_label_over_text_after_a_hotline_is_read() -> None:
    ed = seg("市民热线", "晚报热线 8366110 欢迎爆料", BODY)
    assert heads(ed) == [(None, "市民热线", None)]

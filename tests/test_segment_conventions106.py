"""Box conventions met on the unseen60 and unseen61 batches (fixer A1): TV guides, tables whose
title names a span of dates or whose note names who made them, one-row adverts, house calls."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

HEAD = ("城区新增智慧停车泊位3200个", "本报讯(记者 郜  宁)" + BODY, MORE)


def test_tonights_broadcasts_under_their_label_are_a_tv_guide_and_the_briefs_after_are_read() -> None:
    ed = seg(
        *HEAD,
        "电视直播",
        "今晚19:35　某某电视台体育频道　CBA联赛精选",
        "今晚21:00　某某电视台公共频道　《体坛周刊》",
        "体坛快讯",
        "　　■市乒协日前公布，全市乒乓球锦标赛将于元旦期间举行。",
        "　　■市体育局近日为全市20个社区配送健身器材300余件。",
    )
    assert [h[1] for h in heads(ed)] == ["城区新增智慧停车泊位3200个", "体坛快讯"]
    assert "频道" not in spoken(ed)
    assert {reasons(ed)[k] for k in (4, 5, 6)} == {"listing"}


def test_a_story_line_naming_tonight_and_a_channel_is_read() -> None:
    ed = seg(*HEAD, "今晚19:35，市电视台体育频道将直播这场比赛，球迷可收看。")
    assert "体育频道将直播" in spoken(ed)


def test_channels_each_over_a_row_of_timed_programmes_are_a_tv_guide() -> None:
    ed = seg(
        *HEAD,
        "今晚荧屏",
        "某某电视台综合频道",
        "19:00　新闻联播（转播）　19:35　本地新闻　20:10　电视剧：老城故事（23、24）",
        "某某电视台公共频道",
        "19:30　百姓热线　20:00　电影：甜蜜的事业　22:00　戏曲大舞台",
        "本周演出",
        "　　●3月8日19:30　某某大剧院　“三八”专场音乐会《春天的歌》",
        "　　●3月9日14:30　市群艺馆小剧场　花鼓戏折子戏专场（免费，凭票入场）",
        "　　●3月12日19:30　某某大剧院　儿童剧《小熊的生日》",
    )
    assert [h[1] for h in heads(ed)] == ["城区新增智慧停车泊位3200个", "本周演出"]
    assert "新闻联播" not in spoken(ed) and "小熊的生日" in spoken(ed)


def test_a_tables_title_ending_in_the_span_of_its_dates_is_never_read() -> None:
    ed = seg(
        *HEAD,
        "上周主城区新建商品住宅成交（4月4日—4月10日）",
        "区域　　成交套数　　成交均价（元/㎡）",
        "东湖区　　312　　8560",
        "南城区　　276　　7120",
        "高新区　　198　　8940",
        "数据来源：市房产交易管理中心",
        "楼市观察",
        "买房别被“学区”二字绑住",
        "□何  平",
        BODY,
    )
    assert reasons(ed)[4] == "table"
    assert "成交（4月4日" not in spoken(ed)
    assert heads(ed)[1] == ("楼市观察", "买房别被“学区”二字绑住", None)


def test_a_headline_ending_in_a_span_of_dates_over_text_is_read() -> None:
    ed = seg("国庆假期全市接待游客120万人次（10月1日—7日）", "本报讯(记者 郜  宁)" + BODY, MORE)
    assert heads(ed)[0][1] == "国庆假期全市接待游客120万人次（10月1日—7日）"


def test_a_ranked_table_flowed_into_one_row_over_its_makers_note_is_never_read() -> None:
    ed = seg(
        *HEAD,
        "车市数据",
        "8月新车上牌量前五车型",
        "1.紧凑型SUV　2136辆　　2.紧凑型轿车　1872辆　　3.中型SUV　1420辆　　4.MPV　1186辆",
        "数据来源：市车管所　制表：葛  蔚",
        "新能源车下乡活动延续至年底",
        "新华社北京9月9日电（记者 章  岳）" + BODY,
    )
    assert [h[1] for h in heads(ed)] == ["城区新增智慧停车泊位3200个", "新能源车下乡活动延续至年底"]
    assert {reasons(ed)[k] for k in (4, 5, 6)} == {"table"}


def test_a_data_box_of_figures_with_no_makers_note_stays_a_story() -> None:
    ed = seg(
        *HEAD,
        "数说",
        "前三季度全市经济运行平稳",
        "■地区生产总值完成2136亿元，同比增长6.2%。",
        "■社会消费品零售总额完成872亿元，同比增长7.1%。",
    )
    assert heads(ed)[1][1] == "前三季度全市经济运行平稳"
    assert "2136亿元" in spoken(ed)


def test_an_unlabelled_one_row_advert_for_homes_is_never_read() -> None:
    ed = seg(*HEAD, "湖畔·某园　临湖洋房　首付18万起　营销中心：某某大道988号　热线：0587-3388999")
    assert reasons(ed)[4] == "advertisement"
    assert "首付" not in spoken(ed)


def test_a_story_line_naming_a_down_payment_is_read() -> None:
    ed = seg(*HEAD, "该楼盘首付18万起，营销中心设在某某大道，咨询热线：0587-3388999。")
    assert "首付18万起" in spoken(ed)


def test_a_columns_call_on_one_line_is_never_read() -> None:
    ed = seg(*HEAD, "“潭影”副刊征稿：欢迎投寄散文、诗歌、随笔，来稿请发送至gtrbfk@163.com")
    assert reasons(ed)[4] == "house notice"
    assert texts(ed) == [[BODY, MORE]]


def test_a_columns_call_over_a_welcome_and_its_mailbox_line_is_never_read() -> None:
    ed = seg(
        *HEAD,
        "“桥边”征稿",
        "　　本版欢迎散文、随笔、诗歌、书评及摄影作品，散文随笔以1500字以内为宜，诗歌请勿一稿多投。",
        "投稿邮箱：zqwbfk@163.com　来稿请注明真实姓名、地址及联系电话",
    )
    assert [h[1] for h in heads(ed)] == ["城区新增智慧停车泊位3200个"]
    assert reasons(ed)[4] == "house notice"


def test_a_story_about_a_call_for_works_is_read() -> None:
    ed = seg(
        "我市征集城市文明公约",
        "本报讯(记者 郜  宁)市文明办日前发布通知，欢迎市民投稿，邮箱：wm@163.com。",
        MORE,
    )
    assert heads(ed)[0][1] == "我市征集城市文明公约"
    assert "欢迎市民投稿" in spoken(ed)

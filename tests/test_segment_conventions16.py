"""Never-read lines and boxes met on the twentieth and twenty-first batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken

from audiopaper.segment_noise import classify_noise

DATELINE = "本报讯（记者 韦丽萍）"


def story(*tail: str):
    return seg("全市新建口袋公园十二处", DATELINE + BODY, MORE, *tail)


def test_a_bare_source_line_under_a_story_is_never_read() -> None:
    ed = story("来源：新华社")
    assert "新华社" not in spoken(ed)
    assert reasons(ed)[4] == "source"
    # A sentence with a stop after 来源 is news.
    assert classify_noise("来源：市统计局，数据显示全市生产总值增长5%。") == ""


def test_hotline_rows_with_grouped_or_bracketed_numbers_are_never_read() -> None:
    for row in (
        "都市报教育热线：0311-6868 6000　　扫码关注“某某都市报教育”微信公众号",
        "晚报新闻热线：0797-8201110　短信报料：1066 8888",
        "都市报新闻热线：0898-66810110　下载“某湾+”APP　扫描二维码关注官方微信",
        "某北晚报热线：0752-2388110　某北晚报客户端　微信公众号：rbwbwx",
    ):
        ed = story(row)
        assert "热线" not in spoken(ed), row
    # A hotline named in a sentence of news is read.
    ed = story("市民可拨打热线 0311-6868 6000 咨询办理事项。")
    assert "咨询办理事项" in spoken(ed)


def test_the_papers_address_row_and_where_to_send_copy_are_never_read() -> None:
    assert (
        classify_noise("社址：某某市中华路118号　邮政编码：113001　发行热线：（0413）2812345") == "masthead"
    )
    assert classify_noise("来稿请寄：某某日报社理论评论部　邮编：075000") == "masthead"
    # One address alone in a sentence is news.
    assert classify_noise("社址位于中华路118号，始建于1949年。") == ""


def test_a_question_teaser_apart_by_a_gap_from_its_page_is_a_teaser() -> None:
    ed = story("春节期间医院门诊如何安排？　详见A13版")
    assert [(t.text, t.page) for t in ed.teasers] == [("春节期间医院门诊如何安排？", 13)]
    assert "门诊" not in spoken(ed)
    # Without the gap a question then 详见 is a sentence of the story.
    ed = story("医院门诊如何安排？详见本报今日的相关报道和医院的公告，市民可提前了解。")
    assert not ed.teasers


def test_guide_items_naming_the_page_without_di_are_teasers_under_the_guide() -> None:
    ed = seg(
        "导读",
        "某桥茶叶“出山”记（2版）",
        "全市高考考务工作顺利结束（3版）",
        "全市新建口袋公园十二处",
        DATELINE + BODY,
    )
    assert [(t.text, t.page) for t in ed.teasers] == [
        ("某桥茶叶“出山”记", 2),
        ("全市高考考务工作顺利结束", 3),
    ]
    assert [s.title for s in ed.stories] == ["全市新建口袋公园十二处"]


def test_tomorrows_box_label_and_a_shows_listing_are_never_read() -> None:
    ed = story(
        "明日看点", "某原大剧院　11月28日19:30　经典老歌演唱会　票价：80/180/280元　订票热线：0797-8123456"
    )
    assert [s.title for s in ed.stories] == ["全市新建口袋公园十二处"]
    assert "剧院" not in spoken(ed) and "明日看点" not in spoken(ed)
    # A ticket price in a sentence is news.
    ed = story("演唱会11月28日19:30开演，票价：80元至280元，市民可通过官方渠道购票。")
    assert "票价" in spoken(ed)


def test_a_web_papers_name_and_labelled_page_tabs_are_chrome() -> None:
    assert classify_noise("某岭日报　数字报纸") == "masthead"
    assert classify_noise("版面导航：01 要闻　02 要闻　03 综合　04 经济") == "chrome"
    # Numbered names without the bar's label are not tabs.
    assert classify_noise("1 张三丰　2 李四光　3 王五常") == ""


def test_a_qr_prompt_naming_its_video_is_never_read() -> None:
    ed = story("扫码看视频：老字号糕点铺里的年味")
    assert "糕点铺" not in spoken(ed)


def test_a_two_column_price_table_under_its_header_is_never_read() -> None:
    ed = story(
        "年货市场价格参考（2月10日）",
        "品名　　　　　　价格",
        "腊肠（散装）　　　42元/斤",
        "年糕　　　　　　　12元/斤",
        "来源：市发展改革局价格监测中心",
        "老字号糕点铺一天卖出三千斤年糕",
        DATELINE + MORE,
    )
    assert [s.title for s in ed.stories] == ["全市新建口袋公园十二处", "老字号糕点铺一天卖出三千斤年糕"]
    assert "腊肠" not in spoken(ed) and "品名" not in spoken(ed) and "价格参考" not in spoken(ed)
    assert reasons(ed)[6] == "table"


def test_two_cell_lines_without_a_header_are_not_a_table() -> None:
    ed = seg("全市新建口袋公园十二处", DATELINE + BODY, "腊肠　　　42元/斤", "年糕　　　12元/斤", MORE)
    assert "table" not in (reasons(ed).get(3), reasons(ed).get(4))

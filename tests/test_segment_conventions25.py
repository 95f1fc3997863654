"""Never-read lines met on the twenty-eighth and twenty-ninth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

from audiopaper.segment_noise import classify_noise

STORY = ("城区新建口袋公园十二处", "本报讯（记者 王  斌）" + BODY, MORE)


def test_the_papers_imprint_row_is_never_read() -> None:
    row = "湘屿都市报社　地址：湘屿市湘屿大道66号　新闻热线：0731-5588110　发行热线：0731-5588123"
    ed = seg(*STORY, row)
    assert "湘屿大道" not in spoken(ed) and reasons(ed)[4] == "reader service"


def test_the_papers_hotline_beside_its_texting_and_account_is_never_read() -> None:
    row = "晚报新闻热线：0310-3112110　短信报料：106295110　洺阳晚报官方微博：@洺阳晚报"
    assert classify_noise(row) == "reader service"
    assert "短信" not in spoken(seg(*STORY, row))


def test_an_address_and_phone_without_the_papers_name_are_not_an_imprint() -> None:
    assert classify_noise("地址：人民路88号　电话：0731-5588110") != "reader service"


def test_the_forecasters_advice_closing_a_weather_box_is_never_read() -> None:
    ed = seg(
        *STORY,
        "桂浦天气",
        "今天：阴天有小雨　6℃～10℃　北风3～4级",
        "明天：阴转多云　5℃～12℃",
        "市气象台提醒：寒潮影响期间，请注意防寒保暖，农户做好果树、蔬菜防冻措施。",
    )
    assert "防寒" not in spoken(ed) and reasons(ed)[7] == "weather"


def test_the_forecasters_advice_as_a_storys_text_is_read() -> None:
    ed = seg("寒潮来袭", "本报讯（记者 王  斌）" + BODY, "市气象台提醒：寒潮影响期间，请注意防寒保暖。")
    assert "防寒保暖" in spoken(ed)


def test_a_news_section_among_the_pages_header_lines_is_never_read() -> None:
    ed = seg("滇桥日报", "第6版", "县区新闻", "责任编辑：段兴华　校对：杨春梅", *STORY)
    assert heads(ed) == [(None, "城区新建口袋公园十二处", None)] and reasons(ed)[3] == "section label"


def test_a_news_section_name_straight_over_text_is_still_that_storys_title() -> None:
    ed = seg("滇桥日报", "第6版", "县区新闻", "本报讯（记者 王  斌）" + BODY, MORE)
    assert [s.title for s in ed.stories] == ["县区新闻"]


CLASSIFIEDS = (
    "分类广告",
    "遗失声明",
    "藤川市鸿达建材有限公司遗失营业执照副本一份，注册号：450800000012345，声明作废。",
    "厂房出租",
    "河西工业园标准厂房2000平方米，水电齐全，交通便利。电话：13977512345",
)


def test_a_classified_item_titled_by_its_trade_under_the_classifieds_is_never_read() -> None:
    ed = seg(*STORY, *CLASSIFIEDS)
    assert heads(ed) == [(None, "城区新建口袋公园十二处", None)]
    assert "厂房" not in spoken(ed) and reasons(ed)[7] == "notice"


def test_a_trade_title_with_no_classifieds_label_over_it_is_a_story() -> None:
    ed = seg(
        *STORY,
        "厂房出租",
        "本报讯（记者 王  斌）河西工业园今年新建标准厂房2000平方米，已有12家企业签约入驻。",
    )
    assert [s.title for s in ed.stories] == ["城区新建口袋公园十二处", "厂房出租"]

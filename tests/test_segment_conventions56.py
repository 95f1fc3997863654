"""Never-read conventions met on the forty-first batch of unseen pages: house rows and boxes."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

STORY = ("市区新建口袋公园十二处", "本报讯（记者 林  溪）" + BODY, MORE)


def test_the_papers_hotline_beside_its_reward_for_tips_is_not_read() -> None:
    ed = seg(*STORY, "都市报新闻热线：0738-5566110（24小时）　爆料有奖")
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[4] == "reader service"


def test_the_papers_hotline_beside_how_to_get_its_app_is_not_read() -> None:
    ed = seg(*STORY, "都市报新闻热线：023-62668888　“荣山都市报”客户端下载请扫描二维码")
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[4] == "reader service"


def test_a_reward_for_tips_told_in_a_sentence_is_read() -> None:
    # Only the bare promise is a cell of the row; news about the reward is read.
    line = "都市报新闻热线：0738-5566110　爆料有奖活动本月共发放奖金两万元。"
    ed = seg(*STORY, line)
    assert 4 not in reasons(ed)
    assert "奖金两万元" in spoken(ed)


def test_a_one_line_weather_box_naming_its_days_by_date_is_not_read() -> None:
    ed = seg(*STORY, "春运天气　2月10日：阴转小雨　3℃～9℃　2月11日：小雨　2℃～7℃")
    assert len(ed.stories) == 1
    assert reasons(ed)[4] == "weather"
    assert "小雨" not in spoken(ed)


def test_a_dated_sentence_on_the_weather_is_read() -> None:
    ed = seg(*STORY, "春运天气多变，2月10日阴转小雨，气温3℃～9℃，请旅客注意出行安全。")
    assert 4 not in reasons(ed)
    assert "阴转小雨" in spoken(ed)


def test_the_papers_subscription_drive_over_its_terms_is_not_read() -> None:
    ed = seg(
        *STORY,
        "2011年下半年《测试日报》征订工作开始",
        "全年订价120元，半年60元。各乡镇邮政所均可办理，也可拨打发行热线0377-7021388上门订阅。",
    )
    assert heads(ed) == [(None, "市区新建口袋公园十二处", None)]
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[4] == reasons(ed)[5] == "house notice"


def test_a_subscription_drive_over_news_is_a_headline() -> None:
    ed = seg(*STORY, "全县2012年度《党建》征订工作启动", "本报讯（记者 林  溪）" + MORE)
    assert heads(ed)[1] == (None, "全县2012年度《党建》征订工作启动", None)
    assert texts(ed)[1] == [MORE]


HEAD = "测试日报"


def test_a_part_of_a_joined_section_down_the_page_is_not_read() -> None:
    # "文体" joins 文化 and 体育: "文化" alone over a headline is where the page's second part starts.
    ed = seg(HEAD, "A14　文体", *STORY, "文化", "老照片展在市博物馆开展", "本报讯（记者 尚  晴）" + MORE)
    assert heads(ed)[1] == (None, "老照片展在市博物馆开展", None)
    assert reasons(ed)[6] == "section label"


def test_a_scoped_part_of_the_news_page_is_not_read() -> None:
    ed = seg(
        HEAD,
        "第3版　要闻",
        *STORY,
        "国内要闻",
        "多部门部署秋季开学校园安全工作",
        "新华社北京8月21日电　" + MORE,
    )
    assert heads(ed)[1] == (None, "多部门部署秋季开学校园安全工作", None)
    assert reasons(ed)[6] == "section label"


def test_a_label_the_pages_section_does_not_name_stays_a_kicker() -> None:
    # "文化" on a 要闻 page, "国际" (no section after it) on a 要闻 page: the story's own kicker.
    ed = seg(HEAD, "第3版　要闻", *STORY, "文化", "老照片展在市博物馆开展", "本报讯（记者 尚  晴）" + MORE)
    assert heads(ed)[1] == ("文化", "老照片展在市博物馆开展", None)
    ed = seg(HEAD, "第3版　要闻", *STORY, "国际", "多国部署开学安全工作", "新华社电　" + MORE)
    assert heads(ed)[1] == ("国际", "多国部署开学安全工作", None)


PRICES = ("本周主要农副产品价格（元/斤）", "大米　2.45　　猪肉　15.80　　鸡蛋　4.20　　白菜　0.90")


def test_a_table_flowed_into_one_row_its_title_and_label_are_not_read() -> None:
    ed = seg(*STORY, "数据", *PRICES, "数据来源：市价格监测中心", "经济简讯", "●" + MORE)
    assert [h[1] for h in heads(ed)] == ["市区新建口袋公园十二处", "经济简讯"]
    assert {reasons(ed)[k] for k in (4, 5, 6)} == {"table"}
    assert "猪肉" not in spoken(ed)


def test_the_label_over_a_table_and_then_text_is_kept() -> None:
    # Text after the table: the label heads the story the table belongs to.
    ed = seg(*STORY, "数据", *PRICES, "本报讯（记者 林  溪）" + MORE)
    assert 4 not in reasons(ed)
    assert reasons(ed)[5] == reasons(ed)[6] == "table"


def test_names_and_figures_in_turn_without_a_title_are_not_a_table() -> None:
    # Under a headline, not a table's title, the row is left to the page's walk (here a title).
    ed = seg(*STORY, "菜价小幅回落", "大米　2.45　　猪肉　15.80　　鸡蛋　4.20", MORE)
    assert reasons(ed) == {}
    assert heads(ed)[1][0] == "菜价小幅回落"

"""Story-structure conventions met on the twenty-sixth and twenty-seventh batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken


def story(*head: str) -> list[tuple[str | None, str, str | None]]:
    return heads(seg(*head, "本报讯（记者 王  斌）" + BODY, MORE))


def test_a_route_with_the_line_it_names_and_no_verb_is_the_first_half_of_the_title() -> None:
    assert story("潜川至临湖城际铁路", "今年将开工建设") == [
        (None, "潜川至临湖城际铁路 今年将开工建设", None)
    ]


def test_a_route_with_its_verb_done_is_a_title_over_its_subtitle() -> None:
    assert story("澜峡至滇南货运班列开通", "农产品运输时间缩短一半") == [
        (None, "澜峡至滇南货运班列开通", "农产品运输时间缩短一半")
    ]


def test_a_study_campaign_over_a_title_is_its_kicker() -> None:
    assert story("学习贯彻党的二十大精神", "以数字化赋能基层治理") == [
        ("学习贯彻党的二十大精神", "以数字化赋能基层治理", None)
    ]


def test_a_title_that_only_names_the_campaign_is_not_a_kicker() -> None:
    [(kicker, title, _)] = story("学习贯彻两会精神要见行动", "各级干部要把精神落到实处")
    assert kicker is None and title.startswith("学习贯彻两会精神要见行动")


def test_a_four_by_four_slogan_is_a_kicker_even_over_a_figure() -> None:
    assert story("关注民生　温暖过冬", "城区供热管网改造惠及12万户") == [
        ("关注民生 温暖过冬", "城区供热管网改造惠及12万户", None)
    ]


def test_news_clauses_over_a_count_stay_title_and_subtitle() -> None:
    assert story("高温天气持续 中暑病人增多", "市中心医院急诊科一周接诊中暑患者40余人") == [
        (None, "高温天气持续 中暑病人增多", "市中心医院急诊科一周接诊中暑患者40余人")
    ]


def test_a_numbered_series_over_a_title_is_its_kicker() -> None:
    assert story("年终特别策划·2016消费账单①", "这一年，我们的钱花在哪儿了") == [
        ("年终特别策划·2016消费账单①", "这一年，我们的钱花在哪儿了", None)
    ]


def test_a_headline_ending_in_a_count_of_pairs_opens_a_story() -> None:
    ed = seg(
        "全市中小学“营养早餐”工程启动",
        "本报讯（记者 马  骁）" + BODY,
        "兰水至岷原动车10月起增开2对",
        "本报讯（记者 冯  锐）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["全市中小学“营养早餐”工程启动", "兰水至岷原动车10月起增开2对"]


def test_a_line_cut_after_the_preposition_dui_runs_on() -> None:
    ed = seg(
        "全市中小学“营养早餐”工程启动", "本报讯（记者 马  骁）" + BODY, "市教育局将对", "全市学校逐一检查。"
    )
    assert [s.title for s in ed.stories] == ["全市中小学“营养早餐”工程启动"]


def test_a_web_author_field_after_the_date_and_source_gives_the_byline_and_is_not_read() -> None:
    ed = seg(
        "全市秋播进度过半 小麦播种面积预计达186万亩",
        "2016-10-26　来源：濉阳日报　作者：本报记者 祁  峰 通讯员 訾  明",
        BODY,
        MORE,
    )
    [s] = ed.stories
    assert (s.subtitle, s.byline) == (None, "本报记者 祁 峰 通讯员 訾 明")
    assert "来源" not in spoken(ed)


def test_a_source_line_without_an_author_is_no_byline() -> None:
    ed = seg("全市秋播进度过半", "2016-10-26　来源：濉阳日报", BODY, MORE)
    assert [s.byline for s in ed.stories] == [None]
    assert "来源" not in spoken(ed)


def test_an_exclusive_tag_over_a_headline_is_its_kicker_not_a_story() -> None:
    ed = seg(
        "本报驻京记者专稿",
        "小额贷款公司试点扩大到全国九成县市",
        "本报北京11月3日电（记者 韩晓东）" + BODY,
        MORE,
    )
    assert heads(ed) == [("本报驻京记者专稿", "小额贷款公司试点扩大到全国九成县市", None)]
    assert "专稿" not in spoken(ed)


def test_a_byline_over_text_stays_a_byline() -> None:
    ed = seg("小额贷款公司试点扩大到全国九成县市", "本报驻京记者 韩晓东", BODY, MORE)
    assert [(s.kicker, s.byline) for s in ed.stories] == [(None, "本报驻京记者 韩晓东")]


def test_a_short_exclamation_over_a_captioned_photo_is_its_own_story() -> None:
    ed = seg(
        "奥运会各项服务保障运行平稳",
        "新华社北京8月14日电（记者 罗  方）" + BODY,
        "加油！",
        "　　8月14日，观众在比赛现场挥舞国旗为中国队加油助威。新华社记者　谢  鸣　摄",
        "广场大屏幕前 市民同看奥运",
        "本报讯（记者 严  芳）" + MORE,
    )
    assert [s.title for s in ed.stories] == [
        "奥运会各项服务保障运行平稳",
        "加油！",
        "广场大屏幕前 市民同看奥运",
    ]
    assert "摄" not in spoken(ed)


def test_a_short_exclamation_inside_text_stays_text() -> None:
    ed = seg("奥运会各项服务保障运行平稳", "新华社北京8月14日电（记者 罗  方）" + BODY, "加油！", MORE)
    assert [s.title for s in ed.stories] == ["奥运会各项服务保障运行平稳"]
    assert "加油！" in spoken(ed)


INDENTED = ("　　" + BODY, "　　" + MORE, "　　" + BODY)


def test_a_flush_line_taking_up_an_inline_count_goes_on_with_its_paragraph() -> None:
    ed = seg(
        "“小商品”如何做出“大市场”",
        "本报记者　叶  青",
        *INDENTED,
        "　　骆国华：一是市场多元化成效明显，新兴市场出口增长超过20%；二是企业加快转型，自主品牌占比提高；",
        "三是贸易便利化水平提升，通关时间缩短三分之一。",
        "　　" + MORE,
    )
    assert len(ed.stories[0].paragraphs) == 5
    assert ed.stories[0].paragraphs[3].text.endswith("通关时间缩短三分之一。")


def test_a_flush_item_without_an_inline_count_above_is_a_paragraph_of_its_own() -> None:
    ed = seg(
        "“小商品”如何做出“大市场”",
        "本报记者　叶  青",
        *INDENTED,
        "　　骆国华：我们将从三个方面发力；",
        "三是贸易便利化水平提升，通关时间缩短三分之一。",
        "　　" + MORE,
    )
    assert len(ed.stories[0].paragraphs) == 6


def test_a_second_line_led_by_a_body_of_the_city_is_the_subtitle():
    from segkit import BODY, heads, seg

    ed = seg("奥运热带火全民健身", "市体育馆场地预约爆满", f"本报讯（记者 邬  杰）{BODY}")
    assert heads(ed) == [(None, "奥运热带火全民健身", "市体育馆场地预约爆满")]
    ed = seg("主场3:1逆转金陵星火", "甬城海港提前两轮保级成功", f"本报讯（记者 邬  杰）{BODY}")
    assert heads(ed)[0][1:] == ("主场3:1逆转金陵星火 甬城海港提前两轮保级成功", None)  # one title

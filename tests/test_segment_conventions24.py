"""Story-structure conventions met on the twenty-sixth and twenty-seventh batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg


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

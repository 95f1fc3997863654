"""Headline stacks of the sixty-second and sixty-third unseen batches: a works or places named
over only when they are done or open is one title (fixer B1)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts


def test_works_over_when_it_is_finished_is_one_title() -> None:
    ed = seg("凤凰路雨污分流改造", "本月中旬完工", "都市报讯（记者 晏子晴）" + BODY, MORE)
    assert heads(ed) == [(None, "凤凰路雨污分流改造本月中旬完工", None)]
    assert texts(ed) == [[BODY, MORE]]


def test_places_counted_over_when_they_open_is_one_title_under_its_kicker() -> None:
    ed = seg(
        "端午将至",
        "城区首批12家“城市书房”",
        "端午前开门迎客",
        "24小时开放 刷身份证即可借书",
        "都市报记者　沈  笛",
        BODY,
        MORE,
    )
    assert heads(ed) == [("端午将至", "城区首批12家“城市书房”端午前开门迎客", "24小时开放 刷身份证即可借书")]


def test_a_clause_done_over_a_forecast_stays_title_and_subtitle() -> None:
    ed = seg("城北供热管网改造完工", "年底前全部投用", "本报记者　王  丽", BODY, MORE)
    assert heads(ed) == [(None, "城北供热管网改造完工", "年底前全部投用")]


def test_a_trouble_and_the_authority_acting_on_it_is_the_title_over_its_campaign() -> None:
    ed = seg(
        "小区楼道堆杂物 消防上门逐户清理",
        "城区今冬首轮消防安全检查启动",
        "本报讯（记者 邬晓东）" + BODY,
        MORE,
    )
    assert heads(ed) == [(None, "小区楼道堆杂物 消防上门逐户清理", "城区今冬首轮消防安全检查启动")]


def test_a_slogan_naming_no_one_at_work_stays_the_kicker() -> None:
    ed = seg("喜迎二十大　奋进新征程", "我市第四季度重大项目集中开工", "本报讯（记者 邬晓东）" + BODY, MORE)
    assert heads(ed) == [("喜迎二十大 奋进新征程", "我市第四季度重大项目集中开工", None)]

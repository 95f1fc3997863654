"""Headline-stack conventions met on the unseen53 and unseen54 batches (fixer B1)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken


def test_a_market_report_broken_before_its_judged_state_is_one_title() -> None:
    ed = seg(
        "全县“两节”期间市场供应",
        "充足价格平稳",
        "本报讯（记者 阳  帆）" + BODY,
        MORE,
    )
    assert heads(ed) == [(None, "全县“两节”期间市场供应充足价格平稳", None)]
    assert "充足价格平稳" not in spoken(ed)


def test_a_judged_state_with_its_own_subject_stays_the_subtitle() -> None:
    ed = seg(
        "全县“两节”期间市场供应",
        "货源充足 价格平稳",
        "本报讯（记者 阳  帆）" + BODY,
    )
    assert heads(ed) == [(None, "全县“两节”期间市场供应", "货源充足 价格平稳")]


def test_who_talks_on_what_over_their_words_in_quotes_is_kicker_and_title() -> None:
    ed = seg(
        "两会代表委员回乡谈感受",
        "“把群众的期盼带上去　把两会精神带回来”",
        "本报记者　阎志坚",
        BODY,
    )
    assert heads(ed) == [("两会代表委员回乡谈感受", "“把群众的期盼带上去 把两会精神带回来”", None)]


def test_a_report_over_quoted_catchwords_stays_title_and_subtitle() -> None:
    ed = seg(
        "我市出台居民服务一卡通“新规”",
        "“小卡片”服务“大民生”",
        "本报讯（记者 罗  娟）" + BODY,
    )
    assert heads(ed) == [(None, "我市出台居民服务一卡通“新规”", "“小卡片”服务“大民生”")]


def test_a_debate_named_by_its_whole_object_over_a_quote_stays_title_and_subtitle() -> None:
    ed = seg(
        "代表委员热议政府工作报告",
        "“报告提气鼓劲　发展信心更足”",
        "本报讯（记者 罗  娟）" + BODY,
    )
    assert heads(ed) == [(None, "代表委员热议政府工作报告", "“报告提气鼓劲 发展信心更足”")]


def test_a_slogan_over_a_title_over_a_dash_line_is_kicker_title_subtitle() -> None:
    ed = seg(
        "三十而立　灵泉正青春",
        "从“小县城”到“山水名城”的华丽蝶变",
        "——写在灵泉撤县设市三十周年之际",
        "本报记者　吉学民　黎晓燕",
        BODY,
    )
    assert heads(ed) == [
        ("三十而立 灵泉正青春", "从“小县城”到“山水名城”的华丽蝶变", "写在灵泉撤县设市三十周年之际")
    ]


def test_a_column_name_over_a_signed_how_to_is_kicker_and_title() -> None:
    ed = seg(
        "农技课堂",
        "秋冬季节牛羊舍饲要把好“四关”",
        "市畜牧兽医站　牧  原",
        BODY,
    )
    assert heads(ed) == [("农技课堂", "秋冬季节牛羊舍饲要把好“四关”", None)]

"""Headline-stack conventions met on the forty-seventh batch of unseen pages: a lead-in of two
spaced clauses over a shorter pair of its own is kicker + title."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts


def test_a_long_lead_in_of_two_clauses_over_a_shorter_pair_is_the_kicker() -> None:
    ed = seg(
        "节日临近　本地花市迎来销售旺季",
        "鲜花提前上市　价格平稳",
        "■本报记者　林  舟",
        BODY,
        MORE,
    )
    assert heads(ed) == [("节日临近 本地花市迎来销售旺季", "鲜花提前上市 价格平稳", None)]
    assert ed.stories[0].byline == "本报记者 林 舟"
    assert texts(ed)[0] == [BODY, MORE]


def test_a_deck_of_two_clauses_longer_than_its_title_stays_the_subtitle() -> None:
    ed = seg(
        "开学季来临 “护眼”生意火了",
        "眼镜店验光要排长队　专家提醒别盲目迷信“神器”",
        "都市报记者　林  舟",
        BODY,
        MORE,
    )
    assert heads(ed) == [(None, "开学季来临 “护眼”生意火了", "眼镜店验光要排长队 专家提醒别盲目迷信“神器”")]


def test_a_shorter_pair_with_a_count_under_a_long_line_is_its_deck() -> None:
    ed = seg(
        "节日临近　本地花市迎来销售旺季",
        "设花档620个　持续至除夕",
        "本报讯（记者 林  舟）" + BODY,
        MORE,
    )
    assert heads(ed) == [(None, "节日临近 本地花市迎来销售旺季", "设花档620个 持续至除夕")]


def test_a_single_clause_title_under_a_long_pair_is_no_lead_in_rule() -> None:
    ed = seg(
        "节日临近　本地花市迎来销售旺季",
        "鲜花提前上市价格平稳",
        "本报讯（记者 林  舟）" + BODY,
        MORE,
    )
    assert heads(ed) == [(None, "节日临近 本地花市迎来销售旺季", "鲜花提前上市价格平稳")]

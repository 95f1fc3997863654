"""Conventions of lines never read aloud and of boxes of fixtures, met on the forty-fifth batch of
unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken, texts

STORY = ("东城联队主场取胜", "本报讯（记者 王  红）" + BODY, MORE)


def test_bulleted_fixtures_under_their_label_are_a_story_of_their_own() -> None:
    # "赛事预告" over lines each led by a bullet, a date, a time, the event and its venue.
    rows = (
        "◎9月29日　19:30　联赛半决赛　东城体育馆",
        "◎10月3日　8:00　环湖自行车邀请赛　东湖公园出发",
        "◎10月5日　9:00　老年人门球赛　市全民健身中心",
    )
    ed = seg(*STORY, "赛事预告", *rows)
    assert [s.title for s in ed.stories] == ["东城联队主场取胜", "赛事预告"]
    assert texts(ed)[1] == list(rows)
    assert spoken(ed) == BODY + MORE + "".join(rows)


def test_a_label_naming_a_day_s_fixtures_heads_two_rows() -> None:
    # A long label naming its fixtures, two rows of a time and a match under it, then a box of
    # briefs: three stories, the rows never a headline of their own.
    ed = seg(
        *STORY,
        "全市乡村篮球联赛总决赛首轮赛程（9月28日）",
        "19:30　岭东村队 vs 白沙村队",
        "21:00　桃溪村队 vs 新河村队",
        "体坛速递",
        "◆市体育局公布第二批健身示范社区名单，22个社区入选。",
        "◆全市老年人门球赛日前闭幕。",
    )
    assert [s.title for s in ed.stories] == [
        "东城联队主场取胜",
        "全市乡村篮球联赛总决赛首轮赛程（9月28日）",
        "体坛速递",
    ]
    assert texts(ed)[1] == ["19:30　岭东村队 vs 白沙村队", "21:00　桃溪村队 vs 新河村队"]


def test_two_timed_rows_under_a_plain_sub_head_stay_in_the_story() -> None:
    # Only a label naming fixtures heads two rows; a plain sub-head over them stays the story's.
    ed = seg(*STORY, "比赛回顾", "19:30　岭东村队 vs 白沙村队", "21:00　桃溪村队 vs 新河村队")
    assert [s.title for s in ed.stories] == ["东城联队主场取胜"]
    assert heads(ed)[0] == (None, "东城联队主场取胜", None)

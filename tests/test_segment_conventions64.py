"""Conventions of story structure and bylines, met on the forty-fourth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

CHROME = ("测试报·电子版", "返回主页　|　版面导航　|　上一期　|　下一期")


def test_a_nav_header_with_no_list_under_it_leaves_the_first_story_its_stack() -> None:
    # "本版新闻" then the first story's kicker, title and subtitle, straight into its text, none
    # of them printed again on the page: the list was lost, the stack is the story's.
    ed = seg(
        *CHROME,
        "本版新闻",
        "热线追踪",
        "小区门口断头路打通了",
        "居民出行少绕两公里",
        "晚报讯（记者 程  琳）" + BODY,
        MORE,
        "作者：程  琳　来源：测试报　2024-01-01",
    )
    assert heads(ed) == [("热线追踪", "小区门口断头路打通了", "居民出行少绕两公里")]
    assert ed.stories[0].byline == "晚报讯（记者 程 琳）"
    assert spoken(ed) == BODY + MORE
    assert reasons(ed)[3] == "headline list"
    assert 4 not in reasons(ed) and 5 not in reasons(ed)


def test_a_nav_header_s_list_of_titles_printed_again_stays_a_list() -> None:
    # Negative: the titles under the header are the page's stories, printed again lower down:
    # the run is a list, never read, and each story keeps its own headline.
    ed = seg(
        *CHROME,
        "本版新闻",
        "小区门口断头路打通了",
        "社区食堂开进老小区",
        "小区门口断头路打通了",
        "晚报讯（记者 程  琳）" + BODY,
        "社区食堂开进老小区",
        "晚报讯（记者 阮  菲）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["小区门口断头路打通了", "社区食堂开进老小区"]
    assert {reasons(ed)[n] for n in (4, 5)} == {"headline list"}
    assert spoken(ed) == BODY + MORE

"""Conventions of the unseen39 batch: a dateline after a photo story, a web row of source and date."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken, texts

CAPTION = "7月7日，游客在城郊荷花基地赏荷。眼下，这里的荷花竞相开放。本报记者 王  平 摄"


def test_a_dateline_after_a_photo_story_opens_the_next_story() -> None:
    ed = seg(
        "荷塘月色",
        CAPTION,
        "本报讯　记者从市教育局获悉，为做好今年高校毕业生就业工作，市教育局将于下月启动",
        "就业服务月下月启动",
        "高校毕业生就业服务月活动，各高校将集中举办招聘活动。",
        MORE,
    )
    assert [(s.title, s.byline) for s in ed.stories] == [
        ("荷塘月色", None),
        ("就业服务月下月启动", "本报讯"),
    ]
    assert texts(ed)[0] == ["7月7日，游客在城郊荷花基地赏荷。眼下，这里的荷花竞相开放。"]
    # The headline set inside the first sentence does not cut it.
    assert texts(ed)[1] == [
        "记者从市教育局获悉，为做好今年高校毕业生就业工作，市教育局将于下月启动"
        "高校毕业生就业服务月活动，各高校将集中举办招聘活动。",
        MORE,
    ]
    assert "王" not in spoken(ed)


def test_a_storys_own_photo_between_its_headline_stack_and_its_dateline_stays_in_it() -> None:
    ed = seg(
        "市委书记在调研农业生产时强调",
        "扎实抓好秋冬种各项工作 确保明年夏粮丰收",
        CAPTION,
        "本报讯（记者 王  平）" + BODY,
        MORE,
    )
    assert len(ed.stories) == 1
    assert ed.stories[0].byline == "本报讯（记者 王 平）"
    assert BODY in texts(ed)[0] and MORE in texts(ed)[0]


def test_a_web_row_of_source_and_date_without_an_author_is_never_read() -> None:
    ed = seg(
        "综合简讯",
        "来源：霞溪日报　　日期：2013-07-09",
        "◆7月8日，市政府召开防汛工作紧急会议，部署近期强降雨防范应对工作。",
        "◆日前，霞溪市中心医院通过三级甲等医院复审。",
    )
    assert reasons(ed)[2] == "web meta"
    assert "来源" not in spoken(ed) and "2013" not in spoken(ed)
    assert "防汛工作紧急会议" in spoken(ed) and "三级甲等医院" in spoken(ed)


def test_a_source_row_whose_time_is_no_date_is_no_web_meta() -> None:
    ed = seg(
        "前三季度我市经济稳中向好",
        "本报讯（记者 王  平）" + BODY,
        "来源：市统计局　时间：今年前三季度",
        MORE,
    )
    assert reasons(ed).get(3) != "web meta"

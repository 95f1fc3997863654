"""Newspaper conventions met on the fourth batch of unseen pages (typical dailies), one small written page each."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg

from audiopaper.model import Page
from audiopaper.segment import segment
from audiopaper.segment_noise import classify_noise


def test_a_masthead_footer_of_address_postcode_and_licence_is_never_read() -> None:
    assert (
        classify_noise("地址：江城市解放路9号  邮编：410000  广告经营许可证：江工商广字008号") == "masthead"
    )
    assert classify_noise("地址：江城市解放路9号　邮编：410000") == "masthead"
    # One contact among other fields may be an event's info box.
    assert classify_noise("开放时间：每周二至周日  地址：江城市解放路9号") == ""


def test_a_kicker_and_a_subtitle_each_set_in_two_lines() -> None:
    ed = seg(
        "凝心聚力 奋勇争先",
        "奋力完成全年各项任务",
        "市政府召开全体会议",
        "总结前三季度工作 安排冬季重点任务",
        "张建国主持并讲话",
        "本报讯（记者 王  红）" + BODY,
    )
    assert heads(ed) == [
        (
            "凝心聚力 奋勇争先 奋力完成全年各项任务",
            "市政府召开全体会议",
            "总结前三季度工作 安排冬季重点任务 张建国主持并讲话",
        )
    ]
    # With no subtitle-shaped line at its foot, a stack stays kicker, title, subtitle.
    ed = seg(
        "开局之年看基层",
        "一个山村的数字账本",
        "来自青石村的蹲点报道",
        "村里的新变化",
        "本报记者 罗  兰",
        BODY,
    )
    assert heads(ed) == [("开局之年看基层", "一个山村的数字账本", "来自青石村的蹲点报道 村里的新变化")]


def test_two_parallel_lines_under_a_kicker_ending_in_qiangdiao_are_one_title() -> None:
    ed = seg(
        "李明在经开区调研制造业发展时强调",
        "以数字化转型赋能制造业",
        "加快建设现代化产业体系",
        "本报讯（记者 孙  禾）" + BODY,
    )
    assert heads(ed) == [
        ("李明在经开区调研制造业发展时强调", "以数字化转型赋能制造业 加快建设现代化产业体系", None)
    ]
    # A last line naming who attended is a subtitle, not the title's second half.
    ed = seg(
        "李明在经开区调研时强调", "以数字化转型赋能制造业", "王刚李强参加调研", "本报讯（记者 孙  禾）" + BODY
    )
    assert heads(ed) == [("李明在经开区调研时强调", "以数字化转型赋能制造业", "王刚李强参加调研")]


def test_a_second_line_giving_the_figure_is_a_subtitle_not_half_the_title() -> None:
    ed = seg("江城港三期码头建成投用", "年吞吐能力增至1500万吨", "本报讯（记者 舒  扬）" + BODY)
    assert heads(ed) == [(None, "江城港三期码头建成投用", "年吞吐能力增至1500万吨")]


def test_a_bulleted_byline_after_a_commentary_closes_it() -> None:
    ed = seg("国际观察", "开放合作才能共享机遇", BODY, MORE, "●新华社记者  陶  然", "国际简讯", "　　" + BODY)
    assert [(s.title, s.byline) for s in ed.stories] == [
        ("开放合作才能共享机遇", "新华社记者 陶 然"),
        ("国际简讯", None),
    ]


def test_a_link_box_beside_a_feature_is_an_item_of_its_own() -> None:
    ed = seg("记者调查", "春菜上市 菜价回落", "本报记者 郑  宁", BODY, "相关链接", "菜价监测怎么做", MORE)
    assert heads(ed) == [("记者调查", "春菜上市 菜价回落", None), ("相关链接", "菜价监测怎么做", None)]
    assert [p.text for p in ed.stories[1].paragraphs] == [MORE]
    # A reporter's own notes stay in the feature, as before.
    ed = seg("春菜上市 菜价回落", "本报记者 郑  宁", BODY, "记者手记", "让菜篮子拎得更轻", MORE)
    assert len(ed.stories) == 1


def test_an_evening_papers_reporter_credited_for_words_and_pictures_is_a_byline() -> None:
    ed = seg("夜市烟火气回来了", "晚报记者  贺  松  文/图", BODY)
    assert [(s.title, s.subtitle, s.byline) for s in ed.stories] == [
        ("夜市烟火气回来了", None, "晚报记者 贺 松 文/图")
    ]
    ed = seg("早市开张了", "晨报记者 李  娜", BODY)
    assert ed.stories[0].byline == "晨报记者 李 娜"


def test_a_box_of_briefs_titled_by_their_places_is_a_story_each_label_unread() -> None:
    ed = seg("身边事", "东城区：社区食堂开门迎客", "　　" + BODY, "西河县：新增公交线路三条", "　　" + MORE)
    assert [s.title for s in ed.stories] == ["东城区：社区食堂开门迎客", "西河县：新增公交线路三条"]
    assert ("身边事", "section label") in [(k.text, k.reason) for k in ed.skipped]
    # A short heading over titles that name no place is a story with sub-heads.
    ed = seg("提醒", "用电安全：这些隐患别忽视", "　　" + BODY, "燃气安全：出门记得关阀", "　　" + MORE)
    assert [s.title for s in ed.stories] == ["提醒"]


def test_jump_markers_with_xiajie_xu_and_arrows() -> None:
    p1 = [
        "港口三期建成投用",
        "本报讯（记者 舒  扬）" + BODY,
        "（下接第二版）",
        "文旅惠民十条出台",
        "本报讯（记者 石  婧）" + BODY,
        "下转第三版▶",
    ]
    p2 = ["港口三期投用", "（续第一版）", MORE]
    p3 = ["文旅十条", "◀上接第一版", MORE]
    pages = [Page("测试报", "2024-01-01", n, tuple(x)) for n, x in ((1, p1), (2, p2), (3, p3))]
    ed = segment(pages)
    assert [(s.title, s.pages) for s in ed.stories] == [
        ("港口三期建成投用", (1, 2)),
        ("文旅惠民十条出台", (1, 3)),
    ]
    assert all(MORE in "".join(p.text for p in s.paragraphs) for s in ed.stories)


def test_a_teaser_under_a_guide_label_is_a_teaser_and_the_label_is_not_read() -> None:
    ed = seg(
        "江城港三期码头建成投用",
        "本报讯（记者 舒  扬）" + BODY,
        "本报导读",
        "高考在即 全市考点改造完成",
        "2版",
        "端午临近 粽子飘香",
        "本报讯（记者 石  婧）" + MORE,
    )
    assert [(t.text, t.page) for t in ed.teasers] == [("高考在即 全市考点改造完成", 2)]
    assert [s.title for s in ed.stories] == ["江城港三期码头建成投用", "端午临近 粽子飘香"]
    assert ("本报导读", "headline without text") in [(k.text, k.reason) for k in ed.skipped]


# Conventions of the fifth batch of unseen pages.


def test_a_table_row_of_figures_apart_by_wide_gaps_is_never_read() -> None:
    assert classify_noise("1  东城联队  6  5  1  0  16") == "table"
    assert classify_noise("１　西河队　６　３　０　３　９") == "table"
    # A schedule's line has one figure among words; a spaced byline has none.
    assert classify_noise("19:30  联赛第8轮  东城联队—西河队（客场）") == ""
    assert classify_noise("本报记者  王  红") != "table"


def test_a_tables_title_and_header_row_go_with_its_rows() -> None:
    ed = seg(
        "东城联队主场取胜",
        "本报讯（记者 王  红）" + BODY,
        "联赛积分榜（截至5月3日）",
        "排名  球队  场次  胜  平  负  积分",
        "1  东城联队  6  5  1  0  16",
        "2  西河队  6  4  2  0  14",
        "全民健身月启动",
        "本报讯（记者 石  婧）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["东城联队主场取胜", "全民健身月启动"]
    assert [k.line for k in ed.skipped if k.reason == "table"] == [3, 4, 5, 6]
    # A headline ending in 榜 with no rows under it is a headline.
    ed = seg("东城红榜", "本报讯（记者 王  红）" + BODY)
    assert [s.title for s in ed.stories] == ["东城红榜"]


def test_a_sections_hotline_alone_on_its_line_is_never_read() -> None:
    assert classify_noise("体育热线：96188") == "masthead"
    assert classify_noise("文体热线 0571-8888123") == "masthead"
    # A column named for a hotline, and a sentence about one, are news.
    assert classify_noise("市民热线") == ""
    assert classify_noise("市民可拨打热线：12345反映问题。") == ""


def test_a_label_alone_over_schedule_lines_is_a_story_of_its_own() -> None:
    schedule = (
        "5月6日（周二）",
        "19:30  联赛第8轮  东城联队—西河队（主场）",
        "5月10日（周六）",
        "15:00  全民健身日开幕式（市体育中心）",
    )
    ed = seg("东城联队主场取胜", "本报讯（记者 王  红）" + BODY, "本周赛程", *schedule)
    assert [s.title for s in ed.stories] == ["东城联队主场取胜", "本周赛程"]
    assert [p.text for p in ed.stories[1].paragraphs] == list(schedule)
    # A sub-head over prose stays a sub-head of the story it sits in.
    ed = seg("东城联队主场取胜", "本报讯（记者 王  红）" + BODY, "下轮展望", MORE)
    assert [s.title for s in ed.stories] == ["东城联队主场取胜"]

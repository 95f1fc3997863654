"""Conventions of lines never read aloud and of boxes of fixtures, met on the forty-fifth batch of
unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

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


PRICES = (
    "市区主要农副产品价格（6月21日）",
    "品名　　　　零售价（元/斤）",
    "大米　　2.10",
    "猪肉　　13.50",
    "鸡蛋　　4.20",
)


def test_who_gave_a_table_s_figures_under_its_rows_is_never_read() -> None:
    # The body that gave the prices, alone under the rows, then a box of briefs read as its own.
    ed = seg(
        *STORY,
        *PRICES,
        "市物价局价格监测中心提供",
        "经济短波",
        "▲6月20日，梧亭至深圳的高速公路货运专线开通。",
        "▲日前，本地六堡茶获得国家地理标志产品保护。",
    )
    assert [s.title for s in ed.stories] == ["东城联队主场取胜", "经济短波"]
    assert reasons(ed)[9] == "table"
    assert "提供" not in spoken(ed)


def test_a_line_naming_who_gave_something_away_from_a_table_is_not_its_source() -> None:
    # Under a story's text, not a table's rows, the same words are no table's note.
    ed = seg(*STORY, "市物价局价格监测中心提供")
    assert reasons(ed).get(4) != "table"


WEB_STORY = ("小区消防通道被占 物业：已全部清理", "晚报讯（记者 伍思琪）" + BODY, MORE, "【打印】　【关闭】")


def test_a_site_s_copyright_row_with_its_terms_for_copying_is_never_read() -> None:
    ed = seg(*WEB_STORY, "测试晚报社主办　版权所有　转载请注明出处")
    assert [s.title for s in ed.stories] == ["小区消防通道被占 物业：已全部清理"]
    assert reasons(ed)[5] == "chrome"
    assert spoken(ed) == BODY + MORE


def test_a_contact_line_beside_the_site_s_copyright_rows_is_never_read() -> None:
    ed = seg(
        *WEB_STORY, "测试晚报社主办　版权所有　转载请注明出处", "联系电话：0391-3356110", "豫ICP备09022318号"
    )
    assert [s.title for s in ed.stories] == ["小区消防通道被占 物业：已全部清理"]
    assert reasons(ed)[6] == "chrome"
    assert spoken(ed) == BODY + MORE


def test_a_contact_line_closing_a_notice_is_read() -> None:
    # Away from the site's copyright rows, a number closing an item is its text.
    ed = seg("停水通知", "因管网改造，6月12日8时至18时城南片区停水，请居民提前储水。", "咨询电话：96606")
    assert spoken(ed).endswith("咨询电话：96606")


def test_a_hotline_beside_the_channels_the_paper_posts_on_is_never_read() -> None:
    ed = seg(*STORY, "都市报新闻热线：0471-6688110　测试都市报微信公众号、抖音号同步更新")
    assert reasons(ed)[4] == "reader service"
    assert spoken(ed) == BODY + MORE


def test_a_sentence_about_the_paper_s_channels_is_read() -> None:
    # One cell, a sentence of news, is no row of services.
    line = "市民可拨打热线0471-6688110，或关注本报微信公众号、抖音号反映问题。"
    ed = seg(*STORY, line)
    assert spoken(ed) == BODY + MORE + line

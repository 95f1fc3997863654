"""Conventions of the unseen51 batch, lines never read: the folio row over the page with a bare
number and the page's dotted label (``05　国内·国际``) and the parts it names down the page, a
国际新闻/国内新闻 section label on any page, the paper's name beside its app's and the prompt to get
it, and every notice under a 公告 label; the same words set as a story's own are read."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken

from audiopaper.segment_footers import footer_reason

HOME = ("春运前半程全国铁路发送旅客逾2亿人次", "新华社北京2月9日电（记者 梅常伟）" + BODY, MORE)
ABROAD = ("联合国秘书长呼吁加大人道主义援助", "新华社纽约2月9日电 " + BODY, MORE)
TOP = ("望溪晚报", "2026年2月10日　星期二")
CREDITS = "编辑　樊  雨　　校对　汤  宁"
STORM = ("欧洲多国遭遇强风暴袭击", "新华社电 " + MORE)


def test_a_bare_number_beside_the_dotted_label_is_the_folio_row() -> None:
    assert footer_reason("05　国内·国际") == "page header"
    assert footer_reason("3　教育·高考") == "page header"
    # a number beside a headline, or one space apart, is no folio
    assert footer_reason("5　名选手晋级决赛") == ""
    assert footer_reason("05 国内·国际") == ""


def test_the_parts_the_folio_row_names_are_never_kickers() -> None:
    # "05　国内·国际" over the page, then "国内" under the credits and "国际" halfway down.
    ed = seg(*TOP, "05　国内·国际", CREDITS, "国内", *HOME, "国际", *ABROAD, number=5)
    assert heads(ed) == [(None, HOME[0], None), (None, ABROAD[0], None)]
    said = spoken(ed)
    assert not said.startswith("国内") and "国际联合国" not in said
    assert reasons(ed)[5] == "section label" and reasons(ed)[9] == "section label"


def test_a_part_over_a_headline_stays_a_kicker_without_the_folio_row() -> None:
    # No dotted label over the page: "国际" over a headline is left to be its kicker.
    ed = seg(*TOP, "5　要闻", CREDITS, *HOME, "国际", *ABROAD, number=5)
    assert heads(ed)[1] == ("国际", ABROAD[0], None)


def test_the_papers_name_beside_its_app_and_the_prompt_is_never_read() -> None:
    assert footer_reason("南池晚报 掌上南池APP 扫码下载") == "chrome"
    assert footer_reason("滨江日报　“滨江新闻”客户端　扫码下载") == "chrome"
    ed = seg(*HOME, "南池晚报 掌上南池APP 扫码下载", *ABROAD)
    assert heads(ed) == [(None, HOME[0], None), (None, ABROAD[0], None)]
    assert "APP" not in spoken(ed) and reasons(ed)[4] == "chrome"


def test_a_sentence_about_the_papers_app_is_read() -> None:
    line = "南池晚报掌上南池APP上线一周，下载量突破10万次。"
    assert footer_reason(line) == ""
    ed = seg("掌上南池APP下载量破10万", "本报讯（记者 王明）" + line, MORE)
    assert "下载量突破10万次" in spoken(ed)


NOTICES = (
    "公告",
    "遗失声明：平川县某村民委员会不慎遗失公章一枚，声明作废。",
    "平川县某运输有限公司经股东会决议注销，请债权人自公告之日起45日内申报债权。",
)


def test_every_notice_under_a_notice_label_is_never_read() -> None:
    # Under "公告" the untitled notice after a titled one is bought space too.
    ed = seg(*HOME, *NOTICES, *ABROAD)
    assert heads(ed) == [(None, HOME[0], None), (None, ABROAD[0], None)]
    said = spoken(ed)
    assert "注销" not in said and "遗失" not in said and said.endswith(MORE)
    assert {reasons(ed)[k] for k in (4, 5, 6)} == {"notice"}


def test_a_deregistration_told_in_a_story_is_read() -> None:
    line = "平川县某运输有限公司经股东会决议注销，其车辆已由县交通局统一收回。"
    ed = seg("县内一运输公司注销", "本报讯（记者 王明）" + line, MORE)
    assert "经股东会决议注销" in spoken(ed)


def test_world_news_named_over_a_headline_is_no_kicker_on_any_page() -> None:
    # A 要闻 page: "国际新闻" halfway down starts its world news, never the next story's kicker.
    ed = seg("2", "2012年11月20日　星期二", "要闻", CREDITS, *HOME, "国际新闻", *ABROAD, *STORM, number=2)
    assert heads(ed) == [(None, HOME[0], None), (None, ABROAD[0], None), (None, STORM[0], None)]
    assert "国际新闻" not in spoken(ed) and reasons(ed)[8] == "section label"


def test_world_news_over_the_pages_last_story_alone_may_be_its_kicker() -> None:
    # One story under it, the page's last: nothing marks a part of the page; left as it was.
    ed = seg("要闻", CREDITS, *HOME, "国际新闻", *ABROAD)
    assert heads(ed)[1] == ("国际新闻", ABROAD[0], None)


def test_a_column_over_a_headline_stays_its_kicker() -> None:
    # "国际视点" names a column, the story's own: still its kicker.
    ed = seg(*HOME, "国际视点", *ABROAD)
    assert heads(ed)[1] == ("国际视点", ABROAD[0], None)


def test_world_news_over_a_box_of_briefs_stays_its_title() -> None:
    # Over text with no headline, "国际新闻" titles the box of briefs under it and is read.
    briefs = ("●联合国秘书长9日呼吁加大人道主义援助。", "●欧洲多国遭遇强风暴袭击，交通中断。")
    ed = seg(*HOME, "国际新闻", *briefs)
    assert heads(ed)[1] == (None, "国际新闻", None)
    assert spoken(ed).endswith("".join(briefs))

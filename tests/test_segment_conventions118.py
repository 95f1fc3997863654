"""A web page's share rows and story count, a part label on a joined section's page, a bare
reporting campaign's banner at the page's top (the sixty-fourth unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts


def test_a_share_row_under_each_web_story_is_never_read() -> None:
    ed = seg(
        "测试日报 · 数字报",
        "2025年12月04日 星期四　|　第03版：县区",
        "本版共6篇文章",
        "城区新建5座公厕投入使用",
        "本报讯（记者 王小明）" + BODY,
        MORE,
        "分享：微信　微博　QQ空间",
        "东湖湿地迎来越冬候鸟",
        "本报讯（记者 李  华）" + BODY,
        "分享：微信　微博　QQ空间",
    )
    assert [h[1] for h in heads(ed)] == ["城区新建5座公厕投入使用", "东湖湿地迎来越冬候鸟"]
    assert heads(ed)[0][0] is None
    assert "分享" not in spoken(ed) and "篇文章" not in spoken(ed)
    assert reasons(ed)[3] == reasons(ed)[7] == "chrome"


def test_a_line_about_sharing_in_a_story_is_read() -> None:
    ed = seg(
        "城区新建5座公厕投入使用", "本报讯（记者 王小明）" + BODY, "分享：市民可在微信小程序上查看公厕位置。"
    )
    assert texts(ed)[0][-1] == "分享：市民可在微信小程序上查看公厕位置。"


def joined_page(label: str) -> tuple[str, ...]:
    return (
        "测试晚报",
        "A12",
        "2021年9月27日　星期一",
        label,
        "编辑：钟  瑞　美编：侯  蔓　校对：唐晓晨",
        "高坪姑娘逆转夺得女子跳远金牌",
        "记者 关雪松 报道",
        BODY,
        "文化",
        "原创话剧《渡口人家》下月首演",
        "本报讯（记者 侯  蔓）" + MORE,
        "老街“非遗市集”国庆开市",
        "本报讯（记者 侯  蔓）" + BODY,
    )


def test_a_part_of_a_joined_section_named_at_the_top_is_no_kicker() -> None:
    ed = seg(*joined_page("文体新闻"))
    assert heads(ed)[1] == (None, "原创话剧《渡口人家》下月首演", None)
    assert reasons(ed)[9] == "section label"


def test_the_same_word_on_another_section_s_page_stays_a_kicker() -> None:
    ed = seg(*joined_page("社会新闻"))
    assert heads(ed)[1][0] == "文化"


def campaign_page(campaign: str) -> tuple[str, ...]:
    return (
        "测试日报",
        "2026年2月10日　星期二",
        "04",
        "民生",
        "责任编辑：戴  欣　版式设计：侯  琳　校对：向  阳",
        campaign,
        "春运路上的“暖心驿站”",
        "文/图　本报记者　车晓彤",
        BODY,
        MORE,
    )


def test_a_bare_reporting_campaign_under_the_header_is_the_page_s_banner() -> None:
    ed = seg(*campaign_page("新春走基层"))
    assert heads(ed) == [(None, "春运路上的“暖心驿站”", None)]
    assert "走基层" not in spoken(ed)


def test_the_campaign_in_brackets_there_is_the_story_s_kicker() -> None:
    ed = seg(*campaign_page("（新春走基层）"))
    assert heads(ed)[0][0] == "新春走基层"


def comment_page(section: str) -> tuple[str, ...]:
    return (
        "测试日报",
        "2014年12月3日　星期三",
        "第4版",
        section,
        "责任编辑：鲁定国　电话：0379-6326011",
        "言之有物　论之有据",
        "让“放管服”改革多几分群众温度",
        "本报评论员",
        "　　" + BODY,
        "　　" + MORE,
    )


def test_a_comment_page_s_motto_under_its_header_is_no_kicker() -> None:
    ed = seg(*comment_page("评论"))
    assert heads(ed) == [(None, "让“放管服”改革多几分群众温度", None)]
    assert "言之有物" not in spoken(ed)
    assert reasons(ed)[6] == "slogan"


def test_a_couplet_there_on_another_page_stays_the_story_s_kicker() -> None:
    ed = seg(*comment_page("民生"))
    assert heads(ed)[0][0] == "言之有物 论之有据"


def briefs_box(last: str) -> tuple[str, ...]:
    return (
        "城区新建5座公厕投入使用",
        "本报讯（记者 王小明）" + BODY,
        "健康快讯",
        "■3月起，我市新型农村合作医疗门诊报销比例提高到45%。",
        "■3月31日前，全市65岁以上老人可到社区卫生服务中心免费体检。",
        last,
    )


def test_a_headline_pointing_to_its_story_s_page_is_a_teaser() -> None:
    ed = seg(*briefs_box("3月24日是世界防治结核病日（相关报道见B04版）"))
    assert "结核病日" not in spoken(ed)
    assert [(t.text, t.page) for t in ed.teasers] == [("3月24日是世界防治结核病日", 4)]


def test_a_sentence_closing_with_a_pointer_is_not_taken_for_a_teaser() -> None:
    ed = seg(*briefs_box("■市疾控中心提醒，春季要做好晨检（相关报道见B04版）"))
    assert not ed.teasers

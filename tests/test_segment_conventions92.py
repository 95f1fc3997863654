"""Label, banner, footer and hotline conventions met on unseen batches 52 and 55."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken


def test_a_desks_hotline_beside_the_prompt_to_follow_its_account_is_never_read() -> None:
    ed = seg(
        "测试都市报",
        "旅游周刊",
        "旅游热线：0513-86201234　扫码关注“沧河游”",
        "山里的杜鹃花开了",
        "本报记者　殷  桐",
        BODY,
    )
    assert [s.title for s in ed.stories] == ["山里的杜鹃花开了"]
    assert reasons(ed)[3] == "reader service"
    assert "0513" not in spoken(ed)


def test_a_services_hotline_and_prompt_after_a_story_is_not_the_desks_row() -> None:
    # Negative: a venue's 咨询热线 with its account is no desk of the paper.
    ed = seg("山里的杜鹃花开了", "本报记者　殷  桐", BODY, "咨询热线：0513-86201234　扫码关注“雾岭景区”")
    assert 4 not in reasons(ed) or reasons(ed)[4] != "reader service"


def test_a_copyright_footer_its_owner_a_space_before_its_claim_is_never_read() -> None:
    ed = seg(
        "小龙虾上市",
        "本报讯（记者 柳  言）" + BODY,
        "渡桥晚报社 版权所有　Copyright © 2024 dqwb.com.cn All Rights Reserved",
    )
    assert reasons(ed)[3] == "chrome"
    assert "版权所有" not in spoken(ed)


def test_a_labelled_disclaimer_is_never_read() -> None:
    ed = seg(
        "问政之后更要问效",
        "□ 读者　侯建平",
        BODY,
        MORE,
        "声明：本版来论仅代表作者个人观点，不代表本报立场。",
    )
    assert reasons(ed)[5] == "disclaimer"
    assert "声明" not in spoken(ed)


def test_a_statement_of_a_body_in_a_story_is_read() -> None:
    # Negative: a statement quoted in news is no disclaimer of the page.
    line = "声明：该公司从未授权任何个人以公司名义收取费用。"
    ed = seg("警惕冒名收费", "本报讯（记者 柳  言）" + BODY, line)
    assert "从未授权" in spoken(ed)
    assert heads(ed)[0][1] == "警惕冒名收费"


HEADER = ("测试日报", "2024年4月23日　星期二", "理论·学习", "本版主编：屈建文　责任编辑：欧阳丽")


def test_a_series_name_over_its_editors_note_and_first_essay_is_never_read() -> None:
    ed = seg(
        *HEADER,
        "县域经济发展笔谈",
        "编者按：本期围绕县域经济转型升级刊发两篇文章，敬请关注。",
        "推动县域经济转型升级的几点思考",
        "□ 贺建湘",
        BODY,
        "以城乡一体化破解“三农”难题",
        "□ 张  岚",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["推动县域经济转型升级的几点思考", "以城乡一体化破解“三农”难题"]
    assert reasons(ed)[5] == "column label"
    assert ed.stories[0].paragraphs[0].text.startswith("编者按")


def test_a_title_over_its_own_editors_note_stays_the_storys() -> None:
    # Negative: a title that names no series of writings heads the story its note leads.
    ed = seg(*HEADER, "一个山村的“数字账本”", "编者按：本期关注一个山村的变化。", "本报记者　贺建湘", BODY)
    assert [s.title for s in ed.stories] == ["一个山村的“数字账本”"]


def test_a_study_campaigns_banner_under_the_pages_header_is_no_kicker() -> None:
    ed = seg(
        *HEADER, "深入学习贯彻党的二十大精神", "以新质生产力赋能", "县域特色产业转型升级", "□ 尚志国", BODY
    )
    assert heads(ed)[0][0] is None
    assert reasons(ed)[5] == "slogan"
    assert "深入学习" not in spoken(ed)


def test_a_study_campaign_over_a_story_down_the_page_stays_its_kicker() -> None:
    # Negative: under a story, not the page's header, the campaign heads the next story.
    ed = seg(
        *HEADER,
        "城区新增3处口袋公园",
        "本报讯（记者 罗  田）" + BODY,
        "深入学习贯彻党的二十大精神",
        "全市重点项目现场推进会召开",
        "本报讯（记者 罗  田）" + MORE,
    )
    assert heads(ed)[1][0] == "深入学习贯彻党的二十大精神"


def test_a_bare_part_of_a_dotted_sections_four_character_piece_is_no_kicker() -> None:
    ed = seg(
        "测试日报",
        "要闻·国内国际",
        "责任编辑：殷海涛",
        "全国多地迎来“秋老虎”天气",
        "新华社电　" + BODY,
        "国际",
        "多国加强应对登革热疫情",
        "新华社电　" + MORE,
    )
    assert heads(ed)[1][0] is None
    assert reasons(ed)[6] == "section label"


def test_a_bare_part_the_sections_label_does_not_name_stays_a_kicker() -> None:
    # Negative: on a page headed 要闻·财经 a bare 国际 names no part of it.
    ed = seg(
        "测试日报",
        "要闻·财经",
        "责任编辑：殷海涛",
        "全国多地迎来“秋老虎”天气",
        "新华社电　" + BODY,
        "国际",
        "多国加强应对登革热疫情",
        "新华社电　" + MORE,
    )
    assert heads(ed)[1][0] == "国际"


def test_a_list_made_public_over_its_items_is_a_story_of_its_own() -> None:
    ed = seg(
        "三轮车夫的“爱心账本”",
        "■本报记者　冯  燕",
        BODY,
        "9月“北麓好人榜”发布",
        "●见义勇为：城关镇村民蒙振华跳入河中救起落水儿童。",
        "●诚实守信：个体户龙秀英十年如一日为顾客保管遗失物品。",
        "●孝老爱亲：退休工人谭建新悉心照顾瘫痪在床的岳母22年。",
    )
    assert [s.title for s in ed.stories] == ["三轮车夫的“爱心账本”", "9月“北麓好人榜”发布"]
    assert "见义勇为" not in "".join(p.text for p in ed.stories[0].paragraphs)


def test_a_long_sub_head_over_a_list_stays_its_storys() -> None:
    # Negative: a heading that names no list made public is the story's sub-head.
    ed = seg(
        "三轮车夫的“爱心账本”",
        "■本报记者　冯  燕",
        BODY,
        "这些好做法值得推广借鉴",
        "●见义勇为：城关镇村民蒙振华跳入河中救起落水儿童。",
        "●诚实守信：个体户龙秀英十年如一日为顾客保管遗失物品。",
    )
    assert [s.title for s in ed.stories] == ["三轮车夫的“爱心账本”"]

"""Lines never read and blocks wrongly made stories, met on the eighteenth and nineteenth batches."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

DATELINE = "本报讯（记者 韦丽萍）"
STORY = ("全市新建口袋公园十二处", DATELINE + BODY, MORE)


def test_an_app_row_offering_the_papers_news_is_never_read() -> None:
    ed = seg("沭川融媒APP　扫码下载　看沭川新闻", *STORY)
    assert heads(ed) == [(None, "全市新建口袋公园十二处", None)]
    assert reasons(ed)[1] == "chrome"
    # A sentence telling readers where to watch is news.
    ed = seg(*STORY, "市民可扫码下载APP，看沭川新闻直播。")
    assert "看沭川新闻直播" in spoken(ed)


def test_a_guide_item_with_an_unlettered_page_and_ban_is_a_teaser_never_read() -> None:
    ed = seg("本期导读", "★全市高考评卷工作启动（2版）", "★北湖湿地公园迎来“鸟类大家庭”（三版）", *STORY)
    assert heads(ed) == [(None, "全市新建口袋公园十二处", None)]
    assert [(t.text, t.page) for t in ed.teasers] == [
        ("全市高考评卷工作启动", 2),
        ("北湖湿地公园迎来“鸟类大家庭”", 3),
    ]
    assert "评卷" not in spoken(ed)


def test_a_bulleted_item_numbered_without_ban_is_no_teaser() -> None:
    ed = seg("★三项措施（3）", *STORY)
    assert not ed.teasers


def test_a_copyright_cell_with_all_rights_reserved_is_never_read() -> None:
    ed = seg(*STORY, "霞川晚报社主办　版权所有　Copyright © 2024 All Rights Reserved")
    assert reasons(ed)[4] == "chrome"
    assert "Copyright" not in spoken(ed)


def test_page_tabs_apart_by_wide_gaps_are_never_read() -> None:
    ed = seg("版面导航", "A01：要闻　A02：要闻　A03：沂泉新闻　A04：经济", *STORY)
    assert heads(ed) == [(None, "全市新建口袋公园十二处", None)]
    assert reasons(ed)[2] == "chrome"
    ed = seg(*STORY, "A01版：要闻　　A02版：综合　　A03版：城事")
    assert 4 in reasons(ed) and "城事" not in spoken(ed)
    # Numbered names apart by gaps are no tabs: no letter, no colon, no 版.
    ed = seg(*STORY, "1  张三  2  李四  3  王五")
    assert "chrome" not in reasons(ed).values()


def test_a_hotline_row_with_a_prompt_to_follow_the_paper_is_never_read() -> None:
    ed = seg("巴峪都市报新闻热线：0829-65889110　微信扫一扫　关注巴峪都市报", *STORY)
    assert heads(ed) == [(None, "全市新建口袋公园十二处", None)]
    assert reasons(ed)[1] == "reader service"


def test_a_column_of_briefs_named_like_a_paper_below_the_text_opens_a_story() -> None:
    items = ("【公交】5月27日起，公交125路将延伸至西站。", "【便民】5月25日，市中医院将开展义诊活动。")
    ed = seg(*STORY, "都市快报", *items)
    assert heads(ed) == [(None, "全市新建口袋公园十二处", None), (None, "都市快报", None)]
    assert texts(ed)[1] == list(items)
    # At the page's top, before any text, it is the paper's name.
    ed = seg("都市快报", *STORY)
    assert heads(ed) == [(None, "全市新建口袋公园十二处", None)]
    assert reasons(ed)[1] == "masthead"


NOTICE_TEXT = (
    "　　因供水管网改造施工，8月19日8:00至20:00，南关十字以南区域将暂停供水。",
    "　　请相关用户提前做好储水准备，因施工给您带来的不便，敬请谅解。",
)


def test_a_notices_own_hotline_is_read_and_its_signature_never() -> None:
    ed = seg(
        *STORY,
        "停水通知",
        *NOTICE_TEXT,
        "　　服务热线：0932-8211234",
        "洮西市供排水集团有限公司",
        "2023年8月16日",
    )
    assert heads(ed) == [(None, "全市新建口袋公园十二处", None), (None, "停水通知", None)]
    assert texts(ed)[1][-1] == "服务热线：0932-8211234"
    assert reasons(ed)[8] == reasons(ed)[9] == "signature"


def test_a_hotline_under_a_story_with_no_signature_stays_unread() -> None:
    ed = seg(*STORY, "服务热线：0932-8211234", "全市新增市场主体1.1万户", DATELINE + BODY)
    assert reasons(ed)[4] == "masthead"
    assert "0932" not in spoken(ed)
    ed = seg("停水通知", *NOTICE_TEXT, "服务热线：0932-8211234", "全市新增市场主体1.1万户", DATELINE + BODY)
    assert "0932" not in spoken(ed)

"""Never-read lines met on the thirty-first batch of unseen pages: service rows, prompts, notices."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts


def test_a_price_row_padded_flush_right_is_a_table_row() -> None:
    # The figure is padded by full-width spaces and then one more ASCII space: still a cell.
    ed = seg(
        "对虾养殖户搭上“保险快车”",
        "本报讯（记者 王 刚）" + BODY,
        MORE,
        "农产品价格行情（11月27日）",
        "品　种　　　　批发价（元/公斤）　　比上周",
        "南美白对虾　　　　46.00　　　　　　↑",
        "罗非鱼　　　　　　 9.60　　　　　　—",
        "香蕉　　　　　　　 3.20　　　　　　↓",
    )
    assert "9.60" not in spoken(ed) and "罗非鱼" not in spoken(ed)
    assert reasons(ed)[7] == "table"


def test_a_desks_hotline_beside_its_readers_group_is_never_read() -> None:
    ed = seg(
        "教育周刊",
        "责任编辑：骆晓峰　美编：阮  青",
        "教育热线：0577-88961234　QQ群：2013高考交流群 186542317",
        "高考志愿填报进入倒计时",
        "本报记者　骆晓峰",
        BODY,
    )
    assert heads(ed) == [(None, "高考志愿填报进入倒计时", None)]
    assert reasons(ed)[3] == "reader service"


def test_a_group_named_in_a_sentence_is_read() -> None:
    # The same words in a sentence of news are not a row of cells.
    line = "家长可拨打教育热线0577-88961234咨询，也可加入QQ群186542317。"
    ed = seg("高考志愿填报进入倒计时", "本报记者　骆晓峰", BODY, line)
    assert texts(ed)[0][-1] == line


def test_a_prompt_to_scan_for_the_storys_video_is_never_read() -> None:
    # Left in, it would be taken for the next story's kicker.
    ed = seg(
        "这份防暑指南请收好",
        "■记者 管  婷",
        "问：哪些人群更容易中暑？",
        "答：老年人、婴幼儿、孕妇以及长时间在高温环境下工作的人群，是中暑的高危人群。",
        "扫码看视频　听专家讲防暑小妙招",
        "男子醉酒躺卧马路 民警及时救助",
        "本报讯(记者 邬佳琪)" + BODY,
    )
    assert [h[1] for h in heads(ed)] == ["这份防暑指南请收好", "男子醉酒躺卧马路 民警及时救助"]
    assert heads(ed)[1][0] is None
    assert "防暑小妙招" not in spoken(ed)


def test_a_headline_about_scanning_is_not_a_media_prompt() -> None:
    # No media named after the prompt's verb: a headline of news, with its byline and text.
    ed = seg("扫码乘公交　出行更便捷", "本报讯(记者 邬佳琪)" + BODY, MORE)
    assert heads(ed) == [(None, "扫码乘公交 出行更便捷", None)]


def test_the_papers_call_for_tips_under_a_story_is_never_read() -> None:
    ed = seg(
        "社会快讯",
        "■6月21日起，市区公交12路因道路施工临时调整走向。",
        "■市中医院本周六上午在步行街举办“三伏贴”义诊活动。",
        "报料有奖：拨打新闻热线或扫描二维码添加“锦溪晚报爆料”微信",
    )
    assert "报料" not in spoken(ed)
    assert reasons(ed)[4] == "reader service"


def test_a_reward_for_tips_told_as_news_is_read() -> None:
    line = "报料有奖：市公安局对提供线索的群众给予奖励，最高可达5万元。"
    ed = seg("警方悬赏征集破案线索", "本报讯（记者 王 刚）" + BODY, line)
    assert texts(ed)[0][-1] == line


def test_the_papers_call_to_subscribe_is_never_read() -> None:
    ed = seg(
        "年货市场开张　鱼丸肉燕最抢手",
        "本报记者　郭  蕾",
        BODY,
        MORE,
        "订阅《花塘晚报》　享受全年好资讯",
        "2009年度《花塘晚报》征订工作火热进行中，全年订价180元，订报热线：0595-22880000",
    )
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[5] == "house notice"


def test_a_headline_on_readers_subscribing_is_news() -> None:
    ed = seg("市民踊跃订阅《花塘晚报》", "本报讯（记者 郭 蕾）" + BODY, MORE)
    assert heads(ed) == [(None, "市民踊跃订阅《花塘晚报》", None)]
    assert texts(ed)[0] == [BODY, MORE]


def _two_part_page(top: str) -> list[str]:
    return [
        "金浦日报",
        "2020年11月14日　星期六",
        top,
        "责任编辑：郏国栋　校对：应小娟",
        "冷链物流骨干网建设提速",
        "新华社电　" + BODY,
        MORE,
        "国际",
        "第十届东亚汉语教学研讨会在曼谷开幕",
        "新华社曼谷11月13日电（记者 唐  宁）" + BODY,
        "国际简讯",
        "◆日本一研究团队13日宣布，研发出一种可在常温下降解的新型生物塑料。（据新华社）",
        "◆南美多国近日陆续宣布，将于下月起分阶段恢复国际航班。（据新华社）",
    ]


def test_a_part_named_by_the_pages_dotted_section_starts_that_part_unread() -> None:
    # "国内·国际" at the top names the page's two parts; "国际" halfway down starts the second.
    ed = seg(*_two_part_page("国内·国际"))
    assert heads(ed)[1] == (None, "第十届东亚汉语教学研讨会在曼谷开幕", None)
    assert reasons(ed)[8] == "section label"
    assert heads(ed)[2][1] == "国际简讯"  # a box's label, not a part: still its story's title


def test_the_halves_of_an_undotted_page_section_are_its_parts_too() -> None:
    # "国内国际" at the top names the same two parts without the dot.
    ed = seg(*_two_part_page("国内国际"))
    assert heads(ed)[1] == (None, "第十届东亚汉语教学研讨会在曼谷开幕", None)
    assert reasons(ed)[8] == "section label"


def test_a_section_word_the_page_section_does_not_name_stays_a_kicker() -> None:
    # On a page headed "要闻" the word "国际" over a headline is that story's kicker.
    ed = seg(*_two_part_page("要闻"))
    assert heads(ed)[1] == ("国际", "第十届东亚汉语教学研讨会在曼谷开幕", None)

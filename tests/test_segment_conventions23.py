"""Lines never read, met on the twenty-sixth and twenty-seventh batches: app prompts, cross-references."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken, texts

DATELINE = "本报讯（记者 韦丽萍）"


def test_an_app_prompt_parted_by_one_space_after_app_is_never_read() -> None:
    ed = seg(
        "下载“沙河都市”APP 看更多精彩内容",
        "口袋公园陆续开放",
        "　　" + DATELINE + BODY,
        "　　" + MORE,
    )
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[1] == "chrome"


def test_a_sentence_naming_an_app_is_still_read() -> None:
    line = "　　市民可下载“沙河都市”APP 查询公园开放时间和预约方式。"
    ed = seg("口袋公园陆续开放", "　　" + DATELINE + BODY, line)
    assert "查询公园开放时间" in spoken(ed)


def test_a_cross_reference_naming_its_story_in_book_marks_is_a_teaser() -> None:
    ed = seg(
        "口袋公园陆续开放",
        "　　" + DATELINE + BODY,
        "　　" + MORE,
        "▶相关新闻见A07版《我市发放首批消费券》",
    )
    assert texts(ed) == [[BODY, MORE]]
    assert [(t.text, t.page) for t in ed.teasers] == [("我市发放首批消费券", 7)]


def test_a_book_title_in_a_sentence_is_no_cross_reference() -> None:
    line = "　　相关新闻见报后，市民纷纷阅读《我市发放首批消费券》一文。"
    ed = seg("口袋公园陆续开放", "　　" + DATELINE + BODY, line)
    assert "纷纷阅读" in spoken(ed)
    assert not ed.teasers


def test_a_short_label_over_a_tables_header_and_rows_is_never_read() -> None:
    ed = seg(
        "口袋公园陆续开放",
        "　　" + DATELINE + BODY,
        "今日金价",
        "品种　　　　买入价（元/克）　　卖出价（元/克）",
        "黄金9999　　　338.50　　　　　　　342.00",
        "白银　　　　　6.85　　　　　　　　　7.10",
        "楼市回暖",
        "　　" + DATELINE + MORE,
    )
    assert texts(ed) == [[BODY], [MORE]]
    assert "金价" not in spoken(ed)
    assert all(reasons(ed)[n] == "table" for n in (3, 4))


def test_a_short_headline_over_text_is_still_a_title() -> None:
    ed = seg("今日金价", "　　" + DATELINE + BODY, "　　" + MORE)
    assert [s.title for s in ed.stories] == ["今日金价"]
    assert texts(ed) == [[BODY, MORE]]


def test_a_weather_label_over_a_forecast_from_tonight_to_tomorrow_is_never_read() -> None:
    ed = seg(
        "口袋公园陆续开放",
        "　　" + DATELINE + BODY,
        "沙河天气",
        "今天夜里到明天：晴到多云，26℃～38℃，南风2～3级",
        "公交空调车全部上线",
        "　　" + DATELINE + MORE,
    )
    assert texts(ed) == [[BODY], [MORE]]
    assert reasons(ed)[3] == "weather"
    assert reasons(ed)[4] == "weather"


def test_a_weather_label_over_a_story_is_still_its_title() -> None:
    line = "　　" + DATELINE + "今天夜里到明天，我市将出现入夏以来最强高温，最高气温38℃。"
    ed = seg("沙河天气", line, "　　" + MORE)
    assert [s.title for s in ed.stories] == ["沙河天气"]
    assert "最强高温" in spoken(ed)


def test_the_papers_hotline_alone_at_a_storys_end_is_never_read() -> None:
    ed = seg("口袋公园陆续开放", "　　" + DATELINE + BODY, "　　" + MORE, "都市报新闻热线：0453-6226110")
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[4] == "reader service"


def test_the_papers_hotline_beside_how_to_text_it_is_never_read() -> None:
    row = "本报奥运热线：0371-6225555　短信互动：发送“奥运+观点”至106588888"
    ed = seg("口袋公园陆续开放", "　　" + DATELINE + BODY, row)
    assert texts(ed) == [[BODY]]
    assert reasons(ed)[3] == "reader service"


def test_a_sentence_giving_the_papers_hotline_is_read() -> None:
    line = "　　市民如发现问题，可拨打本报热线0453-6226110反映。"
    ed = seg("口袋公园陆续开放", "　　" + DATELINE + BODY, line)
    assert "可拨打本报热线" in spoken(ed)


GUIDE = (
    "今日看点（8月15日）",
    "9:00　射击　男子50米步枪三姿资格赛",
    "14:00　羽毛球　女子单打四分之一决赛",
    "19:30　游泳　多个项目决赛",
)


def test_a_schedule_closed_by_a_broadcast_note_is_a_tv_guide_never_read() -> None:
    ed = seg(
        "口袋公园陆续开放",
        "　　" + DATELINE + BODY,
        *GUIDE,
        "（以上为北京时间，具体以电视台播出为准）",
        "公交空调车全部上线",
        "　　" + DATELINE + MORE,
    )
    assert texts(ed) == [[BODY], [MORE]]
    assert "射击" not in spoken(ed)
    assert all(reasons(ed)[n] == "listing" for n in range(3, 8))


def test_a_schedule_under_its_label_without_the_note_is_still_read() -> None:
    ed = seg("口袋公园陆续开放", "　　" + DATELINE + BODY, *GUIDE)
    # Without the note nothing says it is a TV guide: the box is not skipped as a listing.
    assert "今日看点" in spoken(ed)
    assert "listing" not in reasons(ed).values()


def test_a_campaign_slogan_over_the_pages_first_headline_is_never_read() -> None:
    ed = seg("同一个世界　同一个梦想", "家乡人在奥运", "口袋公园陆续开放", "　　" + DATELINE + BODY)
    assert [s.title for s in ed.stories] == ["口袋公园陆续开放"]
    assert reasons(ed)[1] == "slogan"


def test_a_headline_in_two_gapped_phrases_is_still_a_title() -> None:
    ed = seg("广场大屏幕前　市民同看奥运", "　　" + DATELINE + BODY)
    assert "slogan" not in reasons(ed).values()
    assert texts(ed) == [[BODY]]

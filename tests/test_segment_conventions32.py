"""Never-read conventions met on the thirty-second batch of unseen pages (unseen32)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

STORY = ("供热运行平稳", "本报讯（记者 秦  悦）" + BODY)
NEXT = ("图书馆新馆月底开馆", "本报讯（记者 路晓燕）" + MORE)


def test_page_tabs_each_a_page_header_after_the_bars_label_are_chrome() -> None:
    # "版面导航：第01版:要闻　第02版:综合新闻　…": the e-paper's tabs, never a story.
    ed = seg("版面导航：第01版:要闻　第02版:综合新闻　第03版:城事　第04版:社会", *STORY)
    assert [s.title for s in ed.stories] == ["供热运行平稳"]
    assert reasons(ed)[1] == "chrome"


def test_a_sentence_naming_a_page_stays_text() -> None:
    ed = seg(*STORY, "本报第01版刊发的文章引起热议。")
    assert texts(ed)[0][-1] == "本报第01版刊发的文章引起热议。"


WEATHER = (
    "天气预报",
    "今天：晴转多云　西南风3到4级　2℃～16℃",
    "明天：多云有阵雨　南风4到5级　4℃～13℃",
)


def test_the_fire_danger_under_a_weather_boxs_days_is_the_boxs() -> None:
    ed = seg(*STORY, *WEATHER, "森林火险等级：四级（高度危险）")
    assert "火险" not in spoken(ed)
    assert reasons(ed)[6] == "weather"


def test_the_fire_danger_in_a_storys_text_is_read() -> None:
    # Away from a weather box the same line is the story's.
    ed = seg("护林员坚守一线", "本报讯（记者 秦  悦）" + BODY, "森林火险等级：四级（高度危险）", MORE)
    assert "森林火险等级：四级（高度危险）" in texts(ed)[0]


DAYS = ("平岗天气", "今天　晴　西北风3—4级　-28℃～-16℃", "明天　多云转小雪　北风2—3级　-25℃～-14℃")
QR = "扫描二维码　关注平岗都市报官方微信"


def test_a_weather_boxs_unsigned_tip_on_the_weather_closes_the_box() -> None:
    # "温馨提示：天气寒冷，…" under the days is the box's advice, never the story above's text.
    tip = "温馨提示：天气寒冷，外出注意防寒保暖，老人儿童尽量减少外出。"
    ed = seg(*STORY, *DAYS, tip, QR)
    assert [s.title for s in ed.stories] == ["供热运行平稳"]
    assert "温馨提示" not in spoken(ed)
    assert reasons(ed)[6] == "weather"


def test_a_tip_on_something_else_after_a_weather_box_is_read() -> None:
    tip = "温馨提示：本周六市图书馆闭馆一天，请读者合理安排。"
    ed = seg(*STORY, *DAYS, tip, QR)
    assert tip in spoken(ed)
    assert 6 not in reasons(ed)


def test_a_further_reading_pointer_with_a_booked_title_and_its_page_is_a_teaser() -> None:
    # "延伸阅读：《牧塬民歌进课堂》详见A13版": a teaser to page 13, never read.
    ed = seg(*STORY, "延伸阅读：《牧塬民歌进课堂》详见A13版", *NEXT)
    assert [s.title for s in ed.stories] == ["供热运行平稳", "图书馆新馆月底开馆"]
    assert "延伸阅读" not in spoken(ed)
    assert [(t.text, t.page) for t in ed.teasers] == [("牧塬民歌进课堂", 13)]


def test_a_further_reading_line_naming_no_page_is_no_teaser() -> None:
    ed = seg(*STORY, "延伸阅读：《牧塬民歌进课堂》", *NEXT)
    assert ed.teasers == ()
    assert "延伸阅读：《牧塬民歌进课堂》" in texts(ed)[0]


COURT_NOTICE = (
    "公告",
    "宁滩市江北区人民法院公告",
    "王某某：本院受理原告李某某诉你民间借贷纠纷一案，因你下落不明，向你公告送达起诉状副本。",
    "自公告之日起经过30日即视为送达。",
    "宁滩市江北区人民法院",
    "二〇二四年五月二十八日",
)


def test_a_courts_notice_under_a_label_ends_at_the_courts_signature() -> None:
    # The court over the date signs the unread notice: neither is a story of its own.
    ed = seg(*STORY, *COURT_NOTICE, *NEXT)
    assert heads(ed) == [(None, "供热运行平稳", None), (None, "图书馆新馆月底开馆", None)]
    assert all(reasons(ed)[k] == "notice" for k in range(3, 9))
    assert texts(ed)[1] == [MORE]


def test_a_papers_hotline_beside_a_public_line_is_a_reader_service_row() -> None:
    ed = seg(*STORY, *COURT_NOTICE, "反诈专线：96110　宁滩晚报法治热线：0455-8618110")
    assert "专线" not in spoken(ed)
    assert reasons(ed)[9] == "reader service"


def test_public_lines_with_no_paper_named_are_read() -> None:
    # Without the paper's own line the row is the story's: who to call.
    ed = seg(*STORY, "反诈专线：96110　报警电话：110")
    assert "反诈专线：96110" in spoken(ed)

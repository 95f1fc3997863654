"""Conventions of the unseen50 batch, a page's foot: the folio with 版, the imprint's single fields
(who answers for the paper, its lawyer, its price, the lunar date), a desk's line with its hours,
a tip line, the paper's one-line notice, a web page's foot, and a TV guide whose rows put the
channel first — never read; the same words inside a story are."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken

from audiopaper.segment_footers import footer_reason

TITLE = "城区新建口袋公园十二处"
STORY = (TITLE, "本报讯（记者 王明）" + BODY, MORE)


def foot(*rows: str):
    return seg(*STORY, *rows)


def test_the_folio_and_the_imprint_fields_at_the_foot_are_never_read() -> None:
    rows = (
        "B02版　本地新闻",
        "A05版　本版稿件未经授权不得转载",
        "滨江都市报社出版　2026年2月11日",
        "主管：滨江日报社",
        "本报法律顾问：滨江正大律师事务所",
        "零售价2.00元",
        "今日农历：腊月廿四",
    )
    ed = foot(*rows)
    assert [s.title for s in ed.stories] == [TITLE]
    said = spoken(ed)
    assert all(r.replace("　", "") not in said.replace(" ", "") for r in rows)
    assert reasons(ed)[4] == "page header" and reasons(ed)[6] == "masthead"


def test_a_desk_line_with_its_hours_and_a_tip_line_are_never_read() -> None:
    ed = foot(
        "民生热线：0751-3366000（24小时）", "社会新闻报料热线：0833-2166110", "扫码进入“滨江都市报”APP报料"
    )
    assert spoken(ed).endswith(MORE)
    assert "热线" not in spoken(ed) and "APP" not in spoken(ed)
    assert set(reasons(ed).values()) >= {"reader service", "chrome"}


def test_the_papers_one_line_notice_is_never_read() -> None:
    ed = foot("滨江晚报征订启事：2021年全年订价288元，订报热线0739-5100111")
    assert "征订" not in spoken(ed) and reasons(ed)[4] == "house notice"


def test_a_web_pages_foot_and_its_contact_line_are_chrome() -> None:
    ed = foot(
        "相关链接：滨江新闻网　滨江发布　滨江晚报",
        "建议使用1024×768分辨率浏览",
        "联系电话：0734-5120000",
        "总访问量：3128842",
    )
    assert [s.title for s in ed.stories] == [TITLE]
    assert spoken(ed).endswith(MORE) and "0734" not in spoken(ed) and "访问量" not in spoken(ed)


def test_a_tv_guide_with_the_channel_first_is_never_read() -> None:
    ed = foot(
        "今晚电视",
        "CCTV-5　19:30　NBA季后赛精选",
        "滨江综合频道　20:00　电视剧《海岛往事》（23、24）",
        "滨江公共频道　21:10　体育新闻",
    )
    assert [s.title for s in ed.stories] == [TITLE]
    assert {reasons(ed)[k] for k in (4, 5, 6, 7)} == {"listing"}


def test_the_same_words_in_a_story_are_read() -> None:
    # A hotline, a price and a channel inside sentences, and a section's name with no folio.
    lines = (
        "市民如遇供暖问题，可拨打民生热线0751-3366000（24小时）反映。",
        "今年全年订价288元，比去年下调12元。",
        "19:30，CCTV-5将直播这场比赛，市民可在家收看。",
    )
    ed = foot(*lines)
    assert all(x in spoken(ed) for x in lines)
    assert footer_reason("本地新闻") == "" and footer_reason("访问量大幅增长") == ""
    assert footer_reason("主管部门：市住建局") == ""

"""Signature and poem conventions met on the unseen58 and unseen59 batches (fixer B2a)."""

from __future__ import annotations

from segkit import BODY, MORE, seg, spoken

POEM = ["窗外的风紧了", "我把台灯拧亮一些", "书页翻动的声音", "像远处落下的雪", "读到会心处", "茶也刚好凉了"]


def test_a_flush_letter_spaced_name_after_finished_text_signs_the_piece_above() -> None:
    # A page that indents nothing sets the signature flush: letter-spaced, it is a name.
    ed = seg("今日谈", "“一米线”里见文明", BODY, MORE, "蔚  然", "读者来信", "小区门口的路灯坏了", BODY)
    assert ed.stories[0].byline == "蔚 然"
    assert "蔚" not in spoken(ed)
    assert ed.stories[1].title == "小区门口的路灯坏了"


def test_a_letter_spaced_label_after_finished_text_is_no_signature() -> None:
    # "导  读" is letter-spaced as a name would be, but it is a page's label, no writer.
    ed = seg("市区新建口袋公园十二处", BODY, MORE, "导  读", "全市冬季农田水利建设全面展开", BODY)
    assert ed.stories[0].byline is None


def test_a_flush_letter_spaced_name_signs_a_poem_with_short_lines() -> None:
    ed = seg("炒米香", BODY, MORE, "柯  蓝", "冬夜读书", *POEM, "季  川", "读书札记", "好书如友", BODY)
    poem = next(s for s in ed.stories if s.title == "冬夜读书")
    assert poem.byline == "季 川"
    assert [p.text for p in poem.paragraphs] == POEM
    assert ed.stories[0].title == "炒米香" and ed.stories[0].byline == "柯 蓝"


def test_a_letter_spaced_part_title_over_more_verse_signs_nothing() -> None:
    # "秋  收" over more verse lines is the next part's title, not the poet's name.
    ed = seg("乡村二题", *POEM, "秋  收", "玉米码成了金黄的墙", "父亲蹲在墙根下", "卷一支旱烟", "烟雾里")
    assert all(s.byline != "秋 收" for s in ed.stories)


def test_a_poem_signed_after_a_double_circle_is_its_verse_and_byline() -> None:
    # "◎晏  舟": the page's bullet before the poet's name, under the verse lines.
    ed = seg(
        "父亲的书架", BODY, "（作者单位：市第二中学）", "四月，在湖边", *POEM, "◎晏  舟", "周末书单", BODY
    )
    poem = next(s for s in ed.stories if s.title == "四月，在湖边")
    assert poem.byline.replace(" ", "") == "晏舟"
    assert [p.text for p in poem.paragraphs] == POEM


def test_an_office_signing_a_tip_after_a_dash_is_its_byline() -> None:
    ed = seg(
        "消费提示",
        "办理预付卡　记住“三要三不要”",
        "一要选择信誉好的经营者；二要签订书面合同；三要保存好票据。",
        "不要一次性充值过多；不要在临近停业的门店办卡。",
        "——沃林市市场监督管理局",
        "维权帮帮团",
        "网购羽绒服含绒量不达标　能否“退一赔三”？",
        "问：我在网上买了一件羽绒服，检测后含绒量只有60%。",
    )
    assert ed.stories[0].byline == "沃林市市场监督管理局"
    assert "监督管理局" not in spoken(ed)


def test_a_dashed_line_naming_no_office_is_no_issuer() -> None:
    # "——记住这三条" ends on no office's word: it is no signature.
    ed = seg("消费提示", "办理预付卡要谨慎", BODY, "——记住这三条", MORE)
    assert ed.stories[0].byline is None

"""Story-structure conventions met on the thirty-fourth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts


def test_a_web_author_field_in_bracketed_keys_gives_the_byline_and_is_not_read() -> None:
    ed = seg(
        "城北牡丹园迎来赏花高峰",
        "【作者】本报记者 许  杰 通讯员 叶  青　【来源】测试日报　【时间】2012-06-21",
        "　　" + BODY,
        "　　" + MORE,
    )
    assert heads(ed) == [(None, "城北牡丹园迎来赏花高峰", None)]
    assert [s.byline for s in ed.stories] == ["本报记者 许 杰 通讯员 叶 青"]
    assert texts(ed)[0] == [BODY, MORE]
    assert "测试日报" not in spoken(ed)


def test_an_empty_web_author_field_names_nobody_and_is_not_read() -> None:
    ed = seg("停电通知", "【作者】　【来源】测试日报　【时间】2012-06-21", "　　" + BODY, "　　" + MORE)
    assert heads(ed) == [(None, "停电通知", None)]
    assert [s.byline for s in ed.stories] == [None]
    assert reasons(ed)[2] == "web meta"


def test_a_web_author_field_between_the_date_and_the_hit_count_gives_the_byline() -> None:
    ed = seg(
        "新春惠民演出送戏到基层",
        "发布日期：2009-02-26　作者：本报记者 宋  洁　点击数：312",
        "　　" + BODY,
        "　　" + MORE,
    )
    assert [s.byline for s in ed.stories] == ["本报记者 宋 洁"]
    assert "312" not in spoken(ed)


def test_a_commentarys_bare_name_and_a_desks_compiled_report_are_web_authors() -> None:
    for author, byline in (("柯  言", "柯 言"), ("本报综合", "本报综合")):
        ed = seg("书香里的小城", f"发布日期：2009-02-26　作者：{author}　点击数：95", "　　" + BODY)
        assert [s.byline for s in ed.stories] == [byline]
        assert texts(ed)[0] == [BODY]


def test_a_web_field_row_after_the_text_is_never_read_and_leaves_the_byline() -> None:
    ed = seg(
        "老旧小区加装电梯",
        "　　本报讯（记者 井雅琪）" + BODY,
        "　　" + MORE,
        "发布日期：2024-04-20　作者：井雅琪　点击数：88",
    )
    assert [s.byline for s in ed.stories] == ["本报讯（记者 井雅琪）"]
    assert "井雅琪" not in spoken(ed)


def test_a_sentence_naming_an_author_is_no_web_field_row() -> None:
    # One field only, set inside prose: the text itself.
    line = "　　作者：本书由市作家协会会员编写，共收录散文四十篇。"
    ed = seg("书香里的小城", "本报记者 王 刚", "　　" + BODY, line)
    assert [s.byline for s in ed.stories] == ["本报记者 王 刚"]
    assert texts(ed)[0][-1] == line.strip()


QA = ("问：商家说“特价商品不退不换”，这种说法合法吗？", "答：不合法。特价商品同样要符合质量要求。")


def test_a_consultants_trade_and_name_under_a_qa_headline_is_its_byline() -> None:
    ed = seg("律师答疑", "网购“仅退款”纠纷如何处理？", "律师　贺明轩", *QA)
    assert heads(ed) == [("律师答疑", "网购“仅退款”纠纷如何处理？", None)]
    assert [s.byline for s in ed.stories] == ["律师 贺明轩"]
    assert texts(ed)[0] == list(QA)


def test_a_letter_spaced_column_label_of_a_trade_is_no_consultants_byline() -> None:
    # "医生　提醒": the trade and what it does, a label, never a doctor called 提醒.
    ed = seg("春季过敏高发", "医生　提醒", *QA)
    assert [s.byline for s in ed.stories] == [None]


WIRE = "　　新华社纽约9月17日电（记者 景文涛）" + BODY


def test_a_second_line_led_by_many_of_a_kind_is_the_subtitle() -> None:
    ed = seg("国际金融市场持续动荡", "多国央行向市场注资稳定信心", WIRE, "　　" + MORE)
    assert heads(ed) == [(None, "国际金融市场持续动荡", "多国央行向市场注资稳定信心")]


def test_a_second_line_led_by_a_plain_adjective_of_many_still_finishes_the_title() -> None:
    # "多元化…" is no collective subject: two plain lines of like length stay one title.
    ed = seg("全省中小学今秋开学", "多元化课程进课堂受欢迎", WIRE, "　　" + MORE)
    assert heads(ed) == [(None, "全省中小学今秋开学 多元化课程进课堂受欢迎", None)]

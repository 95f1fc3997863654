"""Story-structure, credit and byline conventions met on unseen batches 53 and 54."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts


def test_a_reader_tip_credit_on_its_own_line_is_never_read() -> None:
    ed = seg(
        "女子深夜失足落水 路人接力施救",
        "本报讯（记者 普  磊）" + BODY,
        MORE,
        "（报料人：孔先生　报料奖：50元）",
        "乘客丢了住院钱 公交司机送上门",
        "本报讯（记者 段丽芬）" + BODY,
    )
    assert [s.title for s in ed.stories] == ["女子深夜失足落水 路人接力施救", "乘客丢了住院钱 公交司机送上门"]
    assert "报料" not in spoken(ed)
    assert reasons(ed)[4] == "tip credit"


def test_a_reader_tip_credit_closing_a_text_line_is_cut_from_it() -> None:
    ed = seg(
        "小区电梯频频“罢工” 业主爬楼叫苦",
        "本报讯（记者 段丽芬）" + BODY,
        "业主可拨打12365进行投诉举报。（线索提供：读者 王阿姨）",
    )
    assert texts(ed)[0][-1] == "业主可拨打12365进行投诉举报。"


def test_a_source_in_brackets_closing_a_sentence_is_still_read() -> None:
    # Negative: a bracket naming where facts come from is not a tipper's credit.
    ed = seg("本周天气以晴为主", "本报讯 " + BODY, "周末气温将回升至20℃。（据市气象台）")
    assert texts(ed)[0][-1] == "周末气温将回升至20℃。（据市气象台）"


def test_a_deck_listing_points_apart_by_semicolons_is_the_subtitle() -> None:
    ed = seg(
        "开学第一周 新变化知多少",
        "今年秋季，城区新增学位5800个；中小学课间延长至15分钟；学校食堂实现“明厨亮灶”全覆盖",
        "都市报记者　祁  蕾　邵  川",
        BODY,
        MORE,
    )
    assert heads(ed) == [
        (
            None,
            "开学第一周 新变化知多少",
            "今年秋季，城区新增学位5800个；中小学课间延长至15分钟；学校食堂实现“明厨亮灶”全覆盖",
        )
    ]
    assert ed.stories[0].byline == "都市报记者 祁 蕾 邵 川"


def test_a_long_semicolon_sentence_in_the_text_is_not_a_deck() -> None:
    # Negative: under a headline, clauses far longer than a deck's points are text cut by a column.
    long_text = "全市新建改扩建的中小学校共有八所并新增学位五千八百个；这些学校已经全部按时投入使用并"
    ed = seg("开学第一周 新变化知多少", long_text, "都市报记者　祁  蕾", MORE)
    assert all(s.subtitle != long_text for s in ed.stories)


def test_a_web_author_field_naming_who_compiled_the_story_gives_the_byline() -> None:
    ed = seg(
        "春季养生小贴士",
        "作者：龚  雪 整理　来源：岗源日报　发布日期：2015-03-11",
        BODY,
        MORE,
    )
    assert ed.stories[0].byline == "龚 雪 整理"
    assert "来源" not in spoken(ed)


def test_a_web_author_field_holding_a_phrase_before_整理_names_nobody() -> None:
    # Negative: a field longer than a name (a desk's phrase) before 整理 is not a byline.
    ed = seg("春季养生小贴士", "作者：根据网络资料综合整理　来源：岗源日报　发布日期：2015-03-11", BODY)
    assert ed.stories[0].byline is None

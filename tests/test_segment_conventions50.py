"""Lines never read aloud, given their true reason (the thirty-ninth unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken

from audiopaper.segment_footers import footer_reason

ADDRESS_ROW = "滨江日报社地址：滨江市人民路18号　邮编：620010　广告热线：0451-6222333　各地邮局均可订阅"


def test_imprint_row_running_the_office_into_its_address_label_is_never_read() -> None:
    # Under a briefs box at the page's foot: it must not be read as the box's last item.
    ed = seg("要闻简报", "●" + BODY, "●" + MORE, ADDRESS_ROW)
    assert ADDRESS_ROW not in spoken(ed)
    assert reasons(ed)[4] == "reader service"
    assert footer_reason("滨江晚报社址：滨江市人民路18号　新闻热线：0451-6222333") == "reader service"


def test_address_row_with_no_paper_named_is_no_imprint() -> None:
    # A venue's address, a phone and where to subscribe a magazine: no paper's office named.
    assert footer_reason("展馆地址：滨江市人民路18号　咨询电话：0451-6222333　各地邮局均可订阅") == ""
    # Where to subscribe alone is no row of the paper's.
    assert footer_reason("各地邮局均可订阅") == ""


def test_nav_bar_with_the_archive_and_the_site_s_front_page_by_other_names_is_chrome() -> None:
    for bar in (
        "返回主页 | 版面导航 | 标题导航 | PDF版 | 往期查阅",
        "首页　|　上一期　|　下一期　|　本期目录　|　PDF版",
        "滨江网首页 | 新闻 | 数字报 | 滨江+客户端 | 爆料",
        "返回主页 | 滨江融媒 | 往期回顾 | 版面导航 | PDF版下载",
    ):
        ed = seg(bar, "全市新建口袋公园十二处", "本报讯（记者 王  刚）" + BODY)
        assert reasons(ed)[1] == "chrome"
        assert [s.title for s in ed.stories] == ["全市新建口袋公园十二处"]
    assert reasons(seg("上一篇　下一篇　返回列表", "全市新建口袋公园十二处", BODY))[1] == "chrome"


def test_bar_of_words_that_are_not_the_frame_s_is_no_nav_bar() -> None:
    # Negative: only half the tabs the frame's words; the rest are neither its words nor a site.
    ed = seg("市民 | 新闻 | 爆料 | 热线", "全市新建口袋公园十二处", "本报讯（记者 王  刚）" + BODY)
    assert reasons(ed).get(1) != "chrome"


def test_further_reading_label_over_a_pointer_is_a_cross_reference() -> None:
    for label in ("相关链接", "延伸阅读", "更多报道"):
        ed = seg(
            "全市新建口袋公园十二处",
            "本报讯（记者 王  刚）" + BODY,
            MORE,
            label,
            "城区供热服务网点一览　详见A08版",
        )
        assert reasons(ed)[4] == "cross-reference"
        assert label not in spoken(ed)
        assert [(t.text, t.page) for t in ed.teasers] == [("城区供热服务网点一览", 8)]


def test_further_reading_label_over_text_is_no_cross_reference() -> None:
    # Negative: over the box's own text, no pointer, the label is not made a pointer's.
    ed = seg("全市新建口袋公园十二处", "本报讯（记者 王  刚）" + BODY, "相关链接", "　　" + MORE)
    assert reasons(ed).get(3) != "cross-reference"
    assert MORE in spoken(ed)


def test_folio_row_page_number_then_date_and_lunar_date_is_a_page_header() -> None:
    row = "2　2012年1月9日　星期一　辛卯年腊月十七"
    ed = seg(row, "滨江日报", "全市新建口袋公园十二处", "本报讯（记者 王  刚）" + BODY)
    assert reasons(ed)[1] == "page header"
    assert [s.title for s in ed.stories] == ["全市新建口袋公园十二处"]
    assert footer_reason("A10　2012年1月9日　星期一") == "page header"
    # The lunar date among the masthead's fields.
    assert footer_reason("滨江晚报　2012.1.9　辛卯年腊月十七") == "masthead"


def test_number_and_date_with_other_words_is_no_folio_row() -> None:
    # Negative: a cell that is no date's field (the weather), or no date at all.
    assert footer_reason("1　2012年1月9日　晴") == ""
    assert footer_reason("2　星期一　辛卯年腊月十七") == ""


BANK_AD = "滨江农商银行　“竹农贷”　最高额度50万元　服务热线：0572-96596"


def test_bank_advert_row_under_briefs_is_an_advert_and_never_read() -> None:
    ed = seg("要闻简报", "●" + BODY, "●" + MORE, BANK_AD, "滨江日报社印务中心印刷")
    assert reasons(ed)[4] == "advertisement" and BANK_AD not in spoken(ed)
    # The row is the whole advert: the printer's line under it keeps its own reason.
    assert reasons(ed)[5] == "masthead"
    assert footer_reason("滨江银行　“春耕贷”助力乡村振兴　服务热线：0774-96288") == "advertisement"


def test_bank_row_that_is_a_sentence_or_has_no_service_line_is_no_advert() -> None:
    # Negative: a headline naming the product, a sentence, no service line last.
    assert footer_reason("滨江农商银行　“竹农贷”助力乡村振兴") == ""
    assert footer_reason("滨江农商银行　“竹农贷”惠及农户，累计放款3亿元　服务热线：0572-96596") == ""
    # A printer named without what it does may be a story's subject.
    assert footer_reason("滨江日报印务中心") == ""

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

"""Lines never read aloud, given their true reason (the thirty-eighth unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken

from audiopaper.segment_footers import footer_reason

IMPRINT = "滨江日报社出版　社址：滨江市人民路18号　订阅热线：0451-6222333　“滨江日报”客户端　扫码下载"


def test_imprint_row_naming_who_publishes_and_its_app_is_never_read() -> None:
    # Under a briefs box at the page's foot: it must not be read as the box's last item.
    ed = seg("滨江简讯", "　　●" + BODY, "　　●" + MORE, IMPRINT)
    assert IMPRINT not in spoken(ed)
    assert reasons(ed)[4] == "reader service"
    assert footer_reason(IMPRINT) == "reader service"


def test_address_and_line_with_no_paper_named_is_no_imprint() -> None:
    # A venue's address and booking line, an app among them: no paper named, no imprint.
    assert footer_reason("地址：人民路18号　咨询电话：0451-6222333　扫码预约") == ""
    # The publisher's note inside a sentence is news.
    assert footer_reason("滨江日报社出版的《城市记忆》一书昨日首发，全书收录老照片三百余幅。") == ""

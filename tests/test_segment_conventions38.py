"""Never-read lines met on the thirty-fifth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

NOTICE_TEXT = "因输水管道迁改施工，定于5月20日22:00至5月21日8:00对城南片区暂停供水。"
HOTLINE_END = "停水期间请用户做好储水准备，不便之处敬请谅解。服务热线：0766-96655"


def test_a_notices_sign_off_under_text_closed_by_its_hotline_is_never_read() -> None:
    ed = seg(
        "停水通知",
        NOTICE_TEXT,
        HOTLINE_END,
        "城南市自来水有限公司",
        "2021年5月18日",
        "社区食堂今年再开二十家",
        "记者 王  刚 报道　" + BODY,
    )
    assert [title for _, title, _ in heads(ed)] == ["停水通知", "社区食堂今年再开二十家"]
    assert texts(ed)[0] == [NOTICE_TEXT, HOTLINE_END]
    assert reasons(ed)[4] == "signature" and reasons(ed)[5] == "signature"
    assert "自来水有限公司" not in spoken(ed)
    assert [s.byline for s in ed.stories][1] is not None


def test_a_sentence_running_on_to_a_number_is_not_finished_text_before_a_sign_off() -> None:
    # The number is the sentence's, not a hotline field after its stop: the text is cut there,
    # so the date under it is no signature.
    cut = "停水期间请用户做好储水准备。市民可拨打热线：0766-96655"
    ed = seg("停水通知", NOTICE_TEXT, cut, "城南市自来水有限公司", "2021年5月18日")
    assert reasons(ed).get(5) != "signature"
    assert reasons(ed).get(4) != "signature"


def test_a_hotline_field_run_on_after_a_stories_text_is_still_read() -> None:
    line = "　　" + MORE + "咨询电话：0766-96655"
    ed = seg("社区食堂今年再开二十家", "　　" + BODY, line, "城事速览")
    assert "咨询电话：0766-96655" in spoken(ed)


def test_a_notices_issuer_and_date_on_one_line_are_its_unread_signature() -> None:
    ed = seg(
        "停电公告",
        NOTICE_TEXT,
        "国网城南供电公司　2021年5月18日",
        "社区食堂今年再开二十家",
        "记者 王  刚 报道　" + BODY,
    )
    assert [title for _, title, _ in heads(ed)] == ["停电公告", "社区食堂今年再开二十家"]
    assert reasons(ed)[3] == "signature"
    assert "供电公司" not in spoken(ed)


def test_an_issuer_and_date_line_under_cut_text_is_not_a_signature() -> None:
    # The text above stops mid-sentence: a column break cut it, so the line is not its sign-off.
    ed = seg("停电公告", "因线路检修，定于5月20日对城南片区暂停供电，请", "国网城南供电公司　2021年5月18日")
    assert reasons(ed).get(3) != "signature"

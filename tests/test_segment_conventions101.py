"""Box conventions met on the unseen58 and unseen59 batches (fixer A1): a TV guide's one-programme
row, a 公告 notice's undated issuer, a hotline box, a column's call for contributions and a
cartoon's one-line credit."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts


def test_a_channel_with_one_programme_under_a_guides_rows_is_the_guides() -> None:
    ed = seg(
        "全市中学生田径运动会开幕",
        "本报讯　" + BODY,
        "今晚荧屏",
        "新闻综合频道　19:00　新闻联播　19:40　体育新闻",
        "公共频道　20:10　电视剧《山河岁月》（23、24）",
    )
    assert len(ed.stories) == 1
    assert "山河岁月" not in spoken(ed)
    assert reasons(ed)[5] == "listing"


def test_a_channel_row_with_one_programme_alone_is_not_a_guide() -> None:
    # Under no guide's row, a channel, time and programme are no box: the line is read as before.
    ed = seg("全市中学生田径运动会开幕", "本报讯　" + BODY, "公共频道　20:10　电视剧《山河岁月》（23、24）")
    assert 4 not in reasons(ed) or reasons(ed)[4] != "listing"


def test_a_notices_issuer_alone_under_its_text_closes_a_labelled_notice() -> None:
    ed = seg(
        "高温天蔬菜价格小幅上涨",
        "　　本报讯　" + BODY,
        "公告",
        "因10千伏城西线检修，7月26日8:00至17:00，城西工业园部分用户停电。",
        "某市电业局",
        "民生快递",
        "　　◆即日起，市图书馆少儿阅览室暑期延长开放至每晚20时。",
        "　　◆市人才市场7月24日举办暑期大学生兼职招聘会。",
    )
    assert "电业局" not in spoken(ed)
    assert reasons(ed)[5] == "notice"
    assert [h[1] for h in heads(ed)] == ["高温天蔬菜价格小幅上涨", "民生快递"]


def test_an_issuer_over_a_notices_title_under_the_label_is_not_its_end() -> None:
    # "公告" / the court / "关于…的公示" / text: the name over the title is the notice's, all unread.
    ed = seg(
        "欠薪案件集中宣判",
        "　　本报讯　" + BODY,
        "公告",
        "某市某区人民法院",
        "关于拟任人民陪审员人选的公示",
        "根据有关规定，拟任命下列同志为人民陪审员，现予公示。",
        "某区人民法院",
        "2013年11月22日",
    )
    assert len(ed.stories) == 1
    assert "陪审员" not in spoken(ed)


def test_a_hotline_box_of_public_numbers_is_never_read() -> None:
    ed = seg(
        "高温天蔬菜价格小幅上涨",
        "　　本报讯　" + BODY,
        "便民热线",
        "供水抢修：2216666　燃气抢修：2218119　供电服务：95598　市长热线：12345",
        "民生快递",
        "　　◆即日起，市图书馆少儿阅览室暑期延长开放至每晚20时。",
        "　　◆市人才市场7月24日举办暑期大学生兼职招聘会。",
    )
    assert reasons(ed)[3] == "reader service" and reasons(ed)[4] == "reader service"
    assert "2216666" not in spoken(ed)
    assert [h[1] for h in heads(ed)] == ["高温天蔬菜价格小幅上涨", "民生快递"]


def test_a_number_alone_under_a_hotline_heading_and_then_text_is_read() -> None:
    # One number, and text after it: a story's own line, read.
    ed = seg("市长热线", "供电服务：95598", "　　" + BODY, MORE)
    assert "95598" in spoken(ed)


def test_a_quoted_columns_call_for_contributions_is_never_read() -> None:
    ed = seg(
        "冬夜读书",
        "　　" + BODY,
        "　　" + MORE,
        "“泉韵”副刊征稿",
        "本版长期征集散文、诗歌、随笔等文学作品，来稿请注明作者真实姓名及联系方式。投稿邮箱：abcfk@163.com",
    )
    assert [h[1] for h in heads(ed)] == ["冬夜读书"]
    assert "征集" not in spoken(ed) and "副刊征稿" not in spoken(ed)
    assert reasons(ed)[4] == "house notice" and reasons(ed)[5] == "house notice"


def test_a_call_in_a_storys_text_with_a_mailbox_stays_read() -> None:
    # A story about a call is read: its heading names no column as the caller.
    ed = seg(
        "我市征集城市文明公约",
        "　　本报讯　市文明办即日起面向社会征集城市文明公约，来稿请发送至邮箱：wmb@163.com",
        "　　" + MORE,
    )
    assert "征集城市文明公约" in spoken(ed)


def test_a_cartoons_credit_on_its_label_line_is_never_read() -> None:
    ed = seg(
        "“躺平”的井盖",
        "城区某路段一处井盖破损多日，只用一根树枝“提醒”行人。",
        "漫画　夏  明",
        "快评",
        "暑期托管办得好 家长少操心",
        "□聂  舟",
        "　　" + BODY,
    )
    assert heads(ed)[0][1] == "“躺平”的井盖"
    assert texts(ed)[0] == ["城区某路段一处井盖破损多日，只用一根树枝“提醒”行人。"]
    assert reasons(ed)[3] == "cartoon"
    assert "夏" not in "".join(h[1] for h in heads(ed))


def test_a_cartoon_label_and_name_in_a_storys_run_of_text_is_not_a_credit() -> None:
    # Over more text than a caption, the line is no cartoon's credit.
    ed = seg("漫画展开幕", "　　" + BODY, "　　" + MORE, "　　" + BODY, "漫画　夏  明", "　　" + MORE)
    assert 5 not in reasons(ed)

"""Lines never read, met on the twenty-fourth and twenty-fifth batches: house calls, web links, hotlines."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken, texts

DATELINE = "本报讯（记者 韦丽萍）"
CALL = "　　理论周刊常年征集理论文章、学习札记、调研报告，稿件请注明作者真实姓名、单位及联系方式。"


def test_a_sections_call_for_contributions_under_its_label_is_never_read() -> None:
    # "本刊征稿": the section names itself the caller; neither label nor call is the story's.
    ed = seg(
        "《太行山下话变迁》出版",
        "　　" + DATELINE + BODY,
        "　　" + MORE,
        "本刊征稿",
        CALL,
    )
    assert texts(ed) == [[BODY, MORE]]
    assert "征集" not in spoken(ed)
    assert reasons(ed)[4] == "house notice"
    assert reasons(ed)[5] == "house notice"


def test_a_bare_call_label_is_a_house_notice_too() -> None:
    ed = seg("《太行山下话变迁》出版", "　　" + DATELINE + BODY, "征稿", CALL)
    assert texts(ed) == [[BODY]]


def test_a_contests_label_over_its_entry_is_still_read() -> None:
    # "征文" labels a contest's entries, which are read: only a call to send copy is a house notice.
    ed = seg(
        "征文",
        "我家门前那条路",
        "　　" + BODY,
        "　　" + MORE,
    )
    assert texts(ed) == [[BODY, MORE]]


def test_a_headline_about_a_call_for_entries_is_read() -> None:
    # A story reporting a call is news; only the call's own label is the house's.
    ed = seg("市文联面向全市征稿", "　　" + DATELINE + BODY, "　　" + MORE)
    assert texts(ed) == [[BODY, MORE]]


def test_links_to_the_neighbouring_web_stories_are_never_read() -> None:
    ed = seg(
        "流感疫苗开打",
        "　　" + BODY,
        "　　" + MORE,
        "上一篇：全市社区养老服务设施实现全覆盖　　下一篇：无",
    )
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[4] == "chrome"


def test_a_single_neighbour_link_is_never_read() -> None:
    ed = seg("流感疫苗开打", "　　" + BODY, "下一篇：全市社区养老服务设施实现全覆盖")
    assert texts(ed) == [[BODY]]


def test_a_sentence_about_the_previous_article_is_read() -> None:
    # No colon after 上一篇: a sentence, not a link.
    line = "　　上一篇文章发表后，不少读者来电询问接种地点，记者再次进行了采访。"
    ed = seg("流感疫苗开打", "　　" + BODY, line)
    assert texts(ed) == [[BODY, line.strip()]]


def test_a_hotline_beside_a_prompt_to_follow_the_named_account_is_never_read() -> None:
    ed = seg(
        "快递柜超时收费惹争议",
        "　　" + BODY,
        "　　" + MORE,
        "都市报民生热线：0596-87095110　扫描二维码关注“榕浦都市报”微信公众号",
    )
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[4] == "reader service"


def test_a_hotline_in_a_sentence_is_read() -> None:
    line = "　　市民可拨打热线0596-87095110咨询，也可扫描二维码关注“榕浦都市报”微信公众号了解详情。"
    ed = seg("快递柜超时收费惹争议", "　　" + BODY, line)
    assert texts(ed) == [[BODY, line.strip()]]

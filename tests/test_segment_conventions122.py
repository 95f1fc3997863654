"""The paper's tip line is never read (with the note that it takes messages too, or beside how to
text the paper its tips), and a cartoon credited to its author (``作者：X``) set inside a comment
is a story of its own, its credit never read (the sixty-sixth and sixty-seventh unseen batches)."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken, texts


def story(title: str = "老旧小区加装电梯 27户居民“一致通过”") -> tuple[str, ...]:
    return (title, "都市报记者　牟  岑", BODY, MORE)


def test_a_tip_line_with_its_same_number_note_under_the_header_is_never_read() -> None:
    ed = seg("城事", "责编：翟  宁　美编：佟  雪", "爆料热线：0561-3123456（微信同号）", *story())
    assert [s.title for s in ed.stories] == ["老旧小区加装电梯 27户居民“一致通过”"]
    assert reasons(ed)[3] == "reader service"
    assert "0561" not in spoken(ed)


def test_a_service_s_line_with_the_same_note_in_text_is_read() -> None:
    # A sentence giving a service's number is news, whatever note follows it.
    line = "市民可拨打服务热线：0561-3123456（微信同号）咨询加装电梯事宜。"
    ed = seg(*story(), line)
    assert texts(ed)[0][-1] == line


def test_the_paper_s_hotline_beside_how_to_text_its_tips_is_never_read() -> None:
    row = "墨汀晚报新闻热线：0836-2615110　短信爆料：发送至106288266"
    ed = seg(*story(), "本版图片除署名外均为晚报记者拍摄", row)
    assert texts(ed) == [[BODY, MORE]]
    assert reasons(ed)[6] == "reader service"


def test_a_sentence_asking_readers_to_text_tips_is_read() -> None:
    line = "市民发现类似问题，可发送短信至106288266向本报爆料，记者将跟进核实。"
    ed = seg(*story(), line)
    assert texts(ed)[0][-1] == line


def comment_with_cartoon(credit: str) -> tuple[str, ...]:
    return (
        "来论",
        "让“小切口”撬动基层治理“大变化”",
        "□邬  桐",
        "社区治理是城市治理的“最后一公里”。近年来，我市一些社区从加装电梯、",
        "楼道照明、停车管理等小事入手，解决了一批群众的烦心事。",
        "基层治理千头万绪，与其面面俱到，不如抓住群众最急最盼的具体问题，",
        "漫画",
        "“躺平”式服务",
        "面对群众咨询，个别窗口工作人员一句“不归我们管”就打发了事。",
        credit,
        "一件一件抓落实，一件一件见成效。",
        "当然，“小切口”也需要“大协同”。相关部门要主动下沉、靠前服务。",
    )


def test_a_cartoon_credited_to_its_author_inside_a_comment_is_a_story_its_credit_unread() -> None:
    ed = seg(*comment_with_cartoon("作者：阚  立"))
    titles = [s.title for s in ed.stories]
    assert "“躺平”式服务" in titles
    cartoon = ed.stories[titles.index("“躺平”式服务")]
    assert [p.text for p in cartoon.paragraphs] == [
        "面对群众咨询，个别窗口工作人员一句“不归我们管”就打发了事。"
    ]
    assert "阚" not in spoken(ed)
    comment = ed.stories[titles.index("让“小切口”撬动基层治理“大变化”")]
    # The comment's paragraph cut by the cartoon is one paragraph.
    assert any(
        p.text
        == "基层治理千头万绪，与其面面俱到，不如抓住群众最急最盼的具体问题，一件一件抓落实，一件一件见成效。"
        for p in comment.paragraphs
    )


def test_an_author_field_outside_a_cartoon_s_reach_is_not_taken_for_its_artist() -> None:
    # No cartoon label above it: "作者：X" is left to the bylines, never made a cartoon's credit.
    ed = seg("我的母亲", "作者：阚  立", BODY, MORE)
    assert reasons(ed).get(2) != "cartoon"
    assert [s.title for s in ed.stories] == ["我的母亲"]
    assert BODY in spoken(ed)

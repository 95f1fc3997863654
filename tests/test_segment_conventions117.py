"""A desk's or the paper's hotline row is never read, a cartoon's credit between its title and
caption never either, and a box of events dated with their hours is one story (the sixty-fourth and
sixty-fifth unseen batches)."""

from __future__ import annotations

from segkit import BODY, MORE, seg, spoken, texts


def story(title: str = "城区新建5座公厕投入使用") -> tuple[str, ...]:
    return (title, "本报记者　王小明", "　　" + BODY, "　　" + MORE)


def test_a_desk_hotline_beside_its_weibo_account_under_the_header_is_never_read() -> None:
    ed = seg("教育周刊", "教育热线：0391-6638120　新浪微博：@测试都市报教育", *story())
    assert [s.title for s in ed.stories] == ["城区新建5座公厕投入使用"]
    assert "热线" not in spoken(ed) and "微博" not in spoken(ed)


def test_a_service_line_beside_an_account_is_not_taken_for_the_desk_row() -> None:
    from audiopaper.segment_deskrows import is_desk_row

    assert is_desk_row("教育热线：0391-6638120　新浪微博：@测试都市报教育")
    assert is_desk_row("房产热线：0391-6638121　微信公众号：测试楼市")
    assert not is_desk_row("咨询热线：0391-6638120　微信公众号：测试社区")
    assert not is_desk_row("教育热线：0391-6638120　报名截止时间：9月20日")


def test_the_papers_hotline_beside_its_mobile_edition_closes_no_story() -> None:
    ed = seg(
        "要闻简报",
        "　　●7月1日，市委召开纪念中国共产党成立90周年座谈会。",
        "　　●7月1日，市政府召开防汛工作会议，部署主汛期防汛工作。",
        "测试晚报新闻热线：0913-2126110　手机报订阅：编辑短信CSWB发送至10658000",
    )
    assert [s.title for s in ed.stories] == ["要闻简报"]
    assert len(texts(ed)[0]) == 2
    assert "热线" not in spoken(ed) and "手机报" not in spoken(ed)


def test_a_desk_hotline_with_the_days_it_is_answered_is_never_read() -> None:
    ed = seg(*story(), "健康热线：0578-2233120（每周二、四下午接听）")
    assert texts(ed) == [[BODY, MORE]]


def test_a_hotline_in_a_sentence_with_its_days_is_read() -> None:
    line = "　　市民如有疑问，可拨打健康热线0578-2233120（每周二、四下午接听）咨询。"
    ed = seg(*story(), line)
    assert texts(ed)[0][-1] == line.strip()


def cartoon(credit: str) -> tuple[str, ...]:
    return (
        *story(),
        "画里话外",
        "“躺平”的共享单车",
        credit,
        "城区部分路段共享单车乱停乱放，有的倒伏在人行道上无人扶起，给行人出行带来不便。",
    )


def test_a_cartoon_credit_between_its_title_and_caption_is_never_read() -> None:
    ed = seg(*cartoon("漫画　刘  洋"))
    last = ed.stories[-1]
    assert (last.title, last.byline) == ("“躺平”的共享单车", None)
    assert texts(ed)[-1] == ["城区部分路段共享单车乱停乱放，有的倒伏在人行道上无人扶起，给行人出行带来不便。"]
    assert "漫画" not in spoken(ed) and "刘" not in spoken(ed)


def test_a_reporters_byline_under_a_headline_is_still_a_byline() -> None:
    ed = seg(*cartoon("本报记者　刘  洋"))
    assert ed.stories[-1].byline == "本报记者 刘 洋"


def events(*items: str) -> tuple[str, ...]:
    return (*story(), "义诊预告", *items)


def test_a_box_of_events_dated_with_their_hours_is_one_story_each_row_a_paragraph() -> None:
    rows = (
        "4月10日（周六）8:30—11:30　市人民医院专家团队　城东人民公园南门广场",
        "4月11日（周日）9:00—12:00　市中医院“名中医进社区”　江北街道望江社区服务中心",
        "4月17日（周六）8:30—11:30　市妇幼保健院儿童保健义诊　市图书馆一楼大厅",
    )
    ed = seg(*events(*rows))
    assert [s.title for s in ed.stories] == ["城区新建5座公厕投入使用", "义诊预告"]
    assert texts(ed)[1] == list(rows)


def test_a_single_dated_row_under_such_a_title_is_no_box() -> None:
    ed = seg(*events("4月10日（周六）8:30—11:30　市人民医院专家团队　城东人民公园南门广场"))
    assert [s.title for s in ed.stories] == ["城区新建5座公厕投入使用"]
    assert "义诊预告" not in spoken(ed)

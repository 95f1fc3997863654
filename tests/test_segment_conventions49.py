"""Conventions of the unseen38 batch: a bare dateline under a web story's author field."""

from __future__ import annotations

from segkit import BODY, MORE, seg, spoken, texts


def test_a_bare_dateline_under_a_web_author_field_is_read_and_the_field_stays_the_byline() -> None:
    ed = seg(
        "城际公交正式开通",
        "作者：本报记者 樊立新 通讯员 宋  丽　来源：砚溪日报　2019年10月15日",
        "本报讯　" + BODY,
        MORE,
    )
    assert [(s.title, s.byline) for s in ed.stories] == [("城际公交正式开通", "本报记者 樊立新 通讯员 宋 丽")]
    assert texts(ed)[0] == ["本报讯　" + BODY, MORE]
    assert "来源" not in spoken(ed)


def test_a_bare_wire_dateline_under_a_web_author_field_is_the_texts_first_words() -> None:
    ed = seg(
        "全国春耕备耕有序推进",
        "作者：新华社记者 韩嘉禾　来源：鲸湾日报　2021-03-24",
        "新华社北京3月23日电　" + BODY,
    )
    assert ed.stories[0].byline == "新华社记者 韩嘉禾"
    assert texts(ed)[0] == ["新华社北京3月23日电　" + BODY]


def test_a_dateline_naming_its_reporters_still_replaces_the_author_field() -> None:
    ed = seg(
        "城区新增停车泊位1200个",
        "作者：本报记者 郑  航　来源：砚溪日报　2021-03-24",
        "本报讯（记者 郑  航 通讯员 钱  亮）" + BODY,
    )
    assert ed.stories[0].byline == "本报讯（记者 郑 航 通讯员 钱 亮）"
    assert texts(ed)[0] == [BODY]

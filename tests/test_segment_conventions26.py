"""Story-structure conventions met on the twenty-eighth and twenty-ninth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

NOTE = "编者按：冬季是呼吸道传染病的高发季节，不少家长带孩子看病时心里没底。本期我们请来"
NOTE_END = "儿科专家，就读者关心的问题进行解答。"
Q = "问：孩子发烧到多少度需要吃退烧药？"
A = "答：一般来说，体温超过38.5℃时，可以按说明书服用退烧药。"


def test_a_question_set_inside_an_editors_note_heads_the_piece_the_note_leads() -> None:
    ed = seg(
        "冬季进补别一窝蜂",
        "本报讯（记者 王  斌）" + BODY,
        MORE,
        NOTE,
        "孩子反复发烧　啥时候该去医院？",
        NOTE_END,
        Q,
        A,
    )
    assert heads(ed) == [(None, "冬季进补别一窝蜂", None), (None, "孩子反复发烧 啥时候该去医院？", None)]
    # The note's two halves, cut by the headline, are one paragraph leading the second piece.
    assert texts(ed)[0] == [BODY, MORE]
    assert texts(ed)[1][0] == NOTE + NOTE_END


def test_a_question_inside_a_running_story_stays_its_text() -> None:
    # No editor's note around it: a question in the text is the story's own sentence.
    ed = seg(
        "冬季进补别一窝蜂",
        "本报讯（记者 王  斌）" + BODY,
        "记者了解到，不少市民都在问",
        "孩子反复发烧怎么办？",
        MORE,
    )
    assert len(ed.stories) == 1
    assert "孩子反复发烧怎么办？" in "".join(texts(ed)[0])


def test_a_whole_note_after_a_finished_story_opens_no_piece_by_itself() -> None:
    # A note that ends its sentence is not cut by a headline: the bullet's name below stays text.
    note = "编者按：如何让特色农业走得更远？本版今日刊发专家的研究文章，敬请关注。"
    ed = seg("高原特色农业转型升级", "本报记者 王 刚", BODY, note, "□ 杨绍华", MORE)
    assert [s.byline for s in ed.stories] == ["本报记者 王 刚"]


def story(*head: str) -> list[tuple[str | None, str, str | None]]:
    return heads(seg(*head, "本报讯（记者 王  斌）" + BODY, MORE))


def test_a_setting_phrase_over_a_longer_headline_is_its_kicker() -> None:
    assert story("寒潮下的城市“暖”行动", "街头“暖心驿站”为户外劳动者送温暖") == [
        ("寒潮下的城市“暖”行动", "街头“暖心驿站”为户外劳动者送温暖", None)
    ]


def test_a_setting_phrase_alone_is_the_title() -> None:
    assert story("烈日下的坚守") == [(None, "烈日下的坚守", None)]


def test_a_phase_entered_over_a_figure_is_the_kicker() -> None:
    assert story("灾后重建进入攻坚阶段", "全市重建项目完成投资超百亿元") == [
        ("灾后重建进入攻坚阶段", "全市重建项目完成投资超百亿元", None)
    ]


def test_a_phase_entered_alone_is_the_title() -> None:
    assert story("京冀川城际铁路冀川段进入铺轨阶段") == [(None, "京冀川城际铁路冀川段进入铺轨阶段", None)]

"""Where a new item's title starts though it is shaped like text (a question over a ``——`` deck
and a byline, a question over a named reader's words, a title's first few characters), and a
``——`` point cut mid-sentence is text (the sixty-fourth and sixty-fifth unseen batches)."""

from __future__ import annotations

from segkit import BODY, MORE, seg, spoken, texts


def story_above() -> tuple[str, ...]:
    return ("醉酒男子阻拦救护车 被行政拘留十日", "都市报记者　任  芳", BODY, MORE)


def test_a_question_over_a_dash_deck_and_a_byline_is_a_new_title() -> None:
    ed = seg(
        *story_above(),
        "婚前买房婚后还贷 离婚时房子怎么分？",
        "——市中院发布婚姻家事典型案例",
        "都市报记者　贺兰舟",
        BODY,
    )
    assert [(s.title, s.subtitle, s.byline) for s in ed.stories] == [
        ("醉酒男子阻拦救护车 被行政拘留十日", None, "都市报记者 任 芳"),
        ("婚前买房婚后还贷 离婚时房子怎么分？", "市中院发布婚姻家事典型案例", "都市报记者 贺兰舟"),
    ]
    assert texts(ed)[0] == [BODY, MORE]


def test_a_question_inside_text_stays_text() -> None:
    # No deck and byline under it: a question a paragraph asks goes on with the story.
    ed = seg(*story_above(), "离婚时房子怎么分？", MORE)
    assert len(ed.stories) == 1
    assert "离婚时房子怎么分？" in spoken(ed)


def test_a_question_under_a_column_name_over_a_named_reader_is_the_item_title() -> None:
    ed = seg(
        *story_above(),
        "民声回音",
        "老旧小区路灯坏了谁来修？",
        "市民曹先生：我住在城东区纺机新村，小区里有6盏路灯坏了一个多月，希望有人管一管。",
        "城东区住建局：接到反映后，我局已协调小区物业完成路灯维修。",
        "本报记者　祁  峰　整理",
    )
    assert [(s.kicker, s.title) for s in ed.stories] == [
        (None, "醉酒男子阻拦救护车 被行政拘留十日"),
        ("民声回音", "老旧小区路灯坏了谁来修？"),
    ]
    assert texts(ed)[0] == [BODY, MORE]
    assert texts(ed)[1][0].startswith("市民曹先生：")


def test_a_question_over_an_agency_s_words_alone_is_not_promoted_by_the_reader_rule() -> None:
    # No column's name above it: the question stays in the running text.
    ed = seg(
        *story_above(),
        "老旧小区路灯坏了谁来修？",
        "城东区住建局：接到反映后，我局已协调小区物业完成路灯维修。",
    )
    assert [s.title for s in ed.stories] == ["醉酒男子阻拦救护车 被行政拘留十日"]


def test_a_title_broken_after_a_few_characters_is_one_title() -> None:
    ed = seg(*story_above(), "大棚里的", "“新农人”", "本报通讯员　廖建新　记者　戴小川", BODY)
    assert [(s.title, s.byline) for s in ed.stories] == [
        ("醉酒男子阻拦救护车 被行政拘留十日", "都市报记者 任 芳"),
        ("大棚里的“新农人”", "本报通讯员 廖建新 记者 戴小川"),
    ]
    assert texts(ed) == [[BODY, MORE], [BODY]]


def test_a_dash_point_cut_mid_sentence_is_one_paragraph_with_its_rest() -> None:
    ed = seg(
        "春季饮食要注意“三少一多”",
        "本报记者　甘晓燕",
        "　　春季气温变化大，饮食调理很重要。营养科主任提醒，春季饮食要注意“三少一多”。",
        "　　——少吃油腻。春季脾胃功能较弱，过多油腻食物容易引起消化不良。",
        "　　——少吃生冷。冷饮、生冷瓜果要适量，以免刺激肠胃。",
        "　　——多吃时令蔬菜。春笋、菠菜、荠菜等时令蔬菜富含膳食纤维和维生素，",
        "适量多吃有助于增强抵抗力。",
    )
    paras = [(p.kind, p.text) for p in ed.stories[0].paragraphs]
    assert paras[1] == ("subhead", "少吃油腻。春季脾胃功能较弱，过多油腻食物容易引起消化不良。")
    assert paras[-1][0] == "body"
    assert paras[-1][1].endswith("富含膳食纤维和维生素，适量多吃有助于增强抵抗力。")

"""Story-structure conventions met on the thirty-fourth batch of unseen pages (unseen33)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, seg, texts

PREV = ("南美多国遭遇持续干旱", "据新华社电　拉美多国气象部门近日发布报告说，部分地区出现持续干旱。")


def test_a_speakers_headline_set_in_a_dateline_led_sentence_titles_that_story() -> None:
    # "综合新华社电　…报告呼吁各国" / "世卫组织：全球结核病发病率略有下降" / "加大防治投入，…":
    # the "key：value" headline is the story's title, and the sentence is joined across it.
    ed = seg(
        *PREV,
        "综合新华社电　世界卫生组织29日发布报告说，今年全球新增结核病患者略有下降。报告呼吁各国",
        "世卫组织：全球结核病发病率略有下降",
        "加大防治投入，特别是加强耐多药结核病的诊断和治疗。",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["南美多国遭遇持续干旱", "世卫组织：全球结核病发病率略有下降"]
    assert ed.stories[1].byline == "综合新华社电"
    assert texts(ed)[1][0].endswith("报告呼吁各国加大防治投入，特别是加强耐多药结核病的诊断和治疗。")
    assert (3, 5) in paragraph_lines(ed)
    assert "世卫组织" not in "".join(texts(ed)[1])


def test_a_field_after_a_finished_dateline_sentence_stays_text() -> None:
    # The dateline's sentence is finished: a "key：value" line after it is a line of the text.
    field = "市气象台：今天多云转阴"
    ed = seg(
        *PREV,
        "综合新华社电　世界卫生组织29日发布报告说，今年全球新增结核病患者略有下降。",
        field,
        BODY,
    )
    assert [s.title for s in ed.stories][0] == "南美多国遭遇持续干旱"
    assert field not in [s.title for s in ed.stories]
    assert any(field in t for t in texts(ed)[-1])


def test_a_field_in_the_sentence_of_a_titled_story_is_no_headline() -> None:
    # Under its own headline, the dateline's story has its title: a field inside it never retitles it.
    ed = seg(
        "全球结核病发病率略有下降",
        "综合新华社电　世界卫生组织29日发布报告说，今年全球新增结核病患者略有下降。报告呼吁各国",
        "世卫组织：全球结核病发病率略有下降",
        "加大防治投入，特别是加强耐多药结核病的诊断和治疗。",
    )
    assert heads(ed)[0][1] == "全球结核病发病率略有下降"


def test_an_event_launched_under_its_quoted_name_is_the_title_over_a_subtitle() -> None:
    # "全市启动“春风行动”" / "送岗位到农民工家门口": the quote closes the verb's object, a full
    # clause like "…行动启动"; the line under it is the subtitle, never the title's second half.
    ed = seg("全市启动“春风行动”", "送岗位到农民工家门口", "本报讯（记者 吴  敏）" + BODY)
    assert heads(ed) == [(None, "全市启动“春风行动”", "送岗位到农民工家门口")]


def test_a_verb_without_its_object_runs_on_into_one_title() -> None:
    # "今冬明春全国将开展" / "农民工工资支付专项检查": the object is on the second line, one title.
    ed = seg("今冬明春全国将开展", "农民工工资支付专项检查", "本报讯（记者 吴  敏）" + BODY)
    assert heads(ed) == [(None, "今冬明春全国将开展 农民工工资支付专项检查", None)]
